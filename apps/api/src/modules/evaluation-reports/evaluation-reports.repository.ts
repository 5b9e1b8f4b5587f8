import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type EvaluationReportSection,
  OrganisationType,
  PilotStatus,
  ProgressReportStatus,
} from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { type ProgrammeScope, programmeScopeCondition, type ScopeCondition } from '../../common/access/scope';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { type EvaluationReportFigures } from './evaluation-report-figures';
import { type ProblemSource } from './evaluation-report-narrative';
import { EvaluationReportVersionEntity } from './evaluation-report-version.entity';
import { EvaluationReportEntity } from './evaluation-report.entity';

/** A report with its programme, region and where its versions stand. */
export interface ReportRow {
  id: string;
  programme_id: string;
  programme_title: string;
  programme_region_code: string;
  region_code: string;
  region_name: string;
  region_name_en: string;
  sections: Record<EvaluationReportSection, string>;
  latest_version_no: number | null;
  latest_generated_at: Date | null;
  submitted_version_no: number | null;
  submitted_at: Date | null;
  edit_version: number;
  updated_at: Date;
}

export interface VersionRow {
  version_no: number;
  generated_at: Date;
  generated_by_name: string;
  size: number;
  submitted_at: Date | null;
}

export interface ProgrammeRow {
  id: string;
  title: string;
  document_number: string | null;
  region_code: string;
  region_path: string;
}

export interface RegionRow {
  code: string;
  name: string;
  name_en: string;
  path: string;
}

/** A district under the city with pilots in the programme or a report of it, and that report's state. */
export interface DistrictReportRow extends RegionRow {
  report_id: string | null;
  latest_version_no: number | null;
  submitted_version_no: number | null;
  submitted_at: Date | null;
}

/** A district's latest submitted version, as the city's report compiles it. */
export interface SubmittedVersionRow {
  region_code: string;
  region_name: string;
  version_no: number;
  submitted_at: Date;
  sections: Record<EvaluationReportSection, string>;
  figures: EvaluationReportFigures;
}

