import {
  ABSENT_WAGE_CELL,
  isBlankWageRow,
  matchWageHeader,
  WAGE_COLUMN_COUNT,
  WAGE_FILE_COLUMNS,
  WAGE_HEADER_SCAN_ROWS,
  WAGE_INSTRUCTIONS_SHEET_NAMES,
  WAGE_OCCUPATION_SHEET_NAMES,
  WAGE_SHEET_NAMES,
  WAGE_XLSX_ZIP_LIMITS,
  wageColumnIndex,
  type WageCell,
  type WageFileError,
} from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import {
  isXlsxArchive,
  xlsxDeclaredRows,
  xlsxZipBreach,
  xlsxZipInflatesAsDeclared,
  zipEntries,
  zipLimitParams,
} from '../../../common/xlsx/xlsx-zip';
import { XlsxStreamReader } from '../../../common/xlsx/workbook-reader';

/**
 * Parse: an uploaded wage file (xlsx or csv) as batches of rows whose cells are in
 * WAGE_FILE_COLUMNS order, found by header text wherever the columns are. Streaming throughout
 * (exceljs' WorkbookReader, PapaParse): a sheet is never held in memory. Plain functions, no
 * Nest: the upload worker and `bench/` run the same code.
 */
export type WageFileFormat = 'xlsx' | 'csv';

export interface RawWageRow {
  /** the row's number in the file (1-based, header rows included) */
  row: number;
  cells: WageCell[];
}

/** Problems of the file as a whole (unreadable, no data sheet, header incomplete, too many rows). */
export class WageFileProblem extends Error {
  constructor(readonly errors: WageFileError[]) {
    super(errors.map((error) => error.code).join(', '));
  }
}

export function fileError(
  code: string,
  params?: Record<string, string | number>,
  row: number | null = null,
): WageFileError {
  return { row, column: null, value: '', code, ...(params ? { params } : {}) };
}

export interface ReadWageRowsOptions {
  format: WageFileFormat;
  /** rows beyond this are counted, not handed over, and the file is refused at the end */
  maxRows: number;
  /** 0–1 as the file is read, at most once per batch */
  onProgress?: (fraction: number) => void;
  /** the byte size of a streamed csv, for progress (a Buffer knows its own) */
  size?: number;
  batchSize?: number;
}

/** `readWageRows`, or the same read in a worker thread (WageFileThreads). */
export type ReadWageRows = (
  content: Buffer | Readable,
  options: ReadWageRowsOptions,
) => AsyncGenerator<RawWageRow[]>;

const DEFAULT_BATCH = 2_000;
// module constants: read through the library's re-export getters once, not per cell
const COLUMN_COUNT = WAGE_COLUMN_COUNT;
const isBlankRow = isBlankWageRow;
const CHUNK = 64 * 1024;
/** characters of a csv read without a line break while looking for the header, before giving up */
const HEADER_SCAN_CHARS = 1024 * 1024;

/**
 * The rows of a wage file in batches. Throws WageFileProblem before the first batch when the
 * file cannot be read, and after the last one when its header lacks required columns (the rows
 * are handed over all the same, ABSENT_WAGE_CELL in those columns, so their own errors are found
 * in the same round) or it has more than `maxRows` data rows. Blank rows are skipped.
 */
export function readWageRows(
  content: Buffer | Readable,
  options: ReadWageRowsOptions,
): AsyncGenerator<RawWageRow[]> {
  if (options.format === 'xlsx') {
    if (!Buffer.isBuffer(content)) throw new TypeError('xlsx is read from a Buffer');
    return readXlsx(content, options);
  }
  const size = Buffer.isBuffer(content) ? content.length : options.size;
  return readCsv(Buffer.isBuffer(content) ? Readable.from(chunks(content)) : content, size, options);
}

