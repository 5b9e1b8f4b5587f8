import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ProgrammeTemplateKey, TargetGroup, TaskStatus, WorkingGroupRole } from '@skillpay/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { AttachmentDto } from '../attachments/attachments.dto';
import { ProgrammeStatus } from './programme.entity';
import { OrganisationSummaryDto } from '../organisations/organisations.dto';

// ---- templates ----

export class TemplatePhaseDto {
  @ApiProperty({ example: '部署发动' })
  name: string;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @ApiProperty({ type: [String] })
  tasks: string[];
}

export class TemplateMeasureDto {
  @ApiProperty({ enum: TargetGroup, enumName: 'TargetGroup' })
  targetGroup: TargetGroup;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [String] })
  responsibleUnits: string[];

  @ApiProperty({ type: [String] })
  tasks: string[];
}

export class ProgrammeTemplateDto {
  @ApiProperty({ enum: ProgrammeTemplateKey, enumName: 'ProgrammeTemplateKey' })
  key: ProgrammeTemplateKey;

  @ApiProperty()
  nameZh: string;

  @ApiProperty()
  nameEn: string;

  @ApiProperty({ example: '青人社字〔2021〕61号' })
  source: string;

  @ApiProperty({ example: 2021 })
  baseYear: number;

  @ApiProperty()
  principles: string;

  @ApiProperty({ type: [TemplatePhaseDto] })
  phases: TemplatePhaseDto[];

  @ApiProperty({ type: [TemplateMeasureDto] })
  measures: TemplateMeasureDto[];
}

// ---- programmes ----

export class CreateProgrammeDto {
  @ApiProperty({ example: '青岛市落实《技能人才薪酬分配指引》工作方案' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '青人社字〔2021〕61号' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  documentNumber?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['青岛市人力资源和社会保障局', '青岛市总工会'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  issuingBodies?: string[];

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  principles?: string | null;

  @ApiPropertyOptional({
    enum: ProgrammeTemplateKey,
    enumName: 'ProgrammeTemplateKey',
    description: 'start from a template: its phases, measures and tasks, dates moved to `year`',
  })
  @IsOptional()
  @IsEnum(ProgrammeTemplateKey)
  template?: ProgrammeTemplateKey;
}

export class UpdateProgrammeDto extends PartialType(OmitType(CreateProgrammeDto, ['template'] as const)) {
  @ApiPropertyOptional({
    enum: ProgrammeStatus,
    enumName: 'ProgrammeStatus',
    description: 'draft → active → closed',
  })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;
}

export class ProgrammeQueryDto {
  @ApiPropertyOptional({ enum: ProgrammeStatus, enumName: 'ProgrammeStatus' })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;
}

export class PhaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  position: number;

  @ApiProperty({ example: '部署发动' })
  name: string;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;
}

export class MeasureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  position: number;

  @ApiProperty({ enum: TargetGroup, enumName: 'TargetGroup' })
  targetGroup: TargetGroup;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [String] })
  responsibleUnits: string[];
}

export class ProgrammeSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  documentNumber: string | null;

  @ApiProperty({ type: [String] })
  issuingBodies: string[];

  @ApiProperty({ example: '370200' })
  regionCode: string;

  @ApiProperty({ example: '青岛市' })
  regionName: string;

  @ApiProperty()
  year: number;

  @ApiProperty({ enum: ProgrammeStatus, enumName: 'ProgrammeStatus' })
  status: ProgrammeStatus;

  @ApiProperty({ type: String, nullable: true })
  template: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class ProgrammeListDto {
  @ApiProperty({ type: [ProgrammeSummaryDto] })
  items: ProgrammeSummaryDto[];

  @ApiProperty()
  total: number;
}

export class ProgrammeDto extends ProgrammeSummaryDto {
  @ApiProperty({ type: String, nullable: true })
  principles: string | null;

  @ApiProperty({ type: [PhaseDto] })
  phases: PhaseDto[];

  @ApiProperty({ type: [MeasureDto] })
  measures: MeasureDto[];

  @ApiProperty({ description: 'whether the caller may change the programme' })
  editable: boolean;
}

// ---- tasks (the ledger) ----

export class TaskDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  phaseId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  measureId: string | null;

  @ApiProperty()
  position: number;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueOn: string | null;

  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus' })
  status: TaskStatus;

  @ApiProperty({ description: 'derived: due date passed and not done' })
  overdue: boolean;

  @ApiProperty({ minimum: 0, maximum: 100 })
  percent: number;

  @ApiProperty({ type: [OrganisationSummaryDto] })
  responsibleOrganisations: OrganisationSummaryDto[];

  @ApiProperty({ type: [String], description: 'responsible units that are not on the portal' })
  textUnits: string[];

  @ApiProperty({ description: 'the caller’s organisation is responsible for it' })
  mine: boolean;
}

