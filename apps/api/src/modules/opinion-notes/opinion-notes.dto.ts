import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MAX_OPINION_SOURCE_DETAIL,
  OPINION_HEAT_MAX,
  OPINION_HEAT_MIN,
  POLICY_TOPIC_KEYS,
  OpinionNoteAction,
  OpinionNoteStatus,
  OpinionResponseChannel,
  OpinionSentiment,
  OpinionSource,
  type PolicyTopic,
} from '@skillpay/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { VersionProperty } from '../../common/http/concurrency';
import { PageQueryDto } from '../../common/http/pagination.dto';

const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MAX_OPINION_SUMMARY = 2000;
export const MAX_OPINION_TEXT = 4000;

export class CreateOpinionNoteDto {
  @ApiProperty({ format: 'uuid', description: 'the work plan the note belongs to' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ enum: OpinionSource, enumName: 'OpinionSource' })
  @IsEnum(OpinionSource)
  source: OpinionSource;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_OPINION_SOURCE_DETAIL,
    description: 'the source in words; required for 其他 (other)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_OPINION_SOURCE_DETAIL)
  sourceDetail?: string | null;

  @ApiProperty({
    format: 'date',
    example: '2026-11-20',
    description: 'the day it came up (not in the future)',
  })
  @Matches(DAY_PATTERN)
  notedOn: string;

  @ApiProperty({ maxLength: MAX_OPINION_SUMMARY, example: '来电咨询技能津贴是否计入最低工资' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_OPINION_SUMMARY)
  summary: string;

  @ApiProperty({
    type: [String],
    enum: POLICY_TOPIC_KEYS,
    enumName: 'PolicyTopic',
    description: 'guideline chapters and programme measures, 1–6',
  })
  @IsArray()
  @ArrayMaxSize(POLICY_TOPIC_KEYS.length)
  @IsString({ each: true })
  topics: PolicyTopic[];

  @ApiProperty({ enum: OpinionSentiment, enumName: 'OpinionSentiment' })
  @IsEnum(OpinionSentiment)
  sentiment: OpinionSentiment;

  @ApiProperty({ minimum: OPINION_HEAT_MIN, maximum: OPINION_HEAT_MAX, description: '热度 1–5' })
  @Type(() => Number)
  @IsInt()
  heat: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'the responsible unit: the recording bureau by default; the city may name one of its district bureaus',
  })
  @IsOptional()
  @IsUUID()
  responsibleOrganisationId?: string;
}

export class UpdateOpinionNoteDto {
  @ApiPropertyOptional({ enum: OpinionSource, enumName: 'OpinionSource' })
  @IsOptional()
  @IsEnum(OpinionSource)
  source?: OpinionSource;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_OPINION_SOURCE_DETAIL })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_OPINION_SOURCE_DETAIL)
  sourceDetail?: string | null;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(DAY_PATTERN)
  notedOn?: string;

  @ApiPropertyOptional({ maxLength: MAX_OPINION_SUMMARY })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_OPINION_SUMMARY)
  summary?: string;

  @ApiPropertyOptional({ type: [String], enum: POLICY_TOPIC_KEYS, enumName: 'PolicyTopic' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(POLICY_TOPIC_KEYS.length)
  @IsString({ each: true })
  topics?: PolicyTopic[];

  @ApiPropertyOptional({ enum: OpinionSentiment, enumName: 'OpinionSentiment' })
  @IsOptional()
  @IsEnum(OpinionSentiment)
  sentiment?: OpinionSentiment;

  @ApiPropertyOptional({ minimum: OPINION_HEAT_MIN, maximum: OPINION_HEAT_MAX })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  heat?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'only the city bureau changes the responsible unit' })
  @IsOptional()
  @IsUUID()
  responsibleOrganisationId?: string;
}

export class OpinionNoteQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ enum: OpinionNoteStatus, enumName: 'OpinionNoteStatus' })
  @IsOptional()
  @IsEnum(OpinionNoteStatus)
  status?: OpinionNoteStatus;

  @ApiPropertyOptional({ enum: OpinionSource, enumName: 'OpinionSource' })
  @IsOptional()
  @IsEnum(OpinionSource)
  source?: OpinionSource;

  @ApiPropertyOptional({ enum: OpinionSentiment, enumName: 'OpinionSentiment' })
  @IsOptional()
  @IsEnum(OpinionSentiment)
  sentiment?: OpinionSentiment;

  @ApiPropertyOptional({ enum: POLICY_TOPIC_KEYS, enumName: 'PolicyTopic' })
  @IsOptional()
  @IsIn(POLICY_TOPIC_KEYS)
  topic?: PolicyTopic;

  @ApiPropertyOptional({ example: '2026-09', description: 'first month (YYYY-MM), inclusive' })
  @IsOptional()
  @Matches(MONTH_PATTERN)
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'last month (YYYY-MM), inclusive' })
  @IsOptional()
  @Matches(MONTH_PATTERN)
  to?: string;

  @ApiPropertyOptional({ maxLength: 50, description: 'part of the summary (substring, Chinese or English)' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  search?: string;
}

export class OpinionStatisticsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ example: '2026-09', description: 'first month (YYYY-MM), inclusive' })
  @IsOptional()
  @Matches(MONTH_PATTERN)
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'last month (YYYY-MM), inclusive' })
  @IsOptional()
  @Matches(MONTH_PATTERN)
  to?: string;
}

