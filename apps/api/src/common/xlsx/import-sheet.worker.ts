import ExcelJS from 'exceljs';

/**
 * Runs in a worker thread of the import pool (ImportSheetReader): loads an import workbook with
 * exceljs and reads its data sheet into plain rows of cell texts, which the feature services then
 * validate in the API. Nothing here may import Nest or the API's modules: the thread loads only
 * this file, exceljs and Node.
 */
export interface ImportSheetTask {
  /** the xlsx, already checked as a zip archive within the limits */
  content: Uint8Array;
  /** the data sheet's names (either language) */
  sheetNames: string[];
  /** the instructions sheet's names, never taken as the data sheet */
  instructionNames: string[];
  /** each column's key and the headers it is recognised by */
  columns: Array<{ key: string; headers: string[] }>;
}

export type ImportSheetTaskResult =
  | { kind: 'unreadable' }
  | { kind: 'no-sheet' }
  | {
      kind: 'sheet';
      /** column key → its index and the header as written in the file */
      positions: Map<string, { index: number; title: string }>;
      /** non-blank data rows with their cell texts by column key */
      rows: Array<{ row: number; cells: Map<string, string> }>;
    };

/** The text of a cell as the spreadsheet shows it (rich text, formulas and numbers included). */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '').trim();
  return (cell.text ?? '').trim();
}

/** A header as the column's name, without the ` *` that marks required columns. */
export function headerTitle(title: string): string {
  return title.replace(/\s*\*$/, '');
}

/**
 * The data sheet (by its name, else the first visible sheet that is not the instructions), its
 * columns found by header (with or without the `*` of required columns), and its non-blank rows.
 */
export default async function readImportSheetTask(task: ImportSheetTask): Promise<ImportSheetTaskResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    const content = Buffer.from(task.content.buffer, task.content.byteOffset, task.content.byteLength);
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    return { kind: 'unreadable' };
  }
  const sheet =
    workbook.worksheets.find((ws) => task.sheetNames.includes(ws.name)) ??
    workbook.worksheets.find((ws) => ws.state === 'visible' && !task.instructionNames.includes(ws.name));
  if (!sheet) return { kind: 'no-sheet' };

  const positions = new Map<string, { index: number; title: string }>();
  sheet.getRow(1).eachCell((cell, index) => {
    const title = cellText(cell);
    const plain = headerTitle(title);
    const column = task.columns.find((c) => c.headers.includes(plain));
    if (column && !positions.has(column.key)) positions.set(column.key, { index, title });
  });

  const rows: Array<{ row: number; cells: Map<string, string> }> = [];
  // only the rows the sheet holds: a single cell far down does not make a million empty ones
  sheet.eachRow((row, r) => {
    if (r < 2) return;
    const cells = new Map<string, string>();
    for (const [key, { index }] of positions) cells.set(key, cellText(row.getCell(index)));
    if ([...cells.values()].some((value) => value !== '')) rows.push({ row: r, cells });
  });
  return { kind: 'sheet', positions, rows };
}
