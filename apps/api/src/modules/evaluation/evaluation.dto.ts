import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  AdoptionStatus,
  DemonstrationUnitKind,
  EvaluationElement,
  GuidanceKind,
  REFERENCE_VARIABLE_SHARE_PERCENT,
} from '@skillpay/domain';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEnum,
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
  ValidateNested,
} from 'class-validator';
import { VersionProperty } from '../../common/http/concurrency';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { AdoptionDto } from '../progress-reports/progress-reports.dto';

const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const REGION_CODE_PATTERN = /^\d{6}$/;
export const MAX_DEMONSTRATION_REASON = 2000;
export const MAX_INFLUENCED_NOTE = 2000;

/** Why a mean is not shown: A/B/C (the benchmarks' disclosure rules) or `small` (under MIN_OUTCOME_CELL). */
export const OUTCOME_WITHHELD = ['A', 'B', 'C', 'small'] as const;

// ---- weights ----

/** Points per element of the adoption index; whole numbers 0–100 that add up to 100. */
export class AdoptionWeightsDto implements Record<EvaluationElement, number> {
  @WeightProperty() careerChannel: number;
  @WeightProperty() payUnits: number;
  @WeightProperty() postEvaluation: number;
  @WeightProperty() broadBand: number;
  @WeightProperty() performancePay: number;
  @WeightProperty() skillAllowance: number;
  @WeightProperty() mentorAllowance: number;
  @WeightProperty() teamLeaderAllowance: number;
  @WeightProperty() nightShiftAllowance: number;
  @WeightProperty() highSkillIncentives: number;
}

function WeightProperty(): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ type: 'integer', minimum: 0, maximum: 100 })(target, key);
    IsDefined()(target, key);
    IsInt()(target, key);
    Min(0)(target, key);
    Max(100)(target, key);
  };
}

export class UpdateEvaluationWeightsDto {
  @ApiProperty({ type: AdoptionWeightsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AdoptionWeightsDto)
  weights: AdoptionWeightsDto;
}

export class EvaluationWeightsDto {
  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({ type: AdoptionWeightsDto })
  weights: AdoptionWeightsDto;

  @ApiProperty({ description: 'the weights are DEFAULT_ADOPTION_WEIGHTS (docs/evaluation.md)' })
  isDefault: boolean;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description:
      'raised by every change of the weights (0 while the programme has never set them); GET answers it in the ETag `"<programmeId>:<version>"`',
  })
  version: number;
}

// ---- adoption roll-ups ----

export class EvaluationElementShareDto {
  @ApiProperty({ enum: EvaluationElement, enumName: 'EvaluationElement' })
  element: EvaluationElement;

  @ApiProperty({ type: Number, nullable: true, description: '% of the counted enterprises that adopted it' })
  share: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'change of the share in percentage points since the previous report period, over pilots with both reports',
  })
  change: number | null;
}

export class IndexBandDto {
  @ApiProperty({ description: 'inclusive lower bound' })
  lower: number;

  @ApiProperty({ description: 'exclusive upper bound (100 inclusive for the top band)' })
  upper: number;

  @ApiProperty()
  count: number;
}

export class AdoptionChangeDto {
  @ApiProperty({ description: 'pilots with an accepted report in both the latest and the previous period' })
  pilots: number;

  @ApiProperty({ type: Number, nullable: true, description: 'their mean index change, in points' })
  meanIndexChange: number | null;
}

export class AdoptionRollupDto {
  @ApiProperty({ description: 'approved pilots counted' })
  pilots: number;

  @ApiProperty({ description: 'of them, with an accepted progress report' })
  reported: number;

  @ApiProperty({ type: Number, nullable: true })
  meanIndex: number | null;

  @ApiProperty({ type: Number, nullable: true })
  medianIndex: number | null;

  @ApiProperty({ type: [IndexBandDto] })
  distribution: IndexBandDto[];

  @ApiProperty({ type: [EvaluationElementShareDto] })
  elementShares: EvaluationElementShareDto[];

  @ApiProperty({ type: AdoptionChangeDto })
  change: AdoptionChangeDto;
}

export class InfluenceElementShareDto {
  @ApiProperty({ enum: EvaluationElement, enumName: 'EvaluationElement' })
  element: EvaluationElement;

  @ApiProperty({ type: Number, nullable: true, description: '% of the recorded enterprises that adopted it' })
  share: number | null;
}

/** 带动一批: non-pilot enterprises reached by trainings and 示范班, and what they adopted. */
export class InfluenceRollupDto {
  @ApiProperty({ description: 'non-pilot enterprises listed on the programme’s trainings and 示范班' })
  reached: number;

