import { type WageFileError, WageUploadStatus } from '@skillpay/domain';
import { type Readable } from 'node:stream';
import { type ClientBase } from 'pg';
import { loadOccupationCodes, WageRowCopy } from './copy-wage-rows';
import { detectWageFileFormat, fileError, type WageFileFormat } from './read-wage-rows';

/**
 * Store: a queued wage_upload becomes the enterprise's new current version for its programme and
 * year (the previous one superseded, kept) or is rejected with every error — on the caller's
 * transaction, under a lock per enterprise, programme and year; several uploads can share the
 * transaction and its COPY (storeWageFiles). Plain SQL on a `pg` client so the worker and the
 * benchmark share it; the worker adds the audit records and notifications. The statements run for
 * every batch are named (prepared once per connection): planning the read, whose table has
 * partial indexes, cost PostgreSQL more than executing it.
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

type Outcome<K extends StoreWageFileResult['outcome']> = Extract<StoreWageFileResult, { outcome: K }>;

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

/** One upload; see storeWageFiles. Must run inside a transaction on `client`. */
export async function storeWageFile(
  client: ClientBase,
  options: StoreWageFileOptions,
): Promise<StoreWageFileResult> {
  const [result] = await storeWageFiles(client, [options]);
  return result;
}

/** The upload's enterprise, programme and year: one version change at a time for each. */
const VERSION_KEY = `hashtextextended('wage_upload:' || enterprise_id || ':' || programme_id || ':' || year, 0)`;

/**
 * Several uploads, each of another enterprise, programme and year, in one transaction on `client`
 * with one COPY: a burst of small files pays for its statements once, not once per file (about
 * seven round trips each otherwise, which were 40 % of loading 2,000 files). Each upload is still
 * decided on its own: stored, rejected with its errors (nothing of it kept) or unchanged.
 */
