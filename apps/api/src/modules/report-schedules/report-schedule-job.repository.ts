import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationType, PilotStatus } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { type PilotRow } from './report-schedules.repository';

/** The reminders job's own queries: every pilot at once, set-based, nothing the API reads. */
@Injectable()
export class ReportScheduleJobRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
}
