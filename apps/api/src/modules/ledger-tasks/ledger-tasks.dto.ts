import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { TaskStatus, chinaToday, isTaskOverdue } from '@skillpay/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { OrganisationSummaryDto, toOrganisationSummaryDto } from '../organisations/organisations.dto';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { type ProgrammeTaskEntity } from './programme-task.entity';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

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

  @VersionProperty()
  version: number;
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
  @IsPrintableText()
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

export class UpdateTaskDto extends PartialType(CreateTaskDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ enum: TaskStatus, enumName: 'TaskStatus' })
  @IsOptional()
  @IsEnum(TaskStatus)
  status?: TaskStatus;
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

// ---- mapping ----

export function toTaskDto(
  task: ProgrammeTaskEntity,
  responsibles: readonly OrganisationEntity[],
  callerOrganisationId: string,
  today: string = chinaToday(),
): TaskDto {
  return {
    id: task.id,
    programmeId: task.programmeId,
    phaseId: task.phaseId,
    measureId: task.measureId,
    position: task.position,
    title: task.title,
    description: task.description,
    dueOn: task.dueOn,
    status: task.status,
    overdue: isTaskOverdue(task, today),
    percent: task.percent,
    responsibleOrganisations: responsibles.map(toOrganisationSummaryDto),
    textUnits: task.textUnits,
    mine: responsibles.some((organisation) => organisation.id === callerOrganisationId),
    version: task.version,
  };
}
