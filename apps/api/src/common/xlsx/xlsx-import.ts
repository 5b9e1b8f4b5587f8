import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  mixin,
  type NestInterceptor,
  type OnModuleDestroy,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import { IMPORT_XLSX_ZIP_LIMITS, type Language } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { catchError, type Observable, throwError } from 'rxjs';
import { AppConfig } from '../config/app-config';
import { AppException, type FieldProblem } from '../errors/app.exception';
import { decodeFileName } from '../../modules/attachments/attachments.service';
import { headerTitle, type ImportSheetTask, type ImportSheetTaskResult } from './import-sheet.worker';
import { XlsxImportException } from './xlsx-import.exception';
import { ParseFailure, type ParseLimits, ParsePool, workerFile } from './xlsx-thread-pool';
import { xlsxZipBreach, xlsxZipInflatesAsDeclared, zipEntries, zipLimitParams } from './xlsx-zip';

/**
 * What the all-or-nothing xlsx imports (enterprises, occupations) share: reading an upload safely
 * (ImportSheetReader: checks here, parsing in a worker thread), finding the data sheet and its
 * columns by their header in either language, and the template's drop-downs.
 */

/** The part of a multer upload an import reads. */
export interface UploadedXlsx {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export type Labels = Record<Language, string>;

export interface ImportColumn {
  /** the request field the column fills, e.g. `creditCode` or `skilledHeadcount.level-3` */
  key: string;
  header: Labels;
  width: number;
  required?: boolean;
  note?: Labels;
}

export const YES: Labels = { 'zh-CN': '是', en: 'Yes' };
export const NO: Labels = { 'zh-CN': '否', en: 'No' };

/** 是/否 as typed or picked from the drop-down; blank means no; undefined when it is neither. */
export function parseYesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (['', NO['zh-CN'], 'no', 'n', '0', 'false'].includes(v)) return false;
  if ([YES['zh-CN'], 'yes', 'y', '1', 'true', '√'].includes(v)) return true;
  return undefined;
}

/** The limits of the import threads (AppConfig: IMPORT_PARSE_*). */
export interface ImportParseOptions extends ParseLimits {
  threads: number;
}

/**
 * Reads the data sheet of an uploaded import workbook — all-or-nothing imports (enterprises,
 * occupations) validate what it returns. The cheap checks run here (size, type, the zip's
 * declared and actual unpacked sizes); loading the workbook, whose memory and time grow with what
 * the file unpacks to, runs in a worker thread of its own pool, bounded in heap and time, so a
 * crafted file costs one thread and answers a 400 naming it, never the API's event loop.
 */
@Injectable()
export class ImportSheetReader implements OnModuleDestroy {
  private readonly pool: ParsePool<ImportSheetTask, ImportSheetTaskResult>;

  constructor(config: AppConfig) {
    const { threads, ...limits } = config.importParse;
    this.pool = new ParsePool({
      filename: workerFile(__dirname, 'import-sheet.worker'),
      maxThreads: threads,
      maxQueue: threads * 8,
      ...limits,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }

  /**
   * The data sheet (by its name in either language, else the first visible sheet that is not the
   * instructions), its columns mapped by header (with or without the `*` of required columns),
   * and its non-blank rows. A required column the header lacks is named in `headerProblems`.
   */
  async read(
    file: UploadedXlsx | undefined,
    options: {
      maxBytes: number;
      sheetNames: Labels;
      instructionNames: Labels;
      columns: readonly ImportColumn[];
      language: Language;
      /** the 400 when the workbook has no sheet to read */
      empty: AppException;
    },
  ): Promise<ImportSheet> {
    const { columns, language } = options;
    const checked = await checkImportFile(file, options.maxBytes);
    const name = decodeFileName(checked.originalname).slice(0, 200);
    let result: ImportSheetTaskResult;
    try {
      result = await this.pool.run({
        content: checked.buffer,
        sheetNames: Object.values(options.sheetNames),
        instructionNames: Object.values(options.instructionNames),
        columns: columns.map((c) => ({ key: c.key, headers: [c.header['zh-CN'], c.header.en] })),
      });
    } catch (error) {
      if (!(error instanceof ParseFailure)) throw error;
      if (error.kind === 'busy') throw new XlsxImportException('import_busy', {});
      const { maxHeapMb, timeoutMs } = this.pool.limits;
      throw error.kind === 'timeout'
        ? XlsxImportException.invalid('file', 'import_file_too_slow', {
            file: name,
            seconds: Math.ceil(timeoutMs / 1000),
          })
        : XlsxImportException.invalid('file', 'import_file_too_complex', { file: name, maxMb: maxHeapMb });
    }
    if (result.kind === 'unreadable') throw XlsxImportException.invalid('file', 'import_file_unreadable');
    if (result.kind === 'no-sheet') throw options.empty;

    // a header lacking columns is reported with the rows' own problems, not alone before them:
    // the clerk corrects the file in one round (rowReporter leaves the absent columns to this)
    const headerProblems = columns
      .filter((c) => c.required && !result.positions.has(c.key))
      .map((c) => ({
        ...XlsxImportException.fieldProblem('file', 'import_header_missing', {
          column: c.header[language],
        }),
        extra: { row: 1, column: c.header[language] },
      }));
    return { positions: result.positions, rows: result.rows, headerProblems };
  }
}

/**
 * Size and type before anything is parsed; anything that is not a readable xlsx within the zip
 * limits answers a 400 (the size limit is on the compressed bytes: what the archive unpacks to is
 * checked from its central directory, then by inflating each entry with a byte counter).
 */
async function checkImportFile(file: UploadedXlsx | undefined, maxBytes: number): Promise<UploadedXlsx> {
  if (!file || file.size === 0) throw XlsxImportException.invalid('file', 'import_file_required');
  if (file.size > maxBytes) {
    throw XlsxImportException.invalid('file', 'import_too_large', { maxMb: maxBytes / 1024 / 1024 });
  }
  // xlsx is a zip archive: "PK\x03\x04"
  if (file.buffer.subarray(0, 4).toString('binary') !== 'PK\u0003\u0004') {
    throw XlsxImportException.invalid('file', 'import_file_unreadable');
  }
  const entries = zipEntries(file.buffer);
  if (!entries) throw XlsxImportException.invalid('file', 'import_file_unreadable');
  if (
    xlsxZipBreach(entries, IMPORT_XLSX_ZIP_LIMITS) ||
    !(await xlsxZipInflatesAsDeclared(file.buffer, entries))
  ) {
    throw XlsxImportException.invalid('file', 'import_file_expands', {
      file: decodeFileName(file.originalname).slice(0, 200),
      ...zipLimitParams(IMPORT_XLSX_ZIP_LIMITS),
    });
  }
  return file;
}

export interface ImportSheet {
  /** column key → its index and the header as written in the file */
  positions: Map<string, { index: number; title: string }>;
  /** non-blank data rows with their cell texts by column key */
  rows: Array<{ row: number; cells: Map<string, string> }>;
  /** one problem per required column the header lacks (row 1): the first of the import's problems */
  headerProblems: FieldProblem[];
}

/**
 * A template workbook: the instructions sheet (first line as its title), then the data sheet with
 * frozen header (` *` on required columns, notes as comments), opened on the data sheet.
 */
export function createImportTemplate(options: {
  language: Language;
  instructionNames: Labels;
  lines: readonly string[];
  sheetNames: Labels;
  columns: readonly ImportColumn[];
}): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const { language, columns } = options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SkillPay Portal';

  const instructions = workbook.addWorksheet(options.instructionNames[language]);
  instructions.getColumn(1).width = 110;
  options.lines.forEach((line, i) => {
    const cell = instructions.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });

  const sheet = workbook.addWorksheet(options.sheetNames[language], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({
    header: `${column.header[language]}${column.required ? ' *' : ''}`,
    key: column.key,
    width: column.width,
  }));
  sheet.getRow(1).font = { bold: true };
  columns.forEach((column, i) => {
    if (column.note) sheet.getCell(1, i + 1).note = column.note[language];
  });
  workbook.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
  ];
  return { workbook, sheet };
}

