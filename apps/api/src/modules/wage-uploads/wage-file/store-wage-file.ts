import { type WageFileError, WageUploadStatus } from '@skillpay/domain';
import { type Readable } from 'node:stream';
import { type ClientBase } from 'pg';
import { loadOccupationCodes, loadWageRows } from './copy-wage-rows';
import { detectWageFileFormat, fileError, type WageFileFormat } from './read-wage-rows';

/**
 * Store: one queued wage_upload becomes the enterprise's new current version for its programme
 * and year (the previous one superseded, kept) or is rejected with every error — on the caller's
 * transaction, under a lock per enterprise, programme and year. Plain SQL on a `pg` client so the
 * worker and the benchmark share it; the worker adds the audit record and notification. The
 * statements run for every upload are named (prepared once per connection): planning the read,
 * whose table has partial indexes, cost PostgreSQL more than executing it.
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
  next_version: number;
  same_content_version: number | null;
  current_id: string | null;
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
  // One version change at a time per enterprise, programme and year: the lock is taken on the
  // upload's own key before anything is read, so what follows sees the other versions settled.
  // The same statement lets the transaction commit without waiting for its WAL flush: all it
  // writes is derived from wage_upload.content, committed before, and an upload left queued or
  // validating by a lost commit is queued again by WageUploadRecovery (docs/wage-data.md).
  const { rowCount: found } = await client.query({
    name: 'wage-upload-store-lock',
    text: `SELECT pg_advisory_xact_lock(hashtextextended(
             'wage_upload:' || enterprise_id || ':' || programme_id || ':' || year, 0)),
             set_config('synchronous_commit', 'off', true)
           FROM wage_upload WHERE id = $1`,
    values: [options.uploadId],
  });
  if (!found) throw new Error(`wage upload ${options.uploadId} does not exist`);
  // the upload with, among the stored versions of its enterprise, programme and year, the next
  // version number, any version with the same content (two identical uploads queued at once) and
  // the current version, if any. The status test is spelt as an OR so that the planner takes the
  // versions from uq_wage_upload_content by enterprise: with `IN`, statistics from before a burst
  // of first uploads (few current) made it read every current upload of the programme through
  // idx_wage_upload_programme_year for each upload, 1.2 ms per upload by the 2,000th.
  const {
    rows: [upload],
  } = await client.query<UploadRow>({
    name: 'wage-upload-store-read',
    text: `SELECT u.id, u.programme_id, u.enterprise_id, u.year, u.status, u.version_number,
             COALESCE(MAX(v.version_number), 0) + 1 AS next_version,
             MAX(v.version_number) FILTER (WHERE v.content_sha256 = u.content_sha256 AND v.id <> u.id) AS same_content_version,
             (array_agg(v.id) FILTER (WHERE v.status = 'current' AND v.id <> u.id))[1] AS current_id
           FROM wage_upload u
           LEFT JOIN wage_upload v ON v.enterprise_id = u.enterprise_id AND v.programme_id = u.programme_id
             AND v.year = u.year AND (v.status = 'current' OR v.status = 'superseded')
           WHERE u.id = $1
           GROUP BY u.id`,
    values: [options.uploadId],
  });
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

  if (upload.same_content_version !== null)
    return reject(1, [fileError('wage_duplicate_content', { version: upload.same_content_version })]);

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

  const versionNumber = upload.next_version;
  // the previous version stays readable; the aggregation sees it changed through aggregated_at
  // (none to supersede for a first upload: the lock keeps the current version as read above)
  if (upload.current_id !== null) {
    await client.query({
      name: 'wage-upload-store-supersede',
      text: `UPDATE wage_upload SET status = 'superseded', superseded_by = $2, aggregated_at = NULL WHERE id = $1`,
      values: [upload.current_id, upload.id],
    });
  }
  await client.query({
    name: 'wage-upload-store-current',
    text: `UPDATE wage_upload SET status = 'current', version_number = $2, row_count = $3, error_count = 0,
             errors = NULL, progress = 100, failure_reason = NULL, aggregated_at = NULL, processed_at = clock_timestamp()
           WHERE id = $1`,
    values: [upload.id, versionNumber, loaded.rowCount],
  });
  return {
    ...ref,
    outcome: 'stored',
    versionNumber,
    rowCount: loaded.rowCount,
    supersededId: upload.current_id,
  };
}
