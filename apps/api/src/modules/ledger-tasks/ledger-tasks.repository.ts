import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_CITY_DIRECT_QUOTA,
  DEFAULT_DISTRICT_QUOTA,
  GuidanceKind,
  PilotStatus,
  ProgressReportStatus,
  BenchmarkReleaseStatus,
  type TaskStatus,
} from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { type OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeTaskUpdateEntity } from '../task-progress/programme-task-update.entity';
import { ProgrammeTaskResponsibleEntity } from './programme-task-responsible.entity';
import { ProgrammeTaskEntity } from './programme-task.entity';
import { type CreateTaskDto, type UpdateTaskDto } from './ledger-tasks.dto';

/** The task's own fields as the city bureau writes them. */
export type TaskFields = Omit<UpdateTaskDto, 'responsibleOrganisationIds'>;

/** What the portal's records count for one bureau, the base of its linked tasks' progress. */
export interface LinkedCounts {
  organisationId: string;
  /** pilots the bureau's regions may approve (stored quota or the default) */
  quota: number;
  /** approved pilots in the bureau's regions */
  approved: number;
  /** of those, with a 一企一策 visit recorded under the programme */
  guided: number;
  /** of those, with a progress report accepted */
  accepted: number;
}

/** The programme's latest published benchmark release. */
export interface PublishedRelease {
  id: string;
  year: number;
  releaseNumber: number;
  publishedAt: Date;
}

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

  /** The linked ones among the given tasks, with their programmes. */
  linkedTasks(taskIds: readonly string[], tx?: Tx): Promise<ProgrammeTaskEntity[]> {
    if (taskIds.length === 0) return Promise.resolve([]);
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(ProgrammeTaskEntity, 't')
      .innerJoinAndSelect('t.programme', 'p')
      .where('t.id IN (:...taskIds)', { taskIds })
      .andWhere('t.linked_event IS NOT NULL')
      .getMany();
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

  /**
   * Counts behind linked tasks for each given bureau: the city bureau answers for every region of
   * its city, a district bureau for its own.
   */
  async linkedCounts(
    programmeId: string,
    cityCode: string,
    organisationIds: readonly string[],
    tx?: Tx,
  ): Promise<LinkedCounts[]> {
    if (organisationIds.length === 0) return [];
    const rows = await managerOf(tx, this.dataSource).query<
      Array<{ organisation_id: string; quota: number; approved: number; guided: number; accepted: number }>
    >(
      `WITH regions AS (
         SELECT r.code, COALESCE(q.quota, CASE WHEN r.code = $2 THEN $4::int ELSE $5::int END) AS quota
         FROM region r
         LEFT JOIN programme_quota q ON q.programme_id = $1 AND q.region_code = r.code
         WHERE r.code = $2 OR r.parent_code = $2
       ),
       pilots AS (
         SELECT o.region_code,
                EXISTS (SELECT 1 FROM guidance_activity g
                        WHERE g.programme_id = $1 AND g.deleted_at IS NULL AND g.kind = $7
                          AND a.enterprise_id = ANY (g.enterprise_ids)) AS guided,
                EXISTS (SELECT 1 FROM progress_report pr
                        WHERE pr.programme_id = $1 AND pr.enterprise_id = a.enterprise_id AND pr.status = $8) AS accepted
         FROM pilot_application a
         JOIN organisation o ON o.id = a.enterprise_id
         WHERE a.programme_id = $1 AND a.status = $6
       )
       SELECT u.id AS organisation_id,
              (SELECT COALESCE(sum(r.quota), 0) FROM regions r
                WHERE u.type = 'city_bureau' OR r.code = u.region_code)::int AS quota,
              count(p.*)::int AS approved,
              count(p.*) FILTER (WHERE p.guided)::int AS guided,
              count(p.*) FILTER (WHERE p.accepted)::int AS accepted
       FROM organisation u
       LEFT JOIN pilots p ON u.type = 'city_bureau' OR p.region_code = u.region_code
       WHERE u.id = ANY ($3::uuid[])
       GROUP BY u.id, u.type, u.region_code`,
      [
        programmeId,
        cityCode,
        organisationIds,
        DEFAULT_CITY_DIRECT_QUOTA,
        DEFAULT_DISTRICT_QUOTA,
        PilotStatus.Approved,
        GuidanceKind.Visit,
        ProgressReportStatus.Accepted,
      ],
    );
    return rows.map((row) => ({
      organisationId: row.organisation_id,
      quota: row.quota,
      approved: row.approved,
      guided: row.guided,
      accepted: row.accepted,
    }));
  }

  /** The programme's latest published release, or null before the first. */
  async latestPublishedRelease(programmeId: string, tx?: Tx): Promise<PublishedRelease | null> {
    const [row] = await managerOf(tx, this.dataSource).query<
      Array<{ id: string; year: number; release_number: number; published_at: Date }>
    >(
      `SELECT id, year, release_number, published_at FROM benchmark_release
       WHERE programme_id = $1 AND status = $2
       ORDER BY published_at DESC LIMIT 1`,
      [programmeId, BenchmarkReleaseStatus.Published],
    );
    return row
      ? { id: row.id, year: row.year, releaseNumber: row.release_number, publishedAt: row.published_at }
      : null;
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
        linkedEvent: dto.linkedEvent ?? null,
      }),
    );
    await this.insertResponsibles(task.id, responsibles, tx);
    return task;
  }

  async updateTask(taskId: string, fields: TaskFields, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgrammeTaskEntity, { id: taskId }, fields);
  }

  /** The status as computed from the bureaus' latest reports. */
  async setStatus(taskId: string, status: TaskStatus, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgrammeTaskEntity, { id: taskId }, { status });
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
