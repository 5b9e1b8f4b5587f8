import { type Language } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { neutraliseCsvText } from '../csv/csv-writer';

/**
 * Printable xlsx documents: one titled sheet per table, as a clerk hands it to the workers'
 * congress (职代会) — a title and a line naming what it is, the inputs, the table with its
 * header row repeated on every printed page, the results, the method in one paragraph and the
 * source articles; A4 with page numbers in the footer. Features declare their sheets (texts in
 * the caller's language, figures as numbers or the decimal strings paycalc returns) and this
 * builder lays them out, so every exported document looks and prints the same.
 *
 * Cells are written safely: figures as numbers with a number format (never as text), text
 * neutralised like every csv cell (`common/csv`), so nothing a user typed runs as a formula.
 */

/** What a figure is: decides its number format and the unit after its header or value. */
export type FigureKind =
  | 'text'
  /** 元, two places */
  | 'yuan'
  /** 元 per point or piece, four places */
  | 'yuan-precise'
  /** 万元, two places */
  | 'ten-thousand-yuan'
  /** a percentage written as 15.00 for 15 % */
  | 'percent'
  /** 分 (points of an evaluation or an assessment) */
  | 'points'
  /** 人 */
  | 'people'
  /** a count without unit (years, steps, months) */
  | 'integer'
  /** a coefficient or ratio, up to four places */
  | 'coefficient'
  /** a figure whose unit its row names, two places */
  | 'number';

export type DocumentCell = string | number | null;

export interface DocumentColumn {
  header: string;
  kind: FigureKind;
  /** characters; defaults by kind */
  width?: number;
}

export interface DocumentTable {
  columns: DocumentColumn[];
  rows: DocumentCell[][];
  /** a closing row (合计), bold */
  total?: DocumentCell[];
}

export interface DocumentFact {
  label: string;
  value: DocumentCell;
  kind: FigureKind;
}

export interface DocumentSheet {
  /** the tab's name (≤ 31 characters; made unique and stripped of what Excel refuses) */
  name: string;
  /** the document's title, e.g. 技能津贴测算表 */
  title: string;
  /** lines under the title: what the document belongs to, the export date */
  subtitle: string[];
  /** the figures the calculation starts from */
  inputs: DocumentFact[];
  /** lists of inputs shown before the main table (e.g. evaluation factors) */
  inputTables?: Array<{ caption: string; table: DocumentTable }>;
  /** the main table; its header row repeats on every printed page */
  table: DocumentTable;
  /** the figures that result, e.g. totals */
  results: DocumentFact[];
  /** remarks on the result (warnings, outcome) */
  notes?: string[];
  /** how the figures are computed, one paragraph */
  method: string;
  /** the source articles, one line each: document, article and its words */
  basis: string[];
}

const UNITS: Record<Language, Record<FigureKind, string>> = {
  'zh-CN': {
    text: '',
    yuan: '元',
    'yuan-precise': '元',
    'ten-thousand-yuan': '万元',
    percent: '%',
    points: '分',
    people: '人',
    integer: '',
    coefficient: '',
    number: '',
  },
  en: {
    text: '',
    yuan: '元',
    'yuan-precise': '元',
    'ten-thousand-yuan': '10,000 元',
    percent: '%',
    points: 'points',
    people: 'people',
    integer: '',
    coefficient: '',
    number: '',
  },
};

const FORMATS: Record<FigureKind, string | undefined> = {
  text: undefined,
  yuan: '#,##0.00',
  'yuan-precise': '#,##0.0000',
  'ten-thousand-yuan': '#,##0.00',
  percent: '0.00',
  points: '#,##0.00',
  people: '#,##0',
  integer: '0',
  coefficient: '0.00##',
  number: '#,##0.00',
};

const WIDTHS: Record<FigureKind, number> = {
  text: 18,
  yuan: 14,
  'yuan-precise': 14,
  'ten-thousand-yuan': 14,
  percent: 10,
  points: 11,
  people: 9,
  integer: 8,
  coefficient: 10,
  number: 14,
};

const TEXTS: Record<
  Language,
  {
    inputs: string;
    table: string;
    results: string;
    method: string;
    basis: string;
    signatures: string;
    footer: string;
  }
> = {
  'zh-CN': {
    inputs: '测算条件',
    table: '测算表',
    results: '测算结果',
    method: '计算方法',
    basis: '政策依据',
    signatures: '制表人：＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日',
    footer: '第 &P 页，共 &N 页',
  },
  en: {
    inputs: 'Inputs',
    table: 'Table',
    results: 'Results',
    method: 'Method',
    basis: 'Basis',
    signatures: 'Prepared by: ______________    Checked by: ______________    Date: ______________',
    footer: 'Page &P of &N',
  },
};

