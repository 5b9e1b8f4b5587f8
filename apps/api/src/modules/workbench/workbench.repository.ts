import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BenchmarkReleaseStatus,
  PilotStatus,
  ProgressReportStatus,
  REMINDER_HORIZON_DAYS,
  WageUploadStatus,
} from '@skillpay/domain';
import { DataSource } from 'typeorm';
import {
  type OrganisationScope,
  organisationScopeCondition,
  type ProgrammeScope,
  programmeScopeCondition,
} from '../../common/access/scope';

/** One to-do as a source finds it; `total` is the source's count however many rows are returned. */
export interface WorkbenchRow {
  id: string;
  title: string;
  subtitle: string | null;
  due_on: string | null;
  overdue: boolean;
  link: string;
  total: string;
}

/** The rows each source returns; the count covers them all. */
export const WORKBENCH_ITEM_LIMIT = 10;

const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
const DUE_ON = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const PAGE = `ORDER BY overdue DESC, due_on NULLS LAST, title, id LIMIT ${WORKBENCH_ITEM_LIMIT}`;

/**
 * The workbench's queries: one set-based query per to-do source, each limited by the caller's
 * scope from the access layer, returning at most a page of items with the source's total.
 */
@Injectable()
export class WorkbenchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs a query written with named parameters (`:name`), as the scope conditions are. */
  private run(sql: string, params: Record<string, unknown>): Promise<WorkbenchRow[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return this.dataSource.query<WorkbenchRow[]>(query, values);
  }

  /**
   * Applications waiting for the district step (推荐) in `status`: a district bureau's own
   * district, the city bureau's 市直 enterprises (`cityDirect`) — or, for `recommended`, the
   * city's decision across its districts (`cityDirect` null).
   */
  pilotApplications(
    scope: OrganisationScope,
    status: PilotStatus,
    cityDirect: boolean | null,
  ): Promise<WorkbenchRow[]> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT a.id, o.name AS title, p.title AS subtitle, NULL::text AS due_on, false AS overdue,
                '/pilot-applications/' || a.id AS link, count(*) OVER () AS total
         FROM pilot_application a
         JOIN programme p ON p.id = a.programme_id AND p.deleted_at IS NULL
         JOIN organisation o ON o.id = a.enterprise_id
         JOIN region r ON r.code = o.region_code
         WHERE a.status = :status AND ${condition.sql}
           AND (:cityDirect::boolean IS NULL OR (r.level = 'city') = :cityDirect::boolean)
       ) items ${PAGE}`,
      { ...condition.params, status, cityDirect },
    );
  }

  /** Progress reports in `status`; for review (`submitted`) only those whose bureau step is the caller's. */
  progressReports(
    scope: OrganisationScope,
    status: ProgressReportStatus,
    cityDirect: boolean | null,
  ): Promise<WorkbenchRow[]> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT pr.id, o.name AS title, pr.period AS subtitle, ${DUE_ON('pr.due_on')} AS due_on,
                false AS overdue, '/progress-reports/' || pr.id AS link, count(*) OVER () AS total
         FROM progress_report pr
         JOIN programme p ON p.id = pr.programme_id AND p.deleted_at IS NULL
         JOIN organisation o ON o.id = pr.enterprise_id
         JOIN region r ON r.code = o.region_code
         WHERE pr.status = :status AND ${condition.sql}
           AND (:cityDirect::boolean IS NULL OR (r.level = 'city') = :cityDirect::boolean)
       ) items ${PAGE}`,
      { ...condition.params, status, cityDirect },
    );
  }

  /** Wage data whose latest upload for its year was rejected: to correct and upload again. */
  rejectedWageUploads(scope: OrganisationScope): Promise<WorkbenchRow[]> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return this.run(
      `WITH latest AS (
         SELECT DISTINCT ON (u.programme_id, u.enterprise_id, u.year) u.id, u.year, u.file_name, u.status, o.name
         FROM wage_upload u
         JOIN organisation o ON o.id = u.enterprise_id
         JOIN region r ON r.code = o.region_code
         WHERE ${condition.sql}
         ORDER BY u.programme_id, u.enterprise_id, u.year, u.created_at DESC
       )
       SELECT * FROM (
         SELECT id, year::text AS title, file_name AS subtitle, NULL::text AS due_on, false AS overdue,
                '/wage-uploads/' || id AS link, count(*) OVER () AS total
         FROM latest WHERE status = :rejected
       ) items ${PAGE}`,
      { ...condition.params, rejected: WageUploadStatus.Rejected },
    );
  }

  /**
   * Draft benchmark releases of the programmes the caller may change, waiting to be checked by
   * someone other than their maker (`makerId` is the caller: its own drafts wait for a colleague).
   */
  releasesToCheck(scope: ProgrammeScope, makerId: string): Promise<WorkbenchRow[]> {
    const condition = programmeScopeCondition(scope, 'pr');
    return this.run(
      `SELECT * FROM (
         SELECT b.id, p.title AS title, b.year::text AS subtitle, NULL::text AS due_on, false AS overdue,
                '/benchmark-releases/' || b.id AS link, count(*) OVER () AS total
         FROM benchmark_release b
         JOIN programme p ON p.id = b.programme_id AND p.deleted_at IS NULL
         JOIN region pr ON pr.code = p.region_code
         WHERE b.status = :draft AND b.created_by IS DISTINCT FROM :makerId::uuid AND ${condition.sql}
       ) items ${PAGE}`,
      { ...condition.params, draft: BenchmarkReleaseStatus.Draft, makerId },
    );
  }

  /**
   * Open ledger tasks of active programmes that are overdue or due within the reminder horizon:
   * those of the programmes the caller plans (`programmeScope`), or those its organisation is
   * responsible for (`responsibleOrganisationId`).
   */
  dueTasks(
    programmeScope: ProgrammeScope,
    responsibleOrganisationId: string | null,
  ): Promise<WorkbenchRow[]> {
    const condition = programmeScopeCondition(programmeScope, 'pr');
    return this.run(
      `SELECT * FROM (
         SELECT t.id, t.title, p.title AS subtitle, ${DUE_ON('t.due_on')} AS due_on, t.due_on < ${TODAY} AS overdue,
                '/programmes/' || t.programme_id || '?task=' || t.id AS link, count(*) OVER () AS total
         FROM programme_task t
         JOIN programme p ON p.id = t.programme_id AND p.deleted_at IS NULL AND p.status = 'active'
         JOIN region pr ON pr.code = p.region_code
         WHERE t.deleted_at IS NULL AND t.status <> 'done' AND t.due_on <= ${TODAY} + :horizon::int
           AND ${condition.sql}
           AND (:responsible::uuid IS NULL OR EXISTS (
             SELECT 1 FROM programme_task_responsible rt
             WHERE rt.task_id = t.id AND rt.organisation_id = :responsible::uuid))
       ) items ${PAGE}`,
      { ...condition.params, horizon: REMINDER_HORIZON_DAYS, responsible: responsibleOrganisationId },
    );
  }

  /** Open 一企一策 milestones of approved pilots in scope, overdue or due within the horizon. */
  dueMilestones(scope: OrganisationScope): Promise<WorkbenchRow[]> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT m.id, m.title, o.name AS subtitle, ${DUE_ON('m.due_on')} AS due_on, m.due_on < ${TODAY} AS overdue,
                '/pilot-applications/' || a.id AS link, count(*) OVER () AS total
         FROM plan_milestone m
         JOIN enterprise_plan plan ON plan.id = m.plan_id
         JOIN pilot_application a ON a.id = plan.application_id AND a.status = :approved
         JOIN programme p ON p.id = a.programme_id AND p.deleted_at IS NULL AND p.status = 'active'
         JOIN organisation o ON o.id = a.enterprise_id
         JOIN region r ON r.code = o.region_code
         WHERE m.deleted_at IS NULL AND m.done_at IS NULL AND m.due_on <= ${TODAY} + :horizon::int
           AND ${condition.sql}
       ) items ${PAGE}`,
      { ...condition.params, approved: PilotStatus.Approved, horizon: REMINDER_HORIZON_DAYS },
    );
  }

  /** Accounts in scope that are locked after failed logins right now. */
  lockedAccounts(scope: OrganisationScope): Promise<WorkbenchRow[]> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT u.id, u.username AS title, o.name AS subtitle, NULL::text AS due_on, false AS overdue,
                '/users/' || u.id AS link, count(*) OVER () AS total
         FROM login_throttle lt
         JOIN app_user u ON u.username = lt.username AND u.deleted_at IS NULL
         JOIN organisation o ON o.id = u.organisation_id
         JOIN region r ON r.code = o.region_code
         WHERE lt.locked_until > now() AND ${condition.sql}
       ) items ${PAGE}`,
      condition.params,
    );
  }
}
