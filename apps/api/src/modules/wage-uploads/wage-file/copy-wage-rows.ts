import {
  createWageRowValidator,
  WAGE_ERROR_LIST_LIMIT,
  WAGE_UPLOAD_LIMITS,
  type WageFileError,
  type WageRowValues,
} from '@skillpay/domain';
import { once } from 'node:events';
import { type Readable, type Writable } from 'node:stream';
import {
  type RawWageRow,
  type ReadWageRows,
  readWageRows,
  type WageFileFormat,
  WageFileProblem,
} from './read-wage-rows';

/**
 * Validate → COPY: every row of a wage file checked by the shared rules and streamed into
 * wage_row with PostgreSQL's COPY on the caller's transaction while the file is still being read
 * (never row-by-row INSERTs). Plain code on the COPY stream the repository opens
 * (WageStoreStatements.openWageRowCopy, WAGE_ROW_COPY_SQL), no Nest: the upload worker and
 * `bench/benchmarks.mjs` (from the built dist) load files through exactly this code.
 */

/**
 * One row in COPY text format. Employee refs are limited to [A-Za-z0-9-_./#] and every other
 * field is a code or a decimal, so nothing needs escaping (CopyText escapes anyway).
 */
export function wageRowCopyLine(uploadId: string, row: WageRowValues): string {
  const text = new CopyText(uploadId, 256);
  text.add(row);
  return text.take().toString('utf8');
}

const EMPTY = Buffer.alloc(0);
const TAB = 0x09;
const NEWLINE = 0x0a;
/** Room for a row's fields; more is made when a field is longer than what is left. */
const ROW_BYTES = 512;

/**
 * The COPY text of many rows, written byte by byte into a Buffer: no string per row or field
 * (a line built with `+` or a template is a tree of ~20 intermediate strings, and the cells are
 * two-byte strings whenever the file holds any Chinese, so encoding them costs as much again),
 * which had made building the text the upload path's largest allocation.
 */
class CopyText {
  private buffer = EMPTY;
  private at = 0;
  private readonly prefix: Buffer;
  rows = 0;

  constructor(
    uploadId: string,
    private readonly capacity: number,
  ) {
    this.prefix = Buffer.from(uploadId, 'utf8');
  }

  /** The row's line: the upload id, then each field after a tab. */
  add(row: WageRowValues): void {
    this.room(this.prefix.length + ROW_BYTES);
    this.at += this.prefix.copy(this.buffer, this.at);
    this.field(String(row.rowNumber));
    this.field(row.employeeRef);
    this.field(row.occupationCode);
    this.field(row.skillLevel);
    this.field(row.postCategory);
    this.field(String(row.monthsWorked));
    this.field(row.basePay);
    this.field(row.postPay);
    this.field(row.performancePay);
    this.field(row.allowances);
    this.field(row.otherPay);
    this.buffer[this.at++] = NEWLINE;
    this.rows += 1;
  }

