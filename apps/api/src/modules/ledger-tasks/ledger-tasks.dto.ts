import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { benchmarkReleaseLabel, chinaToday, isTaskOverdue, TaskLink, TaskStatus } from '@skillpay/domain';
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
import { type TaskProgressView, type UnitFigure } from './ledger-progress.service';
import { IsPrintableText } from '../../common/errors/printable-text';
import { VersionProperty } from '../../common/http/concurrency';

// ---- tasks (the ledger) ----

export class UnitProgressDto {
  @ApiProperty({ enum: TaskStatus, enumName: 'TaskStatus' })
  status: TaskStatus;

  @ApiProperty({ minimum: 0, maximum: 100 })
  percent: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  reportedAt: Date | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'a linked task: what was counted, e.g. pilots guided',
  })
  counted: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'a linked task: the base of the count' })
  of: number | null;

  @ApiProperty({ description: 'this unit is not done and the task is past its due date' })
  overdue: boolean;
}

export class TaskProgressDto {
  @ApiProperty({ description: 'responsible bureaus expected to report (linked: with something to count)' })
  responsible: number;

  @ApiProperty({ description: 'bureaus with a figure' })
  reported: number;

  @ApiProperty({ type: Number, nullable: true })
  minPercent: number | null;

  @ApiProperty({ type: Number, nullable: true })
  maxPercent: number | null;
}

export class LinkedReleaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'e.g. 2025-R1' })
  label: string;

  @ApiProperty({ type: String, format: 'date-time' })
  publishedAt: Date;
}

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

  @ApiProperty({
    enum: TaskLink,
    enumName: 'TaskLink',
    nullable: true,
    description: 'the portal event the task follows instead of manual reports',
  })
  linkedEvent: TaskLink | null;

  @ApiProperty({ type: TaskProgressDto, description: 'how many bureaus have a figure and their range' })
  progress: TaskProgressDto;

  @ApiProperty({
    type: UnitProgressDto,
    nullable: true,
    description: 'the caller’s own bureau’s figure (null: not responsible or not reported)',
  })
  own: UnitProgressDto | null;

  @ApiProperty({ type: LinkedReleaseDto, nullable: true, description: 'the release that completed it' })
  release: LinkedReleaseDto | null;

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

  @ApiPropertyOptional({
    enum: TaskLink,
    enumName: 'TaskLink',
    nullable: true,
    description: 'follow a portal event instead of manual reports',
  })
  @IsOptional()
  @IsEnum(TaskLink)
  linkedEvent?: TaskLink | null;
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

  @ApiProperty({ type: TaskProgressDto })
  progress: TaskProgressDto;
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

export function toUnitProgressDto(figure: UnitFigure, dueOn: string | null, today: string): UnitProgressDto {
  return {
    status: figure.status,
    percent: figure.percent,
    reportedAt: figure.reportedAt,
    counted: figure.counted,
    of: figure.of,
    overdue: isTaskOverdue({ dueOn, status: figure.status }, today),
  };
}

export function toTaskProgressDto(view: TaskProgressView): TaskProgressDto {
  const { responsible, reported, minPercent, maxPercent } = view.summary;
  return { responsible, reported, minPercent, maxPercent };
}

export function toTaskDto(
  task: ProgrammeTaskEntity,
  responsibles: readonly OrganisationEntity[],
  callerOrganisationId: string,
  view: TaskProgressView,
  today: string = chinaToday(),
): TaskDto {
  const own = view.units.get(callerOrganisationId) ?? null;
  const label = view.release ? benchmarkReleaseLabel(view.release.year, view.release.releaseNumber) : null;
  return {
    id: task.id,
    programmeId: task.programmeId,
    phaseId: task.phaseId,
    measureId: task.measureId,
    position: task.position,
    title: task.title,
    description: task.description,
    dueOn: task.dueOn,
    status: view.status,
    overdue: view.overdue,
    linkedEvent: task.linkedEvent,
    progress: toTaskProgressDto(view),
    own: own ? toUnitProgressDto(own, task.dueOn, today) : null,
    release:
      view.release && label ? { id: view.release.id, label, publishedAt: view.release.publishedAt } : null,
    responsibleOrganisations: responsibles.map(toOrganisationSummaryDto),
    textUnits: task.textUnits,
    mine: responsibles.some((organisation) => organisation.id === callerOrganisationId),
    version: task.version,
  };
}
