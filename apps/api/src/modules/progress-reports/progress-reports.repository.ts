import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationType, PilotStatus } from '@skillpay/domain';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { escapeLike } from '../organisations/organisations.repository';
import { PilotApplicationEntity } from '../pilots/pilot-application.entity';
import { UserEntity } from '../users/user.entity';
import { ProgressReportVersionEntity } from './progress-report-version.entity';
import { ProgressReportEntity } from './progress-report.entity';
import { type ProgressReportQueryDto } from './progress-reports.dto';

export interface ReportRow {
  report: ProgressReportEntity;
  /** failed checks of the latest version */
  failedChecks: number;
  /** when the latest version was submitted */
  submittedAt: Date | null;
}

/** An approved pilot: the programme it reports to and since when. */
export interface PilotRow {
  programmeId: string;
  programmeTitle: string;
  year: number;
  cadence: string;
  approvedOn: string;
}

/** Queries of progress reports and their versions; every read of reports is filtered by a scope. */
@Injectable()
export class ProgressReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(scope: OrganisationScope, query: ProgressReportQueryDto): Promise<[ReportRow[], number]> {
    const qb = this.withLatest(this.scoped(this.dataSource.manager, scope));
    if (query.programmeId) qb.andWhere('pr.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.period) qb.andWhere('pr.period = :period', { period: query.period });
    if (query.status) qb.andWhere('pr.status = :status', { status: query.status });
    if (query.enterpriseId)
      qb.andWhere('pr.enterprise_id = :enterpriseId', { enterpriseId: query.enterpriseId });
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${escapeLike(query.q.trim())}%` });
    const { skip, take } = pageOffset(query);
    const total = await qb.clone().getCount();
    // the oldest waiting report first: the queue's natural order
    const rows = await qb
      .orderBy('pr.due_on', 'DESC')
      .addOrderBy('o.name', 'ASC')
      .addOrderBy('pr.id')
      .offset(skip)
      .limit(take)
      .getRawAndEntities<{ failed_checks: number; latest_submitted_at: Date | null }>();
    return [this.rows(rows), total];
  }

  /** The report if it lies in the scope; with `lock`, its row stays locked until the transaction ends. */
  async findInScope(
    scope: OrganisationScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ReportRow | null> {
    const qb = this.withLatest(this.scoped(manager, scope)).andWhere('pr.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['pr']);
    return this.rows(await qb.getRawAndEntities())[0] ?? null;
  }

  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(ProgressReportEntity, { id });
  }

  versions(reportId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.find(ProgressReportVersionEntity, { where: { reportId }, order: { version: 'ASC' } });
  }

  /** Display names of accounts (submitters and reviewers). */
  async userNames(ids: Array<string | null>): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    if (unique.length === 0) return new Map();
    const users = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .innerJoinAndSelect('u.organisation', 'uo')
      .where('u.id IN (:...ids)', { ids: unique })
      .getMany();
    return new Map(users.map((u) => [u.id, `${u.displayName}（${u.organisation?.name ?? ''}）`]));
  }

  /** The approved pilot applications of an enterprise, with their programmes (active ones only). */
  async approvedPilots(enterpriseId: string, programmeId?: string): Promise<PilotRow[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(PilotApplicationEntity, 'a')
      .innerJoin('a.programme', 'p')
      .select('p.id', 'programmeId')
      .addSelect('p.title', 'programmeTitle')
      .addSelect('p.year', 'year')
      .addSelect('p.report_cadence', 'cadence')
      // a pilot approved without a recorded decision time (imported) counts from its application
      .addSelect(
        `to_char((COALESCE(a.decided_at, a.created_at) AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD')`,
        'approvedOn',
      )
      .where('a.enterprise_id = :enterpriseId AND a.status = :approved', {
        enterpriseId,
        approved: PilotStatus.Approved,
      })
      .andWhere(`p.status = 'active' AND p.deleted_at IS NULL`)
      .orderBy('p.year', 'DESC')
      .addOrderBy('p.title');
    if (programmeId) qb.andWhere('p.id = :programmeId', { programmeId });
    return qb.getRawMany<PilotRow>();
  }

  /** Every approved pilot of the active programmes, for the overdue reminders. */
  allApprovedPilots(): Promise<Array<PilotRow & { enterpriseId: string; enterpriseName: string }>> {
    return this.dataSource.query(
      `SELECT p.id AS "programmeId", p.title AS "programmeTitle", p.year, p.report_cadence AS cadence,
              to_char((COALESCE(a.decided_at, a.created_at) AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS "approvedOn",
              a.enterprise_id AS "enterpriseId", o.name AS "enterpriseName"
       FROM pilot_application a
       JOIN programme p ON p.id = a.programme_id AND p.status = 'active' AND p.deleted_at IS NULL
       JOIN organisation o ON o.id = a.enterprise_id AND o.deleted_at IS NULL
       WHERE a.status = $1`,
      [PilotStatus.Approved],
    );
  }

  /** The bureaus reviewing each enterprise: its district bureau, or the city bureau for 市直企业. */
  async reviewingBureaus(): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.query<Array<{ enterprise_id: string; bureau_id: string }>>(
      `SELECT e.id AS enterprise_id, b.id AS bureau_id
       FROM enterprise e
       JOIN organisation o ON o.id = e.id
       JOIN region r ON r.code = o.region_code
       JOIN organisation b ON b.region_code = o.region_code AND b.deleted_at IS NULL
        AND b.type = CASE WHEN r.level = 'city' THEN $1::organisation_type ELSE $2::organisation_type END`,
      [OrganisationType.CityBureau, OrganisationType.DistrictBureau],
    );
    const map = new Map<string, string[]>();
    for (const row of rows)
      map.set(row.enterprise_id, [...(map.get(row.enterprise_id) ?? []), row.bureau_id]);
    return map;
  }