/** Numbered `$n` parameters for raw SQL, from named values. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  condition(condition: ScopeCondition): string {
    return condition.sql.replace(/:(\w+)/g, (_match, name: string) => this.add(condition.params[name]));
  }
}

const REPORT_SELECT = `
  SELECT er.id, er.programme_id, p.title AS programme_title, p.region_code AS programme_region_code,
         er.region_code, rr.name AS region_name, rr.name_en AS region_name_en, er.sections,
         lv.version_no AS latest_version_no, lv.generated_at AS latest_generated_at,
         sv.version_no AS submitted_version_no, sv.submitted_at,
         er.edit_version, er.updated_at
    FROM evaluation_report er
    JOIN programme p ON p.id = er.programme_id
    JOIN region rr ON rr.code = er.region_code
    LEFT JOIN LATERAL (SELECT v.version_no, v.generated_at FROM evaluation_report_version v
                        WHERE v.report_id = er.id ORDER BY v.version_no DESC LIMIT 1) lv ON TRUE
    LEFT JOIN LATERAL (SELECT v.version_no, v.submitted_at FROM evaluation_report_version v
                        WHERE v.report_id = er.id AND v.submitted_at IS NOT NULL
                        ORDER BY v.version_no DESC LIMIT 1) sv ON TRUE`;

/** Queries of evaluation reports, their versions, and what a new report is prefilled from. */
@Injectable()
export class EvaluationReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reports in the scope (a report's region under it), the programme's city first, then by region. */
  findAll(scope: ProgrammeScope, programmeId?: string): Promise<ReportRow[]> {
    const params = new Params();
    const where = [params.condition(programmeScopeCondition(scope, 'rr'))];
    if (programmeId) where.push(`er.programme_id = ${params.add(programmeId)}`);
    return this.dataSource.query<ReportRow[]>(
      `${REPORT_SELECT} WHERE ${where.join(' AND ')}
        ORDER BY p.year DESC, p.title, (er.region_code = p.region_code) DESC, er.region_code`,
      params.values,
    );
  }

  async findInScope(scope: ProgrammeScope, id: string, tx?: Tx): Promise<ReportRow | null> {
    const params = new Params();
    const rows = await managerOf(tx, this.dataSource).query<ReportRow[]>(
      `${REPORT_SELECT} WHERE er.id = ${params.add(id)} AND ${params.condition(programmeScopeCondition(scope, 'rr'))}`,
      params.values,
    );
    return rows[0] ?? null;
  }

  /** The report's row, locked until the transaction ends, if it lies in the scope. */
  lockInScope(scope: ProgrammeScope, id: string, tx: Tx): Promise<EvaluationReportEntity | null> {
    const condition = programmeScopeCondition(scope, 'rr');
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(EvaluationReportEntity, 'er')
      .innerJoin('er.region', 'rr')
      .where('er.id = :id', { id })
      .andWhere(condition.sql, condition.params)
      .setLock('pessimistic_write', undefined, ['er'])
      .getOne();
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(EvaluationReportEntity, { id });
  }

  async idFor(programmeId: string, regionCode: string, tx?: Tx): Promise<string | null> {
    const row = await managerOf(tx, this.dataSource).findOne(EvaluationReportEntity, {
      where: { programmeId, regionCode },
      select: { id: true },
    });
    return row?.id ?? null;
  }

  /** Serialises the creation of one region's report of a programme (until the transaction ends). */
  async lockCreation(programmeId: string, regionCode: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `evaluation_report:${programmeId}:${regionCode}`,
    ]);
  }

  insert(report: Partial<EvaluationReportEntity>, tx: Tx): Promise<EvaluationReportEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(EvaluationReportEntity, manager.create(EvaluationReportEntity, report));
  }

  /** Changes the sections and raises the edit version (optimistic concurrency). */
  async updateSections(id: string, sections: Record<EvaluationReportSection, string>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(EvaluationReportEntity)
      .set({ sections, editVersion: () => 'edit_version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /** The report's versions, newest first, without their documents. */
  versions(reportId: string, tx?: Tx): Promise<VersionRow[]> {
    return managerOf(tx, this.dataSource).query<VersionRow[]>(
      `SELECT v.version_no, v.generated_at, u.display_name AS generated_by_name,
              octet_length(v.document)::int AS size, v.submitted_at
         FROM evaluation_report_version v JOIN app_user u ON u.id = v.generated_by
        WHERE v.report_id = $1 ORDER BY v.version_no DESC`,
      [reportId],
    );
  }

  /** The next version number of a report whose row the transaction holds locked. */
  async nextVersionNo(reportId: string, tx: Tx): Promise<number> {
    const [{ next }] = await managerOf(tx, this.dataSource).query<Array<{ next: number }>>(
      `SELECT coalesce(max(version_no), 0)::int + 1 AS next FROM evaluation_report_version WHERE report_id = $1`,
      [reportId],
    );
    return next;
  }

  async insertVersion(version: Partial<EvaluationReportVersionEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).insert(EvaluationReportVersionEntity, version);
  }

  /** A version's document: the given number, or the newest. */
  async document(
    reportId: string,
    versionNo: number | undefined,
  ): Promise<{ version_no: number; document: Buffer } | null> {
    const rows = await this.dataSource.query<Array<{ version_no: number; document: Buffer }>>(
      versionNo === undefined
        ? `SELECT version_no, document FROM evaluation_report_version WHERE report_id = $1
            ORDER BY version_no DESC LIMIT 1`
        : `SELECT version_no, document FROM evaluation_report_version WHERE report_id = $1 AND version_no = $2`,
      versionNo === undefined ? [reportId] : [reportId, versionNo],
    );
    return rows[0] ?? null;
  }

  async latestVersion(
    reportId: string,
    tx: Tx,
  ): Promise<{ id: string; version_no: number; submitted_at: Date | null } | null> {
    const rows = await managerOf(tx, this.dataSource).query<
      Array<{ id: string; version_no: number; submitted_at: Date | null }>
    >(
      `SELECT id, version_no, submitted_at FROM evaluation_report_version WHERE report_id = $1
        ORDER BY version_no DESC LIMIT 1`,
      [reportId],
    );
    return rows[0] ?? null;
  }

  async markSubmitted(versionId: string, userId: string, at: Date, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(
      EvaluationReportVersionEntity,
      { id: versionId },
      { submittedAt: at, submittedBy: userId },
    );
  }

  /** The programme, if the caller may read it (a city's plan from its districts too). */
  async programmeInScope(scope: ProgrammeScope, id: string): Promise<ProgrammeRow | null> {
    const params = new Params();
    const rows = await this.dataSource.query<ProgrammeRow[]>(
      `SELECT p.id, p.title, p.document_number, p.region_code, pr.path AS region_path
         FROM programme p JOIN region pr ON pr.code = p.region_code
        WHERE p.id = ${params.add(id)} AND ${params.condition(programmeScopeCondition(scope, 'pr'))}`,
      params.values,
    );
    return rows[0] ?? null;
  }

  async programme(id: string): Promise<ProgrammeRow> {
    const rows = await this.dataSource.query<ProgrammeRow[]>(
      `SELECT p.id, p.title, p.document_number, p.region_code, pr.path AS region_path
         FROM programme p JOIN region pr ON pr.code = p.region_code WHERE p.id = $1`,
      [id],
    );
    return rows[0];
  }

  async region(code: string): Promise<RegionRow> {
    const rows = await this.dataSource.query<RegionRow[]>(
      `SELECT code, name, name_en, path FROM region WHERE code = $1`,
      [code],
    );
    return rows[0];
  }

  async organisationName(id: string): Promise<string> {
    const rows = await this.dataSource.query<Array<{ name: string }>>(
      `SELECT name FROM organisation WHERE id = $1`,
      [id],
    );
    return rows[0]?.name ?? '';
  }

  /**
   * The districts of the programme's city that have approved pilots in it or a report of it, each
   * with its report's state.
   */
  districtReports(programmeId: string, cityCode: string): Promise<DistrictReportRow[]> {
    return this.dataSource.query<DistrictReportRow[]>(
      `SELECT d.code, d.name, d.name_en, d.path, er.id AS report_id,
              (SELECT max(v.version_no) FROM evaluation_report_version v WHERE v.report_id = er.id) AS latest_version_no,
              sv.version_no AS submitted_version_no, sv.submitted_at
         FROM region d
         LEFT JOIN evaluation_report er ON er.programme_id = $1 AND er.region_code = d.code
         LEFT JOIN LATERAL (SELECT v.version_no, v.submitted_at FROM evaluation_report_version v
                             WHERE v.report_id = er.id AND v.submitted_at IS NOT NULL
                             ORDER BY v.version_no DESC LIMIT 1) sv ON TRUE
        WHERE d.parent_code = $2
          AND (er.id IS NOT NULL OR EXISTS (
                SELECT 1 FROM pilot_application pa
                  JOIN organisation o ON o.id = pa.enterprise_id
                  JOIN region er2 ON er2.code = o.region_code
                 WHERE pa.programme_id = $1 AND pa.status = $3 AND er2.path LIKE d.path || '%'))
        ORDER BY d.code`,
      [programmeId, cityCode, PilotStatus.Approved],
    );
  }

  /** Each district's latest submitted version of its report of the programme. */
  submittedDistrictVersions(programmeId: string, cityCode: string): Promise<SubmittedVersionRow[]> {
    return this.dataSource.query<SubmittedVersionRow[]>(
      `SELECT DISTINCT ON (er.region_code) er.region_code, d.name AS region_name, v.version_no,
              v.submitted_at, v.sections, v.figures
         FROM evaluation_report er
         JOIN region d ON d.code = er.region_code AND d.parent_code = $2
         JOIN evaluation_report_version v ON v.report_id = er.id AND v.submitted_at IS NOT NULL
        WHERE er.programme_id = $1
        ORDER BY er.region_code, v.version_no DESC`,
      [programmeId, cityCode],
    );
  }

  /**
   * Where open problems are written for the programme in a region (its path and below): each
   * pilot's latest submitted or accepted report narrative of its latest period; return comments
   * of reports not accepted since; outcomes of the region's guidance for the programme.
   */
  async problemSources(programmeId: string, regionPath: string): Promise<ProblemSource[]> {
    const narratives = await this.dataSource.query<Array<{ subject: string; when: string; text: string }>>(
      `SELECT DISTINCT ON (pr.enterprise_id) o.name AS subject, pr.period AS "when", v.narrative AS text
         FROM progress_report pr
         JOIN organisation o ON o.id = pr.enterprise_id
         JOIN region r ON r.code = o.region_code
         JOIN progress_report_version v ON v.report_id = pr.id
        WHERE pr.programme_id = $1 AND r.path LIKE $2 || '%'
          AND v.status IN ($3, $4) AND v.narrative <> ''
        ORDER BY pr.enterprise_id, pr.period DESC, v.version DESC`,
      [programmeId, regionPath, ProgressReportStatus.Submitted, ProgressReportStatus.Accepted],
    );
    const returned = await this.dataSource.query<Array<{ subject: string; when: string; text: string }>>(
      `SELECT o.name AS subject, pr.period AS "when", v.review_comment AS text
         FROM progress_report pr
         JOIN organisation o ON o.id = pr.enterprise_id
         JOIN region r ON r.code = o.region_code
         JOIN progress_report_version v ON v.report_id = pr.id
        WHERE pr.programme_id = $1 AND r.path LIKE $2 || '%'
          AND v.status = $3 AND coalesce(v.review_comment, '') <> '' AND pr.status <> $4
        ORDER BY o.name, pr.period, v.version`,
      [programmeId, regionPath, ProgressReportStatus.Returned, ProgressReportStatus.Accepted],
    );
    const guidance = await this.dataSource.query<Array<{ subject: string; when: string; text: string }>>(
      `SELECT g.title AS subject, to_char(g.occurred_on, 'YYYY-MM-DD') AS "when", g.outcome AS text
         FROM guidance_activity g JOIN region r ON r.code = g.region_code
        WHERE g.programme_id = $1 AND r.path LIKE $2 || '%' AND g.deleted_at IS NULL AND g.outcome <> ''
        ORDER BY g.occurred_on DESC, g.id`,
      [programmeId, regionPath],
    );
    return [
      ...narratives.map((row) => ({ kind: 'report' as const, ...row })),
      ...returned.map((row) => ({ kind: 'returned' as const, ...row })),
      ...guidance.map((row) => ({ kind: 'guidance' as const, ...row })),
    ];
  }

  /** The city bureaus of a region (who hears of a district's submission). */
  async bureauIds(type: OrganisationType, regionCode: string, tx?: Tx): Promise<string[]> {
    const rows = await managerOf(tx, this.dataSource).query<Array<{ id: string }>>(
      `SELECT id FROM organisation WHERE type = $1 AND region_code = $2 AND deleted_at IS NULL`,
      [type, regionCode],
    );
    return rows.map((row) => row.id);
  }
}
