import {
  createWageRowValidator,
  WAGE_ERROR_LIST_LIMIT,
  WAGE_UPLOAD_LIMITS,
  type WageFileError,
  type WageRowValues,
} from '@skillpay/domain';
import { once } from 'node:events';
import { type Readable } from 'node:stream';
import { type ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { readWageRows, type WageFileFormat, WageFileProblem } from './read-wage-rows';

/**
 * Validate → COPY: every row of a wage file checked by the shared rules and streamed into
 * wage_row with PostgreSQL's COPY on the caller's transaction while the file is still being read
 * (never row-by-row INSERTs). Plain functions on a `pg` client, no Nest: the upload worker and
 * `bench/benchmarks.mjs` (from the built dist) load files through exactly this code.
 */

export const WAGE_ROW_COPY_SQL =
  'COPY wage_row (upload_id, row_number, employee_ref, occupation_code, skill_level, post_category, ' +
  'months_worked, base_pay, post_pay, performance_pay, allowances, other_pay) FROM STDIN';

/**
 * One row in COPY text format. Employee refs are limited to [A-Za-z0-9-_./#] and every other
 * field is a code or a decimal, so nothing needs escaping.
 */
export function wageRowCopyLine(uploadId: string, row: WageRowValues): string {
  return `${uploadId}\t${row.rowNumber}\t${row.employeeRef}\t${row.occupationCode}\t${row.skillLevel}\t${row.postCategory}\t${row.monthsWorked}\t${row.basePay}\t${row.postPay}\t${row.performancePay}\t${row.allowances}\t${row.otherPay}\n`;
}

/** The live occupation catalogue's codes, for `isKnownOccupation`. */
export async function loadOccupationCodes(client: ClientBase): Promise<Set<string>> {
  const { rows } = await client.query<{ code: string }>(
    'SELECT code FROM occupation WHERE deleted_at IS NULL',
  );
  return new Set(rows.map((row) => row.code));
}

export interface LoadWageRowsOptions {
  uploadId: string;
  content: Buffer | Readable;
  format: WageFileFormat;
  isKnownOccupation: (code: string) => boolean;
  /** defaults to WAGE_UPLOAD_LIMITS.maxRows */
  maxRows?: number;
  /** byte size of a streamed csv, for progress */
  size?: number;
  /** 0–1 while reading */
  onProgress?: (fraction: number) => void;
}

export interface LoadWageRowsResult {
  /** rows stored (0 when there were errors) */
  rowCount: number;
  /** every error found; `errors` keeps the first WAGE_ERROR_LIST_LIMIT of them */
  errorCount: number;
  errors: WageFileError[];
}

/** Text is handed to the COPY stream in pieces of about this size. */
const COPY_CHUNK_CHARS = 256 * 1024;

/**
 * Reads, validates and COPYs the rows of one file into wage_row under `uploadId`. Must run inside
 * a transaction on `client`: when the file has any error, the rows already copied are deleted
 * again, so either every row is stored or none is, and every error is reported. (Deleting on the
 * rare error path saves the common path the two round trips of a savepoint.)
 */
export async function loadWageRows(
  client: ClientBase,
  options: LoadWageRowsOptions,
): Promise<LoadWageRowsResult> {
  const validate = createWageRowValidator({ isKnownOccupation: options.isKnownOccupation });
  const errors: WageFileError[] = [];
  let errorCount = 0;
  let rowCount = 0;

  const copy = client.query(copyFrom(WAGE_ROW_COPY_SQL));
  const copied = new Promise<void>((resolve, reject) => {
    copy.on('finish', resolve);
    copy.on('error', reject);
  });
  copied.catch(() => undefined); // awaited below; a failure surfaces there
  let pending = '';
  const batchErrors: WageFileError[] = [];
  try {
    for await (const batch of readWageRows(options.content, {
      format: options.format,
      maxRows: options.maxRows ?? WAGE_UPLOAD_LIMITS.maxRows,
      size: options.size,
      onProgress: options.onProgress,
    })) {
      for (let i = 0; i < batch.length; i += 1) {
        const values = validate(batch[i].row, batch[i].cells, batchErrors);
        // after the first error nothing more is written: what was copied is deleted anyway
        if (values && errorCount === 0 && batchErrors.length === 0) {
          pending += wageRowCopyLine(options.uploadId, values);
          rowCount += 1;
        }
      }
      if (batchErrors.length > 0) {
        errorCount += batchErrors.length;
        for (const error of batchErrors) if (errors.length < WAGE_ERROR_LIST_LIMIT) errors.push(error);
        batchErrors.length = 0;
      }
      if (pending.length >= COPY_CHUNK_CHARS) {
        if (!copy.write(pending)) await Promise.race([once(copy, 'drain'), copied]);
        pending = '';
      }
    }
  } catch (error) {
    if (!(error instanceof WageFileProblem)) {
      copy.destroy(error as Error);
      await copied.catch(() => undefined);
      throw error;
    }
    // the file as a whole is unusable: its own errors replace any row errors found so far
    errors.length = 0;
    errors.push(...error.errors);
    errorCount = error.errors.length;
  }
  copy.end(pending);
  await copied;

  if (errorCount === 0 && rowCount === 0) {
    errors.push({ row: null, column: null, value: '', code: 'wage_no_rows' });
    errorCount = 1;
  }
  if (errorCount > 0) {
    await client.query('DELETE FROM wage_row WHERE upload_id = $1', [options.uploadId]);
    rowCount = 0;
  }
  return { rowCount, errorCount, errors };
}
