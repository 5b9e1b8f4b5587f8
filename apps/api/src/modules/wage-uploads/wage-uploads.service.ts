import { Injectable, Logger } from '@nestjs/common';
import {
  type Language,
  POST_CATEGORY_LABELS,
  type PostCategory,
  Role,
  WAGE_UPLOAD_LIMITS,
  WAGE_XLSX_ZIP_LIMITS,
  maskWageErrorValue,
  wageColumnLabel,
  type WageFileError,
  WageUploadStatus,
} from '@skillpay/domain';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { csvFile } from '../../common/csv/csv-writer';
import { AppException } from '../../common/errors/app.exception';
import { translate } from '../../common/errors/messages';
import { FileResponse } from '../../common/http/file-response';
import { XLSX_CONTENT_TYPE } from '../../common/http/file-routes';
import { type PageQueryDto } from '../../common/http/pagination.dto';
import { decodeFileName } from '../attachments/attachments.service';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { detectWageFileFormat } from './wage-file/read-wage-rows';
import './wage-file/wage-file.messages';
import { WageImportQueue } from './wage-import.job';
import { wageTemplateCsv, wageTemplateFileName, wageTemplateXlsx } from './wage-template';
import { WageUploadException } from './wage-upload.exception';
import {
  type CreateWageUploadDto,
  type WageRowListDto,
  type WageUploadDto,
  type WageUploadErrorDto,
  type WageUploadErrorListDto,
  type WageUploadListDto,
  type WageUploadQueryDto,
  type WageUploadSummaryDto,
} from './wage-uploads.dto';
import { type WageUploadRow, WageUploadsRepository } from './wage-uploads.repository';
import { XlsxImportException } from '../../common/xlsx/xlsx-import.exception';
import { xlsxZipBreach, zipEntries, zipLimitParams } from '../../common/xlsx/xlsx-zip';

type WageFileFormat = 'xlsx' | 'csv';

/** The downloads' types: the templates and error lists in both formats. */
const CONTENT_TYPES: Record<WageFileFormat, string> = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: 'text/csv; charset=utf-8',
};

/** The part of a multer upload this module reads. */
export interface UploadedWageFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Bureaus see no mean pay of a cell with fewer employees: it would be one person's pay. */
export const SUMMARY_MIN_EMPLOYEES = 3;

const MIME: Record<'xlsx' | 'csv', string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** The current year in China, the latest year wage data can describe. */
function currentYear(): number {
  return new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
}

/**
 * Wage-data uploads (薪酬数据报送): accepting a file from an approved pilot enterprise and queuing
 * its validation, and reading uploads, their errors, rows and summaries within the caller's scope.
 * An enterprise sees only its own; bureaus their region's uploads and summaries, never rows.
 */
@Injectable()
export class WageUploadsService {
  private readonly logger = new Logger(WageUploadsService.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: WageUploadsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly queue: WageImportQueue,
  ) {}

  async template(language: Language, format: WageFileFormat): Promise<FileResponse> {
    const body =
      format === 'csv'
        ? wageTemplateCsv(language)
        : await wageTemplateXlsx(language, await this.repository.findTemplateOccupations());
    return new FileResponse(wageTemplateFileName(language, format), CONTENT_TYPES[format], body);
  }

