import { Injectable } from '@nestjs/common';
import {
  ALL_AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_OUTCOME_LABELS,
  DEFAULT_LANGUAGE,
  formatChinaTime,
  type Labels,
  type Language,
  ROLE_LABELS,
} from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { type RequestContext } from '../../common/context/request-context';
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

/** An exported record: the stored fields with their labels and names, times in China time. */
type ExportRecord = Record<(typeof EXPORT_COLUMNS)[number]['key'], string>;

// names before ids: a reader scans the labels, the ids stay for tracing
const EXPORT_COLUMNS = [
  { key: 'id', header: '序号 No.', width: 10 },
  { key: 'occurredAt', header: '时间（北京时间 UTC+08:00） Time (China, UTC+08:00)', width: 22 },
  { key: 'actorName', header: '操作人 Actor', width: 18 },
  { key: 'actorUsername', header: '账号 Username', width: 16 },
  { key: 'actorRole', header: '角色 Role', width: 16 },
  { key: 'action', header: '操作 Action', width: 26 },
  { key: 'entityType', header: '对象类型 Object type', width: 16 },
  { key: 'entityName', header: '对象 Object', width: 30 },
  { key: 'outcome', header: '结果 Outcome', width: 10 },
  { key: 'ip', header: 'IP', width: 16 },
  { key: 'actionCode', header: '操作代码 Action code', width: 26 },
  { key: 'entityId', header: '对象 ID Object ID', width: 38 },
  { key: 'requestId', header: '请求编号 Request ID', width: 38 },
  { key: 'before', header: '变更前 Before', width: 50 },
  { key: 'after', header: '变更后 After', width: 50 },
] as const;

const json = (value: Record<string, unknown> | null) => (value ? JSON.stringify(value) : '');

/** A record as the export writes it, in the reader's language. */
function exportRecord(row: AuditLogDto, language: Language): ExportRecord {
  return {
    id: row.id,
    occurredAt: formatChinaTime(row.occurredAt),
    actorName: row.actorName ?? '',
    actorUsername: row.actorUsername ?? '',
    actorRole: row.actorRole ? labelOf(ROLE_LABELS, row.actorRole, language) : '',
    action: labelOf(ALL_AUDIT_ACTION_LABELS, row.action, language),
    entityType: row.entityType ? labelOf(AUDIT_ENTITY_LABELS, row.entityType, language) : '',
    entityName: row.entityName ?? '',
    outcome: labelOf(AUDIT_OUTCOME_LABELS, row.outcome, language),
    ip: row.ip ?? '',
    actionCode: row.action,
    entityId: row.entityId ?? '',
    requestId: row.requestId ?? '',
    before: json(row.before),
    after: json(row.after),
  };
}

function labelOf(labels: Readonly<Record<string, Labels>>, code: string, language: Language): string {
  return labels[code]?.[language] ?? code;
}

/** The audit administrator's reading of the log: search, export and chain verification. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: AuditRepository,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async list(query: AuditQueryDto): Promise<AuditLogListDto> {
    const [rows, total] = await this.repository.findPage(query);
    const names = await this.repository.names(rows);
    return { items: rows.map((row) => toAuditLogDto(row, names)), total };
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
    const language = this.cls.get('language') ?? DEFAULT_LANGUAGE;
    this.write(format, filter, language, body).catch((error: Error) => body.destroy(error));
    return new FileResponse(`audit-log-${stamp}.${format}`, AUDIT_EXPORT_CONTENT_TYPES[format], body);
  }

  private async write(
    format: AuditExportQueryDto['format'],
    filter: AuditFilterDto,
    language: Language,
    output: Writable,
  ): Promise<void> {
    const records = this.records(filter, language);
    if (format === 'csv') {
      const csv = csvStream(EXPORT_COLUMNS);
      csv.pipe(output);
      for await (const batch of records) {
        for (const record of batch) {
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
    for await (const batch of records) {
      for (const record of batch) sheet.addRow(record).commit();
    }
    sheet.commit();
    await workbook.commit();
  }

  /** The filtered records in batches, named and labelled for an export. */
  private async *records(filter: AuditFilterDto, language: Language): AsyncGenerator<ExportRecord[]> {
    for await (const batch of this.repository.stream(filter)) {
      const names = await this.repository.names(batch);
      yield batch.map((row) => exportRecord(toAuditLogDto(row, names), language));
    }
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