  /** The text so far; the next rows go to a new buffer (the stream keeps this one). */
  take(): Buffer {
    const text = this.buffer.subarray(0, this.at);
    this.buffer = EMPTY;
    this.at = 0;
    this.rows = 0;
    return text;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.capacity, this.buffer.length * 2, this.at + bytes));
    if (this.at > 0) this.buffer.copy(larger, 0, 0, this.at);
    this.buffer = larger;
  }

  /** A tab and the text: printable ASCII copied as is, anything else escaped and UTF-8 encoded. */
  private field(text: string): void {
    this.room(text.length + 1);
    const buffer = this.buffer;
    let at = this.at;
    buffer[at++] = TAB;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 0x20 || code > 0x7e || code === 0x5c) {
        this.escaped(text); // from this.at again: what was copied is overwritten
        return;
      }
      buffer[at++] = code;
    }
    this.at = at;
  }

  private escaped(text: string): void {
    const value = text.replace(/[\\\t\n\r]/g, (char) => COPY_ESCAPES[char]);
    this.room(Buffer.byteLength(value, 'utf8') + 1);
    this.buffer[this.at++] = TAB;
    this.at += this.buffer.write(value, this.at, 'utf8');
  }
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export interface CopyWageFileOptions {
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

export interface CopyWageFileResult {
  /** rows stored (0 when there were errors) */
  rowCount: number;
  /** every error found; `errors` keeps the first WAGE_ERROR_LIST_LIMIT of them */
  errorCount: number;
  errors: WageFileError[];
}

const HEADER_MISSING = 'wage_header_missing';

/** Rows are handed to the COPY stream in pieces of this many (~220 KB). */
const COPY_CHUNK_ROWS = 2_000;

/**
 * The rows of one file checked by the shared rules, valid ones written as COPY text, every error
 * counted and the first WAGE_ERROR_LIST_LIMIT kept. The per-row loop is this small synchronous
 * method so that V8 optimises it once: inside the async reading loop, each deoptimisation of the
 * surrounding code recompiled the inlined validator with it (40–100 ms a time, in every worker).
 */
class CheckedRows {
  readonly text: CopyText;
  readonly errors: WageFileError[] = [];
  errorCount = 0;
  rowCount = 0;
  private readonly validate: ReturnType<typeof createWageRowValidator>;
  /** each valid row's values land here and go straight into the COPY text */
  private readonly values = {} as WageRowValues;
  private readonly batchErrors: WageFileError[] = [];

  constructor(uploadId: string, isKnownOccupation: (code: string) => boolean) {
    this.text = new CopyText(uploadId, 256 * 1024);
    this.validate = createWageRowValidator({ isKnownOccupation });
  }

  add(batch: RawWageRow[]): void {
    const { values, batchErrors } = this;
    for (let i = 0; i < batch.length; i += 1) {
      const valid = this.validate(batch[i].row, batch[i].cells, batchErrors, values);
      // after the first error nothing more is written: what was copied is deleted anyway
      if (valid && this.errorCount === 0 && batchErrors.length === 0) {
        this.text.add(values);
        this.rowCount += 1;
      }
    }
    if (batchErrors.length === 0) return;
    this.errorCount += batchErrors.length;
    for (const error of batchErrors) if (this.errors.length < WAGE_ERROR_LIST_LIMIT) this.errors.push(error);
    batchErrors.length = 0;
  }

  /**
   * The file as a whole is unusable: its own errors replace any row errors found so far — but a
   * header lacking columns comes first, before the errors of the rows that could still be checked.
   */
  fileProblem(errors: WageFileError[]): void {
    if (errors.every((error) => error.code === HEADER_MISSING)) {
      this.errors.length = Math.min(this.errors.length, WAGE_ERROR_LIST_LIMIT - errors.length);
      this.errors.unshift(...errors);
      this.errorCount += errors.length;
      return;
    }
    this.errors.length = 0;
    this.errors.push(...errors);
    this.errorCount = errors.length;
  }
}

/**
 * One COPY into wage_row on the caller's transaction, into which the rows of one or more files are
 * written one file after the other: a batch of uploads pays for one COPY statement, not one each.
 * A file with any error stops writing at its first one and the caller deletes the rows it wrote
 * before, so either every row of a file is stored or none is.
 */
export class WageRowCopy {
  private readonly done: Promise<void>;

  /**
   * `stream`: an open `COPY wage_row FROM STDIN` (WageStoreStatements.openWageRowCopy); `read`:
   * how files are read (in this thread by default; the worker reads them in bounded threads)
   */
  constructor(
    private readonly stream: Writable,
    private readonly read: ReadWageRows = readWageRows,
  ) {
    this.done = new Promise<void>((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', reject);
    });
    this.done.catch(() => undefined); // awaited by end(); a failure surfaces there
  }

  /** Reads, validates and writes the rows of one file under `uploadId`. */
  async add(options: CopyWageFileOptions): Promise<CopyWageFileResult> {
    const checked = new CheckedRows(options.uploadId, options.isKnownOccupation);
    try {
      for await (const batch of this.read(options.content, {
        format: options.format,
        maxRows: options.maxRows ?? WAGE_UPLOAD_LIMITS.maxRows,
        size: options.size,
        onProgress: options.onProgress,
      })) {
        checked.add(batch);
        if (checked.text.rows >= COPY_CHUNK_ROWS) await this.write(checked.text.take());
      }
    } catch (error) {
      if (!(error instanceof WageFileProblem)) {
        this.stream.destroy(error as Error);
        await this.done.catch(() => undefined);
        throw error;
      }
      checked.fileProblem(error.errors);
    }
    // the rows of a rejected file not yet written never are (those written are deleted)
    if (checked.text.rows > 0 && checked.errorCount === 0) await this.write(checked.text.take());

    const { errors } = checked;
    let { errorCount } = checked;
    if (errorCount === 0 && checked.rowCount === 0) {
      errors.push({ row: null, column: null, value: '', code: 'wage_no_rows' });
      errorCount = 1;
    }
    return { rowCount: errorCount > 0 ? 0 : checked.rowCount, errorCount, errors };
  }

  /** Ends the COPY; resolves once PostgreSQL has taken every row. */
  async end(): Promise<void> {
    this.stream.end();
    await this.done;
  }

  private async write(text: Buffer): Promise<void> {
    if (!this.stream.write(text)) await Promise.race([once(this.stream, 'drain'), this.done]);
  }
}