  async upload(
    caller: Caller,
    dto: CreateWageUploadDto,
    file: UploadedWageFile | undefined,
  ): Promise<WageUploadDto> {
    if (!file || file.size === 0) throw WageUploadException.invalid('file', 'wage_file_required');
    if (file.size > WAGE_UPLOAD_LIMITS.maxBytes) {
      throw XlsxImportException.invalid('file', 'import_too_large', {
        maxMb: WAGE_UPLOAD_LIMITS.maxBytes / 1024 / 1024,
      });
    }
    const fileName = decodeFileName(file.originalname).slice(0, 200);
    const format = detectWageFileFormat(file.buffer);
    if (format === 'xls') throw WageUploadException.invalid('file', 'wage_file_xls', { file: fileName });
    if (!format) throw WageUploadException.invalid('file', 'wage_file_type', { file: fileName });
    // the size limit is on the compressed bytes: what an xlsx unpacks to is checked before it is queued
    if (format === 'xlsx' && xlsxZipBreach(zipEntries(file.buffer) ?? [], WAGE_XLSX_ZIP_LIMITS)) {
      throw WageUploadException.invalid('file', 'wage_upload_file_expands', {
        file: fileName,
        ...zipLimitParams(WAGE_XLSX_ZIP_LIMITS),
      });
    }
    if (dto.year > currentYear()) {
      throw WageUploadException.invalid('year', 'wage_year_future', { year: dto.year });
    }
    const regionCode = await this.repository.approvedPilotRegion(dto.programmeId, caller.organisationId);
    if (!regionCode) {
      throw WageUploadException.invalid('programmeId', 'wage_upload_not_pilot');
    }
    const contentSha256 = createHash('sha256').update(file.buffer).digest('hex');
    const same = await this.repository.sameContent({
      programmeId: dto.programmeId,
      enterpriseId: caller.organisationId,
      year: dto.year,
      contentSha256,
    });
    if (same?.versionNumber) {
      throw new WageUploadException(
        'wage_upload_duplicate',
        { version: same.versionNumber },
        { extra: { code: 'wage_upload_duplicate', versionNumber: same.versionNumber } },
      );
    }
    if (same) {
      throw new WageUploadException(
        'wage_upload_in_progress',
        {},
        { extra: { code: 'wage_upload_in_progress' } },
      );
    }

    const id = await this.unitOfWork.run(async (tx) => {
      const uploadId = await this.repository.insert(
        {
          programmeId: dto.programmeId,
          enterpriseId: caller.organisationId,
          regionCode,
          year: dto.year,
          status: WageUploadStatus.Queued,
          fileName,
          mimeType: MIME[format],
          size: file.size,
          contentSha256,
          content: file.buffer,
          uploadedBy: caller.userId,
        },
        tx,
      );
      await this.audit.record(
        {
          action: 'wage-upload.create',
          entityType: 'wage_upload',
          entityId: uploadId,
          after: { programmeId: dto.programmeId, year: dto.year, fileName, size: file.size, contentSha256 },
        },
        tx,
      );
      return uploadId;
    });
    // the worker must find the upload: queued once it is committed (with the request's answer
    // when an Idempotency-Key holds the request in one transaction)
    await this.unitOfWork.afterCommit(async () => {
      try {
        await this.queue.enqueue(id);
      } catch (error) {
        // the upload is committed and answers as queued: the maintenance job queues it again
        this.logger.error(`wage upload ${id}: could not be queued (${String(error)}); left to the recovery`);
      }
    });
    return this.get(caller, id);
  }

  async list(caller: Caller, query: WageUploadQueryDto): Promise<WageUploadListDto> {
    const [rows, total] = await this.repository.findPage(this.scope(caller), query);
    return { items: rows.map((row) => this.toDto(caller, row)), total };
  }

  async get(caller: Caller, id: string): Promise<WageUploadDto> {
    return this.toDto(caller, await this.findOrFail(caller, id));
  }

  async errors(
    caller: Caller,
    id: string,
    language: Language,
    query: PageQueryDto,
  ): Promise<WageUploadErrorListDto> {
    await this.findOrFail(caller, id);
    const { errorCount, errors } = await this.repository.errors(id);
    const start = (query.page - 1) * query.pageSize;
    return {
      items: errors.slice(start, start + query.pageSize).map((error) => renderError(error, language)),
      total: errors.length,
      errorCount,
    };
  }