  @ApiProperty({ description: 'of them, recorded by a bureau with the adoption they reported' })
  recorded: number;

  @ApiProperty({ description: 'of the recorded, adopting at least one element' })
  adopting: number;

  @ApiProperty({ type: Number, nullable: true, description: 'mean index of the recorded' })
  meanIndex: number | null;

  @ApiProperty({ type: [InfluenceElementShareDto] })
  elementShares: InfluenceElementShareDto[];
}

// ---- outcomes ----

export class OutcomeCellDto {
  @ApiProperty()
  headcount: number;

  @ApiProperty({ description: 'enterprises behind the figure' })
  enterprises: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'mean annualised pay, whole yuan; null when withheld',
  })
  mean: number | null;

  @ApiProperty({
    enum: OUTCOME_WITHHELD,
    enumName: 'OutcomeWithheld',
    nullable: true,
    description: 'A/B/C: the programme’s disclosure rules; small: fewer than 5 employees (MIN_OUTCOME_CELL)',
  })
  withheld: (typeof OUTCOME_WITHHELD)[number] | null;
}

export class OutcomeSeriesDto {
  @ApiProperty({ type: OutcomeCellDto })
  from: OutcomeCellDto;

  @ApiProperty({ type: OutcomeCellDto })
  to: OutcomeCellDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'growth in %, two decimals, between shown means',
  })
  growth: number | null;
}

export class OutcomeLevelSeriesDto extends OutcomeSeriesDto {
  @ApiProperty({ description: 'SkillLevel of skilled posts' })
  skillLevel: string;
}

export class VariableShareDto {
  @ApiProperty({ type: Number, nullable: true })
  from: number | null;

  @ApiProperty({ type: Number, nullable: true })
  to: number | null;
}

export class OutcomeGroupDto {
  @ApiProperty({ description: 'enterprises of the balanced panel (data in both years)' })
  enterprises: number;

  @ApiProperty({ type: [OutcomeLevelSeriesDto], description: 'skilled posts by skill level, low → high' })
  levels: OutcomeLevelSeriesDto[];

  @ApiProperty({ type: OutcomeSeriesDto, description: '高技能人才: skilled posts at 高级工 and above' })
  highSkill: OutcomeSeriesDto;

  @ApiProperty({ type: OutcomeSeriesDto })
  management: OutcomeSeriesDto;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'high-skill growth ≥ management growth (中办发〔2018〕16号 四(二))',
  })
  ruleHolds: boolean | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'top skill level mean ÷ 初级工 mean, later year',
  })
  spread: number | null;

  @ApiProperty({ type: VariableShareDto, description: 'performance ÷ total pay of skilled posts, %' })
  variableShare: VariableShareDto;
}

export class OutcomeRollupDto {
  @ApiProperty({ type: Number, nullable: true, description: 'the earlier of the two latest years with data' })
  fromYear: number | null;

  @ApiProperty({ type: Number, nullable: true })
  toYear: number | null;

  @ApiProperty({ type: OutcomeGroupDto, nullable: true, description: 'approved pilots of the programme' })
  pilots: OutcomeGroupDto | null;

  @ApiProperty({
    type: OutcomeGroupDto,
    nullable: true,
    description: 'other enterprises of the city with wage data in a programme of the city',
  })
  nonPilots: OutcomeGroupDto | null;

  @ApiProperty({
    description: 'case B (曲靖 附件2): fixed : variable ≈ 4 : 6',
    example: REFERENCE_VARIABLE_SHARE_PERCENT,
  })
  referenceVariableShare: number;
}

export class EvaluationRegionRollupDto {
  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({ enum: ['city', 'district'], enumName: 'EvaluationRollupLevel' })
  level: 'city' | 'district';

  @ApiProperty({ description: 'a district line of the city’s own (市直) enterprises' })
  cityDirect: boolean;

  @ApiProperty({ type: AdoptionRollupDto })
  adoption: AdoptionRollupDto;

  @ApiProperty({ type: InfluenceRollupDto })
  influence: InfluenceRollupDto;

  @ApiProperty({ type: OutcomeRollupDto })
  outcomes: OutcomeRollupDto;
}

/** One pilot in the bureau's table and scatter (adoption against outcome). */
export class EvaluationPilotDto {
  @ApiProperty({ format: 'uuid' })
  enterpriseId: string;

  @ApiProperty()
  enterpriseName: string;

  @ApiProperty({ description: 'the district, or the city for 市直' })
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({ type: String, nullable: true, description: 'latest accepted report period' })
  period: string | null;

  @ApiProperty({ type: Number, nullable: true })
  index: number | null;