/**
 * Problem reporting for one data row (start `problems` with the sheet's headerProblems, so that a
 * header lacking columns and the rows' own problems are reported together): `report` files a problem under `rows[<row>].<field>` with the
 * row, the column as headed in the file (or the template's name when the file lacks the column)
 * and the cell's value; `text` reads an optional or required text cell with a length limit.
 */
export function rowReporter(
  problems: FieldProblem[],
  sheet: ImportSheet,
  { row, cells }: ImportSheet['rows'][number],
  columns: readonly ImportColumn[],
  language: Language,
) {
  /** `problem` is a feature's field problem (its field is replaced), or a `validation.*` code. */
  const report = (key: string, problem: FieldProblem | string, params: Record<string, unknown> = {}) => {
    const position = sheet.positions.get(key);
    // a required column the header lacks is reported once, by the header problem, not on every row
    if (!position && columns.some((c) => c.key === key && c.required)) return;
    problems.push({
      field: `rows[${row}].${key.split('.')[0]}`,
      code: typeof problem === 'string' ? problem : problem.code,
      params: typeof problem === 'string' ? params : (problem.params ?? {}),
      extra: {
        row,
        column: position ? headerTitle(position.title) : columns.find((c) => c.key === key)!.header[language],
        value: cells.get(key) ?? '',
      },
    });
  };
  const text = (key: string, max: number, required = false): string | undefined => {
    const value = cells.get(key) ?? '';
    if (!value) {
      if (required) report(key, 'validation.isNotEmpty');
      return undefined;
    }
    if (value.length > max) report(key, 'validation.maxLength', { c0: max });
    return value;
  };
  return { report, text };
}

/** Nothing is stored: every problem, by row and then in the template's column order. */
export function importInvalid(problems: FieldProblem[], columns: readonly ImportColumn[]): AppException {
  const order = (field: string) => columns.findIndex((c) => c.key.split('.')[0] === field.split('.')[1]);
  problems.sort(
    (a, b) => (a.extra!.row as number) - (b.extra!.row as number) || order(a.field) - order(b.field),
  );
  return new XlsxImportException('import_invalid', { count: problems.length }, { fields: problems });
}

/** exceljs keeps range validations on the sheet but leaves them out of its typings. */
export function rangeValidations(sheet: ExcelJS.Worksheet): {
  add: (range: string, validation: ExcelJS.DataValidation) => void;
} {
  return (
    sheet as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }
  ).dataValidations;
}

/** multer stops an oversized upload with a 413; answer it like any other invalid field. */
export function UploadLimitInterceptor(maxBytes: number): Type<NestInterceptor> {
  class UploadLimit implements NestInterceptor {
    intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return next
        .handle()
        .pipe(
          catchError((error: unknown) =>
            throwError(() =>
              error instanceof PayloadTooLargeException
                ? XlsxImportException.invalid('file', 'import_too_large', { maxMb: maxBytes / 1024 / 1024 })
                : error,
            ),
          ),
        );
    }
  }
  return mixin(UploadLimit);
}
