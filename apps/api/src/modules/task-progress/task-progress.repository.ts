import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TaskStatus } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { type CreateTaskUpdateDto } from './task-progress.dto';
import { ProgrammeTaskUpdateEntity } from './programme-task-update.entity';

/** Queries of progress reports (进展报送) on ledger tasks. */
@Injectable()
export class TaskProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new report; a task reported done is at 100 %. */
  async createUpdate(
    taskId: string,
    organisationId: string,
    authorId: string,
    dto: CreateTaskUpdateDto,
    tx: Tx,
  ): Promise<ProgrammeTaskUpdateEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(
      ProgrammeTaskUpdateEntity,
      manager.create(ProgrammeTaskUpdateEntity, {
        taskId,
        organisationId,
        authorId,
        note: dto.note,
        status: dto.status,
        percent: dto.status === TaskStatus.Done ? 100 : dto.percent,
      }),
    );
  }

  /** A task's reports, newest first, with their organisations (optionally of one organisation only). */
  updates(taskId: string, organisationId?: string): Promise<ProgrammeTaskUpdateEntity[]> {
    return this.dataSource.manager.find(ProgrammeTaskUpdateEntity, {
      where: organisationId ? { taskId, organisationId } : { taskId },
      relations: { organisation: true },
      order: { createdAt: 'DESC' },
    });
  }

  /** A report with its task. */
  findUpdateWithTask(id: string): Promise<ProgrammeTaskUpdateEntity | null> {
    return this.dataSource.manager.findOne(ProgrammeTaskUpdateEntity, {
      where: { id },
      relations: { task: true },
    });
  }
}
