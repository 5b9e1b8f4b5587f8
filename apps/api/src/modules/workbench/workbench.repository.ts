import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BenchmarkReleaseStatus,
  CaseStatus,
  PilotStatus,
  ProgressReportStatus,
  REMINDER_HORIZON_DAYS,
  TalentStatus,
  WageUploadStatus,
} from '@skillpay/domain';
import { DataSource } from 'typeorm';
import {
  type CaseScope,
  caseScopeCondition,
  type OrganisationScope,
  organisationScopeCondition,
  type ProgrammeScope,
  programmeScopeCondition,
  type ResponsibleTaskScope,
  responsibleTaskScopeCondition,
  type TalentScope,
  talentScopeCondition,
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
   * Districts' evaluation reports whose latest submission came after the city's report was last
   * generated (or before it exists): the city's report would compile an older state. The item
   * opens the city's report (to generate it again), or the district's while the city has none.
   */
  evaluationReportsToCompile(scope: ProgrammeScope): Promise<WorkbenchRow[]> {
    const condition = programmeScopeCondition(scope, 'pr');
    return this.run(
      `SELECT * FROM (
         SELECT d.id, dr.name AS title, p.title AS subtitle, NULL::text AS due_on, false AS overdue,
                '/evaluation-reports/' || COALESCE(c.id, d.id) AS link, count(*) OVER () AS total
         FROM evaluation_report d
         JOIN programme p ON p.id = d.programme_id AND p.deleted_at IS NULL
         JOIN region pr ON pr.code = p.region_code
         JOIN region dr ON dr.code = d.region_code
         JOIN LATERAL (SELECT max(v.submitted_at) AS submitted_at FROM evaluation_report_version v
                       WHERE v.report_id = d.id) submitted ON submitted.submitted_at IS NOT NULL
         LEFT JOIN evaluation_report c ON c.programme_id = p.id AND c.region_code = p.region_code
         WHERE d.region_code <> p.region_code AND ${condition.sql}
           AND NOT EXISTS (SELECT 1 FROM evaluation_report_version cv
                           WHERE cv.report_id = c.id AND cv.generated_at >= submitted.submitted_at)
       ) items ${PAGE}`,
      condition.params,
    );
  }

  /** Talent list editions under review that the caller did not generate (maker-checker). */
  talentListsToCheck(scope: ProgrammeScope, makerId: string): Promise<WorkbenchRow[]> {
    const condition = programmeScopeCondition(scope, 'lr');
    return this.run(
      `SELECT * FROM (
         SELECT l.id, lr.name || '高技能领军人才名录' AS title, l.year::text AS subtitle, NULL::text AS due_on,
                false AS overdue, '/talent-lists/' || l.id AS link, count(*) OVER () AS total
         FROM talent_list l
         JOIN region lr ON lr.code = l.region_code
         WHERE l.status IN ('draft', 'reviewed') AND l.created_by IS DISTINCT FROM :makerId::uuid AND ${condition.sql}
       ) items ${PAGE}`,
      { ...condition.params, makerId },
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

  /**
   * Open ledger tasks of active programmes, overdue or due within the reminder horizon, that the
   * scope's organisation is responsible for and has not reported done itself: they open on its
   * own task page (我的台账任务).
   */
  dueResponsibleTasks(scope: ResponsibleTaskScope): Promise<WorkbenchRow[]> {
    const condition = responsibleTaskScopeCondition(scope, 't');
    const organisationId = scope.kind === 'organisation' ? scope.organisationId : null;
    return this.run(
      `SELECT * FROM (
         SELECT t.id, t.title, p.title AS subtitle, ${DUE_ON('t.due_on')} AS due_on, t.due_on < ${TODAY} AS overdue,
                '/my-tasks/' || t.id AS link, count(*) OVER () AS total
         FROM programme_task t
         JOIN programme p ON p.id = t.programme_id AND p.deleted_at IS NULL AND p.status = 'active'
         WHERE t.deleted_at IS NULL AND t.status <> 'done' AND t.due_on <= ${TODAY} + :horizon::int
           AND ${condition.sql}
           AND (SELECT u.status FROM programme_task_update u
                WHERE u.task_id = t.id AND u.organisation_id = :ownOrganisation::uuid
                ORDER BY u.created_at DESC LIMIT 1) IS DISTINCT FROM 'done'
       ) items ${PAGE}`,
      { ...condition.params, horizon: REMINDER_HORIZON_DAYS, ownOrganisation: organisationId },
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

  /**
   * Submitted cases whose district step (推荐) is the caller's: a district bureau's own district,
   * the city bureau's 市直 cases; never one whose current version the caller wrote.
   */
  casesToEndorse(scope: CaseScope, cityDirect: boolean, userId: string): Promise<WorkbenchRow[]> {
    const condition = caseScopeCondition(scope, 'c', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT c.id, v.title, COALESCE(o.name, c.external_enterprise ->> 'name') AS subtitle,
                NULL::text AS due_on, false AS overdue, '/cases/' || c.id AS link, count(*) OVER () AS total
         FROM case_study c
         JOIN case_study_version v ON v.case_id = c.id AND v.version_no = c.current_version_no
         JOIN region r ON r.code = c.region_code
         LEFT JOIN organisation o ON o.id = c.enterprise_id
         WHERE c.deleted_at IS NULL AND c.status = :status AND ${condition.sql}
           AND (r.level = 'city') = :cityDirect::boolean
           AND v.created_by IS DISTINCT FROM :userId::uuid
       ) items ${PAGE}`,
      { ...condition.params, status: CaseStatus.Submitted, cityDirect, userId },
    );
  }

  /** The author's cases returned by the district or sent back for revision by the city. */
  casesReturned(scope: CaseScope, authorOrganisationId: string): Promise<WorkbenchRow[]> {
    const condition = caseScopeCondition(scope, 'c', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT c.id, v.title, COALESCE(o.name, c.external_enterprise ->> 'name') AS subtitle,
                NULL::text AS due_on, false AS overdue, '/cases/' || c.id AS link, count(*) OVER () AS total
         FROM case_study c
         JOIN case_study_version v ON v.case_id = c.id AND v.version_no = c.current_version_no
         JOIN region r ON r.code = c.region_code
         LEFT JOIN organisation o ON o.id = c.enterprise_id
         WHERE c.deleted_at IS NULL AND c.status IN (:...statuses) AND ${condition.sql}
           AND c.author_organisation_id = :authorOrganisationId
       ) items ${PAGE}`,
      {
        ...condition.params,
        statuses: [CaseStatus.Returned, CaseStatus.RevisionRequested],
        authorOrganisationId,
      },
    );
  }

  /** The reviewer's open case reviews (assigned version under review, not submitted), by due date. */
  caseReviewsDue(scope: CaseScope, userId: string): Promise<WorkbenchRow[]> {
    const condition = caseScopeCondition(scope, 'c', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT a.id, v.title, COALESCE(eo.name, c.external_enterprise->>'name') AS subtitle,
                ${DUE_ON('a.due_date')} AS due_on, a.due_date < ${TODAY} AS overdue,
                '/my-reviews/' || c.id AS link, count(*) OVER () AS total
         FROM case_assignment a
         JOIN case_study c ON c.id = a.case_id AND c.deleted_at IS NULL AND c.status = 'under_review'
         JOIN case_study_version v ON v.id = a.case_version_id AND v.version_no = c.current_version_no
         JOIN region r ON r.code = c.region_code
         LEFT JOIN organisation eo ON eo.id = c.enterprise_id
         LEFT JOIN case_review cr ON cr.assignment_id = a.id
         WHERE a.reviewer_user_id = :userId AND a.withdrawn_at IS NULL AND cr.submitted_at IS NULL
           AND ${condition.sql}
       ) items ${PAGE}`,
      { ...condition.params, userId },
    );
  }

  /**
   * The city's review queue: endorsed cases waiting for reviewers (`assign`), or cases under
   * review whose assigned reviews are all in (`decide`).
   */
  casesInReview(scope: CaseScope, step: 'assign' | 'decide'): Promise<WorkbenchRow[]> {
    const condition = caseScopeCondition(scope, 'c', 'r');
    const filter =
      step === 'assign'
        ? `c.status = 'endorsed'`
        : `c.status = 'under_review' AND EXISTS (
             SELECT 1 FROM case_assignment a JOIN case_review cr ON cr.assignment_id = a.id
             WHERE a.case_version_id = v.id AND a.withdrawn_at IS NULL AND cr.submitted_at IS NOT NULL)
           AND NOT EXISTS (
             SELECT 1 FROM case_assignment a LEFT JOIN case_review cr ON cr.assignment_id = a.id
             WHERE a.case_version_id = v.id AND a.withdrawn_at IS NULL AND cr.submitted_at IS NULL)`;
    return this.run(
      `SELECT * FROM (
         SELECT c.id, v.title, COALESCE(eo.name, c.external_enterprise->>'name') AS subtitle,
                NULL::text AS due_on, false AS overdue,
                '/cases/' || c.id || '/review' AS link, count(*) OVER () AS total
         FROM case_study c
         JOIN case_study_version v ON v.case_id = c.id AND v.version_no = c.current_version_no
         JOIN region r ON r.code = c.region_code
         LEFT JOIN organisation eo ON eo.id = c.enterprise_id
         WHERE c.deleted_at IS NULL AND ${filter} AND ${condition.sql}
       ) items ${PAGE}`,
      condition.params,
    );
  }

  /**
   * Talent records in `status` waiting for the caller's step: a district bureau's own district, the
   * city bureau's 市直 enterprises (`cityDirect`) — or, for `verified`, the city's confirmation
   * across its districts (`cityDirect` null). Never the record the caller entered (maker-checker).
   */
  talentsWaiting(
    scope: TalentScope,
    status: TalentStatus,
    cityDirect: boolean | null,
    userId: string,
  ): Promise<WorkbenchRow[]> {
    const condition = talentScopeCondition(scope, 't', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT t.id, t.name AS title, o.name AS subtitle, NULL::text AS due_on, false AS overdue,
                '/talents/' || t.id AS link, count(*) OVER () AS total
         FROM talent t
         JOIN organisation o ON o.id = t.enterprise_id
         JOIN region r ON r.code = t.region_code
         WHERE t.deleted_at IS NULL AND t.status = :status AND ${condition.sql}
           AND (:cityDirect::boolean IS NULL OR (r.level = 'city') = :cityDirect::boolean)
           AND (t.created_by IS NULL OR t.created_by <> :userId OR :status <> 'submitted')
       ) items ${PAGE}`,
      { ...condition.params, status, cityDirect, userId },
    );
  }

  /** Confirmed talent records not reconfirmed within the stale period: due on the day they turned stale. */
  staleTalents(scope: TalentScope, staleMonths: number): Promise<WorkbenchRow[]> {
    const condition = talentScopeCondition(scope, 't', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT t.id, t.name AS title, o.name AS subtitle,
                ${DUE_ON(`(t.last_confirmed_at + make_interval(months => :staleMonths)) AT TIME ZONE 'Asia/Shanghai'`)} AS due_on,
                true AS overdue, '/talents/' || t.id AS link, count(*) OVER () AS total
         FROM talent t
         JOIN organisation o ON o.id = t.enterprise_id
         JOIN region r ON r.code = t.region_code
         WHERE t.deleted_at IS NULL AND t.status = :status AND ${condition.sql}
           AND t.last_confirmed_at < now() - make_interval(months => :staleMonths)
       ) items ${PAGE}`,
      { ...condition.params, status: TalentStatus.Confirmed, staleMonths },
    );
  }

  /** The author's talent records returned to it. */
  talentsReturned(scope: TalentScope, authorOrganisationId: string): Promise<WorkbenchRow[]> {
    const condition = talentScopeCondition(scope, 't', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT t.id, t.name AS title, o.name AS subtitle, NULL::text AS due_on, false AS overdue,
                '/talents/' || t.id AS link, count(*) OVER () AS total
         FROM talent t
         JOIN organisation o ON o.id = t.enterprise_id
         JOIN region r ON r.code = t.region_code
         WHERE t.deleted_at IS NULL AND t.status = :status AND ${condition.sql}
           AND t.author_organisation_id = :authorOrganisationId
       ) items ${PAGE}`,
      { ...condition.params, status: TalentStatus.Returned, authorOrganisationId },
    );
  }

  /**
   * Service requests waiting for the window: `received` ones to assign, or open ones past their
   * due date (`overdue`); only those whose window is the caller's (the city's for 市直 talents).
   */
  serviceRequests(
    scope: TalentScope,
    kind: 'assign' | 'overdue',
    cityDirect: boolean,
  ): Promise<WorkbenchRow[]> {
    const condition = talentScopeCondition(scope, 't', 'r');
    return this.run(
      `SELECT * FROM (
         SELECT sr.id, eo.name AS title, sr.category::text AS subtitle, ${DUE_ON('sr.due_on')} AS due_on,
                sr.due_on < ${TODAY} AS overdue, '/service-requests/' || sr.id AS link, count(*) OVER () AS total
         FROM service_request sr
         JOIN talent t ON t.id = sr.talent_id
         JOIN region r ON r.code = t.region_code
         JOIN organisation eo ON eo.id = t.enterprise_id
         WHERE sr.deleted_at IS NULL AND ${condition.sql} AND (r.level = 'city') = :cityDirect
           AND ${
             kind === 'assign'
               ? `sr.status = 'received'`
               : `sr.status IN ('received', 'assigned', 'in-progress') AND sr.due_on < ${TODAY}`
           }
       ) items ${PAGE}`,
      { ...condition.params, cityDirect },
    );
  }
}