/** Which format a file is by its content, or null when it is neither (checked again by the reader). */
export function detectWageFileFormat(content: Buffer): WageFileFormat | 'xls' | null {
  if (content.length >= 4 && content.readUInt32LE(0) === 0x04034b50) {
    const entries = zipEntries(content);
    return entries && isXlsxArchive(entries) ? 'xlsx' : null;
  }
  // Excel 97–2003 (OLE compound document): named so that the user knows to save as xlsx
  if (
    content.length >= 8 &&
    content.readUInt32BE(0) === 0xd0cf11e0 &&
    content.readUInt32BE(4) === 0xa1b11ae1
  ) {
    return 'xls';
  }
  // csv is text: no NUL byte and no other control characters than tab, CR and LF in its head
  const head = content.subarray(0, 64 * 1024);
  for (let i = 0; i < head.length; i += 1) {
    const byte = head[i];
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return null;
  }
  return content.length > 0 ? 'csv' : null;
}

function* chunks(buffer: Buffer): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += CHUNK) yield buffer.subarray(at, at + CHUNK);
}

/**
 * Finds the header: the first row naming at least three columns within the first rows, plus the
 * rows right below it that name further columns (a two-row header whose group title, such as
 * 年度应发工资, is merged across the pay columns). Title rows above it are skipped.
 */
class HeaderFinder {
  /** source column of each wage column, -1 when absent */
  readonly positions: number[] = new Array<number>(COLUMN_COUNT).fill(-1);
  found = 0;
  headerRow = 0;
  private lastHeaderRow = 0;
  done = false;

  /** 'header' when the row was (part of) the header, 'data' once the header is complete. */
  offer(row: number, cells: readonly WageCell[]): 'header' | 'data' | 'skip' {
    const matches: Array<[number, number]> = [];
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i];
      if (typeof cell !== 'string') continue;
      const key = matchWageHeader(cell);
      if (!key) continue;
      const index = wageColumnIndex(key);
      if (this.positions[index] < 0 && !matches.some(([k]) => k === index)) matches.push([index, i]);
    }
    if (matches.length > 0 && (this.found === 0 || row === this.lastHeaderRow + 1)) {
      this.apply(row, matches);
      return 'header';
    }
    if (this.found >= 3) {
      this.done = true;
      return 'data';
    }
    // a stray match (a title naming one column) was not the header after all
    this.positions.fill(-1);
    this.found = 0;
    this.headerRow = 0;
    if (matches.length > 0) {
      this.apply(row, matches);
      return 'header';
    }
    return 'skip';
  }

  get recognised(): boolean {
    return this.found >= 3;
  }

  private apply(row: number, matches: Array<[number, number]>): void {
    for (const [index, source] of matches) this.positions[index] = source;
    this.found += matches.length;
    if (!this.headerRow) this.headerRow = row;
    this.lastHeaderRow = row;
  }

  /** Required columns the header lacks, as errors on the header row. */
  missing(): WageFileError[] {
    return WAGE_FILE_COLUMNS.filter((column, i) => column.required && this.positions[i] < 0).map(
      (column) => ({
        row: this.headerRow,
        column: column.key,
        value: '',
        code: 'wage_header_missing',
      }),
    );
  }

  /**
   * What a column the header lacks holds in every row: ABSENT_WAGE_CELL for a required one (the
   * rows are still checked, not against it), blank for an optional one.
   */
  absent(index: number): WageCell {
    return WAGE_FILE_COLUMNS[index].required ? ABSENT_WAGE_CELL : null;
  }

  /** The cells in WAGE_FILE_COLUMNS order (the row itself when the file has the template's order). */
  pick(cells: WageCell[]): WageCell[] {
    if ((this.identity ??= this.positions.every((source, i) => source === i))) return cells;
    const picked = new Array<WageCell>(COLUMN_COUNT);
    for (let i = 0; i < COLUMN_COUNT; i += 1) {
      const source = this.positions[i];
      picked[i] = source < 0 ? this.absent(i) : cells[source];
    }
    return picked;
  }

  private identity: boolean | undefined;
}

/** Hands rows over in batches and counts those beyond the limit. */
class Batcher {
  batch: RawWageRow[] = [];
  count = 0;
  constructor(
    private readonly maxRows: number,
    private readonly batchSize: number,
  ) {}

