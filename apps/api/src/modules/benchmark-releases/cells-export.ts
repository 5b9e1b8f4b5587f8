import {
  benchmarkReleaseLabel,
  CARRIED_FORWARD_EXPLANATION,
  FOOTNOTE_EXPLANATIONS,
  FOOTNOTE_LABELS,
  FootnoteCode,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
  UNRATED_SKILL_LEVEL,
  UNRATED_SKILL_LEVEL_LABELS,
} from '@skillpay/domain';
import { csvFile } from '../../common/csv/csv-writer';
import ExcelJS from 'exceljs';
import { FileResponse } from '../../common/http/file-response';
import { type MethodNote } from './method-note';
import { type CellRow } from './benchmark-releases.repository';

export type ExportFormat = 'xlsx' | 'csv';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A cell as published: a withheld cell carries its footnote and no figure at all. */
export interface PublishedCell {
  release: string;
  year: number;
  cell: CellRow;
}

type Figure = 'employees' | 'enterprises' | 'mean' | 'p10' | 'p25' | 'p50' | 'p75' | 'p90';

const COLUMNS: Array<{
  header: string;
  width: number;
  value: (row: PublishedCell) => string | number | null;
}> = [
  { header: '发布 Release', width: 12, value: (row) => row.release },
  { header: '年度 Year', width: 8, value: (row) => row.year },
  { header: '区域代码 Region code', width: 10, value: (row) => row.cell.regionCode },
  { header: '区域 Region', width: 14, value: (row) => `${row.cell.regionName} ${row.cell.regionNameEn}` },
  { header: '职业代码 Occupation code', width: 14, value: (row) => row.cell.occupationCode },
  {
    header: '职业 Occupation',
    width: 30,
    value: (row) => [row.cell.occupationName, row.cell.occupationNameEn].filter(Boolean).join(' '),
  },
  {
    header: '急需紧缺 Urgently needed',
    width: 10,
    value: (row) => (row.cell.urgentlyNeeded ? '是 yes' : ''),
  },
  { header: '技能等级 Skill level', width: 26, value: (row) => skillLevelLabel(row.cell.skillLevel) },
  { header: '职工数 Employees', width: 10, value: (row) => figure(row, 'employees') },
  { header: '企业数 Enterprises', width: 10, value: (row) => figure(row, 'enterprises') },
  { header: '平均数 Mean (元/年)', width: 14, value: (row) => figure(row, 'mean') },
  { header: 'P10 (元/年)', width: 12, value: (row) => figure(row, 'p10') },
  { header: 'P25 (元/年)', width: 12, value: (row) => figure(row, 'p25') },
  { header: 'P50 中位数 (元/年)', width: 14, value: (row) => figure(row, 'p50') },
  { header: 'P75 (元/年)', width: 12, value: (row) => figure(row, 'p75') },
  { header: 'P90 (元/年)', width: 12, value: (row) => figure(row, 'p90') },
  { header: '脚注 Footnote', width: 8, value: (row) => row.cell.footnote ?? '' },
  {
    header: '沿用数值 Figures of',
    width: 12,
    value: (row) => benchmarkReleaseLabel(row.year, row.cell.carriedFromNumber) ?? '',
  },
];

function figure(row: PublishedCell, key: Figure): number | null {
  return row.cell.footnote ? null : row.cell[key];
}

function skillLevelLabel(level: string): string {
  const labels =
    level === UNRATED_SKILL_LEVEL ? UNRATED_SKILL_LEVEL_LABELS : SKILL_LEVEL_LABELS[level as SkillLevel];
  return labels ? `${labels['zh-CN']} ${labels.en}` : level;
}

function footnoteLines(): string[] {
  return Object.values(FootnoteCode).map(
    (code) =>
      `${code} ${FOOTNOTE_LABELS[code]['zh-CN']}：${FOOTNOTE_EXPLANATIONS[code]['zh-CN']} / ${FOOTNOTE_LABELS[code].en}: ${FOOTNOTE_EXPLANATIONS[code].en}`,
  );
}

/**
 * The publication table as xlsx (a data sheet, and a sheet with the method notes and footnotes) or
 * csv (UTF-8 with BOM so Excel reads the Chinese). Withheld cells keep only their footnote.
 */
export async function buildCellsExport(
  format: ExportFormat,
  rows: PublishedCell[],
  notes: Array<{ release: string; note: MethodNote }>,
): Promise<Buffer> {
  if (format === 'csv') {
    return csvFile([
      COLUMNS.map((column) => column.header),
      ...rows.map((row) => COLUMNS.map((column) => column.value(row))),
    ]);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SkillPay Portal';
  const sheet = workbook.addWorksheet('工资价位 Benchmarks', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(({ header, width }) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  for (const row of rows) sheet.addRow(COLUMNS.map((column) => column.value(row)));
  for (let index = 11; index <= 16; index += 1) sheet.getColumn(index).numFmt = '#,##0.00';

  const about = workbook.addWorksheet('说明 Notes');
  about.getColumn(1).width = 120;
  const line = (text: string, bold = false) => {
    const added = about.addRow([text]);
    added.alignment = { wrapText: true, vertical: 'top' };
    if (bold) added.font = { bold: true };
  };
  for (const { release, note } of notes) {
    line(`方法说明 Method note — ${release}`, true);
    note.zhCN.forEach((paragraph) => line(paragraph));
    note.en.forEach((paragraph) => line(paragraph));
    line('');
  }
  line('脚注 Footnotes', true);
  footnoteLines().forEach((text) => line(text));
  line(
    `沿用数值：${CARRIED_FORWARD_EXPLANATION['zh-CN']} / Figures of an earlier release: ${CARRIED_FORWARD_EXPLANATION.en}`,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An export as a download named e.g. `工资价位-2026-R2.xlsx`. */
export function exportFile(format: ExportFormat, name: string, body: Buffer): FileResponse {
  return new FileResponse(`${name}.${format}`, EXPORT_CONTENT_TYPES[format], body);
}
