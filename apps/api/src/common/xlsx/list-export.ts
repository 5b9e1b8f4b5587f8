import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { formatChinaTime } from '@skillpay/domain';
import { IsIn } from 'class-validator';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { AuditService } from '../../modules/audit/audit.service';
import { FileResponse } from '../http/file-response';

export const XLSX_LIST_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `?format=xlsx`, added to a list's filters to export it (`GET …/export`). */
export class ListExportFormatDto {
  @ApiProperty({ enum: ['xlsx'] })
  @IsIn(['xlsx'])
  format: 'xlsx';
}

/** A value as an export writes it: text as text (never a formula), numbers as numbers. */
export type ExportValue = string | number | Date | null | undefined;

export interface ExportColumn<T> {
  /** the Chinese header, with its unit where it has one */
  header: string;
  width?: number;
  value: (item: T) => ExportValue;
}

export interface ListExport<T> {
  /** the file's name without the extension and date, e.g. 企业名录 */
  title: string;
  /** what is exported, for the audit record (`list.export`), e.g. `enterprise` */
  entityType: string;
  /** the filters as given, recorded in the audit record */
  filter: object;
  columns: ReadonlyArray<ExportColumn<T>>;
  /**
   * One page of the list as the list endpoint answers it, so the export has the list's filters,
   * access scope, order and masking by construction.
   */
  page: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>;
}

/** As large as a list page may be (PageQueryDto's maximum). */
const EXPORT_PAGE_SIZE = 200;

/**
 * A cell's value: a date in China time (the header says so), text and numbers as they are. The
 * streaming writer stores a string as a string cell, never a formula, so `=HYPERLINK(…)` typed into
 * a name stays text; the csv writer's quote prefix is for csv only.
 */
function cellOf(value: ExportValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return formatChinaTime(value);
  return value;
}

/**
 * The one xlsx export of the portal's lists (enterprises, applications, reports, guidance, uploads,
 * users): a sheet with Chinese headers, frozen and filterable, streamed as the pages are read.
 */
@Injectable()
export class ListExportService {
  constructor(private readonly audit: AuditService) {}

  async export<T>(spec: ListExport<T>): Promise<FileResponse> {
    await this.audit.record({
      action: 'list.export',
      entityType: spec.entityType,
      after: { format: 'xlsx', filter: spec.filter },
    });
    const body = new PassThrough();
    this.write(spec, body).catch((error: Error) => body.destroy(error));
    const date = formatChinaTime(new Date()).slice(0, 10).replace(/-/g, '');
    return new FileResponse(`${spec.title}-${date}.xlsx`, XLSX_LIST_CONTENT_TYPE, body, {
      asciiFileName: `${spec.entityType}-${date}.xlsx`,
    });
  }

  private async write<T>(spec: ListExport<T>, output: PassThrough): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
    const sheet = workbook.addWorksheet(spec.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map(({ header, width }, index) => ({
      key: String(index),
      header,
      width: width ?? 16,
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
    for (let page = 1; ; page += 1) {
      const { items, total } = await spec.page(page, EXPORT_PAGE_SIZE);
      for (const item of items) {
        sheet.addRow(spec.columns.map((column) => cellOf(column.value(item)))).commit();
      }
      if (items.length < EXPORT_PAGE_SIZE || page * EXPORT_PAGE_SIZE >= total) break;
    }
    sheet.commit();
    await workbook.commit();
  }
}

/** A domain label in Chinese (the language of the exports), or the code when it has none. */
export function zh(
  labels: Readonly<Record<string, { 'zh-CN': string }>>,
  code: string | null | undefined,
): string {
  if (code === null || code === undefined) return '';
  return labels[code]?.['zh-CN'] ?? code;
}

/** Several labels in one cell, 、-separated as Chinese lists are. */
export function zhList(
  labels: Readonly<Record<string, { 'zh-CN': string }>>,
  codes: readonly string[] | null | undefined,
): string {
  return (codes ?? []).map((code) => zh(labels, code)).join('、');
}