  /** Adds a data row; true when a full batch is ready. */
  add(row: number, cells: WageCell[]): boolean {
    if (isBlankRow(cells)) return false;
    this.count += 1;
    if (this.count > this.maxRows) return false;
    this.batch.push({ row, cells });
    return this.batch.length >= this.batchSize;
  }

  take(): RawWageRow[] {
    const batch = this.batch;
    this.batch = [];
    return batch;
  }

  tooMany(): void {
    if (this.count > this.maxRows) {
      throw new WageFileProblem([fileError('wage_too_many_rows', { max: this.maxRows, count: this.count })]);
    }
  }
}

/** An exceljs cell value as the validator takes it: formulas by their cached result. */
function xlsxCell(value: ExcelJS.CellValue | undefined): WageCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = ('formula' in value ? value.formula : value.sharedFormula) ?? '';
    const result = value.result;
    if (result === undefined || result === null) return { formula };
    // a formula whose result is an error value is read back as NaN by the streaming reader
    if (typeof result === 'number' && Number.isNaN(result)) return { formula, error: '#VALUE' };
    if (typeof result === 'object' && !(result instanceof Date)) return { formula, error: result.error };
    return result;
  }
  if ('error' in value) return { formula: '', error: value.error };
  // a hyperlink cell: its shown text
  if ('text' in value) return String(value.text);
  return null;
}

const DATA_SHEETS = new Set(Object.values(WAGE_SHEET_NAMES));
const SUPPORT_SHEETS = new Set([
  ...Object.values(WAGE_INSTRUCTIONS_SHEET_NAMES),
  ...Object.values(WAGE_OCCUPATION_SHEET_NAMES),
]);

/**
 * The sheet named 薪酬数据 (or Wage data) when the workbook has one; otherwise the first other
 * sheet with a recognisable header. Every sheet is iterated to its end (skipped ones unread) so
 * that exceljs releases its temporary files.
 */
