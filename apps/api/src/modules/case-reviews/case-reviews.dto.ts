import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CaseAction,
  CaseStatus,
  ConflictLinkKind,
  OrganisationType,
  ReviewRecommendation,
} from '@skillpay/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
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
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';
import { LabelsDto } from '../progress-reports/progress-reports.dto';

// ---- rubric ----

export class LabelsInputDto {
  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(100)
  'zh-CN': string;

  @ApiProperty({ maxLength: 100 })
  @IsString()
  @IsPrintableText()
  @IsNotEmpty()
  @MaxLength(100)
  en: string;
}

export class ScaleStepDto {
  @ApiProperty({ minimum: 1, maximum: 10 })
  @IsInt()
  @Min(1)
  @Max(10)
  score: number;

  @ApiProperty({ type: LabelsInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LabelsInputDto)
  description: LabelsInputDto;
}

export class RubricCriterionDto {
  @ApiProperty({ example: 'skill-value', maxLength: 40 })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{0,39}$/)
  key: string;

  @ApiProperty({ type: LabelsInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LabelsInputDto)
  label: LabelsInputDto;

  @ApiProperty({ minimum: 1, maximum: 100, description: 'percent of the total' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight: number;

  @ApiProperty({ type: [ScaleStepDto], minItems: 2, maxItems: 10 })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ScaleStepDto)
  scale: ScaleStepDto[];
}

export class UpdateCaseRubricDto {
  @ApiProperty({ type: [RubricCriterionDto], minItems: 1, maxItems: 12 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionDto)
  criteria: RubricCriterionDto[];

  @ApiProperty({
    minimum: 0,
    maximum: 100,
    description: 'totals further apart flag a disagreement (kept to two decimals)',
  })
  // not maxDecimalPlaces: class-validator throws on numbers written with an exponent (1e-7)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  disagreementThreshold: number;
}

export class CaseRubricDto {
  @ApiProperty({ format: 'uuid', description: 'the programme the rubric belongs to' })
  programmeId: string;

  @ApiProperty()
  programmeTitle: string;

  @ApiProperty({ type: [RubricCriterionDto] })
  criteria: RubricCriterionDto[];

  @ApiProperty()
  disagreementThreshold: number;

  @ApiProperty({ description: 'no rubric of its own: the default one (docs/case-studies.md)' })
  isDefault: boolean;

  @VersionProperty()
  version: number;
}

// ---- conflict links ----

export class ConflictLinkQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  reviewerOrganisationId?: string;
}

export class CreateConflictLinkDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  reviewerOrganisationId: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'one account of the organisation; omit to link the whole organisation',
  })
  @IsOptional()
  @IsUUID()
  reviewerUserId?: string | null;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  enterpriseId: string;

  @ApiProperty({ enum: ConflictLinkKind, enumName: 'ConflictLinkKind' })
  @IsEnum(ConflictLinkKind)
  kind: ConflictLinkKind;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @IsPrintableText()
  @MaxLength(500)
  note?: string;
}

export class ConflictLinkDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  reviewerOrganisationId: string;

  @ApiProperty()
  reviewerOrganisationName: string;

  @ApiProperty({ enum: OrganisationType, enumName: 'OrganisationType' })
  reviewerOrganisationType: OrganisationType;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  reviewerUserId: string | null;

  @ApiProperty({ type: String, nullable: true })
  reviewerName: string | null;

  @ApiProperty({ format: 'uuid' })
  enterpriseId: string;

  @ApiProperty()
  enterpriseName: string;

  @ApiProperty({ enum: ConflictLinkKind, enumName: 'ConflictLinkKind' })
  kind: ConflictLinkKind;

  @ApiProperty()
  note: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class ConflictLinkListDto {
  @ApiProperty({ type: [ConflictLinkDto] })
  items: ConflictLinkDto[];
}

/** A reviewer account the city may assign or link, with its organisation. */
export class ReviewerDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ format: 'uuid' })
  organisationId: string;

  @ApiProperty()
  organisationName: string;

  @ApiProperty({ enum: OrganisationType, enumName: 'OrganisationType' })
  organisationType: OrganisationType;
}

