import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Labels } from '@skillpay/domain';
import {
  CHECK_BASES,
  CHECK_RULE_BASES,
  CHECK_RULE_KEYS,
  CHECK_RULE_TEXT_LIMITS,
  CheckBasisId,
  type CheckRuleKey,
  type CheckRuleSet,
} from '@skillpay/paycalc';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsPrintableText } from '../../common/errors/printable-text';
import { LabelsDto, SourceArticleDto } from '../progress-reports/progress-reports.dto';
import { type ProgrammeEntity } from './programme.entity';

const BASIS_SOURCES = [...Object.values(CheckBasisId), 'custom'] as const;

/** The basis a rule cites: a text the portal knows (`source`), or the bureau's own (`custom` + texts). */
export class CheckBasisDto {
  @ApiProperty({ enum: BASIS_SOURCES, example: CheckBasisId.CentralOpinionsHighSkill })
  @IsIn(BASIS_SOURCES)
  source: CheckBasisId | 'custom';

  @ApiPropertyOptional({ maxLength: CHECK_RULE_TEXT_LIMITS.document, example: '青人社字〔2021〕61号' })
  @IsOptional()
  @IsString()
  @IsPrintableText()
  @MaxLength(CHECK_RULE_TEXT_LIMITS.document)
  document?: string;

  @ApiPropertyOptional({ maxLength: CHECK_RULE_TEXT_LIMITS.article, example: '四（四）' })
  @IsOptional()
  @IsString()
  @IsPrintableText()
  @MaxLength(CHECK_RULE_TEXT_LIMITS.article)
  article?: string;

  @ApiPropertyOptional({ maxLength: CHECK_RULE_TEXT_LIMITS.excerpt })
  @IsOptional()
  @IsString()
  @IsPrintableText()
  @MaxLength(CHECK_RULE_TEXT_LIMITS.excerpt)
  excerpt?: string;
}

export class CheckRuleDto {
  @ApiProperty({ description: 'whether the programme applies the check to its progress reports' })
  @IsBoolean()
  enabled: boolean;

  @ApiProperty({ type: CheckBasisDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CheckBasisDto)
  basis: CheckBasisDto;
}

const PERCENT_DESCRIPTION = 'percent, a decimal string from 0 to 100 with at most two places';

export class EducationFundRuleDto extends CheckRuleDto {
  @ApiProperty({ example: '8', description: `minimum share of the wage bill; ${PERCENT_DESCRIPTION}` })
  @IsString()
  minShareOfWageBill: string;

  @ApiProperty({ example: '60', description: `minimum share for front-line staff; ${PERCENT_DESCRIPTION}` })
  @IsString()
  minFrontLineShare: string;
}

export class FixedVariableRatioRuleDto extends CheckRuleDto {
  @ApiProperty({ example: '40', description: `reference share of fixed pay; ${PERCENT_DESCRIPTION}` })
  @IsString()
  referenceFixedShare: string;
}

/** Which checks a programme applies, their thresholds and basis (libs/paycalc's CheckRuleSet). */
export class CheckRuleSetDto {
  @ApiProperty({ type: CheckRuleDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CheckRuleDto)
  twoLowerThan: CheckRuleDto;

  @ApiProperty({ type: CheckRuleDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CheckRuleDto)
  highSkillWageGrowth: CheckRuleDto;

  @ApiProperty({ type: EducationFundRuleDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => EducationFundRuleDto)
  educationFund: EducationFundRuleDto;

  @ApiProperty({ type: FixedVariableRatioRuleDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => FixedVariableRatioRuleDto)
  fixedVariableRatio: FixedVariableRatioRuleDto;
}

/** A text of the catalogue, with the city whose own text it is (null: national). */
export class CheckBasisOptionDto {
  @ApiProperty({ enum: Object.values(CheckBasisId), enumName: 'CheckBasisId' })
  id: CheckBasisId;

  @ApiProperty({ enum: CHECK_RULE_KEYS, description: 'the rule it may be the basis of' })
  rule: CheckRuleKey;

  @ApiProperty({ type: SourceArticleDto })
  source: SourceArticleDto;

  @ApiProperty({
    type: LabelsDto,
    nullable: true,
    description: 'the city whose own text it is; null: national',
  })
  city: Labels | null;

  @ApiProperty({ description: 'cited for this programme, it is another city’s example' })
  example: boolean;
}

/** A programme's check rules as the programme page shows and edits them. */
export class ProgrammeCheckRulesDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'the programme’s version, for If-Match' })
  version: number;

  @ApiProperty({ example: '370200', description: 'the programme’s city' })
  regionCode: string;

  @ApiProperty({ type: CheckRuleSetDto })
  rules: CheckRuleSetDto;

  @ApiProperty({
    type: [CheckBasisOptionDto],
    description: 'the texts each rule may cite besides a custom one',
  })
  bases: CheckBasisOptionDto[];

  @ApiProperty({ description: 'whether the caller may change them (the city bureau running it)' })
  editable: boolean;
}

export function toCheckRulesDto(programme: ProgrammeEntity, editable: boolean): ProgrammeCheckRulesDto {
  return {
    id: programme.id,
    version: programme.version,
    regionCode: programme.regionCode,
    rules: programme.checkRules as CheckRuleSet as CheckRuleSetDto,
    bases: CHECK_RULE_KEYS.flatMap((rule) =>
      CHECK_RULE_BASES[rule].map((id) => {
        const entry = CHECK_BASES[id];
        return {
          id,
          rule,
          source: entry.source,
          city: entry.city,
          example: entry.cityCode !== null && entry.cityCode !== programme.regionCode,
        };
      }),
    ),
    editable,
  };
}
