import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  OPEN_SERVICE_REQUEST_STATES,
  SATISFACTION_MAX,
  SATISFACTION_MIN,
  ServiceCategory,
  ServiceRequestAction,
  ServiceRequestStatus,
} from '@skillpay/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { VersionProperty } from '../../common/http/concurrency';
import { PageQueryDto } from '../../common/http/pagination.dto';
import { AttachmentDto } from '../attachments/attachments.dto';

const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CreateServiceRequestDto {
  @ApiProperty({ format: 'uuid', description: 'a confirmed talent in the caller’s scope' })
  @IsUUID()
  talentId: string;

  @ApiProperty({ enum: ServiceCategory, enumName: 'ServiceCategory' })
  @IsEnum(ServiceCategory)
  category: ServiceCategory;

  @ApiProperty({ maxLength: 2000, example: '子女今年秋季入学，希望协调就近入读崂山区实验小学' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description: string;
}

export class ServiceRequestQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ServiceRequestStatus, enumName: 'ServiceRequestStatus' })
  @IsOptional()
  @IsEnum(ServiceRequestStatus)
  status?: ServiceRequestStatus;

  @ApiPropertyOptional({ enum: ServiceCategory, enumName: 'ServiceCategory' })
  @IsOptional()
  @IsEnum(ServiceCategory)
  category?: ServiceCategory;

  @ApiPropertyOptional({ format: 'uuid', description: 'the responsible department' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  talentId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'only open requests past their due date' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

export class AssignServiceRequestDto {
  @ApiProperty({ format: 'uuid', description: 'a government department (政府部门) of the city' })
  @IsUUID()
  departmentId: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class ServiceRequestStepDto {
  @ApiPropertyOptional({ maxLength: 1000, description: 'required to reopen' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class ResolveServiceRequestDto {
  @ApiProperty({ maxLength: 2000, description: 'how the need was met (办理结果)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  outcome: string;
}

export class CreateServiceReplyDto {
  @ApiProperty({ format: 'date', example: '2026-11-20', description: 'the day the department replied' })
  @Matches(DAY_PATTERN)
  repliedOn: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text: string;
}

export class RateServiceRequestDto {
  @ApiProperty({
    minimum: SATISFACTION_MIN,
    maximum: SATISFACTION_MAX,
    description: '1 很不满意 … 5 非常满意',
  })
  @Type(() => Number)
  @IsInt()
  @Min(SATISFACTION_MIN)
  @Max(SATISFACTION_MAX)
  rating: number;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class TalentOptionQueryDto {
  @ApiPropertyOptional({ description: 'part of the name', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  search?: string;
}

export class TalentOptionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '张建国' })
  name: string;

  @ApiProperty({
    example: '370212********123X',
    description: 'masked; the full number never leaves the cipher',
  })
  idNumberMasked: string;

  @ApiProperty({ example: '青岛瑞和精密机械有限公司' })
  enterpriseName: string;

  @ApiProperty({ example: '崂山区' })
  regionName: string;
}

export class DepartmentOptionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '青岛市教育局' })
  name: string;
}

export class ServiceRequestDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  talentId: string;

  @ApiProperty({ example: '张建国' })
  talentName: string;

  @ApiProperty({ example: '青岛瑞和精密机械有限公司' })
  enterpriseName: string;

  @ApiProperty({ example: '崂山区' })
  regionName: string;

  @ApiProperty({ enum: ServiceCategory, enumName: 'ServiceCategory' })
  category: ServiceCategory;

  @ApiProperty()
  description: string;

  @ApiProperty({ enum: ServiceRequestStatus, enumName: 'ServiceRequestStatus' })
  status: ServiceRequestStatus;

  @ApiProperty({ example: '青岛瑞和精密机械有限公司' })
  requesterName: string;

  @ApiProperty({ format: 'date' })
  receivedOn: string;

  @ApiProperty({ format: 'date' })
  dueOn: string;

  @ApiProperty({ description: 'open and past its due date (China time)' })
  overdue: boolean;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  departmentId: string | null;

  @ApiProperty({ type: String, nullable: true, example: '青岛市教育局' })
  departmentName: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  resolvedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  outcome: string | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5 })
  rating: number | null;

  @ApiProperty({ type: String, nullable: true })
  ratingComment: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'the contact it was raised from',
  })
  contactId: string | null;

  @VersionProperty()
  version: number;

  @ApiProperty({ enum: ServiceRequestAction, enumName: 'ServiceRequestAction', isArray: true })
  availableActions: ServiceRequestAction[];

  @ApiProperty({ description: 'the caller may record a department reply now' })
  canReply: boolean;

  @ApiProperty({ description: 'the caller (the requester) may rate it now' })
  canRate: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class ServiceRequestListDto {
  @ApiProperty({ type: [ServiceRequestDto] })
  items: ServiceRequestDto[];

  @ApiProperty()
  total: number;
}

export class ServiceReplyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '青岛市教育局' })
  departmentName: string;

  @ApiProperty({ format: 'date' })
  repliedOn: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ type: [AttachmentDto] })
  attachments: AttachmentDto[];
}

/** One entry of the timeline: a workflow step or a department reply. */
export class ServiceTimelineEntryDto {
  @ApiProperty({ enum: ['step', 'reply', 'rating'] })
  kind: 'step' | 'reply' | 'rating';

  @ApiProperty({ type: String, format: 'date-time' })
  at: Date;

  @ApiProperty({ type: String, nullable: true, description: 'the workflow action of a step' })
  action: string | null;

  @ApiProperty({ type: String, nullable: true })
  toState: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'who acted (organisation)' })
  actor: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'reason, comment or reply text' })
  text: string | null;
}

export class ServiceRequestDetailDto extends ServiceRequestDto {
  @ApiProperty({ type: [AttachmentDto] })
  attachments: AttachmentDto[];

  @ApiProperty({ type: [ServiceReplyDto] })
  replies: ServiceReplyDto[];

  @ApiProperty({ type: [ServiceTimelineEntryDto], description: 'oldest first' })
  timeline: ServiceTimelineEntryDto[];
}

export class DashboardFigureDto {
  @ApiProperty({ description: 'a category, or a department id' })
  key: string;

  @ApiProperty({ description: 'the category code, or the department name' })
  label: string;

  @ApiProperty()
  open: number;

  @ApiProperty()
  overdue: number;

  @ApiProperty()
  resolved: number;

  @ApiProperty({ type: Number, nullable: true, description: 'median days from receipt to resolution' })
  medianDays: number | null;
}

export class ServiceDashboardDto {
  @ApiProperty()
  open: number;

  @ApiProperty()
  overdue: number;

  @ApiProperty()
  resolved: number;

  @ApiProperty({ type: Number, nullable: true })
  medianDays: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'average satisfaction of the rated ones' })
  averageRating: number | null;

  @ApiProperty({ type: [DashboardFigureDto] })
  byCategory: DashboardFigureDto[];

  @ApiProperty({ type: [DashboardFigureDto] })
  byDepartment: DashboardFigureDto[];
}

export const OPEN_STATES: readonly string[] = OPEN_SERVICE_REQUEST_STATES;