  @ApiProperty({ enum: EvaluationElement, enumName: 'EvaluationElement', isArray: true })
  missing: EvaluationElement[];

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'measured, %, two latest years (small cells withheld)',
  })
  highSkillGrowth: number | null;

  @ApiProperty({ type: Number, nullable: true })
  managementGrowth: number | null;

  @ApiProperty({ type: Boolean, nullable: true })
  ruleHolds: boolean | null;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'the latest accepted report declared growth that differs from the measured one',
  })
  declaredDiffers: boolean | null;

  @ApiProperty({ description: 'marked 示范企业' })
  demonstration: boolean;
}

export class EvaluationProgrammeRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  documentNumber: string | null;

  @ApiProperty()
  status: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;
}

export class EvaluationDisclosureDto {
  @ApiProperty({ description: 'a roll-up cell needs at least this many enterprises (footnote A)' })
  minEnterprises: number;

  @ApiProperty({ description: 'no enterprise may hold more than this % of a cell’s employees (footnote B)' })
  maxEnterpriseSharePercent: number;

  @ApiProperty({ description: 'an enterprise’s own cell under this many employees is withheld beyond it' })
  minOutcomeCell: number;
}

export class ProgrammeEvaluationQueryDto {
  @ApiPropertyOptional({ description: 'one district (or the city itself for 市直)', example: '370211' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN)
  regionCode?: string;
}

export class ProgrammeEvaluationDto {
  @ApiProperty({ type: EvaluationProgrammeRefDto })
  programme: EvaluationProgrammeRefDto;

  @ApiProperty({ type: EvaluationWeightsDto })
  weights: EvaluationWeightsDto;

  @ApiProperty({ type: EvaluationDisclosureDto })
  disclosure: EvaluationDisclosureDto;

  @ApiProperty({ type: EvaluationRegionRollupDto, description: 'the whole programme (aggregates only)' })
  city: EvaluationRegionRollupDto;

  @ApiProperty({
    type: [EvaluationRegionRollupDto],
    description: 'the city: 市直 and every district (or the one asked for); a district: its own',
  })
  districts: EvaluationRegionRollupDto[];

  @ApiProperty({
    type: [EvaluationPilotDto],
    nullable: true,
    description: 'bureaus: the pilots of their region (or of the district asked for); reviewers: null',
  })
  pilots: EvaluationPilotDto[] | null;
}

// ---- one enterprise ----

export class EvaluationElementScoreDto {
  @ApiProperty({ enum: EvaluationElement, enumName: 'EvaluationElement' })
  element: EvaluationElement;

  @ApiProperty()
  label: string;

  @ApiProperty({ description: 'articles of 人社厅发〔2021〕7号' })
  articles: string;

  @ApiProperty({ enum: AdoptionStatus, enumName: 'AdoptionStatus' })
  status: AdoptionStatus;

  @ApiProperty()
  weight: number;

  @ApiProperty({ description: 'weight × credit (adopted 1, under way ½)' })
  points: number;
}

export class EvaluationMissingElementDto {
  @ApiProperty({ enum: EvaluationElement, enumName: 'EvaluationElement' })
  element: EvaluationElement;

  @ApiProperty()
  label: string;

  @ApiProperty()
  articles: string;
}

export class EnterpriseAdoptionDto {
  @ApiProperty({ description: 'the latest accepted report period' })
  period: string;

  @ApiProperty()
  index: number;

  @ApiProperty({ type: [EvaluationElementScoreDto] })
  elements: EvaluationElementScoreDto[];

  @ApiProperty({ type: [EvaluationMissingElementDto], description: 'the next guidance visit’s agenda' })
  missing: EvaluationMissingElementDto[];
}

export class IndexHistoryPointDto {
  @ApiProperty()
  period: string;

  @ApiProperty()
  index: number;
}

export class EnterpriseOutcomeCellDto {
  @ApiProperty({ type: OutcomeCellDto })
  cell: OutcomeCellDto;

  @ApiProperty({ type: Number, nullable: true, description: 'growth in % on the previous year with data' })
  growth: number | null;
}

export class EnterpriseOutcomeLevelDto extends EnterpriseOutcomeCellDto {
  @ApiProperty()
  skillLevel: string;
}

export class EnterpriseOutcomeYearDto {
  @ApiProperty()
  year: number;

  @ApiProperty({ type: [EnterpriseOutcomeLevelDto] })
  levels: EnterpriseOutcomeLevelDto[];

  @ApiProperty({ type: EnterpriseOutcomeCellDto })
  highSkill: EnterpriseOutcomeCellDto;

  @ApiProperty({ type: EnterpriseOutcomeCellDto })
  management: EnterpriseOutcomeCellDto;

