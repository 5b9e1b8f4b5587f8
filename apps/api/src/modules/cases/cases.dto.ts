import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  CaseAction,
  CaseStatus,
  EnterpriseSize,
  FIRST_CASE_ARTICLE,
  GuidelineChapter,
  INDUSTRY_SECTION_CODES,
  type IndustrySection,
  LAST_CASE_ARTICLE,
  Ownership,
} from '@skillpay/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { AttachmentDto } from '../attachments/attachments.dto';
import { IsAmount } from '../../common/errors/amount';

/** Limits of a case's texts; a case is a few pages, not a book. */
export const CASE_LIMITS = {
  title: 200,
  text: 20_000,
  figures: 30,
  payPlans: 10,
  articles: LAST_CASE_ARTICLE - FIRST_CASE_ARTICLE + 1,
} as const;

/** The earliest pay year the wage-outcome panel can compare. */
const FIRST_WAGE_YEAR = 2000;

// ---- input ----

/** One measured result, e.g. 新员工月度绩效工资 495 → 1,420 元 (2021 → 2022). */
export class CaseResultFigureDto {
  @ApiProperty({ example: '新员工月度绩效工资', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @IsPrintableText()
  @MaxLength(100)
  indicator: string;

  @ApiProperty({ type: Number, nullable: true, example: 495 })
  @ValidateIf((_, value) => value !== null)
  @IsAmount()
  @Min(-1e12)
  @Max(1e12)
  before: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 1420 })
  @ValidateIf((_, value) => value !== null)
  @IsAmount()
  @Min(-1e12)
  @Max(1e12)
  after: number | null;

  @ApiProperty({ example: '元', maxLength: 20 })
  @IsString()
  @MaxLength(20)
  unit: string;

  @ApiProperty({ example: '2021 → 2022', maxLength: 40 })
  @IsString()
  @MaxLength(40)
  period: string;
}

/** The enterprise of an imported case that is not registered here (e.g. 曲靖 "D公司"). */
export class ExternalEnterpriseDto {
  @ApiProperty({ example: 'D公司', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @IsPrintableText()
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: '530300', description: 'GB/T 2260 code of where the enterprise is' })
  @Matches(/^\d{6}$/)
  regionCode: string;

  @ApiProperty({ enum: INDUSTRY_SECTION_CODES, enumName: 'IndustrySection' })
  @IsIn(INDUSTRY_SECTION_CODES)
  industrySection: IndustrySection;

  @ApiProperty({ enum: EnterpriseSize, enumName: 'EnterpriseSize' })
  @IsEnum(EnterpriseSize)
  size: EnterpriseSize;

  @ApiProperty({ enum: Ownership, enumName: 'Ownership' })
  @IsEnum(Ownership)
  ownership: Ownership;
}

/** The two pay years the wage-outcome panel compares. */
export class CaseWageYearsDto {
  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(FIRST_WAGE_YEAR)
  @Max(2100)
  fromYear: number;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(FIRST_WAGE_YEAR)
  @Max(2100)
  toYear: number;
}

/** What the author writes; every field may be left for later while the case is a draft. */
export class CaseContentDto {
  @ApiProperty({ maxLength: CASE_LIMITS.title })
  @IsString()
  @IsNotEmpty()
  @IsPrintableText()
  @MaxLength(CASE_LIMITS.title)
  title: string;

  @ApiPropertyOptional({
    type: [Number],
    description: `articles of 人社厅发〔2021〕7号 the case illustrates (${FIRST_CASE_ARTICLE}–${LAST_CASE_ARTICLE})`,
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(CASE_LIMITS.articles)
  @IsInt({ each: true })
  @Min(FIRST_CASE_ARTICLE, { each: true })
  @Max(LAST_CASE_ARTICLE, { each: true })
  articles?: number[];

  @ApiPropertyOptional({ description: '背景与问题', maxLength: CASE_LIMITS.text })
  @IsOptional()
  @IsString()
  @MaxLength(CASE_LIMITS.text)
  background?: string;

  @ApiPropertyOptional({ description: '主要做法', maxLength: CASE_LIMITS.text })
  @IsOptional()
  @IsString()
  @MaxLength(CASE_LIMITS.text)
  measures?: string;

  @ApiPropertyOptional({ type: [CaseResultFigureDto], description: '成效数据' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CASE_LIMITS.figures)
  @ValidateNested({ each: true })
  @Type(() => CaseResultFigureDto)
  results?: CaseResultFigureDto[];

  @ApiPropertyOptional({ description: '成效说明', maxLength: CASE_LIMITS.text })
  @IsOptional()
  @IsString()
  @MaxLength(CASE_LIMITS.text)
  resultsNarrative?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'the enterprise’s saved pay plans' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(CASE_LIMITS.payPlans)
  @IsUUID('all', { each: true })
  payPlanIds?: string[];

  @ApiPropertyOptional({
    type: CaseWageYearsDto,
    nullable: true,
    description:
      'compare the skilled employees’ pay of two years from the enterprise’s stored wage uploads; null removes the panel',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => CaseWageYearsDto)
  wageYears?: CaseWageYearsDto | null;
}

export class CreateCaseDto extends CaseContentDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'the registered enterprise the case is about: an enterprise writes its own (may be left out); a district bureau names one of its district',
  })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({
    type: ExternalEnterpriseDto,
    description: 'a district bureau importing another city’s published case names its enterprise instead',
  })
  @IsOptional()
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ExternalEnterpriseDto)
  externalEnterprise?: ExternalEnterpriseDto;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the programme the case is reviewed under; by default the active programme of the city',
  })
  @IsOptional()
  @IsUUID()
  programmeId?: string;
}

export class UpdateCaseDto extends PartialType(CaseContentDto, { skipNullProperties: false }) {}

