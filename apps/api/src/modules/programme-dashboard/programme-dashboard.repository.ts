import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_CITY_DIRECT_QUOTA, DEFAULT_DISTRICT_QUOTA, type PilotStatus } from '@skillpay/domain';
import { DataSource } from 'typeorm';

export interface DashboardScope {
  programmeId: string;
  /** the caller's region path: the city sees every district, a district only itself */
  regionPath: string;
  /** set for a district bureau: only the tasks it is responsible for */
  responsibleOrganisationId: string | null;
  /** linked tasks the portal's records complete (a linked task's stored status is not read) */
  linkedDoneTaskIds: string[];
  english: boolean;
}

const regionName = (alias: string, english: boolean) => (english ? `${alias}.name_en` : `${alias}.name`);
const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
/** A task is done by its reports (manual) or by the portal's records (linked, computed in LedgerProgress). */
const TASK_DONE = (alias: string, idsParam: string) =>
  `(CASE WHEN ${alias}.linked_event IS NULL THEN ${alias}.status = 'done' ELSE ${alias}.id = ANY (${idsParam}::uuid[]) END)`;

/** Set-based aggregates for the programme dashboard; every query is limited to the caller's regions. */
@Injectable()
export class ProgrammeDashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The programme's city region, if the programme exists and the caller's region lies within it. */
  async visibleProgrammeRegion(programmeId: string, callerRegionPath: string): Promise<string | null> {
    const [row] = await this.dataSource.query<Array<{ region_code: string }>>(
      `SELECT p.region_code FROM programme p JOIN region r ON r.code = p.region_code
       WHERE p.id = $1 AND p.deleted_at IS NULL AND $2 LIKE r.path || '%'`,
      [programmeId, callerRegionPath],
    );
    return row?.region_code ?? null;
  }

  async pilotsByRegion(scope: DashboardScope, cityCode: string) {
    return this.dataSource.query<
      Array<{
        region_code: string;
        region_name: string;
        city_direct: boolean;
        quota: number;
        approved: number;
        recommended: number;
        submitted: number;
      }>
    >(
      `SELECT r.code AS region_code, ${regionName('r', scope.english)} AS region_name, r.code = $2 AS city_direct,
              COALESCE(q.quota, CASE WHEN r.code = $2 THEN $4::int ELSE $5::int END) AS quota,
              count(a.id) FILTER (WHERE a.status = 'approved')::int AS approved,
              count(a.id) FILTER (WHERE a.status = 'recommended')::int AS recommended,
              count(a.id) FILTER (WHERE a.status = 'submitted')::int AS submitted
       FROM region r
       LEFT JOIN programme_quota q ON q.programme_id = $1 AND q.region_code = r.code
       LEFT JOIN organisation o ON o.region_code = r.code AND o.type = 'enterprise' AND o.deleted_at IS NULL
       LEFT JOIN pilot_application a ON a.enterprise_id = o.id AND a.programme_id = $1
       WHERE (r.code = $2 OR r.parent_code = $2) AND r.path LIKE $3 || '%'
       GROUP BY r.code, r.name, r.name_en, r.path, q.quota
       ORDER BY r.path`,
      [scope.programmeId, cityCode, scope.regionPath, DEFAULT_CITY_DIRECT_QUOTA, DEFAULT_DISTRICT_QUOTA],
    );
  }

  async applicationsByStatus(scope: DashboardScope) {
    return this.dataSource.query<Array<{ status: PilotStatus; count: number }>>(
      `SELECT a.status, count(*)::int AS count
       FROM pilot_application a
       JOIN organisation o ON o.id = a.enterprise_id
       JOIN region r ON r.code = o.region_code
       WHERE a.programme_id = $1 AND r.path LIKE $2 || '%'
       GROUP BY a.status ORDER BY a.status`,
      [scope.programmeId, scope.regionPath],
    );
  }

  /** Phases and measures with the progress of their tasks in view. */
  async taskProgress(scope: DashboardScope) {
    return this.dataSource.query<
      Array<{
        id: string;
        kind: 'phase' | 'measure';
        name: string;
        starts_on: string | null;
        ends_on: string | null;
        tasks: number;
        done: number;
        overdue: number;
        percent: number;
      }>
    >(
      `WITH groups AS (
         SELECT id, 'phase' AS kind, name, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
                to_char(ends_on, 'YYYY-MM-DD') AS ends_on, position
         FROM programme_phase WHERE programme_id = $1
         UNION ALL
         SELECT id, 'measure', title, NULL, NULL, 1000 + position FROM programme_measure WHERE programme_id = $1
       ),
       visible AS (
         SELECT t.* FROM programme_task t
         WHERE t.programme_id = $1 AND t.deleted_at IS NULL
           AND ($2::uuid IS NULL OR EXISTS (
             SELECT 1 FROM programme_task_responsible tr WHERE tr.task_id = t.id AND tr.organisation_id = $2::uuid))
       )
       SELECT g.id, g.kind, g.name, g.starts_on, g.ends_on,
              count(t.id)::int AS tasks,
              count(t.id) FILTER (WHERE ${TASK_DONE('t', '$3')})::int AS done,
              count(t.id) FILTER (WHERE NOT ${TASK_DONE('t', '$3')} AND t.due_on < ${TODAY})::int AS overdue,
              COALESCE(round(100.0 * count(t.id) FILTER (WHERE ${TASK_DONE('t', '$3')}) / NULLIF(count(t.id), 0)), 0)::int AS percent
       FROM groups g
       LEFT JOIN visible t ON t.phase_id = g.id OR t.measure_id = g.id
       GROUP BY g.id, g.kind, g.name, g.starts_on, g.ends_on, g.position
       ORDER BY g.position`,
      [scope.programmeId, scope.responsibleOrganisationId, scope.linkedDoneTaskIds],
    );
  }

  /** Overdue tasks in view and overdue plan milestones of pilots in the caller's regions. */
  async overdue(scope: DashboardScope) {
    return this.dataSource.query<
      Array<{
        kind: 'task' | 'milestone';
        id: string;
        title: string;
        due_on: string;
        responsible: string[];
        link: string;
      }>
    >(
      `SELECT 'task' AS kind, t.id, t.title, to_char(t.due_on, 'YYYY-MM-DD') AS due_on,
              array_remove(array_agg(o.name ORDER BY o.name), NULL) || t.text_units AS responsible,
              '/programmes/' || t.programme_id || '?task=' || t.id AS link
       FROM programme_task t
       LEFT JOIN programme_task_responsible tr ON tr.task_id = t.id
       LEFT JOIN organisation o ON o.id = tr.organisation_id
       WHERE t.programme_id = $1 AND t.deleted_at IS NULL AND NOT ${TASK_DONE('t', '$4')} AND t.due_on < ${TODAY}
         AND ($3::uuid IS NULL OR EXISTS (
           SELECT 1 FROM programme_task_responsible mine WHERE mine.task_id = t.id AND mine.organisation_id = $3::uuid))
       GROUP BY t.id
       UNION ALL
       SELECT 'milestone', m.id, m.title, to_char(m.due_on, 'YYYY-MM-DD'), ARRAY[o.name], '/pilot-applications/' || a.id
       FROM plan_milestone m
       JOIN enterprise_plan plan ON plan.id = m.plan_id
       JOIN pilot_application a ON a.id = plan.application_id AND a.programme_id = $1
       JOIN organisation o ON o.id = a.enterprise_id
       JOIN region r ON r.code = o.region_code
       WHERE m.deleted_at IS NULL AND m.done_at IS NULL AND m.due_on < ${TODAY} AND r.path LIKE $2 || '%'
       ORDER BY due_on, title
       LIMIT 200`,
      [scope.programmeId, scope.regionPath, scope.responsibleOrganisationId, scope.linkedDoneTaskIds],
    );
  }

  async guidanceByRegion(scope: DashboardScope) {
    return this.dataSource.query<Array<{ region_code: string; region_name: string; count: number }>>(
      `SELECT r.code AS region_code, ${regionName('r', scope.english)} AS region_name, count(*)::int AS count
       FROM guidance_activity g JOIN region r ON r.code = g.region_code
       WHERE g.programme_id = $1 AND g.deleted_at IS NULL AND r.path LIKE $2 || '%'
       GROUP BY r.code, r.name, r.name_en, r.path ORDER BY r.path`,
      [scope.programmeId, scope.regionPath],
    );
  }

  async guidanceByMonth(scope: DashboardScope) {
    return this.dataSource.query<Array<{ month: string; count: number }>>(
      `SELECT to_char(g.occurred_on, 'YYYY-MM') AS month, count(*)::int AS count
       FROM guidance_activity g JOIN region r ON r.code = g.region_code
       WHERE g.programme_id = $1 AND g.deleted_at IS NULL AND r.path LIKE $2 || '%'
       GROUP BY month ORDER BY month`,
      [scope.programmeId, scope.regionPath],
    );
  }
}
