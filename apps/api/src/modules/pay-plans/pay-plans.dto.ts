import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CALCULATOR_KINDS,
  type CalculatorKind,
  FootnoteCode,
  OCCUPATION_CODE_PATTERN,
  PAY_PLAN_LIMITS,
} from '@skillpay/domain';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { IsPrintableText } from '../../common/errors/printable-text';

/** Trims text fields; other values pass through for the validators to judge. */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const CALCULATOR = {
  enum: CALCULATOR_KINDS,
  enumName: 'CalculatorKind',
  description: 'the calculator (libs/domain CALCULATOR_KINDS)',
} as const;

const INPUT = {
  type: 'object',
  additionalProperties: true,
  description:
    'the calculator’s input as libs/paycalc takes it: buildPayTable, evaluatePosts or shareExcessProfit input; ' +
    'for step-movement, performance-pay, allowances and checks an object of parts (libs/domain CALCULATOR_PARTS)',
} as const;

// ---- requests ----

export class CreatePayPlanDto {
  @ApiProperty({ format: 'uuid', description: 'the enterprise’s approved pilot application' })
  @IsUUID()
  pilotApplicationId: string;

  @ApiProperty(CALCULATOR)
  @IsIn(CALCULATOR_KINDS)
  calculator: CalculatorKind;

  @ApiProperty({ maxLength: PAY_PLAN_LIMITS.titleMaxLength, example: '2026 年一线技能岗位工资表' })
  @Transform(trim)
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(PAY_PLAN_LIMITS.titleMaxLength)
  title: string;

  @ApiProperty(INPUT)
  @IsObject()
  input: Record<string, unknown>;
}

export class CreatePayPlanVersionDto {
  @ApiPropertyOptional({
    maxLength: PAY_PLAN_LIMITS.titleMaxLength,
    description: 'a new title; the plan keeps its title when absent',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(PAY_PLAN_LIMITS.titleMaxLength)
  title?: string;

  @ApiProperty(INPUT)
  @IsObject()
  input: Record<string, unknown>;

  @ApiPropertyOptional({ maxLength: PAY_PLAN_LIMITS.noteMaxLength, description: 'what changed' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PAY_PLAN_LIMITS.noteMaxLength)
  note?: string;
}

export class PayPlanQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  pilotApplicationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional(CALCULATOR)
  @IsOptional()
  @IsIn(CALCULATOR_KINDS)
  calculator?: CalculatorKind;
}

export class PayToolExportDto {
  @ApiProperty(CALCULATOR)
  @IsIn(CALCULATOR_KINDS)
  calculator: CalculatorKind;

  @ApiPropertyOptional({ maxLength: PAY_PLAN_LIMITS.titleMaxLength, description: 'the workbook’s heading' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsPrintableText()
  @MaxLength(PAY_PLAN_LIMITS.titleMaxLength)
  title?: string;

  @ApiProperty(INPUT)
  @IsObject()
  input: Record<string, unknown>;
}

export class MarketQueryDto {
  @ApiProperty({ example: '6-18-01-01', description: 'occupation code (大类-中类-小类-细类)' })
  @Transform(trim)
  @Matches(OCCUPATION_CODE_PATTERN)
  occupation: string;

  @ApiPropertyOptional({
    example: '370211',
    description:
      'region of the cells (a district or the city); the release’s own region (the city) when absent',
  })
  @IsOptional()
  @Matches(/^\d{6}$/)
  regionCode?: string;
}

// ---- responses ----

export class PayPlanEnterpriseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;
}

export class PayPlanDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty(CALCULATOR)
  calculator: CalculatorKind;

  @ApiProperty({ description: 'the latest version’s title' })
  title: string;

  @ApiProperty()
  currentVersion: number;

  @ApiProperty({ format: 'uuid' })
  pilotApplicationId: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty({ type: PayPlanEnterpriseDto })
  enterprise: PayPlanEnterpriseDto;

  @ApiProperty({ description: 'the caller’s enterprise owns the plan and may save new versions' })
  editable: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class PayPlanListDto {
  @ApiProperty({ type: [PayPlanDto] })
  items: PayPlanDto[];

  @ApiProperty()
  total: number;
}

export class PayPlanVersionSummaryDto {
  @ApiProperty()
  version: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'who saved it, with the organisation' })
  createdByName: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class PayPlanVersionDto extends PayPlanVersionSummaryDto {
  @ApiProperty(INPUT)
  input: Record<string, unknown>;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'libs/paycalc’s result for the input, computed by the API (same keys as a composite input)',
  })
  result: Record<string, unknown>;
}

export class PayPlanDetailDto extends PayPlanDto {
  @ApiProperty({ type: PayPlanVersionDto, description: 'the version asked for (the latest by default)' })
  version: PayPlanVersionDto;

  @ApiProperty({ type: [PayPlanVersionSummaryDto], description: 'every version, oldest first' })
  versions: PayPlanVersionSummaryDto[];
}

export class MarketReleaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '2025-R1' })
  label: string;

  @ApiProperty()
  year: number;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty({ type: String, format: 'date-time' })
  publishedAt: Date;
}

export class MarketLevelDto {
  @ApiProperty({ description: 'WageSkillLevel of the cell (level-5 … chief, or unrated)' })
  skillLevel: string;

  @ApiProperty({ type: String, nullable: true, description: 'annual 元, exact (null when withheld)' })
  p25: string | null;

  @ApiProperty({ type: String, nullable: true })
  p50: string | null;

  @ApiProperty({ type: String, nullable: true })
  p75: string | null;

  @ApiProperty({
    enum: FootnoteCode,
    enumName: 'FootnoteCode',
    nullable: true,
    description: 'why the figures are withheld',
  })
  footnote: FootnoteCode | null;
}

/** The published percentiles of one occupation and region, for the pay table (art. 22). */
export class MarketDto {
  @ApiProperty()
  occupationCode: string;

  @ApiProperty({ type: String, nullable: true })
  occupationName: string | null;

  @ApiProperty({ type: String, nullable: true })
  occupationNameEn: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the cells’ region (null without a release)' })
  regionCode: string | null;

  @ApiProperty({ type: String, nullable: true })
  regionName: string | null;

  @ApiProperty({ type: String, nullable: true })
  regionNameEn: string | null;

  @ApiProperty({
    type: MarketReleaseDto,
    nullable: true,
    description: 'the latest published release with cells of the occupation and region; null when none',
  })
  release: MarketReleaseDto | null;

  @ApiProperty({ type: [MarketLevelDto], description: 'in ladder order' })
  levels: MarketLevelDto[];
}