export async function storeWageFiles(
  client: ClientBase,
  uploads: readonly StoreWageFileOptions[],
): Promise<StoreWageFileResult[]> {
  const ids = uploads.map((upload) => upload.uploadId);
  // The locks are taken on the uploads' own keys, in key order (no deadlock between two batches),
  // before anything is read, so what follows sees the other versions settled. The same statement
  // lets the transaction commit without waiting for its WAL flush: all it writes is derived from
  // wage_upload.content, committed before, and an upload left queued or validating by a lost
  // commit is queued again by WageUploadRecovery (docs/wage-data.md). It also keeps the prepared
  // statements that follow on their generic plans: given an array of ids, PostgreSQL otherwise
  // re-plans them for every batch (0.55 ms per upload stored alone, more than running them).
  await client.query({
    name: 'wage-upload-store-lock',
    text: `SELECT pg_advisory_xact_lock(key), set_config('synchronous_commit', 'off', true),
             set_config('plan_cache_mode', 'force_generic_plan', true)
           FROM (SELECT DISTINCT ${VERSION_KEY} AS key FROM wage_upload WHERE id = ANY($1::uuid[])) keys
           ORDER BY key`,
    values: [ids],
  });
  // each upload with, among the stored versions of its enterprise, programme and year, the next
  // version number, any version with the same content (two identical uploads queued at once) and
  // the current version, if any. The status test is spelt as an OR so that the planner takes the
  // versions from uq_wage_upload_content by enterprise: with `IN`, statistics from before a burst
  // of first uploads (few current) made it read every current upload of the programme through
  // idx_wage_upload_programme_year for each upload, 1.2 ms per upload by the 2,000th.
  const { rows } = await client.query<UploadRow>({
    name: 'wage-upload-store-read',
    text: `SELECT u.id, u.programme_id, u.enterprise_id, u.year, u.status, u.version_number,
             COALESCE(MAX(v.version_number), 0) + 1 AS next_version,
             MAX(v.version_number) FILTER (WHERE v.content_sha256 = u.content_sha256 AND v.id <> u.id) AS same_content_version,
             (array_agg(v.id) FILTER (WHERE v.status = 'current' AND v.id <> u.id))[1] AS current_id
           FROM wage_upload u
           LEFT JOIN wage_upload v ON v.enterprise_id = u.enterprise_id AND v.programme_id = u.programme_id
             AND v.year = u.year AND (v.status = 'current' OR v.status = 'superseded')
           WHERE u.id = ANY($1::uuid[])
           GROUP BY u.id`,
    values: [ids],
  });
  const read = new Map(rows.map((row) => [row.id, row]));
  const keys = new Set<string>();
  for (const id of ids) {
    const upload = read.get(id);
    if (!upload) throw new Error(`wage upload ${id} does not exist`);
    // two versions of one key in a batch would both be numbered from what was read above
    const key = versionKey(upload);
    if (keys.has(key)) throw new Error(`wage uploads of ${key} must be stored one at a time`);
    keys.add(key);
  }

  const open = (options: StoreWageFileOptions) => {
    const upload = read.get(options.uploadId)!;
    return !DONE.includes(upload.status) && upload.same_content_version === null;
  };
  const contents = await storedContents(
    client,
    uploads.filter((options) => open(options) && !options.content).map((options) => options.uploadId),
  );
  const results: StoreWageFileResult[] = [];
  let copy: WageRowCopy | null = null;
  /** the live occupation catalogue, read once for the uploads that bring none */
  let catalogue: ((code: string) => boolean) | null = null;
  for (const options of uploads) {
    const upload = read.get(options.uploadId)!;
    const ref = storedUpload(upload);
    if (DONE.includes(upload.status)) {
      results.push({
        ...ref,
        outcome: 'unchanged',
        status: upload.status,
        versionNumber: upload.version_number,
      });
      continue;
    }
    if (upload.same_content_version !== null) {
      results.push(
        rejected(ref, [fileError('wage_duplicate_content', { version: upload.same_content_version })]),
      );
      continue;
    }
    const content = options.content ?? contents.get(upload.id)!;
    let format = options.format;
    if (!format) {
      if (!Buffer.isBuffer(content)) throw new TypeError('the format of a streamed file must be given');
      const detected = detectWageFileFormat(content);
      if (detected !== 'xlsx' && detected !== 'csv') {
        results.push(rejected(ref, [fileError('wage_file_unreadable')]));
        continue;
      }
      format = detected;
    }
    const isKnownOccupation =
      options.isKnownOccupation ?? (catalogue ??= knownOccupation(await loadOccupationCodes(client)));
    copy ??= new WageRowCopy(client);
    const loaded = await copy.add({
      uploadId: upload.id,
      content,
      format,
      isKnownOccupation,
      maxRows: options.maxRows,
      size: options.size,
      onProgress: options.onProgress,
    });
    results.push(
      loaded.errorCount > 0
        ? { ...ref, outcome: 'rejected', errorCount: loaded.errorCount, errors: loaded.errors }
        : {
            ...ref,
            outcome: 'stored',
            versionNumber: upload.next_version,
            rowCount: loaded.rowCount,
            supersededId: upload.current_id,
          },
    );
  }
  await copy?.end();
  await recordOutcomes(client, results);
  return results;
}

const knownOccupation = (codes: Set<string>) => (code: string) => codes.has(code);

/** Uploads of one key are versions of one another (VERSION_KEY is its SQL for the locks). */
const versionKey = (upload: { enterprise_id: string; programme_id: string; year: number }): string =>
  `${upload.enterprise_id}:${upload.programme_id}:${upload.year}`;

function storedUpload(upload: UploadRow): StoredUpload {
  return {
    id: upload.id,
    programmeId: upload.programme_id,
    enterpriseId: upload.enterprise_id,
    year: upload.year,
  };
}

function rejected(ref: StoredUpload, errors: WageFileError[]): StoreWageFileResult {
  return { ...ref, outcome: 'rejected', errorCount: errors.length, errors };
}