export class CaseTransitionRequestDto {
  @ApiPropertyOptional({
    description: 'the opinion: required to return; optional to submit or endorse (推荐意见)',
    maxLength: 1000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class CaseQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CaseStatus, enumName: 'CaseStatus' })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ description: 'GB/T 2260 code; the city includes its districts' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  regionCode?: string;

  @ApiPropertyOptional({ enum: GuidelineChapter, enumName: 'GuidelineChapter' })
  @IsOptional()
  @IsEnum(GuidelineChapter)
  chapter?: GuidelineChapter;

  @ApiPropertyOptional({ description: 'part of the title or of the enterprise name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

// ---- output ----

export class CaseEnterpriseDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for an external one' })
  id: string | null;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty({ example: 'Huangdao District' })
  regionNameEn: string;

  @ApiProperty({ description: '市直企业: the city bureau takes the district’s step' })
  cityDirect: boolean;

  @ApiProperty({ enum: INDUSTRY_SECTION_CODES, enumName: 'IndustrySection' })
  industrySection: IndustrySection;

  @ApiProperty({ enum: EnterpriseSize, enumName: 'EnterpriseSize' })
  size: EnterpriseSize;

  @ApiProperty({ enum: Ownership, enumName: 'Ownership' })
  ownership: Ownership;

  @ApiProperty({ description: 'an imported case’s enterprise, not registered here' })
  external: boolean;
}

export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: CaseEnterpriseDto })
  enterprise: CaseEnterpriseDto;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  programmeId: string | null;

  @ApiProperty({ type: String, nullable: true })
  programmeTitle: string | null;

  @ApiProperty({ description: 'the region the case belongs to (scope and filters)' })
  regionCode: string;

  @ApiProperty({ format: 'uuid' })
  authorOrganisationId: string;

  @ApiProperty({ description: 'the enterprise, or the district bureau that wrote the case' })
  authorOrganisationName: string;

  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  status: CaseStatus;

  @ApiProperty({ description: 'the version being written or last submitted' })
  currentVersionNo: number;

  @ApiProperty({ type: [Number] })
  articles: number[];

  @ApiProperty({ enum: GuidelineChapter, enumName: 'GuidelineChapter', isArray: true })
  chapters: GuidelineChapter[];

  @ApiProperty({
    enum: CaseAction,
    enumName: 'CaseAction',
    isArray: true,
    description: 'the steps the caller may take now on this route (submit, endorse, return)',
  })
  availableActions: CaseAction[];

  @ApiProperty({ description: 'whether the caller may change the case now (a new version after a return)' })
  editable: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;

  @VersionProperty()
  version: number;
}

export class CaseWageOutcomeLevelDto {
  @ApiProperty({ example: 'level-3', description: 'a SkillLevel, or unrated' })
  skillLevel: string;

  @ApiProperty()
  fromHeadcount: number;

  @ApiProperty()
  toHeadcount: number;

  @ApiProperty({ type: Number, nullable: true, description: 'null when fewer employees than the minimum' })
  fromMeanAnnual: number | null;

  @ApiProperty({ type: Number, nullable: true })
  toMeanAnnual: number | null;

  @ApiProperty({ type: Number, nullable: true })
  changePercent: number | null;
}

export class CaseWageOutcomeDto {
  @ApiProperty()
  fromYear: number;

  @ApiProperty()
  toYear: number;

  @ApiProperty({ description: 'a mean shows only with at least this many employees behind it' })
  minHeadcount: number;

  @ApiProperty({ type: [CaseWageOutcomeLevelDto] })
  levels: CaseWageOutcomeLevelDto[];
}

export class CasePayPlanDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: 'post-pay' })
  calculator: string;
}

export class CaseVersionDto {
  @ApiProperty()
  versionNo: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [Number] })
  articles: number[];

  @ApiProperty({ enum: GuidelineChapter, enumName: 'GuidelineChapter', isArray: true })
  chapters: GuidelineChapter[];

  @ApiProperty({ description: '背景与问题' })
  background: string;

  @ApiProperty({ description: '主要做法' })
  measures: string;

  @ApiProperty({ type: [CaseResultFigureDto] })
  results: CaseResultFigureDto[];

  @ApiProperty({ description: '成效说明' })
  resultsNarrative: string;

  @ApiProperty({ type: [CasePayPlanDto] })
  payPlans: CasePayPlanDto[];

  @ApiProperty({ type: CaseWageOutcomeDto, nullable: true })
  wageOutcome: CaseWageOutcomeDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'frozen once submitted' })
  submittedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class CaseTransitionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: CaseAction, enumName: 'CaseAction' })
  action: CaseAction;

  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  fromStatus: CaseStatus;

  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  toStatus: CaseStatus;

  @ApiProperty()
  actorName: string;

  @ApiProperty()
  actorOrganisationName: string;

  @ApiProperty({ type: String, nullable: true, description: '推荐意见, 退回理由 …' })
  reason: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class CaseVersionSummaryDto {
  @ApiProperty()
  versionNo: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class CaseDetailDto extends CaseSummaryDto {
  @ApiProperty({ type: CaseVersionDto, description: 'the version being written or last submitted' })
  current: CaseVersionDto;

  @ApiProperty({ type: [CaseVersionSummaryDto], description: 'every version, newest first' })
  versions: CaseVersionSummaryDto[];

  @ApiProperty({ type: [CaseTransitionDto] })
  transitions: CaseTransitionDto[];

  @ApiProperty({ type: [AttachmentDto] })
  attachments: AttachmentDto[];
}

export class CaseListDto {
  @ApiProperty({ type: [CaseSummaryDto] })
  items: CaseSummaryDto[];

  @ApiProperty()
  total: number;
}
