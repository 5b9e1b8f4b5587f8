import { createHash, randomUUID } from 'node:crypto';
import { type PoolClient } from 'pg';
import { type DataSource } from 'typeorm';
import {
  storeWageFile,
  type StoreWageFileResult,
} from '../src/modules/wage-uploads/wage-file/store-wage-file';

/** Builders for wage data as the upload pipeline stores it, written straight to the tables. */

export interface WageRowInput {
  occupationCode: string;
  skillLevel: string;
  /** months worked, default 12 */
  months?: number;
  /** base, post, performance, allowances, other (yuan); a single number is all base pay */
  pay: number | [number, number, number, number, number];
}

/**
 * A stored version of an enterprise's wage data: a `current` upload with its rows, the previous
 * current version (if any) superseded exactly as the upload worker does it.
 */
export async function newWageUpload(
  dataSource: DataSource,
  upload: {
    programmeId: string;
    enterpriseId: string;
    regionCode: string;
    year?: number;
    rows: WageRowInput[];
  },
): Promise<string> {
  const id = randomUUID();
  const year = upload.year ?? 2026;
  await dataSource.transaction(async (manager) => {
    const [{ next }] = await manager.query<Array<{ next: number }>>(
      `SELECT COALESCE(MAX(version_number), 0) + 1 AS next FROM wage_upload
       WHERE enterprise_id = $1 AND programme_id = $2 AND year = $3`,
      [upload.enterpriseId, upload.programmeId, year],
    );
    await manager.query(
      `UPDATE wage_upload SET status = 'superseded', superseded_by = $4, aggregated_at = NULL
       WHERE enterprise_id = $1 AND programme_id = $2 AND year = $3 AND status = 'current'`,
      [upload.enterpriseId, upload.programmeId, year, id],
    );
    const content = Buffer.from(`${id}\n`);
    await manager.query(
      `INSERT INTO wage_upload (id, programme_id, enterprise_id, region_code, year, version_number, status,
         file_name, mime_type, size, content_sha256, content, progress, row_count, processed_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'current', 'wage.csv', 'text/csv', $7, $8, $9, 100, $10, now())`,
      [
        id,
        upload.programmeId,
        upload.enterpriseId,
        upload.regionCode,
        year,
        next,
        content.length,
        createHash('sha256').update(content).digest('hex'),
        content,
        upload.rows.length,
      ],
    );
    const pay = upload.rows.map((row) => (typeof row.pay === 'number' ? [row.pay, 0, 0, 0, 0] : row.pay));
    await manager.query(
      `INSERT INTO wage_row (upload_id, row_number, employee_ref, occupation_code, skill_level, post_category,
         months_worked, base_pay, post_pay, performance_pay, allowances, other_pay)
       SELECT $1, n + 1, 'E' || (n + 1), occ, lvl, CASE WHEN lvl = 'unrated' THEN 'technical' ELSE 'skilled' END::post_category,
              months, base, post, perf, allow, other
       FROM unnest($2::text[], $3::text[], $4::int[], $5::numeric[], $6::numeric[], $7::numeric[], $8::numeric[],
                   $9::numeric[]) WITH ORDINALITY AS r(occ, lvl, months, base, post, perf, allow, other, n)`,
      [
        id,
        upload.rows.map((row) => row.occupationCode),
        upload.rows.map((row) => row.skillLevel),
        upload.rows.map((row) => row.months ?? 12),
        ...[0, 1, 2, 3, 4].map((c) => pay.map((p) => p[c])),
      ],
    );
  });
  return id;
}

/** `count` rows of one occupation and skill level with the given annual base pay each. */
export function wageRows(
  occupationCode: string,
  skillLevel: string,
  pays: readonly number[],
): WageRowInput[] {
  return pays.map((pay) => ({ occupationCode, skillLevel, pay }));
}

/** Computed cells of a programme as comparable plain rows (computed_at left out unless asked). */
export async function cellsOf(
  dataSource: DataSource,
  programmeId: string,
  options: { withComputedAt?: boolean } = {},
): Promise<Array<Record<string, unknown>>> {
  return dataSource.query(
    `SELECT year, occupation_code, skill_level, region_code, employees, enterprises, max_enterprise_share::text,
            mean::text, p10::text, p25::text, p50::text, p75::text, p90::text, share_base::text, share_post::text,
            share_performance::text, share_allowances::text, share_other::text, footnote
            ${options.withComputedAt ? ', computed_at' : ''}
     FROM benchmark_cell WHERE programme_id = $1
     ORDER BY year, occupation_code, skill_level, region_code`,
    [programmeId],
  );
}

/**
 * An upload stored through the upload pipeline itself (csv → parse → validate → COPY, the worker's
 * `storeWageFile`): registered as the API does (queued, file kept), then stored in one transaction.
 */
export async function storeWageCsv(
  dataSource: DataSource,
  upload: { programmeId: string; enterpriseId: string; regionCode: string; year?: number; csv: string },
): Promise<StoreWageFileResult> {
  const id = randomUUID();
  const content = Buffer.from(upload.csv);
  await dataSource.query(
    `INSERT INTO wage_upload (id, programme_id, enterprise_id, region_code, year, status, file_name, mime_type, size,
       content_sha256, content)
     VALUES ($1, $2, $3, $4, $5, 'queued', 'wage-data.csv', 'text/csv', $6, $7, $8)`,
    [
      id,
      upload.programmeId,
      upload.enterpriseId,
      upload.regionCode,
      upload.year ?? 2026,
      content.length,
      createHash('sha256').update(content).digest('hex'),
      content,
    ],
  );
  return inPgTransaction(dataSource, (client) =>
    storeWageFile(client, { uploadId: id, content, format: 'csv' }),
  );
}

/** `work` on the `pg` client of one transaction, committed when it resolves, rolled back when not. */
export async function inPgTransaction<T>(
  dataSource: DataSource,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  await runner.startTransaction();
  try {
    const result = await work(client);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