async function* readXlsx(buffer: Buffer, options: ReadWageRowsOptions): AsyncGenerator<RawWageRow[]> {
  const entries = zipEntries(buffer);
  if (!entries || !isXlsxArchive(entries)) throw new WageFileProblem([fileError('wage_file_unreadable')]);
  // checked at upload too; again here for files stored before the check or queued otherwise
  if (xlsxZipBreach(entries, WAGE_XLSX_ZIP_LIMITS) || !(await xlsxZipInflatesAsDeclared(buffer, entries))) {
    throw new WageFileProblem([fileError('wage_file_expands', zipLimitParams(WAGE_XLSX_ZIP_LIMITS))]);
  }
  const expectedRows = xlsxDeclaredRows(buffer, entries);
  const reader = new XlsxStreamReader(Readable.from([buffer]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const batcher = new Batcher(options.maxRows, options.batchSize ?? DEFAULT_BATCH);
  const sheetNames: string[] = [];
  let used: string | null = null;
  let namedSheetProblem: WageFileError[] | null = null;
  try {
    for await (const worksheet of reader as AsyncIterable<
      ExcelJS.stream.xlsx.WorksheetReader & { name?: string }
    >) {
      const name = worksheet.name ?? '';
      sheetNames.push(name);
      const workbookSheets = (
        (reader as unknown as { model?: { sheets?: Array<{ name: string }> } }).model?.sheets ?? []
      ).map((sheet) => sheet.name);
      const named = DATA_SHEETS.has(name);
      if (used !== null || namedSheetProblem) continue;
      if (
        !named &&
        (SUPPORT_SHEETS.has(name) || workbookSheets.some((sheetName) => DATA_SHEETS.has(sheetName)))
      )
        continue;

      const header = new HeaderFinder();
      let scanning = true;
      let problem: WageFileError[] | null = null;
      for await (const row of worksheet) {
        if (!scanning) continue;
        const values = row.values as Array<ExcelJS.CellValue | undefined>;
        if (!header.done) {
          if (row.number > WAGE_HEADER_SCAN_ROWS && !header.recognised) {
            scanning = false;
            continue;
          }
          const cells = values.map(xlsxCell);
          if (header.offer(row.number, cells) !== 'data') continue;
          // a header lacking columns: reported after the rows, which are still checked
          const missing = header.missing();
          if (missing.length > 0) problem = missing;
          used = name;
          if (batcher.add(row.number, header.pick(cells))) yield batcher.take();
          continue;
        }
        const picked = new Array<WageCell>(COLUMN_COUNT);
        for (let i = 0; i < COLUMN_COUNT; i += 1) {
          const source = header.positions[i];
          picked[i] = source < 0 ? header.absent(i) : xlsxCell(values[source]);
        }
        if (batcher.add(row.number, picked)) {
          yield batcher.take();
          if (expectedRows > 0) options.onProgress?.(Math.min(1, row.number / expectedRows));
        }
      }
      // a header with no data below it is still the data sheet (the caller reports "no rows")
      if (!problem && header.recognised && !header.done) {
        problem = header.missing();
        if (problem.length === 0) used = name;
      }
      if (problem && problem.length > 0) {
        if (named || used === name || used === null) namedSheetProblem = problem;
      } else if (named && used === null) {
        namedSheetProblem = [fileError('wage_header_not_found', { sheet: name })];
      }
    }
  } catch (error) {
    if (error instanceof WageFileProblem) throw error;
    throw new WageFileProblem([fileError('wage_file_unreadable')]);
  }
  if (batcher.batch.length > 0 && namedSheetProblem) yield batcher.take();
  if (namedSheetProblem) throw new WageFileProblem(namedSheetProblem);
  if (used === null) {
    throw new WageFileProblem([fileError('wage_sheet_missing', { sheets: sheetNames.join('、') })]);
  }
  batcher.tooMany();
  if (batcher.batch.length > 0) yield batcher.take();
  options.onProgress?.(1);
}

/** A csv's text piece by piece: a character cut between two pieces comes with the second. */
interface CsvDecoder {
  write(piece: Buffer): string;
  end(): string;
}

/**
 * csv as Excel writes it: UTF-8 (with or without BOM) or, from "CSV (逗号分隔)" on Chinese
 * Windows, GB 18030 — told apart by whether the head is valid UTF-8. UTF-8 is checked and decoded
 * by Node's own `isUtf8` and StringDecoder: ICU's streaming TextDecoder, run twice over each file
 * (a fatal pass to check, then the decoding), cost the upload path several percent.
 */
function csvDecoder(head: Buffer): CsvDecoder {
  if (isUtf8(withoutCutCharacter(head.subarray(0, 1024 * 1024)))) {
    const decoder = new StringDecoder('utf8');
    let started = false;
    return {
      write(piece) {
        const text = decoder.write(piece);
        if (started || text.length === 0) return text;
        started = true;
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // the BOM
      },
      end: () => decoder.end(),
    };
  }
  const decoder = new TextDecoder('gb18030');
  return { write: (piece) => decoder.decode(piece, { stream: true }), end: () => decoder.decode() };
}

/** `bytes` without a UTF-8 character whose last bytes lie beyond their end. */
function withoutCutCharacter(bytes: Buffer): Buffer {
  for (let at = bytes.length - 1; at >= Math.max(0, bytes.length - 3); at -= 1) {
    const byte = bytes[at];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return bytes.length - at < length ? bytes.subarray(0, at) : bytes;
  }
  return bytes;
}

/**
 * Where `text` may be cut into complete records: after its last line break outside quotes (a
 * quoted field may hold line breaks; doubled quotes inside one keep the count even). -1 if none.
 */
export function lastRecordEnd(text: string): number {
  let quotes = 0;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) quotes += 1;
  let end = text.length;
  for (;;) {
    const newline = text.lastIndexOf('\n', end - 1);
    if (newline < 0) return -1;
    for (let at = text.indexOf('"', newline); at >= 0 && at < end; at = text.indexOf('"', at + 1))
      quotes -= 1;
    if (quotes % 2 === 0) return newline;
    end = newline;
  }
}

/**
 * PapaParse's synchronous parser over complete records, chunk by chunk as the input arrives: the
 * generator's pace is the consumer's (no stream pause/resume, which PapaParse implements by
 * re-slicing its input), and here ~3× faster than csv-parse, which re-decodes a Buffer per field.
 * Its core `Papa.Parser` is called, not `Papa.parse`: that wrapper (delimiter guessing, header,
 * typing, none of which is needed once the delimiter is known) made V8 promote most parsed rows
 * out of the young generation, and parsing 1 M rows took 3× as long (docs/wage-data.md).
 */
async function* readCsv(
  input: Readable,
  size: number | undefined,
  options: ReadWageRowsOptions,
): AsyncGenerator<RawWageRow[]> {
  const header = new HeaderFinder();
  const batcher = new Batcher(options.maxRows, options.batchSize ?? DEFAULT_BATCH);
  let decoder: CsvDecoder | null = null;
  let config: Papa.ParseConfig | null = null;
  let carry = '';
  const pending: string[] = [];
  let pendingChars = 0;
  let gaveUp = false;
  let bytes = 0;
  let row = 0;

  /** the required columns the header lacks, reported after the rows (which are still checked) */
  let missing: WageFileError[] = [];

  /** Parses complete records. */
  const records = (text: string): void => {
    if (!config) {
      // `text` stops short of a line break: a first piece holding only the header ends in its \r
      const newline = text.endsWith('\r') || text.includes('\r\n') ? '\r\n' : '\n';
      const guessed = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
        delimitersToGuess: [',', ';', '\t'],
        newline,
        preview: 20,
      });
      config = { delimiter: guessed.meta.delimiter || ',', newline, skipEmptyLines: false };
    }
    const body = config.newline === '\r\n' && text.endsWith('\r') ? text.slice(0, -1) : text;
    const { data } = new Papa.Parser(config).parse(body, 0, false) as { data: string[][] };
    for (const record of data) {
      row += 1;
      if (!header.done) {
        if (row > WAGE_HEADER_SCAN_ROWS && !header.recognised) return;
        if (header.offer(row, record) !== 'data') continue;
        missing = header.missing();
      }
      batcher.add(row, header.pick(record));
    }
  };

  try {
    for await (const chunk of input as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += buffer.length;
      decoder ??= csvDecoder(buffer);
      const piece = decoder.write(buffer);
      // no line break in it, no record can end in it: kept aside, not joined and searched again
      // for every piece, which made a 12 MB line without a break take 20 s instead of 0.1 s
      if (!piece.includes('\n')) {
        pending.push(piece);
        pendingChars += piece.length;
        // a header is no such line (20,000 columns are 0.2 MB): no need to hold the rest of it
        if (!header.recognised && carry.length + pendingChars > HEADER_SCAN_CHARS) {
          gaveUp = true;
          break;
        }
        continue;
      }
      const text = carry + pending.join('') + piece;
      pending.length = 0;
      pendingChars = 0;
      const end = lastRecordEnd(text);
      if (end < 0) {
        carry = text;
        continue;
      }
      carry = text.slice(end + 1);
      records(text.slice(0, end));
      if (!header.done && row > WAGE_HEADER_SCAN_ROWS && !header.recognised) break;
      if (batcher.batch.length >= (options.batchSize ?? DEFAULT_BATCH)) {
        yield batcher.take();
        if (size) options.onProgress?.(Math.min(1, bytes / size));
      }
    }
    const rest = gaveUp ? '' : carry + pending.join('') + (decoder?.end() ?? '');
    if (rest.length > 0 && (header.done || row <= WAGE_HEADER_SCAN_ROWS)) records(rest);
  } catch (error) {
    if (error instanceof WageFileProblem) throw error;
    throw new WageFileProblem([fileError('wage_file_unreadable')]);
  } finally {
    input.destroy();
  }
  if (!header.recognised) throw new WageFileProblem([fileError('wage_header_not_found', { sheet: 'csv' })]);
  if (!header.done) missing = header.missing();
  if (missing.length > 0) {
    if (batcher.batch.length > 0) yield batcher.take();
    throw new WageFileProblem(missing);
  }
  batcher.tooMany();
  if (batcher.batch.length > 0) yield batcher.take();
  options.onProgress?.(1);
}
