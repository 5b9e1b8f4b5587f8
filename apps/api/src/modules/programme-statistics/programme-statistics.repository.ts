import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BenchmarkReleaseStatus, CaseStatus, PilotStatus, ProgressReportStatus } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { type StatisticsScope, statisticsScopeCondition } from '../../common/access/scope';
import { ProgrammeStatus } from '../programmes/programme.entity';

export interface ProgrammeRow {
  id: string;
  title: string;
  document_number: string | null;
  status: ProgrammeStatus;
  year: number;
  region_code: string;
}

export interface PilotRegionRow {
  programme_id: string;
  region_code: string;
  region_name: string;
  city_direct: boolean;
  approved: number;
  pending: number;
}

export interface ReportCountRow {
  programme_id: string;
  received: number;
  submitted: number;
  accepted: number;
  returned: number;
  enterprises: number;
}

export interface ReleaseCountRow {
  programme_id: string;
  published: number;
  latest_year: number | null;
  latest_number: number | null;
  latest_published_at: Date | null;
  enterprise_count: number | null;
  employee_count: number | null;
}

export interface CaseCountRow {
  status: CaseStatus;
  count: number;
}

/**
 * The programme in figures for the reviewer organisations: set-based counts, grouped, each query
 * limited to the scope's regions. No query returns a person, an enterprise or a wage, only counts
 * (and the region and programme they are counted for).
 */
@Injectable()
export class ProgrammeStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return this.dataSource.query<T[]>(query, values);
  }

  /** Live programmes (active or closed) of the scope's regions, the newest first. */
  programmes(scope: StatisticsScope): Promise<ProgrammeRow[]> {
    const condition = statisticsScopeCondition(scope, 'pr');
    return this.run<ProgrammeRow>(
      `SELECT p.id, p.title, p.document_number, p.status, p.year, p.region_code
       FROM programme p JOIN region pr ON pr.code = p.region_code
       WHERE p.deleted_at IS NULL AND p.status IN (:...live) AND ${condition.sql}
       ORDER BY CASE WHEN p.status = :active THEN 0 ELSE 1 END, p.year DESC, p.created_at DESC`,
      {
        ...condition.params,
        live: [ProgrammeStatus.Active, ProgrammeStatus.Closed],
        active: ProgrammeStatus.Active,
      },
    );
  }

  /**
   * Per programme, its region (市直) and each district below it: approved pilots and applications
   * on their way (submitted or recommended).
   */
  pilotsByRegion(
    scope: StatisticsScope,
    programmeIds: string[],
    english: boolean,
  ): Promise<PilotRegionRow[]> {
    if (programmeIds.length === 0) return Promise.resolve([]);
    const condition = statisticsScopeCondition(scope, 'r');
    return this.run<PilotRegionRow>(
      `SELECT p.id AS programme_id, r.code AS region_code, ${english ? 'r.name_en' : 'r.name'} AS region_name,
              r.code = p.region_code AS city_direct,
              count(a.id) FILTER (WHERE a.status = :approved)::int AS approved,
              count(a.id) FILTER (WHERE a.status IN (:...pending))::int AS pending
       FROM programme p
       JOIN region r ON r.code = p.region_code OR r.parent_code = p.region_code
       LEFT JOIN organisation o ON o.region_code = r.code AND o.type = 'enterprise' AND o.deleted_at IS NULL
       LEFT JOIN pilot_application a ON a.enterprise_id = o.id AND a.programme_id = p.id
       WHERE p.id IN (:...programmeIds) AND ${condition.sql}
       GROUP BY p.id, p.region_code, r.code, r.name, r.name_en
       ORDER BY p.id, r.code = p.region_code DESC, r.code`,
      {
        ...condition.params,
        programmeIds,
        approved: PilotStatus.Approved,
        pending: [PilotStatus.Submitted, PilotStatus.Recommended],
      },
    );
  }

  /** Per programme, the progress reports received (submitted at least once) by their state. */
  progressReports(scope: StatisticsScope, programmeIds: string[]): Promise<ReportCountRow[]> {
    if (programmeIds.length === 0) return Promise.resolve([]);
    const condition = statisticsScopeCondition(scope, 'r');
    return this.run<ReportCountRow>(
      `SELECT pr.programme_id,
              count(*)::int AS received,
              count(*) FILTER (WHERE pr.status = :submitted)::int AS submitted,
              count(*) FILTER (WHERE pr.status = :accepted)::int AS accepted,
              count(*) FILTER (WHERE pr.status = :returned)::int AS returned,
              count(DISTINCT pr.enterprise_id)::int AS enterprises
       FROM progress_report pr
       JOIN organisation o ON o.id = pr.enterprise_id
       JOIN region r ON r.code = o.region_code
       WHERE pr.programme_id IN (:...programmeIds) AND pr.status <> :draft AND ${condition.sql}
       GROUP BY pr.programme_id`,
      {
        ...condition.params,
        programmeIds,
        draft: ProgressReportStatus.Draft,
        submitted: ProgressReportStatus.Submitted,
        accepted: ProgressReportStatus.Accepted,
        returned: ProgressReportStatus.Returned,
      },
    );
  }

  /** Per programme, its published benchmark releases and the latest one's coverage (counts). */
  benchmarkReleases(programmeIds: string[]): Promise<ReleaseCountRow[]> {
    if (programmeIds.length === 0) return Promise.resolve([]);
    return this.run<ReleaseCountRow>(
      `SELECT DISTINCT ON (b.programme_id) b.programme_id,
              count(*) OVER (PARTITION BY b.programme_id)::int AS published,
              b.year AS latest_year, b.release_number AS latest_number, b.published_at AS latest_published_at,
              b.enterprise_count, b.employee_count
       FROM benchmark_release b
       WHERE b.programme_id IN (:...programmeIds) AND b.status = :published
       ORDER BY b.programme_id, b.published_at DESC`,
      { programmeIds, published: BenchmarkReleaseStatus.Published },
    );
  }

  /**
   * Case studies of the scope's regions by state, from submission on (a draft is its author's
   * own work, not yet the programme's).
   */
  casesByStatus(scope: StatisticsScope): Promise<CaseCountRow[]> {
    const condition = statisticsScopeCondition(scope, 'r');
    return this.run<CaseCountRow>(
      `SELECT c.status, count(*)::int AS count
       FROM case_study c JOIN region r ON r.code = c.region_code
       WHERE c.deleted_at IS NULL AND c.status <> :draft AND ${condition.sql}
       GROUP BY c.status`,
      { ...condition.params, draft: CaseStatus.Draft },
    );
  }
}