export class ReviewerListDto {
  @ApiProperty({ type: [ReviewerDto] })
  items: ReviewerDto[];
}

// ---- assignments ----

export class AssignReviewerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-12-31' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueDate: string;
}

export class AssignReviewersDto {
  @ApiProperty({ type: [AssignReviewerDto], minItems: 1, maxItems: 10 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AssignReviewerDto)
  reviewers: AssignReviewerDto[];
}

export class ReasonDto {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @IsPrintableText()
  @MaxLength(1000)
  reason: string;
}

export const ASSIGNMENT_STATES = ['pending', 'in-progress', 'submitted', 'withdrawn', 'closed'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export class CaseAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'the case version the reviewer reviews' })
  versionNo: number;

  @ApiProperty({ type: ReviewerDto })
  reviewer: ReviewerDto;

  @ApiProperty({ type: String, format: 'date' })
  dueDate: string;

  @ApiProperty({ type: String, format: 'date-time' })
  assignedAt: Date;

  @ApiProperty({
    enum: ASSIGNMENT_STATES,
    description:
      'pending: not opened; in-progress: scores saved; submitted; withdrawn (conflict declared or by the city); closed: the case was decided before it was submitted',
  })
  state: AssignmentState;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  withdrawnAt: Date | null;

  @ApiProperty({ type: String, nullable: true })
  withdrawalReason: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: Date | null;
}

/** A reviewer the city could assign now, and the link that bars it, if any. */
export class ReviewerCandidateDto extends ReviewerDto {
  @ApiProperty({ type: ConflictLinkDto, nullable: true })
  conflict: ConflictLinkDto | null;

  @ApiProperty({ description: 'already assigned to the version under review' })
  assigned: boolean;
}

export class CaseAssignmentsDto {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  status: CaseStatus;

  @ApiProperty()
  currentVersionNo: number;

  @ApiProperty({ type: [CaseAssignmentDto], description: 'every assignment of every version, newest first' })
  items: CaseAssignmentDto[];

  @ApiProperty({ type: [ReviewerCandidateDto] })
  candidates: ReviewerCandidateDto[];

  @ApiProperty({ description: 'whether the caller may assign reviewers now' })
  canAssign: boolean;
}

// ---- reviews ----

export class CaseFigureDto {
  @ApiProperty()
  indicator: string;

  @ApiProperty({ type: Number, nullable: true })
  before: number | null;

  @ApiProperty({ type: Number, nullable: true })
  after: number | null;

  @ApiProperty()
  unit: string;

  @ApiProperty()
  period: string;
}

/** The case version under review, as a reviewer reads it. */
export class ReviewedCaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  status: CaseStatus;

  @ApiProperty()
  versionNo: number;

  @ApiProperty()
  title: string;

  @ApiProperty()
  enterpriseName: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty({ type: String, nullable: true })
  programmeTitle: string | null;

  @ApiProperty({ type: [Number] })
  articles: number[];

  @ApiProperty()
  background: string;

  @ApiProperty()
  measures: string;

  @ApiProperty({ type: [CaseFigureDto] })
  results: CaseFigureDto[];

  @ApiProperty()
  resultsNarrative: string;
}

export class CaseReviewDto {
  @ApiProperty({ format: 'uuid', description: 'the assignment (one review per assignment)' })
  assignmentId: string;

  @ApiProperty()
  versionNo: number;

  @ApiProperty({ type: ReviewerDto })
  reviewer: ReviewerDto;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  scores: Record<string, number>;

  @ApiProperty()
  comment: string;

  @ApiProperty({ enum: ReviewRecommendation, enumName: 'ReviewRecommendation', nullable: true })
  recommendation: ReviewRecommendation | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'weighted total 0–100 once every criterion is scored',
  })
  weightedTotal: number | null;

  @ApiProperty({ type: String, format: 'date', description: 'due date of the assignment' })
  dueDate: string;

  @ApiProperty({ enum: ASSIGNMENT_STATES })
  state: AssignmentState;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: Date | null;
}