/** The kept files of the uploads given without their content. */
async function storedContents(client: ClientBase, ids: string[]): Promise<Map<string, Buffer>> {
  if (ids.length === 0) return new Map();
  const { rows } = await client.query<{ id: string; content: Buffer }>(
    `SELECT id, content FROM wage_upload WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.content]));
}

/**
 * Each upload's new status, one statement per kind of change. A stored version supersedes the
 * previous one, which stays readable (the aggregation sees it changed through aggregated_at);
 * the rows a rejected file wrote before its first error are deleted again.
 */
async function recordOutcomes(client: ClientBase, results: StoreWageFileResult[]): Promise<void> {
  const stored = results.filter((result): result is Outcome<'stored'> => result.outcome === 'stored');
  const rejections = results.filter((result): result is Outcome<'rejected'> => result.outcome === 'rejected');
  if (rejections.length > 0) {
    const ids = rejections.map((result) => result.id);
    await client.query(`DELETE FROM wage_row WHERE upload_id = ANY($1::uuid[])`, [ids]);
    await client.query(
      `UPDATE wage_upload u SET status = 'rejected', error_count = r.error_count, errors = r.errors::jsonb,
         row_count = NULL, progress = 100, failure_reason = NULL, processed_at = clock_timestamp()
       FROM unnest($1::uuid[], $2::int[], $3::text[]) AS r(id, error_count, errors) WHERE u.id = r.id`,
      [
        ids,
        rejections.map((result) => result.errorCount),
        rejections.map((result) => JSON.stringify(result.errors)),
      ],
    );
  }
  const superseding = stored.filter((result) => result.supersededId !== null);
  if (superseding.length > 0) {
    await client.query({
      name: 'wage-upload-store-supersede',
      text: `UPDATE wage_upload u SET status = 'superseded', superseded_by = s.by, aggregated_at = NULL
             FROM unnest($1::uuid[], $2::uuid[]) AS s(id, by) WHERE u.id = s.id`,
      values: [superseding.map((result) => result.supersededId), superseding.map((result) => result.id)],
    });
  }
  if (stored.length > 0) {
    await client.query({
      name: 'wage-upload-store-current',
      text: `UPDATE wage_upload u SET status = 'current', version_number = c.version_number, row_count = c.row_count,
               error_count = 0, errors = NULL, progress = 100, failure_reason = NULL, aggregated_at = NULL,
               processed_at = clock_timestamp()
             FROM unnest($1::uuid[], $2::int[], $3::int[]) AS c(id, version_number, row_count) WHERE u.id = c.id`,
      values: [
        stored.map((result) => result.id),
        stored.map((result) => result.versionNumber),
        stored.map((result) => result.rowCount),
      ],
    });
  }
}

/** Queued files up to this size are stored along with another job's (larger ones wait for theirs). */
export const COMPANION_MAX_BYTES = 1024 * 1024;

export interface CompanionLimits {
  /** uploads stored with the job's own, at most */
  count: number;
  /** files larger than this are left to their own jobs */
  maxBytes: number;
}

/**
 * Other queued uploads to store along with `uploadId` in its transaction, each of another
 * enterprise, programme and year than it and than each other. Their rows stay locked until the
 * transaction ends (so no other worker takes them too); their own jobs, when they run, find them
 * decided and change nothing. The newest are taken: jobs run oldest first, so a job seldom has to
 * wait for the batch that holds its upload.
 */
export async function claimCompanionUploads(
  client: ClientBase,
  uploadId: string,
  limits: CompanionLimits,
): Promise<string[]> {
  if (limits.count <= 0) return [];
  const { rows } = await client.query<{
    id: string;
    enterprise_id: string;
    programme_id: string;
    year: number;
  }>({
    name: 'wage-upload-claim-companions',
    text: `SELECT c.id, c.enterprise_id, c.programme_id, c.year
           FROM wage_upload c, wage_upload own
           WHERE own.id = $1 AND c.status = 'queued' AND c.size <= $2
             AND (c.enterprise_id, c.programme_id, c.year) <> (own.enterprise_id, own.programme_id, own.year)
           ORDER BY c.created_at DESC
           LIMIT $3
           FOR UPDATE OF c SKIP LOCKED`,
    // twice the room: a second upload of a key already taken is left for later
    values: [uploadId, limits.maxBytes, limits.count * 2],
  });
  const keys = new Set<string>();
  const ids: string[] = [];
  for (const row of rows) {
    const key = versionKey(row);
    if (ids.length === limits.count || keys.has(key)) continue;
    keys.add(key);
    ids.push(row.id);
  }
  return ids;
}
