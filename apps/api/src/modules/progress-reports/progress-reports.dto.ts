import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  AdoptionStatus,
  AllowanceType,
  HighSkillIncentive,
  MAX_BROAD_BAND_STEPS,
  MAX_CAREER_GRADES,
  MAX_REPORT_AMOUNT,
  MAX_REPORT_NARRATIVE,
  Ownership,
  PayUnit,
  PerformancePayMethod,
  PostEvaluationMethod,
  ProgressReportAction,
  ProgressReportStatus,
  placeOfRegion,
  SkillLevel,
} from '@skillpay/domain';
import { CheckId, CheckOutcome } from '@skillpay/paycalc';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEnum,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsAmount } from '../../common/errors/amount';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { type AttachmentEntity } from '../attachments/attachment.entity';
import { AttachmentDto, toAttachmentDto } from '../attachments/attachments.dto';
import { type ProgressReportVersionEntity } from './progress-report-version.entity';
import { type ReportRow } from './progress-reports.repository';

/** A reporting period: `YYYY-MM` (monthly) or `YYYY-Qn` (quarterly). */
const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

// ---- adoption of the guideline elements ----

/** Every guideline element records how far the enterprise adopted it; the subclasses add its details. */
class ElementAdoptionDto {
  @ApiProperty({ enum: AdoptionStatus, enumName: 'AdoptionStatus' })
  @IsEnum(AdoptionStatus)
  status: AdoptionStatus;
}

/** A nested object: documented, validated and turned into its class. */
function Nested(type: new () => object): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type }),
    // required, and an object: a missing part or `[]` would otherwise pass ValidateNested
    IsDefined(),
    IsObject(),
    ValidateNested(),
    Type(() => type),
  );
}

export class CareerChannelAdoptionDto extends ElementAdoptionDto {
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_CAREER_GRADES,
    description: 'vertical grades of the skill channel (职级数)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAREER_GRADES)
  gradeCount: number | null = null;
}

export class PayUnitsAdoptionDto extends ElementAdoptionDto {
  @ApiProperty({ enum: PayUnit, enumName: 'PayUnit', isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsEnum(PayUnit, { each: true })
  units: PayUnit[];
}

export class PostEvaluationAdoptionDto extends ElementAdoptionDto {
  @ApiPropertyOptional({ enum: PostEvaluationMethod, enumName: 'PostEvaluationMethod', nullable: true })
  @IsOptional()
  @IsEnum(PostEvaluationMethod)
  method: PostEvaluationMethod | null = null;
}

export class BroadBandAdoptionDto extends ElementAdoptionDto {
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_BROAD_BAND_STEPS,
    description: 'pay steps per grade (一岗多薪)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_BROAD_BAND_STEPS)
  steps: number | null = null;
}

/** 绩效工资 (arts. 25–27): how the performance pool reaches the individual. */
export class PerformancePayAdoptionDto extends ElementAdoptionDto {
  @ApiPropertyOptional({ enum: PerformancePayMethod, enumName: 'PerformancePayMethod', nullable: true })
  @IsOptional()
  @IsEnum(PerformancePayMethod)
  method: PerformancePayMethod | null = null;
}

export class AllowanceItemDto {
  @ApiProperty({ enum: AllowanceType, enumName: 'AllowanceType' })
  @IsEnum(AllowanceType)
  type: AllowanceType;

  @ApiProperty({ description: '元 per person and month', minimum: 0, maximum: 1_000_000 })
  @IsAmount()
  @Min(0)
  @Max(1_000_000)
  amount: number;
}

export class AllowancesAdoptionDto extends ElementAdoptionDto {
  @ApiProperty({ type: [AllowanceItemDto] })
  @IsArray()
  @ArrayMaxSize(Object.keys(AllowanceType).length)
  @ValidateNested({ each: true })
  @Type(() => AllowanceItemDto)
  items: AllowanceItemDto[];
}

export class HighSkillIncentivesAdoptionDto extends ElementAdoptionDto {
  @ApiProperty({ enum: HighSkillIncentive, enumName: 'HighSkillIncentive', isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsEnum(HighSkillIncentive, { each: true })
  incentives: HighSkillIncentive[];
}

export class AdoptionDto {
  @Nested(CareerChannelAdoptionDto)
  careerChannel: CareerChannelAdoptionDto;

  @Nested(PayUnitsAdoptionDto)
  payUnits: PayUnitsAdoptionDto;

  @Nested(PostEvaluationAdoptionDto)
  postEvaluation: PostEvaluationAdoptionDto;

  @Nested(BroadBandAdoptionDto)
  broadBand: BroadBandAdoptionDto;

  @Nested(PerformancePayAdoptionDto)
  performancePay: PerformancePayAdoptionDto;

  @Nested(AllowancesAdoptionDto)
  allowances: AllowancesAdoptionDto;

  @Nested(HighSkillIncentivesAdoptionDto)
  highSkillIncentives: HighSkillIncentivesAdoptionDto;
}

// ---- key indicators ----

/** An optional amount with two decimals; `negative` for figures that may be a loss. */
function Amount(description: string, negative = false): PropertyDecorator {
  const minimum = negative ? -MAX_REPORT_AMOUNT : 0;
  return applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, description, minimum, maximum: MAX_REPORT_AMOUNT }),
    IsOptional(),
    IsAmount(),
    Min(minimum),
    Max(MAX_REPORT_AMOUNT),
  );
}

function Headcount(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, description, minimum: 0, maximum: 10_000_000 }),
    IsOptional(),
    IsInt(),
    Min(0),
    Max(10_000_000),
  );
}