const CHINESE_NUMERALS = ['', '一', '二', '三', '四', '五', '六'];

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFEFEFEF' } };
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** A header with its unit on a line of its own: 月工资\n（元） / Monthly pay\n(元). */
export function headerWithUnit(header: string, kind: FigureKind, language: Language): string {
  const unit = UNITS[language][kind];
  if (!unit) return header;
  return language === 'zh-CN' ? `${header}\n（${unit}）` : `${header}\n(${unit})`;
}

/** A cell's value: paycalc's decimal strings as numbers, text neutralised against formulas. */
function cellValue(value: DocumentCell, kind: FigureKind): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  // a feature's declaration passes on what the user typed: anything but text is written as text
  const text = typeof value === 'string' ? value : String(value);
  if (kind !== 'text' && NUMERIC.test(text)) return Number(text);
  return neutraliseCsvText(text);
}

/** Display width of text: CJK and full-width characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

const SHEET_NAME_REFUSED = /[[\]:*?/\\]/g;

function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(SHEET_NAME_REFUSED, ' ').trim().slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

class SheetWriter {
  readonly sheet: ExcelJS.Worksheet;
  readonly columnCount: number;
  private readonly widths: number[];

  constructor(
    workbook: ExcelJS.Workbook,
    name: string,
    private readonly spec: DocumentSheet,
    private readonly language: Language,
  ) {
    const tables = [spec.table, ...(spec.inputTables ?? []).map((entry) => entry.table)];
    this.columnCount = Math.max(3, ...tables.map((table) => table.columns.length));
    this.widths = Array.from({ length: this.columnCount }, (_, index) => {
      const widths = tables.map((table) => {
        const column = table.columns[index];
        if (!column) return 0;
        // wide enough for the header's longest line, up to 24 (longer headers wrap)
        const header = Math.max(
          ...headerWithUnit(column.header, column.kind, language).split('\n').map(displayWidth),
        );
        return Math.max(column.width ?? WIDTHS[column.kind], Math.min(Math.ceil(header * 1.1) + 2, 24));
      });
      return Math.max(10, ...widths);
    });
    const totalWidth = this.widths.reduce((sum, width) => sum + width, 0);
    this.sheet = workbook.addWorksheet(name, {
      pageSetup: {
        paperSize: 9,
        orientation: totalWidth > 95 ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddFooter: `&C${TEXTS[language].footer}`,
        evenFooter: `&C${TEXTS[language].footer}`,
      },
    });
    this.sheet.columns = this.widths.map((width) => ({ width }));
  }

  private get totalWidth(): number {
    return this.widths.reduce((sum, width) => sum + width, 0);
  }

  /** A line of text over the whole width, its height following the wrapped lines. */
  private line(text: string, style: { bold?: boolean; size?: number; center?: boolean } = {}): ExcelJS.Row {
    const row = this.sheet.addRow([neutraliseCsvText(text)]);
    this.sheet.mergeCells(row.number, 1, row.number, this.columnCount);
    const cell = row.getCell(1);
    cell.font = { bold: style.bold, size: style.size };
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: style.center ? 'center' : 'left' };
    const size = style.size ?? 11;
    // characters of about 1.1 column each at 11 pt; a little slack so the last line is never cut
    const perLine = Math.max(10, (this.totalWidth * 11) / size - 4);
    const lines = text
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(displayWidth(part) / perLine)), 0);
    row.height = Math.max(size * 1.5, lines * size * 1.45);
    return row;
  }

  private facts(facts: DocumentFact[]): void {
    // the label takes the columns up to about half the width, the value the rest
    let labelEnd = 1;
    while (
      labelEnd + 1 < this.columnCount &&
      this.widths.slice(0, labelEnd + 1).reduce((sum, width) => sum + width, 0) <= this.totalWidth / 2
    ) {
      labelEnd += 1;
    }
    const labelWidth = this.widths.slice(0, labelEnd).reduce((sum, width) => sum + width, 0);
    const valueWidth = this.totalWidth - labelWidth;
    for (const fact of facts) {
      const row = this.sheet.addRow([]);
      const label = row.getCell(1);
      label.value = neutraliseCsvText(fact.label);
      label.alignment = { vertical: 'middle', wrapText: true };
      const value = row.getCell(labelEnd + 1);
      value.value = cellValue(fact.value, fact.kind);
      const unit = UNITS[this.language][fact.kind];
      const format = FORMATS[fact.kind];
      // the unit is part of the number format, so the cell stays a number
      if (format && typeof value.value === 'number') value.numFmt = unit ? `${format}" ${unit}"` : format;
      value.alignment = {
        vertical: 'middle',
        horizontal: typeof value.value === 'number' ? 'right' : 'left',
        wrapText: true,
      };
      for (let column = 1; column <= this.columnCount; column += 1) row.getCell(column).border = BORDER;
      if (labelEnd > 1) this.sheet.mergeCells(row.number, 1, row.number, labelEnd);
      if (labelEnd + 1 < this.columnCount)
        this.sheet.mergeCells(row.number, labelEnd + 1, row.number, this.columnCount);
      const lines = Math.max(
        Math.ceil(displayWidth(fact.label) / labelWidth),
        typeof value.value === 'string' ? Math.ceil(displayWidth(value.value) / valueWidth) : 1,
      );
      if (lines > 1) row.height = lines * 15;
    }
  }

  /** A table; returns its header row's number. */
  private table(table: DocumentTable): number {
    const header = this.sheet.addRow(
      table.columns.map((column) =>
        neutraliseCsvText(headerWithUnit(column.header, column.kind, this.language)),
      ),
    );
    const headerLines = table.columns.map((column, index) =>
      headerWithUnit(column.header, column.kind, this.language)
        .split('\n')
        .reduce((sum, line) => sum + Math.ceil((displayWidth(line) * 1.1 + 1) / this.widths[index]), 0),
    );
    header.height = Math.max(2, ...headerLines) * 15;
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = HEADER_FILL;
    });
    const write = (values: DocumentCell[], bold: boolean) => {
      const row = this.sheet.addRow(
        values.map((value, index) => cellValue(value, table.columns[index]?.kind ?? 'text')),
      );
      let lines = 1;
      table.columns.forEach((column, index) => {
        const cell = row.getCell(index + 1);
        cell.border = BORDER;
        const format = FORMATS[column.kind];
        if (format && typeof cell.value === 'number') cell.numFmt = format;
        const text = typeof cell.value === 'string';
        // text keeps a little space from a figure right-aligned in the cell before it
        cell.alignment = {
          vertical: 'middle',
          horizontal: text ? 'left' : 'right',
          wrapText: true,
          indent: text ? 1 : 0,
        };
        if (text)
          lines = Math.max(lines, Math.ceil((displayWidth(cell.value as string) + 2) / this.widths[index]));
        if (bold) cell.font = { bold: true };
      });
      // wrapped text needs its rows: Excel grows them itself, other readers and printers do not
      if (lines > 1) row.height = lines * 15;
    };
    for (const values of table.rows) write(values, false);
    if (table.total) write(table.total, true);
    return header.number;
  }

  write(): void {
    const texts = TEXTS[this.language];
    let section = 0;
    const heading = (text: string) => {
      section += 1;
      const number = this.language === 'zh-CN' ? `${CHINESE_NUMERALS[section]}、` : `${section}. `;
      this.line(`${number}${text}`, { bold: true });
    };
    const title = this.line(this.spec.title, { bold: true, size: 16, center: true });
    title.height = Math.max(title.height ?? 0, 28);
    for (const line of this.spec.subtitle) this.line(line, { center: true });
    this.sheet.addRow([]);
    if (this.spec.inputs.length > 0 || (this.spec.inputTables ?? []).length > 0) {
      heading(texts.inputs);
      this.facts(this.spec.inputs);
      for (const { caption, table } of this.spec.inputTables ?? []) {
        this.line(caption);
        this.table(table);
      }
      this.sheet.addRow([]);
    }
    heading(texts.table);
    const headerRow = this.table(this.spec.table);
    this.sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
    this.sheet.addRow([]);
    if (this.spec.results.length > 0 || (this.spec.notes ?? []).length > 0) {
      heading(texts.results);
      this.facts(this.spec.results);
      for (const note of this.spec.notes ?? []) this.line(note);
      this.sheet.addRow([]);
    }
    heading(texts.method);
    this.line(this.spec.method);
    this.sheet.addRow([]);
    heading(texts.basis);
    for (const basis of this.spec.basis) this.line(basis);
    // the lines a printed table is signed on before it goes to the congress
    this.sheet.addRow([]);
    this.line(texts.signatures);
  }
}

/** The sheets as one workbook. */
export async function buildDocumentWorkbook(sheets: DocumentSheet[], language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SkillPay Portal';
  const taken = new Set<string>();
  for (const spec of sheets) new SheetWriter(workbook, sheetName(spec.name, taken), spec, language).write();
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
