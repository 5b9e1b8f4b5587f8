import { ApiProperty } from '@nestjs/swagger';
import { TaskStatus } from '@skillpay/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { AttachmentDto, toAttachmentDto } from '../attachments/attachments.dto';
import { OrganisationSummaryDto, toOrganisationSummaryDto } from '../organisations/organisations.dto';

import { TaskDto } from '../ledger-tasks/ledger-tasks.dto';
import { type AttachmentEntity } from '../attachments/attachment.entity';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { type ProgrammeTaskUpdateEntity } from './programme-task-update.entity';

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

// ---- mapping ----

export function toTaskUpdateDto(
  update: ProgrammeTaskUpdateEntity,
  organisation: OrganisationEntity,
  attachments: readonly AttachmentEntity[],
): TaskUpdateDto {
  return {
    id: update.id,
    taskId: update.taskId,
    organisation: toOrganisationSummaryDto(organisation),
    note: update.note,
    status: update.status,
    percent: update.percent,
    attachments: attachments.map(toAttachmentDto),
    createdAt: update.createdAt,
  };
}
