import { type FootnoteCode, PostCategory, UNRATED_SKILL_LEVEL } from '@skillpay/domain';
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';

/**
 * Builders for benchmark publication tests: occupations, computed cells and current uploads are
 * written straight to their tables, as the catalogue, the aggregation and the upload would.
 */

/** A catalogue occupation with a fresh code of its own (`1-23-45-67`), so tests never share cells. */
export async function newOccupation(
  dataSource: DataSource,
  overrides: { nameZh?: string; nameEn?: string; urgentlyNeeded?: boolean } = {},
): Promise<{ code: string; nameZh: string; nameEn: string }> {
  const two = () => String(randomInt(0, 100)).padStart(2, '0');
  const code = `${randomInt(1, 9)}-${two()}-${two()}-${two()}`;
  const nameZh = overrides.nameZh ?? `测试职业${code}`;
  const nameEn = overrides.nameEn ?? `Test occupation ${code}`;
  await dataSource.query(
    `INSERT INTO occupation (code, name_zh, name_en, urgently_needed) VALUES ($1, $2, $3, $4)
     ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
       urgently_needed = EXCLUDED.urgently_needed, deleted_at = NULL`,
    [code, nameZh, nameEn, overrides.urgentlyNeeded ?? false],
  );
  return { code, nameZh, nameEn };
}

export interface CellInput {
  programmeId: string;
  year?: number;
  occupationCode: string;
  skillLevel?: string;
  regionCode: string;
  employees?: number;
  enterprises?: number;
  /** P50; the other figures are spread around it */
  p50?: number;
  footnote?: FootnoteCode | null;
  computedAt?: Date;
}

/** A computed benchmark cell, as the aggregation job would store it. Returns its figures. */
export async function newCell(dataSource: DataSource, input: CellInput) {
  const p50 = input.p50 ?? 72_000;
  const cell = {
    employees: input.employees ?? 40,
    enterprises: input.enterprises ?? 4,
    mean: p50 + 1_500,
    p10: p50 - 20_000,
    p25: p50 - 12_000,
    p50,
    p75: p50 + 18_000,
    p90: p50 + 35_000,
    footnote: input.footnote ?? null,
  };
  await dataSource.query(
    `INSERT INTO benchmark_cell (programme_id, year, occupation_code, skill_level, region_code, employees, enterprises,
       max_enterprise_share, mean, p10, p25, p50, p75, p90, share_base, share_post, share_performance,
       share_allowances, share_other, footnote, computed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 45, $8, $9, $10, $11, $12, $13, 0.4, 0.25, 0.2, 0.1, 0.05, $14, $15)`,
    [
      input.programmeId,
      input.year ?? 2026,
      input.occupationCode,
      input.skillLevel ?? 'level-3',
      input.regionCode,
      cell.employees,
      cell.enterprises,
      cell.mean,
      cell.p10,
      cell.p25,
      cell.p50,
      cell.p75,
      cell.p90,
      cell.footnote,
      input.computedAt ?? new Date(),
    ],
  );
  return cell;
}

export interface WageRowInput {
  occupationCode: string;
  skillLevel?: string;
  monthsWorked?: number;
  /** the row's total pay for the months worked, split evenly over the five components */
  total: number;
}

/**
 * A current (stored) upload of an enterprise with its rows; `aggregatedAt: null` leaves it
 * waiting for the aggregation.
 */
export async function newCurrentUpload(
  dataSource: DataSource,
  input: {
    programmeId: string;
    enterpriseId: string;
    regionCode: string;
    year?: number;
    aggregatedAt?: Date | null;
    rows: WageRowInput[];
  },
): Promise<string> {
  const content = Buffer.from(randomUUID());
  const [{ id }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO wage_upload (programme_id, enterprise_id, region_code, year, version_number, status, file_name,
       mime_type, size, content_sha256, content, progress, row_count, aggregated_at, processed_at)
     VALUES ($1, $2, $3, $4, 1, 'current', 'wages.csv', 'text/csv', $5, $6, $7, 100, $8, $9, now())
     RETURNING id`,
    [
      input.programmeId,
      input.enterpriseId,
      input.regionCode,
      input.year ?? 2026,
      content.length,
      createHash('sha256').update(content).digest('hex'),
      content,
      input.rows.length,
      input.aggregatedAt === undefined ? new Date() : input.aggregatedAt,
    ],
  );
  for (const [index, row] of input.rows.entries()) {
    const part = (row.total / 5).toFixed(2);
    const level = row.skillLevel ?? 'level-3';
    await dataSource.query(
      `INSERT INTO wage_row (upload_id, row_number, employee_ref, occupation_code, skill_level, post_category,
         months_worked, base_pay, post_pay, performance_pay, allowances, other_pay)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $8, $8, $8)`,
      [
        id,
        index + 2,
        `E${String(index + 1).padStart(5, '0')}`,
        row.occupationCode,
        level,
        level === UNRATED_SKILL_LEVEL ? PostCategory.Technical : PostCategory.Skilled,
        row.monthsWorked ?? 12,
        part,
      ],
    );
  }
  return id;
}