  /** Periods with a report ever submitted, per programme and enterprise: `programme|enterprise|period`. */
  async submittedPeriods(): Promise<Set<string>> {
    const rows = await this.dataSource.query<Array<{ key: string }>>(
      `SELECT programme_id || '|' || enterprise_id || '|' || period AS key
       FROM progress_report WHERE first_submitted_at IS NOT NULL`,
    );
    return new Set(rows.map((row) => row.key));
  }

  /** The enterprise's own reports in some programmes. */
  reportsOf(enterpriseId: string, programmeIds: string[]): Promise<ProgressReportEntity[]> {
    if (programmeIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(ProgressReportEntity, 'pr')
      .where('pr.enterprise_id = :enterpriseId AND pr.programme_id IN (:...programmeIds)', {
        enterpriseId,
        programmeIds,
      })
      .getMany();
  }

  async reportExistsFor(programmeId: string, enterpriseId: string, period: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(ProgressReportEntity, { programmeId, enterpriseId, period });
  }

  async programmeHasReports(programmeId: string, manager: EntityManager): Promise<boolean> {
    return manager.existsBy(ProgressReportEntity, { programmeId });
  }

  /** Bureau organisations of a type in a region (recipients of notifications). */
  async bureauIds(type: OrganisationType, regionCode: string, manager: EntityManager): Promise<string[]> {
    const rows = await manager
      .createQueryBuilder()
      .select('o.id', 'id')
      .from('organisation', 'o')
      .where('o.type = :type AND o.region_code = :regionCode AND o.deleted_at IS NULL', { type, regionCode })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Copies the attachments of one version to the next (a revision keeps its files). */
  async copyAttachments(fromVersionId: string, toVersionId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO attachment (owner_type, owner_id, file_name, mime_type, size, content, uploaded_by, created_at)
       SELECT owner_type, $2, file_name, mime_type, size, content, uploaded_by, created_at
       FROM attachment WHERE owner_type = 'progress-report' AND owner_id = $1`,
      [fromVersionId, toVersionId],
    );
  }

  private scoped(manager: EntityManager, scope: OrganisationScope): SelectQueryBuilder<ProgressReportEntity> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return manager
      .createQueryBuilder(ProgressReportEntity, 'pr')
      .innerJoinAndSelect('pr.enterprise', 'e')
      .innerJoinAndSelect('e.organisation', 'o')
      .innerJoinAndSelect('o.region', 'r')
      .innerJoinAndSelect('pr.programme', 'p')
      .where(condition.sql, condition.params);
  }

  /** Adds what the lists show of the latest version: its failed checks and submission time. */
  private withLatest(qb: SelectQueryBuilder<ProgressReportEntity>): SelectQueryBuilder<ProgressReportEntity> {
    return qb
      .leftJoin(ProgressReportVersionEntity, 'lv', 'lv.report_id = pr.id AND lv.version = pr.current_version')
      .addSelect(
        `(SELECT COUNT(*)::int FROM jsonb_array_elements(lv.checks) c WHERE c->>'result' = 'fail')`,
        'failed_checks',
      )
      .addSelect('lv.submitted_at', 'latest_submitted_at');
  }

  private rows(result: {
    entities: ProgressReportEntity[];
    raw: Array<{ failed_checks?: number; latest_submitted_at?: Date | null }>;
  }): ReportRow[] {
    return result.entities.map((report, i) => ({
      report,
      failedChecks: result.raw[i]?.failed_checks ?? 0,
      submittedAt: result.raw[i]?.latest_submitted_at ?? null,
    }));
  }
}