/** The body of a workflow step; which fields a step needs is the service's to say (400 naming it). */
export class OpinionNoteStepDto {
  @ApiPropertyOptional({ maxLength: 1000, description: 'a comment; the reason, required to reopen' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;

  @ApiPropertyOptional({ maxLength: MAX_OPINION_TEXT, description: '解释口径, required to take a note up' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_OPINION_TEXT)
  explanation?: string;

  @ApiPropertyOptional({
    maxLength: MAX_OPINION_TEXT,
    description: 'the response given, required to respond',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_OPINION_TEXT)
  response?: string;

  @ApiPropertyOptional({ format: 'date', description: 'the day of the response, required to respond' })
  @IsOptional()
  @Matches(DAY_PATTERN)
  respondedOn?: string;

  @ApiPropertyOptional({ enum: OpinionResponseChannel, enumName: 'OpinionResponseChannel' })
  @IsOptional()
  @IsEnum(OpinionResponseChannel)
  responseChannel?: OpinionResponseChannel;
}

export class DeleteOpinionNoteDto {
  @ApiProperty({ maxLength: 1000, description: 'why the note is deleted' })
  @IsString()
  @MaxLength(1000)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value : ''))
  reason: string;
}

export class OpinionNoteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({ example: '青岛市落实《技能人才薪酬分配指引》工作方案' })
  programmeTitle: string;

  @ApiProperty({ enum: OpinionSource, enumName: 'OpinionSource' })
  source: OpinionSource;

  @ApiProperty({ type: String, nullable: true })
  sourceDetail: string | null;

  @ApiProperty({ format: 'date' })
  notedOn: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({ type: [String], enum: POLICY_TOPIC_KEYS, enumName: 'PolicyTopic' })
  topics: PolicyTopic[];

  @ApiProperty({ enum: OpinionSentiment, enumName: 'OpinionSentiment' })
  sentiment: OpinionSentiment;

  @ApiProperty({ minimum: OPINION_HEAT_MIN, maximum: OPINION_HEAT_MAX })
  heat: number;

  @ApiProperty({ enum: OpinionNoteStatus, enumName: 'OpinionNoteStatus' })
  status: OpinionNoteStatus;

  @ApiProperty({ format: 'uuid' })
  recorderOrganisationId: string;

  @ApiProperty({ example: '黄岛区人力资源和社会保障局' })
  recorderName: string;

  @ApiProperty({ format: 'uuid' })
  responsibleOrganisationId: string;

  @ApiProperty({ example: '黄岛区人力资源和社会保障局' })
  responsibleName: string;

  @ApiProperty({ type: String, nullable: true, description: '解释口径' })
  explanation: string | null;

  @ApiProperty({ type: String, nullable: true })
  response: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  respondedOn: string | null;

  @ApiProperty({ enum: OpinionResponseChannel, enumName: 'OpinionResponseChannel', nullable: true })
  responseChannel: OpinionResponseChannel | null;

  @VersionProperty()
  version: number;

  @ApiProperty({ enum: OpinionNoteAction, enumName: 'OpinionNoteAction', isArray: true })
  availableActions: OpinionNoteAction[];

  @ApiProperty({ description: 'the caller may edit the content now' })
  canEdit: boolean;

  @ApiProperty({ description: 'the caller may change the responsible unit (the city bureau)' })
  canAssign: boolean;

  @ApiProperty({ description: 'the caller may delete the note (its recorder or the city bureau)' })
  canDelete: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class OpinionNoteListDto {
  @ApiProperty({ type: [OpinionNoteDto] })
  items: OpinionNoteDto[];

  @ApiProperty()
  total: number;
}

/** A workflow step of a note, oldest first. */
export class OpinionNoteStepViewDto {
  @ApiProperty({ enum: OpinionNoteAction, enumName: 'OpinionNoteAction' })
  action: OpinionNoteAction;

  @ApiProperty({ enum: OpinionNoteStatus, enumName: 'OpinionNoteStatus' })
  fromState: OpinionNoteStatus;

  @ApiProperty({ enum: OpinionNoteStatus, enumName: 'OpinionNoteStatus' })
  toState: OpinionNoteStatus;

  @ApiProperty({ example: '黄岛区人力资源和社会保障局' })
  actor: string;

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  at: Date;
}

/** An edit of a note: which fields changed, by whom, and the version it replaced. */
export class OpinionNoteRevisionDto {
  @ApiProperty({ description: 'the version the edit replaced' })
  version: number;

  @ApiProperty({ type: [String], example: ['heat', 'summary'] })
  changedFields: string[];

  @ApiProperty({ example: '青岛市人力资源和社会保障局' })
  editor: string;

  @ApiProperty({ type: String, format: 'date-time' })
  at: Date;
}

export class OpinionNoteDetailDto extends OpinionNoteDto {
  @ApiProperty({ type: [OpinionNoteStepViewDto] })
  history: OpinionNoteStepViewDto[];

  @ApiProperty({ type: [OpinionNoteRevisionDto], description: 'newest first' })
  revisions: OpinionNoteRevisionDto[];
}

export class OpinionCountDto {
  @ApiProperty({ description: 'the topic, sentiment, month (YYYY-MM) or status' })
  key: string;

  @ApiProperty()
  count: number;
}

export class OpinionStatisticsDto {
  @ApiProperty()
  total: number;

  @ApiProperty({ description: 'notes not yet responded to (monitoring or responding)' })
  open: number;

  @ApiProperty({ type: [OpinionCountDto], description: 'a note counts once for each of its topics' })
  byTopic: OpinionCountDto[];

  @ApiProperty({ type: [OpinionCountDto] })
  bySentiment: OpinionCountDto[];

  @ApiProperty({ type: [OpinionCountDto], description: 'every month of the range, empty months as 0' })
  byMonth: OpinionCountDto[];

  @ApiProperty({ type: [OpinionCountDto] })
  byStatus: OpinionCountDto[];
}

/** A bureau the city may name responsible. */
export class ResponsibleOptionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '黄岛区人力资源和社会保障局' })
  name: string;
}