  /** The error list as a file, in the caller's language. */
  async errorsFile(
    caller: Caller,
    id: string,
    language: Language,
    format: WageFileFormat,
  ): Promise<FileResponse> {
    const upload = await this.findOrFail(caller, id);
    const { errors } = await this.repository.errors(id);
    const headers =
      language === 'en' ? ['Row', 'Column', 'Value', 'Problem'] : ['行号', '列', '填写内容', '错误说明'];
    const lines = errors.map((error) => {
      const rendered = renderError(error, language);
      return [rendered.row ?? '', rendered.columnLabel, rendered.value, rendered.message];
    });
    const fileName = `${language === 'en' ? 'wage-upload-errors' : '薪酬数据错误清单'}.${format}`;
    if (format === 'csv') {
      const csv = csvFile([headers, ...lines], { recordDelimiter: 'windows' });
      return new FileResponse(fileName, CONTENT_TYPES.csv, csv);
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(language === 'en' ? 'Errors' : '错误清单', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = [
      { header: headers[0], width: 8 },
      { header: headers[1], width: 18 },
      { header: headers[2], width: 24 },
      { header: headers[3], width: 80 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(lines);
    sheet.getColumn(3).numFmt = '@';
    sheet.headerFooter.oddHeader = upload.upload.fileName;
    return new FileResponse(fileName, CONTENT_TYPES.xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
  }

  /** The original file: the enterprise itself only. */
  async file(caller: Caller, id: string): Promise<FileResponse> {
    const { upload } = await this.findOwnOrFail(caller, id);
    return new FileResponse(upload.fileName, upload.mimeType, await this.repository.content(id));
  }

  /** Employee-level rows: the enterprise itself only; bureaus work with summaries. */
  async rows(caller: Caller, id: string, query: PageQueryDto): Promise<WageRowListDto> {
    await this.findOwnOrFail(caller, id);
    const [records, total] = await this.repository.rows(id, query);
    return {
      items: records.map((record) => {
        const amounts = [
          record.base_pay,
          record.post_pay,
          record.performance_pay,
          record.allowances,
          record.other_pay,
        ];
        return {
          rowNumber: record.row_number,
          employeeRef: record.employee_ref,
          occupationCode: record.occupation_code,
          occupationName: record.occupation_name,
          skillLevel: record.skill_level,
          postCategory: record.post_category as PostCategory,
          monthsWorked: record.months_worked,
          basePay: Number(record.base_pay),
          postPay: Number(record.post_pay),
          performancePay: Number(record.performance_pay),
          allowances: Number(record.allowances),
          otherPay: Number(record.other_pay),
          // summed in cents: no binary-fraction drift in the total shown
          totalPay: amounts.reduce((sum, amount) => sum + Math.round(Number(amount) * 100), 0) / 100,
        };
      }),
      total,
    };
  }

  /** Employees and mean pay by occupation × skill level, for the enterprise and bureaus in scope. */
  async summary(caller: Caller, id: string): Promise<WageUploadSummaryDto> {
    const row = await this.findOrFail(caller, id);
    const own = this.isOwn(caller, row);
    const records = await this.repository.summary(id);
    return {
      uploadId: id,
      employees: records.reduce((sum, record) => sum + record.employees, 0),
      minEmployeesForPay: own ? 1 : SUMMARY_MIN_EMPLOYEES,
      cells: records.map((record) => {
        const shown = own || record.employees >= SUMMARY_MIN_EMPLOYEES;
        return {
          occupationCode: record.occupation_code,
          occupationName: record.occupation_name,
          skillLevel: record.skill_level,
          employees: record.employees,
          meanPay: shown ? Number(record.mean_pay) : null,
          meanAnnualisedPay: shown ? Number(record.mean_annualised_pay) : null,
        };
      }),
    };
  }

  private scope(caller: Caller) {
    return this.access.scope(caller, 'wageUploads', 'read');
  }

  private isOwn(caller: Caller, row: WageUploadRow): boolean {
    return caller.role === Role.Enterprise && caller.organisationId === row.upload.enterpriseId;
  }

  private async findOrFail(caller: Caller, id: string): Promise<WageUploadRow> {
    const row = await this.repository.findInScope(this.scope(caller), id);
    if (row) return row;
    throw AppException.notFound(
      (await this.repository.exists(id)) ? { entityType: 'wage_upload', entityId: id } : undefined,
    );
  }

  /** Files and rows belong to the enterprise alone: bureaus in scope are refused (403), others see 404. */
  private async findOwnOrFail(caller: Caller, id: string): Promise<WageUploadRow> {
    const row = await this.findOrFail(caller, id);
    if (!this.isOwn(caller, row)) throw AppException.forbidden();
    return row;
  }

  private toDto(caller: Caller, row: WageUploadRow): WageUploadDto {
    const { upload } = row;
    return {
      id: upload.id,
      programmeId: upload.programmeId,
      programmeTitle: row.programmeTitle,
      enterprise: {
        id: upload.enterpriseId,
        name: row.enterpriseName,
        regionCode: upload.regionCode,
        regionName: row.regionName,
      },
      year: upload.year,
      versionNumber: upload.versionNumber,
      status: upload.status,
      fileName: upload.fileName,
      size: upload.size,
      progress: upload.progress,
      rowCount: upload.rowCount,
      errorCount: upload.errorCount,
      supersededBy: upload.supersededBy,
      supersededByVersion: row.supersededByVersion,
      ownUpload: this.isOwn(caller, row),
      createdAt: upload.createdAt,
      processedAt: upload.processedAt,
    };
  }
}

/** A stored error in the reader's language. */
export function renderError(error: WageFileError, language: Language): WageUploadErrorDto {
  const columnLabel = wageColumnLabel(error.column, language);
  const category = error.params?.category as PostCategory | undefined;
  return {
    row: error.row,
    column: error.column,
    columnLabel,
    // masked again when shown: errors stored before values were masked must not show them in clear
    value: maskWageErrorValue(error.code, error.value),
    code: error.code,
    message: translate(language, `errors.${error.code}`, {
      ...error.params,
      columnLabel,
      ...(category && POST_CATEGORY_LABELS[category]
        ? { categoryLabel: POST_CATEGORY_LABELS[category][language] }
        : {}),
    }),
  };
}