/** The reviewer's own review, with the rubric it is scored by. */
export class MyCaseReviewDto extends CaseReviewDto {
  @ApiProperty({ format: 'uuid', description: 'the review (for the ETag)' })
  id: string;

  @VersionProperty()
  version: number;

  @ApiProperty({ description: 'scores and comment can still be changed' })
  editable: boolean;
}

export class ReviewSummaryDto {
  @ApiProperty()
  versionNo: number;

  @ApiProperty({ description: 'live assignments of the version' })
  assigned: number;

  @ApiProperty()
  submitted: number;

  @ApiProperty({ type: Number, nullable: true, description: 'mean of the submitted weighted totals' })
  mean: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'highest minus lowest submitted total' })
  spread: number | null;

  @ApiProperty({ description: 'the spread exceeds the rubric’s threshold: add a reviewer' })
  disagreement: boolean;

  @ApiProperty()
  disagreementThreshold: number;

  @ApiProperty({ description: 'enough submitted reviews for a decision' })
  decidable: boolean;
}

export class CaseReviewsDto {
  @ApiProperty({ type: ReviewedCaseDto })
  case: ReviewedCaseDto;

  @ApiProperty({ type: [RubricCriterionDto], description: 'the rubric the reviews are scored by' })
  criteria: RubricCriterionDto[];

  @ApiProperty({ type: MyCaseReviewDto, nullable: true, description: 'a reviewer’s own review' })
  mine: MyCaseReviewDto | null;

  @ApiProperty({
    type: [CaseReviewDto],
    description:
      'the city: every submitted review of every version; a reviewer: the other reviews of the version, only once every assigned review is submitted (blind until then)',
  })
  reviews: CaseReviewDto[];

  @ApiProperty({ type: ReviewSummaryDto, nullable: true, description: 'for the city: the current version' })
  summary: ReviewSummaryDto | null;

  @ApiProperty({
    enum: [CaseAction.Select, CaseAction.RequestRevision, CaseAction.Reject],
    isArray: true,
    description: 'the decisions the caller may take now',
  })
  decisions: CaseAction[];
}

export class UpdateCaseReviewDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'criterion key → score; criteria left out keep their score',
  })
  @IsOptional()
  @IsObject()
  scores?: Record<string, number>;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @IsPrintableText()
  @MaxLength(5000)
  comment?: string;

  @ApiPropertyOptional({ enum: ReviewRecommendation, enumName: 'ReviewRecommendation', nullable: true })
  @IsOptional()
  @IsEnum(ReviewRecommendation)
  recommendation?: ReviewRecommendation | null;
}

export const CASE_DECISIONS = [CaseAction.Select, CaseAction.RequestRevision, CaseAction.Reject] as const;
export type CaseDecision = (typeof CASE_DECISIONS)[number];

export class CaseDecisionDto {
  @ApiProperty({ enum: CASE_DECISIONS })
  @IsIn(CASE_DECISIONS)
  decision: CaseDecision;

  @ApiPropertyOptional({ maxLength: 2000, description: 'required to request a revision or not select' })
  @IsOptional()
  @IsString()
  @IsPrintableText()
  @MaxLength(2000)
  reason?: string;
}

export class CaseDecisionResultDto {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  status: CaseStatus;
}

// ---- the reviewer's list ----

export class MyAssignmentQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'all'])
  show?: 'open' | 'all';
}

export class MyAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  enterpriseName: string;

  @ApiProperty()
  regionName: string;

  @ApiProperty()
  versionNo: number;

  @ApiProperty({ type: String, format: 'date' })
  dueDate: string;

  @ApiProperty({ description: 'due date passed without a submitted review' })
  overdue: boolean;

  @ApiProperty({ enum: ASSIGNMENT_STATES })
  state: AssignmentState;

  @ApiProperty({ type: String, format: 'date-time' })
  assignedAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: Date | null;
}

export class MyAssignmentListDto {
  @ApiProperty({ type: [MyAssignmentDto] })
  items: MyAssignmentDto[];
}

export { LabelsDto };
