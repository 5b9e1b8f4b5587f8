import { type WageFileError, WageUploadStatus } from '@skillpay/domain';
import { type Readable } from 'node:stream';
import { type StoreCandidate, type WageStoreClient, WageStoreStatements } from '../wage-import.repository';
import { WageRowCopy } from './copy-wage-rows';
import { detectWageFileFormat, fileError, type ReadWageRows, type WageFileFormat } from './read-wage-rows';

/**
 * Store: a queued wage_upload becomes the enterprise's new current version for its programme and
 * year (the previous one superseded, kept) or is rejected with every error — on the caller's
 * transaction, under a lock per enterprise, programme and year; several uploads can share the
 * transaction and its COPY (storeWageFiles). Plain functions on the transaction's `pg` client so
 * the worker and the benchmark share them; the worker adds the audit records and notifications.
 * The statements are WageStoreStatements' (wage-import.repository).
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

const DONE: readonly WageUploadStatus[] = [
  WageUploadStatus.Current,
  WageUploadStatus.Superseded,
  WageUploadStatus.Rejected,
];

export interface StoreReading {
  /** how each file is read: in this thread by default; the worker passes WageFileThreads' bounded threads */
  readRows?: ReadWageRows;
}

/** One upload; see storeWageFiles. Must run inside a transaction on `client`. */
export async function storeWageFile(
  client: WageStoreClient,
  options: StoreWageFileOptions,
  reading: StoreReading = {},
): Promise<StoreWageFileResult> {
  const [result] = await storeWageFiles(client, [options], reading);
  return result;
}

/**
 * Several uploads, each of another enterprise, programme and year, in one transaction on `client`
 * with one COPY: a burst of small files pays for its statements once, not once per file (about
 * seven round trips each otherwise, which were 40 % of loading 2,000 files). Each upload is still
 * decided on its own: stored, rejected with its errors (nothing of it kept) or unchanged.
 */
export async function storeWageFiles(
  client: WageStoreClient,
  uploads: readonly StoreWageFileOptions[],
  reading: StoreReading = {},
): Promise<StoreWageFileResult[]> {
  const statements = new WageStoreStatements(client);
  const ids = uploads.map((upload) => upload.uploadId);
  // the locks first, on the uploads' own keys in key order: what is read next sees the other versions settled
  await statements.lockVersions(ids);
  const rows = await statements.readCandidates(ids);
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
    return !DONE.includes(upload.status) && upload.sameContentVersion === null;
  };
  const contents = await statements.storedContents(
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
        versionNumber: upload.versionNumber,
      });
      continue;
    }
    if (upload.sameContentVersion !== null) {
      results.push(
        rejected(ref, [fileError('wage_duplicate_content', { version: upload.sameContentVersion })]),
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
      options.isKnownOccupation ?? (catalogue ??= knownOccupation(await statements.occupationCodes()));
    copy ??= new WageRowCopy(statements.openWageRowCopy(), reading.readRows);
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
            versionNumber: upload.nextVersion,
            rowCount: loaded.rowCount,
            supersededId: upload.currentId,
          },
    );
  }
  await copy?.end();
  await recordOutcomes(statements, results);
  return results;
}

const knownOccupation = (codes: Set<string>) => (code: string) => codes.has(code);

/** Uploads of one key are versions of one another (the repository's VERSION_KEY is its SQL for the locks). */
const versionKey = (upload: { enterpriseId: string; programmeId: string; year: number }): string =>
  `${upload.enterpriseId}:${upload.programmeId}:${upload.year}`;

function storedUpload(upload: StoreCandidate): StoredUpload {
  return {
    id: upload.id,
    programmeId: upload.programmeId,
    enterpriseId: upload.enterpriseId,
    year: upload.year,
  };
}

function rejected(ref: StoredUpload, errors: WageFileError[]): StoreWageFileResult {
  return { ...ref, outcome: 'rejected', errorCount: errors.length, errors };
}

/**
 * Each upload's new status, one statement per kind of change. A stored version supersedes the
 * previous one, which stays readable (the aggregation sees it changed through aggregated_at);
 * the rows a rejected file wrote before its first error are deleted again.
 */
async function recordOutcomes(
  statements: WageStoreStatements,
  results: StoreWageFileResult[],
): Promise<void> {
  const stored = results.filter((result): result is Outcome<'stored'> => result.outcome === 'stored');
  const rejections = results.filter((result): result is Outcome<'rejected'> => result.outcome === 'rejected');
  await statements.reject(rejections);
  await statements.supersede(
    stored.flatMap((result) =>
      result.supersededId === null ? [] : [{ supersededId: result.supersededId, by: result.id }],
    ),
  );
  await statements.makeCurrent(stored);
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
  client: WageStoreClient,
  uploadId: string,
  limits: CompanionLimits,
): Promise<string[]> {
  if (limits.count <= 0) return [];
  // twice the room: a second upload of a key already taken is left for later
  const rows = await new WageStoreStatements(client).claimQueued(uploadId, limits.maxBytes, limits.count * 2);
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
