import { type WageFileError, WageUploadStatus } from '@skillpay/domain';
import { type Readable } from 'node:stream';
import { type ClientBase } from 'pg';
import { loadOccupationCodes, loadWageRows } from './copy-wage-rows';
import { detectWageFileFormat, fileError, type WageFileFormat } from './read-wage-rows';

/**
 * Store: one queued wage_upload becomes the enterprise's new current version for its programme
 * and year (the previous one superseded, kept) or is rejected with every error — on the caller's
 * transaction, under a lock per enterprise, programme and year. Plain SQL on a `pg` client so the
 * worker and the benchmark share it; the worker adds the audit record and notification.
 */

export interface StoreWageFileOptions {
  uploadId: string;
  /** the file; read from wage_upload.content when absent */
  content?: Buffer | Readable;
  /** detected from the content when absent (required for a stream) */
  format?: WageFileFormat;
  /** byte size of a streamed csv, for progress */
  size?: number;
  /** defaults to the live occupation catalogue */
  isKnownOccupation?: (code: string) => boolean;
  maxRows?: number;
  onProgress?: (fraction: number) => void;
}

export interface StoredUpload {
  id: string;
  programmeId: string;
  enterpriseId: string;
  year: number;
}

export type StoreWageFileResult = StoredUpload &
  (
    | { outcome: 'stored'; versionNumber: number; rowCount: number; supersededId: string | null }
    | { outcome: 'rejected'; errorCount: number; errors: WageFileError[] }
    /** processed before (a retried job): nothing was changed */
    | { outcome: 'unchanged'; status: WageUploadStatus; versionNumber: number | null }
  );

interface UploadRow {
  id: string;
  programme_id: string;
  enterprise_id: string;
  year: number;
  status: WageUploadStatus;
  version_number: number | null;
  content_sha256: string;
}

const DONE: readonly WageUploadStatus[] = [
  WageUploadStatus.Current,
  WageUploadStatus.Superseded,
  WageUploadStatus.Rejected,
];

/** Must run inside a transaction on `client`; see the module comment. */
export async function storeWageFile(
  client: ClientBase,
  options: StoreWageFileOptions,
): Promise<StoreWageFileResult> {
  const find = async () => {
    const { rows } = await client.query<UploadRow>(
      `SELECT id, programme_id, enterprise_id, year, status, version_number, content_sha256
       FROM wage_upload WHERE id = $1`,
      [options.uploadId],
    );
    if (rows.length === 0) throw new Error(`wage upload ${options.uploadId} does not exist`);
    return rows[0];
  };
  const first = await find();
  // one version change at a time per enterprise, programme and year
  await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `wage_upload:${first.enterprise_id}:${first.programme_id}:${first.year}`,
  ]);
  const upload = await find();
  const ref: StoredUpload = {
    id: upload.id,
    programmeId: upload.programme_id,
    enterpriseId: upload.enterprise_id,
    year: upload.year,
  };
  if (DONE.includes(upload.status)) {
    return { ...ref, outcome: 'unchanged', status: upload.status, versionNumber: upload.version_number };
  }

  const reject = async (errorCount: number, errors: WageFileError[]): Promise<StoreWageFileResult> => {
    await client.query(
      `UPDATE wage_upload SET status = $2, error_count = $3, errors = $4::jsonb, row_count = NULL,
         progress = 100, failure_reason = NULL, processed_at = clock_timestamp() WHERE id = $1`,
      [upload.id, WageUploadStatus.Rejected, errorCount, JSON.stringify(errors)],
    );
    return { ...ref, outcome: 'rejected', errorCount, errors };
  };

  // the same content stored meanwhile (two identical uploads queued at once)
  const { rows: same } = await client.query<{ version_number: number }>(
    `SELECT version_number FROM wage_upload
     WHERE enterprise_id = $1 AND programme_id = $2 AND year = $3 AND content_sha256 = $4
       AND status IN ('current', 'superseded') AND id <> $5`,
    [upload.enterprise_id, upload.programme_id, upload.year, upload.content_sha256, upload.id],
  );
  if (same.length > 0)
    return reject(1, [fileError('wage_duplicate_content', { version: same[0].version_number })]);

  let content = options.content;
  if (!content) {
    const { rows } = await client.query<{ content: Buffer }>(
      `SELECT content FROM wage_upload WHERE id = $1`,
      [upload.id],
    );
    content = rows[0].content;
  }
  let format = options.format;
  if (!format) {
    if (!Buffer.isBuffer(content)) throw new TypeError('the format of a streamed file must be given');
    const detected = detectWageFileFormat(content);
    if (detected !== 'xlsx' && detected !== 'csv') return reject(1, [fileError('wage_file_unreadable')]);
    format = detected;
  }
  const isKnownOccupation =
    options.isKnownOccupation ??
    (
      (codes: Set<string>) => (code: string) =>
        codes.has(code)
    )(await loadOccupationCodes(client));

  const loaded = await loadWageRows(client, {
    uploadId: upload.id,
    content,
    format,
    isKnownOccupation,
    maxRows: options.maxRows,
    size: options.size,
    onProgress: options.onProgress,
  });
  if (loaded.errorCount > 0) return reject(loaded.errorCount, loaded.errors);

  const { rows: versions } = await client.query<{ next: number }>(
    `SELECT COALESCE(MAX(version_number), 0) + 1 AS next FROM wage_upload
     WHERE enterprise_id = $1 AND programme_id = $2 AND year = $3 AND status IN ('current', 'superseded')`,
    [upload.enterprise_id, upload.programme_id, upload.year],
  );
  const versionNumber = versions[0].next;
  // the previous version stays readable; the aggregation sees it changed through aggregated_at
  const { rows: superseded } = await client.query<{ id: string }>(
    `UPDATE wage_upload SET status = 'superseded', superseded_by = $4, aggregated_at = NULL
     WHERE enterprise_id = $1 AND programme_id = $2 AND year = $3 AND status = 'current' RETURNING id`,
    [upload.enterprise_id, upload.programme_id, upload.year, upload.id],
  );
  await client.query(
    `UPDATE wage_upload SET status = 'current', version_number = $2, row_count = $3, error_count = 0,
       errors = NULL, progress = 100, failure_reason = NULL, aggregated_at = NULL, processed_at = clock_timestamp()
     WHERE id = $1`,
    [upload.id, versionNumber, loaded.rowCount],
  );
  return {
    ...ref,
    outcome: 'stored',
    versionNumber,
    rowCount: loaded.rowCount,
    supersededId: superseded[0]?.id ?? null,
  };
}
