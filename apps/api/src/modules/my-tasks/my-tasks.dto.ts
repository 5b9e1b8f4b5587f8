import { ApiProperty } from '@nestjs/swagger';
import { TaskDto } from '../ledger-tasks/ledger-tasks.dto';
import { type ProgrammeEntity, ProgrammeStatus } from '../programmes/programme.entity';
import { type ProgrammeTaskEntity } from '../ledger-tasks/programme-task.entity';

/** The programme a task belongs to, as its responsible organisation needs to know it. */
export class MyTaskProgrammeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '青岛市落实《技能人才薪酬分配指引》工作方案' })
  title: string;

  @ApiProperty({ type: String, nullable: true, example: '青人社字〔2021〕61号' })
  documentNumber: string | null;

  @ApiProperty({ enum: ProgrammeStatus, enumName: 'ProgrammeStatus' })
  status: ProgrammeStatus;

  @ApiProperty({ example: 2026 })
  year: number;
}

/** 我的台账任务: a ledger task the caller's organisation is responsible for. */
export class MyTaskDto {
  @ApiProperty({ type: MyTaskProgrammeDto })
  programme: MyTaskProgrammeDto;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the phase (阶段) or measure (举措) the task belongs to',
    example: '部署发动',
  })
  stage: string | null;

  @ApiProperty({
    type: TaskDto,
    description: '`own`: the caller’s own progress; `progress`: all units in figures',
  })
  task: TaskDto;

  @ApiProperty({ description: 'the caller may report progress now (an active programme, a manual task)' })
  reportable: boolean;
}

export function toMyTaskProgrammeDto(programme: ProgrammeEntity): MyTaskProgrammeDto {
  return {
    id: programme.id,
    title: programme.title,
    documentNumber: programme.documentNumber,
    status: programme.status,
    year: programme.year,
  };
}

export function toMyTaskDto(entity: ProgrammeTaskEntity, task: TaskDto): MyTaskDto {
  const programme = entity.programme!;
  return {
    programme: toMyTaskProgrammeDto(programme),
    stage: entity.phase?.name ?? entity.measure?.title ?? null,
    task,
    reportable: programme.status === ProgrammeStatus.Active && !entity.linkedEvent,
  };
}