export class SkillLevelIndicatorsDto {
  @ApiProperty({ enum: SkillLevel, enumName: 'SkillLevel' })
  @IsEnum(SkillLevel)
  level: SkillLevel;

  @Headcount('headcount this year')
  headcount: number | null = null;

  @Amount('average annual pay this year, 元')
  averagePay: number | null = null;

  @Headcount('headcount the previous year')
  previousHeadcount: number | null = null;

  @Amount('average annual pay the previous year, 元')
  previousAveragePay: number | null = null;
}

export class IndicatorsDto {
  @ApiProperty({ type: [SkillLevelIndicatorsDto], description: 'one row per skill level' })
  @IsArray()
  @ArrayMaxSize(Object.keys(SkillLevel).length)
  @ValidateNested({ each: true })
  @Type(() => SkillLevelIndicatorsDto)
  skillLevels: SkillLevelIndicatorsDto[];

  @Amount('average annual pay of all employees, 元')
  averagePay: number | null = null;

  @Amount('the same, previous year')
  averagePayPrevious: number | null = null;

  @Amount('average annual pay of management staff, 元')
  managementAveragePay: number | null = null;

  @Amount('the same, previous year')
  managementAveragePayPrevious: number | null = null;

  @Amount('average annual pay of technical staff, 元')
  technicalAveragePay: number | null = null;

  @Amount('the same, previous year')
  technicalAveragePayPrevious: number | null = null;

  @Amount('wage bill (工资总额), 万元')
  wageBill: number | null = null;

  @Amount('the same, previous year')
  wageBillPrevious: number | null = null;

  @Amount('economic benefit (profit), 万元; negative for a loss', true)
  economicBenefit: number | null = null;

  @Amount('the same, previous year', true)
  economicBenefitPrevious: number | null = null;

  @Amount('labour productivity, 万元 per person')
  labourProductivity: number | null = null;

  @Amount('the same, previous year')
  labourProductivityPrevious: number | null = null;

  @Amount('employee education fund extracted this year, 万元')
  educationFund: number | null = null;

  @Amount('the part of it spent on front-line staff, 万元')
  educationFundFrontLine: number | null = null;

  @Amount('skilled staff’s fixed pay this year, 万元')
  fixedPay: number | null = null;

  @Amount('skilled staff’s variable (performance) pay this year, 万元')
  variablePay: number | null = null;
}

// ---- requests ----

export class CreateProgressReportDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ example: '2026-Q3', description: '`YYYY-MM` (monthly) or `YYYY-Qn` (quarterly)' })
  @IsString()
  @Matches(PERIOD_PATTERN)
  period: string;

  @Nested(AdoptionDto)
  adoption: AdoptionDto;

  @Nested(IndicatorsDto)
  indicators: IndicatorsDto;

  @ApiProperty({ maxLength: MAX_REPORT_NARRATIVE, description: 'progress, problems and next steps' })
  @IsString()
  @MaxLength(MAX_REPORT_NARRATIVE)
  narrative: string;
}

/** The whole content of the draft, replaced at once (the form always sends every section). */
export class UpdateProgressReportDto extends OmitType(CreateProgressReportDto, [
  'programmeId',
  'period',
] as const) {}

