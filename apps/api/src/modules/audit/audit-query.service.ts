import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { UnitOfWork } from '../../database/unit-of-work';
import { PassThrough, type Writable } from 'node:stream';
import { csvStream } from '../../common/csv/csv-writer';
import { FileResponse } from '../../common/http/file-response';
import { AuditService } from './audit.service';
import {
  type AuditExportQueryDto,
  type AuditFilterDto,
  type AuditLogDto,
  type AuditLogListDto,
  type AuditQueryDto,
  type AuditVerificationDto,
  toAuditLogDto,
} from './audit.dto';
import { AuditRepository } from './audit.repository';

export const AUDIT_EXPORT_CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const EXPORT_COLUMNS: Array<{ key: keyof AuditLogDto; header: string; width: number }> = [
  { key: 'id', header: 'ID', width: 10 },
  { key: 'occurredAt', header: '时间 Time (UTC)', width: 26 },
  { key: 'actorUsername', header: '操作人 Actor', width: 18 },
  { key: 'actorRole', header: '角色 Role', width: 16 },
  { key: 'ip', header: 'IP', width: 16 },
  { key: 'requestId', header: '请求 Request ID', width: 38 },
  { key: 'action', header: '操作 Action', width: 24 },
  { key: 'entityType', header: '对象类型 Entity', width: 14 },
  { key: 'entityId', header: '对象 ID', width: 38 },
  { key: 'outcome', header: '结果 Outcome', width: 10 },
  { key: 'before', header: '变更前 Before', width: 50 },
  { key: 'after', header: '变更后 After', width: 50 },
];

function cell(row: AuditLogDto, key: keyof AuditLogDto): string {
  const value = row[key];
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The audit administrator's reading of the log: search, export and chain verification. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: AuditRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: AuditQueryDto): Promise<AuditLogListDto> {
    const [rows, total] = await this.repository.findPage(query);
    return { items: rows.map(toAuditLogDto), total };
  }

  async verify(): Promise<AuditVerificationDto> {
    const { checked, firstBrokenId } = await this.repository.verifyChain();
    return { ok: firstBrokenId === null, checked, firstBrokenId };
  }

  /**
   * The filtered log as csv (UTF-8 with BOM, for Excel; text that could start a formula neutralised
   * by the csv writer) or xlsx (every cell written as a string, never a formula), streamed as read.
   */
  async export(query: AuditExportQueryDto): Promise<FileResponse> {
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
    const { format, ...filter } = query;
    await this.audit.record({ action: 'audit.export', entityType: 'audit_log', after: { format, filter } });
    const body = new PassThrough();
    this.write(format, filter, body).catch((error: Error) => body.destroy(error));
    return new FileResponse(`audit-log-${stamp}.${format}`, AUDIT_EXPORT_CONTENT_TYPES[format], body);
  }

  private async write(
    format: AuditExportQueryDto['format'],
    filter: AuditFilterDto,
    output: Writable,
  ): Promise<void> {
    const rows = this.repository.stream(filter);
    if (format === 'csv') {
      const csv = csvStream(EXPORT_COLUMNS);
      csv.pipe(output);
      for await (const batch of rows) {
        for (const row of batch.map(toAuditLogDto)) {
          const record = Object.fromEntries(EXPORT_COLUMNS.map(({ key }) => [key, cell(row, key)]));
          if (!csv.write(record)) await new Promise((resolve) => csv.once('drain', resolve));
        }
      }
      csv.end();
      await new Promise((resolve) => output.once('finish', resolve));
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
    const sheet = workbook.addWorksheet('审计日志 Audit log', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = EXPORT_COLUMNS.map(({ key, header, width }) => ({ key, header, width }));
    sheet.getRow(1).font = { bold: true };
    for await (const batch of rows) {
      for (const row of batch.map(toAuditLogDto)) {
        sheet.addRow(Object.fromEntries(EXPORT_COLUMNS.map(({ key }) => [key, cell(row, key)]))).commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  }

  /** Retention: removes rows older than the cutoff and records the purge in the same transaction. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    return this.unitOfWork.run(async (tx) => {
      const removed = await this.repository.purgeOlderThan(cutoff, tx);
      if (removed > 0) {
        await this.audit.record(
          {
            action: 'audit.purge',
            entityType: 'audit_log',
            after: { cutoff: cutoff.toISOString(), removed },
          },
          tx,
        );
      }
      return removed;
    });
  }
}
