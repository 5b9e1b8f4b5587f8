import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type TaskStatus } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeTaskUpdateEntity } from '../task-progress/programme-task-update.entity';
import { ProgrammeTaskResponsibleEntity } from './programme-task-responsible.entity';
import { ProgrammeTaskEntity } from './programme-task.entity';
import { type CreateTaskDto, type UpdateTaskDto } from './ledger-tasks.dto';

/** The task's own fields as the city bureau writes them. */
export type TaskFields = Omit<UpdateTaskDto, 'responsibleOrganisationIds'>;

/** Queries of the ledger (工作台账): tasks, their responsible organisations and latest reports. */
@Injectable()
export class LedgerTasksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ledger in order; with `responsibleOrganisationId` only that organisation's tasks. */
  tasks(programmeId: string, responsibleOrganisationId?: string, tx?: Tx): Promise<ProgrammeTaskEntity[]> {
    const qb = managerOf(tx, this.dataSource)
      .createQueryBuilder(ProgrammeTaskEntity, 't')
      .where('t.programme_id = :programmeId', { programmeId });
    if (responsibleOrganisationId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM programme_task_responsible tr WHERE tr.task_id = t.id AND tr.organisation_id = :org)',
        { org: responsibleOrganisationId },
      );
    }
    return qb.orderBy('t.position', 'ASC').addOrderBy('t.createdAt', 'ASC').getMany();
  }

  findTask(programmeId: string, taskId: string, tx?: Tx): Promise<ProgrammeTaskEntity | null> {
    return managerOf(tx, this.dataSource).findOneBy(ProgrammeTaskEntity, { id: taskId, programmeId });
  }

  /** The task with its row locked until `tx` ends: what an edit compares and audits. */
  lockTask(programmeId: string, taskId: string, tx: Tx): Promise<ProgrammeTaskEntity | null> {
    return managerOf(tx, this.dataSource).findOne(ProgrammeTaskEntity, {
      where: { id: taskId, programmeId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  taskExists(taskId: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(ProgrammeTaskEntity, { id: taskId });
  }

  /** Responsible organisations per task id, in name order. */
  async responsibles(taskIds: readonly string[], tx?: Tx): Promise<Map<string, OrganisationEntity[]>> {
    const byTask = new Map<string, OrganisationEntity[]>();
    if (taskIds.length === 0) return byTask;
    const rows = await managerOf(tx, this.dataSource)
      .createQueryBuilder(ProgrammeTaskResponsibleEntity, 'tr')
      .innerJoinAndSelect('tr.organisation', 'o')
      .where('tr.task_id IN (:...taskIds)', { taskIds })
      .orderBy('o.type')
      .addOrderBy('o.region_code')
      .addOrderBy('o.name')
      .getMany();
    for (const row of rows) {
      byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), row.organisation!]);
    }
    return byTask;
  }

  /** The responsible organisations of one task. */
  async responsiblesOf(taskId: string, tx?: Tx): Promise<OrganisationEntity[]> {
    return (await this.responsibles([taskId], tx)).get(taskId) ?? [];
  }

  /** The latest update per task and reporting organisation (optionally of one organisation only). */
  latestUpdates(
    taskIds: readonly string[],
    organisationId?: string,
    tx?: Tx,
  ): Promise<ProgrammeTaskUpdateEntity[]> {
    if (taskIds.length === 0) return Promise.resolve([]);
    const qb = managerOf(tx, this.dataSource)
      .createQueryBuilder(ProgrammeTaskUpdateEntity, 'u')
      .distinctOn(['u.task_id', 'u.organisation_id'])
      .where('u.task_id IN (:...taskIds)', { taskIds });
    if (organisationId) qb.andWhere('u.organisation_id = :organisationId', { organisationId });
    return qb
      .orderBy('u.task_id')
      .addOrderBy('u.organisation_id')
      .addOrderBy('u.created_at', 'DESC')
      .getMany();
  }

  /** A new task at the end of the ledger, with its responsible organisations. */
  async createTask(
    programmeId: string,
    dto: CreateTaskDto,
    responsibles: readonly OrganisationEntity[],
    tx: Tx,
  ): Promise<ProgrammeTaskEntity> {
    const manager = managerOf(tx, this.dataSource);
    const position = (await manager.countBy(ProgrammeTaskEntity, { programmeId })) + 1;
    const task = await manager.save(
      ProgrammeTaskEntity,
      manager.create(ProgrammeTaskEntity, {
        programmeId,
        phaseId: dto.phaseId ?? null,
        measureId: dto.measureId ?? null,
        position,
        title: dto.title,
        description: dto.description ?? '',
        dueOn: dto.dueOn ?? null,
        textUnits: dto.textUnits ?? [],
      }),
    );
    await this.insertResponsibles(task.id, responsibles, tx);
    return task;
  }

  async updateTask(taskId: string, fields: TaskFields, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgrammeTaskEntity, { id: taskId }, fields);
  }

  /** Status and percent as computed from the latest reports. */
  async setProgress(taskId: string, status: TaskStatus, percent: number, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgrammeTaskEntity, { id: taskId }, { status, percent });
  }

  async replaceResponsibles(
    taskId: string,
    organisations: readonly OrganisationEntity[],
    tx: Tx,
  ): Promise<void> {
    await managerOf(tx, this.dataSource).delete(ProgrammeTaskResponsibleEntity, { taskId });
    await this.insertResponsibles(taskId, organisations, tx);
  }

  /** Soft delete: the task's reports stay for the audit trail. */
  async removeTask(taskId: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(ProgrammeTaskEntity, { id: taskId });
  }

  private async insertResponsibles(
    taskId: string,
    organisations: readonly OrganisationEntity[],
    tx: Tx,
  ): Promise<void> {
    if (organisations.length === 0) return;
    await managerOf(tx, this.dataSource).insert(
      ProgrammeTaskResponsibleEntity,
      organisations.map((o) => ({ taskId, organisationId: o.id })),
    );
  }
}
