import { CALCULATOR_KIND_LABELS, type CalculatorKind, type Labels } from '@skillpay/domain';
import { type SourceArticle } from '@skillpay/paycalc';
import ExcelJS from 'exceljs';
import { type CalculatorInput, type CalculatorResult } from './calculators';

/**
 * A calculator's input and libs/paycalc's result as an xlsx workbook: a sheet of the inputs (one
 * row per field path), a sheet of the results (every list of the result as a table, the single
 * figures as key/value rows, the pay table also as a grade × step matrix) and a sheet of the
 * source articles behind them. Figures stay the decimal strings paycalc returned, so the workbook
 * shows exactly what the portal shows; numeric-looking ones are written as numbers for Excel.
 */

export interface WorkbookHeading {
  kind: CalculatorKind;
  title: string;
  /** e.g. the enterprise and version of a stored plan */
  subtitle?: string;
}

type Scalar = string | number | boolean | null;

const NUMERIC = /^-?\d+(\.\d+)?$/;

function isLabels(value: unknown): value is Labels {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as Labels)['zh-CN'] === 'string' &&
    typeof (value as Labels).en === 'string'
  );
}

function isSource(value: unknown): value is SourceArticle {
  return (
    typeof value === 'object' &&
    value !== null &&
    isLabels((value as SourceArticle).document) &&
    isLabels((value as SourceArticle).article)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A cell's value: decimal strings as numbers (exact enough at ≤ 15 digits), labels in both languages. */
function cellValue(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return NUMERIC.test(value) && value.length <= 15 ? Number(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (isLabels(value)) return `${value['zh-CN']} / ${value.en}`;
  if (Array.isArray(value) && value.every((item) => !isRecord(item))) return value.map(String).join(', ');
  return JSON.stringify(value);
}

/** Flattens an input into `path → value` rows (`keyPoints.2.ratio` → 1.8). */
function flatten(value: unknown, path: string, rows: Array<[string, Scalar]>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) rows.push([path, '']);
    value.forEach((item, index) => flatten(item, `${path}.${index}`, rows));
  } else if (isRecord(value) && !isLabels(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, rows);
  } else {
    rows.push([path, cellValue(value)]);
  }
}

/** Collects the result's source articles once each (document + article). */
function collectSources(value: unknown, found: Map<string, SourceArticle>): void {
  if (isSource(value)) {
    found.set(`${value.document['zh-CN']}|${value.article['zh-CN']}`, value);
    return;
  }
  if (Array.isArray(value)) value.forEach((item) => collectSources(item, found));
  else if (isRecord(value)) Object.values(value).forEach((child) => collectSources(child, found));
}

interface Section {
  title: string;
  header: string[];
  rows: Scalar[][];
}

/**
 * The result as sections: each object's single figures in one key/value section, each list of
 * objects as a table whose columns are its items' single figures (nested objects one level deep),
 * nested lists as their own tables keyed by the parent row.
 */
function sections(value: Record<string, unknown>, path: string, out: Section[], parent?: string): void {
  const entries = Object.entries(value).filter(
    ([key, child]) => key !== 'source' && key !== 'sources' && !isSource(child),
  );
  const isList = (child: unknown) => Array.isArray(child) && child.some(isRecord);
  const isObject = (child: unknown) => isRecord(child) && !isLabels(child);
  const figures = entries
    .filter(([, child]) => !isList(child) && !isObject(child))
    .map(([key, child]): Scalar[] => [key, cellValue(child)]);
  if (figures.length > 0) out.push({ title: path || '—', header: ['项目 Item', '值 Value'], rows: figures });
  for (const [key, child] of entries) {
    const childPath = path ? `${path}.${key}` : key;
    if (isList(child)) listSection((child as unknown[]).filter(isRecord), childPath, out, parent);
    else if (isObject(child)) sections(child as Record<string, unknown>, childPath, out, parent);
  }
}

function listSection(items: Array<Record<string, unknown>>, path: string, out: Section[], parent?: string) {
  const columns: string[] = [];
  const nested: Array<{ key: string; index: number; list: Array<Record<string, unknown>> }> = [];
  const rowOf = (item: Record<string, unknown>, index: number) => {
    const row: Record<string, Scalar> = {};
    for (const [key, child] of Object.entries(item)) {
      if (key === 'source' || key === 'sources' || isSource(child)) continue;
      if (Array.isArray(child) && child.some(isRecord)) {
        nested.push({ key, index, list: child.filter(isRecord) });
      } else if (isRecord(child) && !isLabels(child)) {
        for (const [inner, value] of Object.entries(child)) row[`${key}.${inner}`] = cellValue(value);
      } else {
        row[key] = cellValue(child);
      }
    }
    for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
    return row;
  };
  const rows = items.map(rowOf);
  const label = (item: Record<string, unknown>, index: number) =>
    String(item.key ?? item.grade ?? item.year ?? item.label ?? index + 1);
  out.push({
    title: path,
    header: [...(parent ? [parent] : []), '#', ...columns],
    rows: rows.map((row, index) => [
      ...(parent ? [parent] : []),
      index + 1,
      ...columns.map((column) => row[column] ?? null),
    ]),
  });
  for (const { key, index, list } of nested) {
    listSection(list, `${path}.${key}`, out, `${path} ${label(items[index], index)}`);
  }
}

/** The pay table as grade × step matrix of values (and of amounts where the form is not 元). */
function payTableMatrix(workbook: ExcelJS.Workbook, result: CalculatorResult): void {
  const grades = result.grades;
  if (!Array.isArray(grades) || grades.length === 0) return;
  const sheet = workbook.addWorksheet('工资表 Pay table', {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  const stepCount = Math.max(...grades.map((grade) => (Array.isArray(grade.steps) ? grade.steps.length : 0)));
  const header = ['职级 Grade', ...Array.from({ length: stepCount }, (_, i) => `${i + 1} 档 Step ${i + 1}`)];
  sheet.addRow(header).font = { bold: true };
  sheet.getColumn(1).width = 28;
  const write = (field: 'value' | 'amount', suffix: string) => {
    for (const grade of grades as Array<{ label: Labels; steps: Array<Record<string, string | null>> }>) {
      sheet.addRow([
        `${cellValue(grade.label)}${suffix}`,
        ...grade.steps.map((step) => cellValue(step[field])),
      ]);
    }
  };
  write('value', '');
  const hasAmounts = (grades as Array<{ steps: Array<{ amount: string | null; value: string }> }>).some(
    (grade) => grade.steps.some((step) => step.amount !== null && step.amount !== step.value),
  );
  if (hasAmounts) {
    sheet.addRow([]);
    sheet.addRow(['金额（元/月） Amounts (元 a month)']).font = { bold: true };
    write('amount', '');
  }
}

export async function buildPayPlanWorkbook(
  heading: WorkbookHeading,
  input: CalculatorInput,
  result: CalculatorResult,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SkillPay Portal';
  const kind = CALCULATOR_KIND_LABELS[heading.kind];
  const headingRows = [
    [heading.title],
    [`${kind['zh-CN']} ${kind.en}`],
    ...(heading.subtitle ? [[heading.subtitle]] : []),
    [],
  ];

  const results = workbook.addWorksheet('结果 Results');
  results.getColumn(1).width = 24;
  headingRows.forEach((row, index) => {
    const added = results.addRow(row);
    if (index === 0) added.font = { bold: true, size: 14 };
  });
  const out: Section[] = [];
  sections(result, '', out);
  for (const section of out) {
    results.addRow([section.title]).font = { bold: true };
    results.addRow(section.header).font = { bold: true };
    for (const row of section.rows) results.addRow(row);
    results.addRow([]);
  }
  if (heading.kind === 'pay-table') payTableMatrix(workbook, result);

  const inputs = workbook.addWorksheet('输入 Inputs');
  inputs.columns = [
    { header: '字段 Field', width: 40 },
    { header: '值 Value', width: 30 },
  ];
  inputs.getRow(1).font = { bold: true };
  const rows: Array<[string, Scalar]> = [];
  flatten(input, '', rows);
  rows.forEach((row) => inputs.addRow(row));

  const sources = workbook.addWorksheet('依据 Sources');
  sources.columns = [
    { header: '文件 Document', width: 50 },
    { header: '条款 Article', width: 20 },
    { header: '原文 Excerpt', width: 80 },
    { header: 'Excerpt (English)', width: 80 },
  ];
  sources.getRow(1).font = { bold: true };
  const found = new Map<string, SourceArticle>();
  collectSources(result, found);
  for (const source of found.values()) {
    const added = sources.addRow([
      `${source.document['zh-CN']} / ${source.document.en}`,
      `${source.article['zh-CN']} / ${source.article.en}`,
      source.excerpt['zh-CN'],
      source.excerpt.en,
    ]);
    added.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