  @ApiProperty({ type: Number, nullable: true })
  spread: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'performance ÷ total pay of skilled posts, %' })
  variableShare: number | null;
}

export class DeclaredGrowthDto {
  @ApiProperty({ description: 'the accepted report it comes from' })
  period: string;

  @ApiProperty({ type: Number, nullable: true })
  highSkill: number | null;

  @ApiProperty({ type: Number, nullable: true })
  management: number | null;
}

/** The central opinions' rule as measured between two years (an enterprise's, or a snapshot's). */
export class MeasuredGrowthDto {
  @ApiProperty({ type: Number, nullable: true })
  fromYear: number | null;

  @ApiProperty({ type: Number, nullable: true })
  toYear: number | null;

  @ApiProperty({ type: Number, nullable: true })
  highSkillGrowth: number | null;

  @ApiProperty({ type: Number, nullable: true })
  managementGrowth: number | null;

  @ApiProperty({ type: Boolean, nullable: true })
  ruleHolds: boolean | null;
}

export class EnterpriseOutcomesDto extends MeasuredGrowthDto {
  @ApiProperty({ type: [EnterpriseOutcomeYearDto], description: 'every year with a current wage upload' })
  years: EnterpriseOutcomeYearDto[];

  @ApiProperty({ type: DeclaredGrowthDto, nullable: true })
  declared: DeclaredGrowthDto | null;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'declared and measured growth are more than 1 point apart or give the rule another verdict',
  })
  declaredDiffers: boolean | null;

  @ApiProperty({ example: REFERENCE_VARIABLE_SHARE_PERCENT })
  referenceVariableShare: number;
}

export class EnterpriseEvaluationQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;
}

export class EnterpriseEvaluationDto {
  @ApiProperty({ format: 'uuid' })
  enterpriseId: string;

  @ApiProperty()
  enterpriseName: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({ description: 'an approved pilot of the programme' })
  pilot: boolean;

  @ApiProperty({ description: 'marked 示范企业' })
  demonstration: boolean;

  @ApiProperty({
    description: 'every cell shown in full (the enterprise itself); otherwise small cells are withheld',
  })
  fullFigures: boolean;

  @ApiProperty({ type: AdoptionWeightsDto })
  weights: AdoptionWeightsDto;

  @ApiProperty({ type: EnterpriseAdoptionDto, nullable: true })
  adoption: EnterpriseAdoptionDto | null;

  @ApiProperty({ type: [IndexHistoryPointDto], description: 'accepted reports, oldest period first' })
  history: IndexHistoryPointDto[];

  @ApiProperty({ type: EnterpriseOutcomesDto })
  outcomes: EnterpriseOutcomesDto;
}

// ---- influenced enterprises ----

export class UpdateInfluencedEnterpriseDto {
  @ApiProperty({
    format: 'uuid',
    description: 'the training or 示范班 of the programme that listed the enterprise',
  })
  @IsUUID()
  activityId: string;

  @ApiProperty({
    format: 'date',
    example: '2026-11-12',
    description: 'when the enterprise reported its adoption',
  })
  @Matches(DAY_PATTERN)
  reportedOn: string;

  @ApiProperty({ type: AdoptionDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AdoptionDto)
  adoption: AdoptionDto;

  @ApiPropertyOptional({ maxLength: MAX_INFLUENCED_NOTE })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_INFLUENCED_NOTE)
  note?: string;
}

export class CreateInfluencedEnterpriseDto extends UpdateInfluencedEnterpriseDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  enterpriseId: string;
}

export class InfluencedEnterpriseQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiPropertyOptional({ description: 'one district (or the city itself for 市直)' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN)
  regionCode?: string;
}

export class InfluencedCandidateQueryDto extends OmitType(InfluencedEnterpriseQueryDto, [
  'page',
  'pageSize',
  'regionCode',
] as const) {}

export class InfluencedEnterpriseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({ format: 'uuid' })
  enterpriseId: string;

  @ApiProperty()
  enterpriseName: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({ format: 'uuid' })
  activityId: string;

  @ApiProperty()
  activityTitle: string;

  @ApiProperty({ enum: GuidanceKind, enumName: 'GuidanceKind' })
  activityKind: GuidanceKind;

  @ApiProperty({ format: 'date' })
  activityOn: string;

  @ApiProperty({ format: 'date' })
  reportedOn: string;

  @ApiProperty({ type: AdoptionDto })
  adoption: AdoptionDto;

  @ApiProperty()
  note: string;

  @ApiProperty({ description: 'adoption index under the programme’s weights' })
  index: number;

  @ApiProperty({ description: 'adopts at least one element (counts in 带动一批)' })
  adoptsAnything: boolean;

  @ApiProperty({ description: 'the bureau that recorded it' })
  recordedBy: string;

  @ApiProperty({ description: 'the caller may edit and delete it (the enterprise’s own bureau)' })
  editable: boolean;

  @VersionProperty()
  version: number;
}

