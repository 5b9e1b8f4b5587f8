import ExcelJS from 'exceljs';
import path from 'node:path';

/**
 * A target of xl/_rels/workbook.xml.rels as exceljs compares it: relative to xl/. Targets are
 * relative to the part's folder unless they start with `/`, which openpyxl and other writers use
 * (`/xl/worksheets/sheet1.xml`); both name the same part.
 */
export function relativeToXl(target: string): string {
  const trimmed = target.trim();
  return trimmed.startsWith('/') ? path.posix.relative('/xl', path.posix.normalize(trimmed)) : target;
}

interface RelsParsing {
  workbookRels?: Array<{ Target?: string }>;
  _parseRels(entry: unknown): Promise<void>;
}

/**
 * exceljs' streaming reader, with the workbook's relationship targets normalised as they are
 * read. It names each worksheet by finding `worksheets/sheetN.xml` among those targets as
 * written, so an absolute target left every sheet nameless ("Sheet1") and a file with a 薪酬数据
 * sheet was refused as having none. (Its whole-workbook loader already strips a leading `/xl/`,
 * in WorkbookXform.reconcile.)
 */
export class XlsxStreamReader extends ExcelJS.stream.xlsx.WorkbookReader {
  async _parseRels(entry: unknown): Promise<void> {
    const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as RelsParsing;
    await base._parseRels.call(this, entry);
    for (const rel of (this as unknown as RelsParsing).workbookRels ?? []) {
      if (rel.Target) rel.Target = relativeToXl(rel.Target);
    }
  }
}
