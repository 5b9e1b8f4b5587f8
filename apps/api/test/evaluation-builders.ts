import { createHash, randomUUID } from 'node:crypto';
import {
  AdoptionStatus,
  AllowanceType,
  emptyAdoption,
  emptyIndicators,
  type GuidanceKind,
  PayUnit,
  PerformancePayMethod,
  PostCategory,
  PostEvaluationMethod,
  type ProgressReportAdoption,
  type ProgressReportIndicators,
} from '@skillpay/domain';
import { type DataSource } from 'typeorm';
import { uniqueEmployeeRef } from './test-app';

/** Builders for the evaluation: accepted reports, guidance records and wage years, written to the tables. */

/**
 * The adoption index's worked example (libs/domain evaluation.ts): channel of 8 grades adopted,
 * pay units adopted, post evaluation under way, performance pay by points adopted, skill
 * allowance adopted, everything else not started → 55.5 under the default weights.
 */
export function workedExampleAdoption(): ProgressReportAdoption {
  return {
    ...emptyAdoption(),
    careerChannel: { status: AdoptionStatus.Adopted, gradeCount: 8 },
    payUnits: { status: AdoptionStatus.Adopted, units: [PayUnit.Post, PayUnit.Performance] },
    postEvaluation: { status: AdoptionStatus.InProgress, method: PostEvaluationMethod.PointFactor },
    performancePay: { status: AdoptionStatus.Adopted, method: PerformancePayMethod.Points },
    allowances: { status: AdoptionStatus.Adopted, items: [{ type: AllowanceType.Skill, amount: 300 }] },
  };
}

/** A report period accepted by the bureau: the report and its one accepted version. */
export async function newAcceptedReport(
  dataSource: DataSource,
  report: {
    programmeId: string;
    enterpriseId: string;
    period: string;
    adoption: Partial<ProgressReportAdoption>;
    indicators?: ProgressReportIndicators;
  },
): Promise<string> {
  const [{ id }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO progress_report (programme_id, enterprise_id, period, due_on, status, current_version, first_submitted_at)
     VALUES ($1, $2, $3, '2026-07-15', 'accepted', 1, now()) RETURNING id`,
    [report.programmeId, report.enterpriseId, report.period],
  );
  await dataSource.query(
    `INSERT INTO progress_report_version (report_id, version, status, adoption, indicators, narrative, created_by,
       submitted_at, reviewed_at)
     VALUES ($1, 1, 'accepted', $2, $3, '已按指引推进', $4, now(), now())`,
    [
      id,
      JSON.stringify(report.adoption),
      JSON.stringify(report.indicators ?? emptyIndicators()),
      randomUUID(),
    ],
  );
  return id;
}

/** A guidance activity of a bureau listing enterprises. */
export async function newActivity(
  dataSource: DataSource,
  activity: {
    programmeId: string;
    organisationId: string;
    regionCode: string;
    kind: GuidanceKind;
    occurredOn: string;
    enterpriseIds: string[];
  },
): Promise<string> {
  const [{ id }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO guidance_activity (kind, occurred_on, title, programme_id, organisation_id, region_code, enterprise_ids)
     VALUES ($1, $2, '技能人才薪酬分配指引专项培训', $3, $4, $5, $6) RETURNING id`,
    [
      activity.kind,
      activity.occurredOn,
      activity.programmeId,
      activity.organisationId,
      activity.regionCode,
      activity.enterpriseIds,
    ],
  );
  return id;
}

/** `count` employees of one post category and skill level with the same pay. */
export interface WageGroup {
  postCategory: PostCategory;
  /** a SkillLevel for skilled posts; `unrated` otherwise */
  skillLevel?: string;
  count: number;
  /** pay for the months worked */
  total: number;
  monthsWorked?: number;
  /** share of the total paid as performance pay (the rest as base pay) */
  performanceShare?: number;
}

/**
 * An enterprise's current (stored) wage upload of one year with its rows, written set-based
 * (one INSERT … SELECT per group), as the upload worker would have stored them.
 */
export async function newWageYear(
  dataSource: DataSource,
  input: { programmeId: string; enterpriseId: string; regionCode: string; year: number; groups: WageGroup[] },
): Promise<string> {
  const content = Buffer.from(randomUUID());
  const rows = input.groups.reduce((sum, group) => sum + group.count, 0);
  const [{ id }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO wage_upload (programme_id, enterprise_id, region_code, year, version_number, status, file_name,
       mime_type, size, content_sha256, content, progress, row_count, aggregated_at, processed_at)
     VALUES ($1, $2, $3, $4, 1, 'current', 'wages.csv', 'text/csv', $5, $6, $7, 100, $8, now(), now())
     RETURNING id`,
    [
      input.programmeId,
      input.enterpriseId,
      input.regionCode,
      input.year,
      content.length,
      createHash('sha256').update(content).digest('hex'),
      content,
      rows,
    ],
  );
  let next = 2;
  for (const group of input.groups) {
    const performance = Math.round(group.total * (group.performanceShare ?? 0) * 100) / 100;
    await dataSource.query(
      `INSERT INTO wage_row (upload_id, row_number, employee_ref, occupation_code, skill_level, post_category,
         months_worked, base_pay, post_pay, performance_pay, allowances, other_pay)
       SELECT $1, $2 + n, $3 || '-' || n, '6-18-01-01', $4, $5, $6, $7, 0, $8, 0, 0
       FROM generate_series(0, $9 - 1) n`,
      [
        id,
        next,
        uniqueEmployeeRef(),
        group.skillLevel ?? 'unrated',
        group.postCategory,
        group.monthsWorked ?? 12,
        (group.total - performance).toFixed(2),
        performance.toFixed(2),
        group.count,
      ],
    );
    next += group.count;
  }
  return id;
}