export class InfluencedEnterpriseListDto {
  @ApiProperty({ type: [InfluencedEnterpriseDto] })
  items: InfluencedEnterpriseDto[];

  @ApiProperty()
  total: number;
}

export class InfluencedActivityOptionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: GuidanceKind, enumName: 'GuidanceKind' })
  kind: GuidanceKind;

  @ApiProperty({ format: 'date' })
  occurredOn: string;
}

/** An enterprise the caller's bureau may record: reached, not a pilot, not yet recorded. */
export class InfluencedCandidateDto {
  @ApiProperty({ format: 'uuid' })
  enterpriseId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  regionCode: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({ type: [InfluencedActivityOptionDto] })
  activities: InfluencedActivityOptionDto[];
}

// ---- demonstration units ----

export class DemonstrationSnapshotDto extends MeasuredGrowthDto {
  @ApiProperty({ type: String, nullable: true, description: 'an enterprise’s latest accepted report period' })
  period: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'the enterprise’s index, or the district pilots’ mean',
  })
  index: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'a district’s approved pilots' })
  pilots: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'of them, with an accepted report' })
  reported: number | null;

  @ApiProperty({
    type: [InfluenceElementShareDto],
    nullable: true,
    description: 'a district’s element shares',
  })
  elementShares: InfluenceElementShareDto[] | null;
}

export class CreateDemonstrationUnitDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ enum: DemonstrationUnitKind, enumName: 'DemonstrationUnitKind' })
  @IsEnum(DemonstrationUnitKind)
  kind: DemonstrationUnitKind;

  @ApiPropertyOptional({ format: 'uuid', description: '示范企业: an approved pilot of the programme' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ description: '典型区市: a district of the programme’s city', example: '370211' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN)
  regionCode?: string;

  @ApiProperty({ maxLength: MAX_DEMONSTRATION_REASON })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DEMONSTRATION_REASON)
  reason: string;
}

export class UpdateDemonstrationUnitDto {
  @ApiProperty({ maxLength: MAX_DEMONSTRATION_REASON })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DEMONSTRATION_REASON)
  reason: string;
}

export class DeleteDemonstrationUnitDto {
  @ApiProperty({ maxLength: MAX_DEMONSTRATION_REASON, description: 'why the mark is withdrawn' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DEMONSTRATION_REASON)
  reason: string;
}

export class DemonstrationUnitQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;
}

export class DemonstrationUnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({ enum: DemonstrationUnitKind, enumName: 'DemonstrationUnitKind' })
  kind: DemonstrationUnitKind;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  enterpriseId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the district of a 典型区市' })
  regionCode: string | null;

  @ApiProperty({ description: 'the enterprise’s or the district’s name' })
  name: string;

  @ApiProperty({ description: 'the region it lies in' })
  placeName: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: DemonstrationSnapshotDto, description: 'its figures when marked or last edited' })
  snapshot: DemonstrationSnapshotDto;

  @ApiProperty({ type: String, format: 'date-time' })
  snapshotAt: Date;

  @ApiProperty({ description: 'the bureau that marked it' })
  markedBy: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @VersionProperty()
  version: number;
}

export class DemonstrationUnitListDto {
  @ApiProperty({ type: [DemonstrationUnitDto] })
  items: DemonstrationUnitDto[];
}

export class PublicDemonstrationUnitQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'one programme; without it, every active or closed one',
  })
  @IsOptional()
  @IsUUID()
  programmeId?: string;
}

/** A demonstration unit for the public: the reason and disclosure-safe figures, no pay of an enterprise. */
export class PublicDemonstrationUnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty({ enum: DemonstrationUnitKind, enumName: 'DemonstrationUnitKind' })
  kind: DemonstrationUnitKind;

  @ApiProperty()
  name: string;

  @ApiProperty()
  placeName: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'the enterprise’s index, or the district pilots’ mean',
  })
  index: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'a district’s approved pilots' })
  pilots: number | null;

  @ApiProperty({ type: Boolean, nullable: true })
  ruleHolds: boolean | null;

  @ApiProperty({ type: String, format: 'date-time' })
  markedAt: Date;
}

export class PublicDemonstrationUnitListDto {
  @ApiProperty({ type: [PublicDemonstrationUnitDto] })
  items: PublicDemonstrationUnitDto[];
}