export class ProgressReportReviewDto {
  @ApiPropertyOptional({ description: 'required to return a report', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class ProgressReportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ example: '2026-Q3' })
  @IsOptional()
  @Matches(PERIOD_PATTERN)
  period?: string;

  @ApiPropertyOptional({ enum: ProgressReportStatus, enumName: 'ProgressReportStatus' })
  @IsOptional()
  @IsEnum(ProgressReportStatus)
  status?: ProgressReportStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ description: 'part of the enterprise name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

// ---- check results (libs/paycalc) ----

export class LabelsDto {
  @ApiProperty()
  'zh-CN': string;

  @ApiProperty()
  en: string;
}

export class SourceArticleDto {
  @ApiProperty({ type: LabelsDto })
  document: LabelsDto;

  @ApiProperty({ type: LabelsDto })
  article: LabelsDto;

  @ApiProperty({ type: LabelsDto, description: 'the rule in the source’s words' })
  excerpt: LabelsDto;
}

export class CitedSourceDto extends SourceArticleDto {
  @ApiProperty({
    type: LabelsDto,
    nullable: true,
    description: 'the city whose text it is, when cited as another city’s example; null otherwise',
  })
  exampleOf: LabelsDto | null;
}

export class CheckFigureDto {
  @ApiProperty({ example: 'wageBillGrowth' })
  key: string;

  @ApiProperty({ example: '4.32', description: 'exact decimal, two places' })
  value: string;

  @ApiProperty({ enum: ['percent', 'yuan', 'ten-thousand-yuan', 'ten-thousand-yuan-per-person'] })
  unit: 'percent' | 'yuan' | 'ten-thousand-yuan' | 'ten-thousand-yuan-per-person';
}

export class CheckConditionDto {
  @ApiProperty({ example: 'wageBillBelowBenefit' })
  key: string;

  @ApiProperty({ enum: CheckOutcome, enumName: 'CheckOutcome' })
  outcome: CheckOutcome.Pass | CheckOutcome.Fail | CheckOutcome.InsufficientData;

  @ApiProperty({ description: 'figure key' })
  left: string;

  @ApiProperty({ enum: ['<', '>='] })
  operator: '<' | '>=';

  @ApiProperty({ description: 'figure key' })
  right: string;
}

export class InsufficiencyDto {
  @ApiProperty({ example: 'wageBillPrevious' })
  field: string;

  @ApiProperty({ enum: ['missing', 'previous-zero', 'previous-negative', 'zero-total'] })
  code: 'missing' | 'previous-zero' | 'previous-negative' | 'zero-total';
}

export class CheckResultDto {
  @ApiProperty({ enum: CheckId, enumName: 'CheckId' })
  check: CheckId;

  @ApiProperty({ enum: CheckOutcome, enumName: 'CheckOutcome' })
  result: CheckOutcome;

  @ApiProperty({ type: [CheckConditionDto] })
  conditions: CheckConditionDto[];

  @ApiProperty({ type: [CheckFigureDto] })
  figures: CheckFigureDto[];

  @ApiProperty({ type: [InsufficiencyDto] })
  insufficient: InsufficiencyDto[];

  @ApiProperty({ description: 'false where an SOE rule is only advice for this enterprise' })
  binding: boolean;

  @ApiProperty({ type: CitedSourceDto, description: 'the basis the programme’s rule cites' })
  source: CitedSourceDto;
}

// ---- responses ----

export class ReportEnterpriseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: '370211' })
  regionCode: string;

  @ApiProperty({ example: '黄岛区' })
  regionName: string;

  @ApiProperty()
  cityDirect: boolean;

  @ApiProperty({ description: 'state-owned: the SOE rules bind it' })
  stateOwned: boolean;
}