export class TaskQueryDto {
  @ApiPropertyOptional({ description: 'only tasks the caller’s organisation is responsible for' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  mine?: boolean;
}

export class CreateTaskDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  phaseId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  measureId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueOn?: string | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  responsibleOrganisationIds: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  textUnits?: string[];
}

export class UpdateTaskDto extends PartialType(CreateTaskDto) {
  @ApiPropertyOptional({ enum: TaskStatus, enumName: 'TaskStatus' })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;
}

/** multipart/form-data: these fields plus up to 5 `files` */
export class CreateTaskUpdateDto {
  @ApiProperty({ description: '进展情况' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;

  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus' })
  @IsEnum(TaskStatus)
  status: TaskStatus;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  percent: number;
}

export class TaskUpdateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  taskId: string;

  @ApiProperty({ type: OrganisationSummaryDto })
  organisation: OrganisationSummaryDto;

  @ApiProperty()
  note: string;

  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus' })
  status: TaskStatus;

  @ApiProperty()
  percent: number;

  @ApiProperty({ type: [AttachmentDto] })
  attachments: AttachmentDto[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class ProgressCellDto {
  @ApiProperty({ format: 'uuid' })
  organisationId: string;

  @ApiProperty({
    enum: TaskStatus,
    enumName: 'TaskStatus',
    nullable: true,
    description: 'null: not reported yet',
  })
  status: TaskStatus | null;

  @ApiProperty({ type: Number, nullable: true })
  percent: number | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  reportedAt: Date | null;

  @ApiProperty({ description: 'not done and the task is past its due date' })
  overdue: boolean;
}

export class ProgressRowDto {
  @ApiProperty({ type: TaskDto })
  task: TaskDto;

  @ApiProperty({ type: [ProgressCellDto], description: 'one per responsible organisation of the task' })
  cells: ProgressCellDto[];
}

export class ProgressMatrixDto {
  @ApiProperty({
    type: [OrganisationSummaryDto],
    description: 'every organisation responsible for some task',
  })
  organisations: OrganisationSummaryDto[];

  @ApiProperty({ type: [ProgressRowDto] })
  rows: ProgressRowDto[];
}

// ---- roadmap ----

export class RoadmapTaskDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  startsOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueOn: string | null;

  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus' })
  status: TaskStatus;

  @ApiProperty()
  overdue: boolean;

  @ApiProperty()
  percent: number;
}

export class RoadmapLaneDto {
  @ApiProperty({ enum: ['phase', 'measure', 'unassigned'] })
  kind: 'phase' | 'measure' | 'unassigned';

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  id: string | null;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  startsOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  endsOn: string | null;

  @ApiProperty({ type: [RoadmapTaskDto] })
  tasks: RoadmapTaskDto[];
}

export class RoadmapDto {
  @ApiProperty({ format: 'uuid' })
  programmeId: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'earliest date on the map' })
  startsOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'latest date on the map' })
  endsOn: string | null;

  @ApiProperty({ format: 'date', description: 'today in China Standard Time' })
  today: string;

  @ApiProperty({ type: [RoadmapLaneDto] })
  lanes: RoadmapLaneDto[];
}

// ---- working group ----

export class CreateWorkingGroupMemberDto {
  @ApiProperty({ example: '张伟' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: '劳动关系处' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  unit: string;

  @ApiProperty({ enum: WorkingGroupRole, enumName: 'WorkingGroupRole' })
  @IsEnum(WorkingGroupRole)
  role: WorkingGroupRole;

  @ApiPropertyOptional({ type: String, nullable: true, example: '13812345678' })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,30}$/)
  phone?: string | null;
}

export class UpdateWorkingGroupMemberDto extends PartialType(CreateWorkingGroupMemberDto) {}

export class WorkingGroupMemberDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  unit: string;

  @ApiProperty({ enum: WorkingGroupRole, enumName: 'WorkingGroupRole' })
  role: WorkingGroupRole;

  @ApiProperty({ type: String, nullable: true, description: 'masked (138****5678) in lists' })
  phone: string | null;
}

// ---- phases and measures ----

export class CreatePhaseDto {
  @ApiProperty({ example: '部署发动' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  startsOn: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  endsOn: string;
}

export class UpdatePhaseDto extends PartialType(CreatePhaseDto) {}

export class CreateMeasureDto {
  @ApiProperty({ enum: TargetGroup, enumName: 'TargetGroup' })
  @IsEnum(TargetGroup)
  targetGroup: TargetGroup;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ type: [String], description: '责任单位 as written' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  responsibleUnits?: string[];
}