export class ProgressReportDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty({ type: ReportEnterpriseDto })
  enterprise: ReportEnterpriseDto;

  @ApiProperty({ example: '2026-Q3' })
  period: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-10-15' })
  dueOn: string;

  @ApiProperty({ enum: ProgressReportStatus, enumName: 'ProgressReportStatus' })
  status: ProgressReportStatus;

  @ApiProperty({ description: 'number of the latest version' })
  currentVersion: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description:
      'raised by every change of the report; GET answers it in the ETag `"<id>:<editVersion>"`, which PUT sends as If-Match',
  })
  editVersion: number;

  @ApiProperty({ description: 'not yet submitted after its due date' })
  overdue: boolean;

  @ApiProperty({
    enum: ProgressReportAction,
    enumName: 'ProgressReportAction',
    isArray: true,
    description: 'the steps the caller may take now',
  })
  availableActions: ProgressReportAction[];

  @ApiProperty({ description: 'whether the caller may change the latest version (a draft) now' })
  editable: boolean;

  @ApiProperty({ description: 'failed checks of the latest version' })
  failedChecks: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class ProgressReportListDto {
  @ApiProperty({ type: [ProgressReportDto] })
  items: ProgressReportDto[];

  @ApiProperty()
  total: number;
}

export class VersionSummaryDto {
  @ApiProperty()
  version: number;

  @ApiProperty({ enum: ProgressReportStatus, enumName: 'ProgressReportStatus' })
  status: ProgressReportStatus;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  reviewedAt: Date | null;

  @ApiProperty({ type: String, nullable: true })
  reviewerName: string | null;

  @ApiProperty({ type: String, nullable: true })
  reviewComment: string | null;
}

export class ProgressReportVersionDto extends VersionSummaryDto {
  @ApiProperty({ type: AdoptionDto })
  adoption: AdoptionDto;

  @ApiProperty({ type: IndicatorsDto })
  indicators: IndicatorsDto;

  @ApiProperty()
  narrative: string;

  @ApiProperty({ type: [CheckResultDto], description: 'as computed when this version was last saved' })
  checks: CheckResultDto[];

  @ApiProperty({ type: [AttachmentDto] })
  attachments: AttachmentDto[];

  @ApiProperty({ type: String, nullable: true })
  submitterName: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class ProgressReportDetailDto extends ProgressReportDto {
  @ApiProperty({
    type: ProgressReportVersionDto,
    description: 'the version asked for (the latest by default)',
  })
  version: ProgressReportVersionDto;

  @ApiProperty({ type: [VersionSummaryDto], description: 'every version, oldest first' })
  versions: VersionSummaryDto[];
}

// ---- mappers ----

/** A report as lists show it; what the caller may do with it is the service's answer. */
export function toProgressReportDto(
  { report, failedChecks, submittedAt }: ReportRow,
  today: string,
  { availableActions, editable }: Pick<ProgressReportDto, 'availableActions' | 'editable'>,
): ProgressReportDto {
  const enterprise = report.enterprise!;
  const place = placeOfRegion(enterprise.organisation!.region!);
  return {
    id: report.id,
    programmeId: report.programmeId,
    programmeTitle: report.programme?.title ?? '',
    enterprise: {
      id: enterprise.id,
      name: enterprise.organisation!.name,
      regionCode: place.regionCode,
      regionName: place.regionName,
      cityDirect: place.cityDirect,
      stateOwned: enterprise.ownership === Ownership.StateOwned,
    },
    period: report.period,
    dueOn: report.dueOn,
    status: report.status,
    currentVersion: report.currentVersion,
    editVersion: report.editVersion,
    overdue: !report.firstSubmittedAt && today > report.dueOn,
    availableActions,
    editable,
    failedChecks,
    submittedAt,
    updatedAt: report.updatedAt,
  };
}

/** `names`: display names of the submitters and reviewers by account id. */
export function toVersionSummaryDto(
  version: ProgressReportVersionEntity,
  names: Map<string, string>,
): VersionSummaryDto {
  return {
    version: version.version,
    status: version.status,
    submittedAt: version.submittedAt,
    reviewedAt: version.reviewedAt,
    reviewerName: version.reviewedBy ? (names.get(version.reviewedBy) ?? null) : null,
    reviewComment: version.reviewComment,
  };
}

export function toVersionDto(
  version: ProgressReportVersionEntity,
  names: Map<string, string>,
  attachments: AttachmentEntity[],
): ProgressReportVersionDto {
  return {
    ...toVersionSummaryDto(version, names),
    adoption: version.adoption,
    indicators: version.indicators,
    narrative: version.narrative,
    // results stored before programmes set their rules carry no exampleOf
    checks: version.checks.map((check) => ({
      ...check,
      source: { ...check.source, exampleOf: check.source.exampleOf ?? null },
    })),
    attachments: attachments.map(toAttachmentDto),
    submitterName: version.submittedBy ? (names.get(version.submittedBy) ?? null) : null,
    updatedAt: version.updatedAt,
  };
}
