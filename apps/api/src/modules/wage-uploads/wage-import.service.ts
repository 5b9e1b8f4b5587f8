import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, WageUploadStatus } from '@skillpay/domain';
import { type PoolClient } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../common/config/app-config';
import { insertAuditRecord } from '../audit/audit.service';
import { AggregationTrigger } from '../benchmarks/aggregation-trigger';
import { NotificationsService } from '../notifications/notifications.service';
import {
  claimCompanionUploads,
  COMPANION_MAX_BYTES,
  storeWageFiles,
  type StoreWageFileResult,
} from './wage-file/store-wage-file';

/** Progress is written at most this often, on its own connection so readers see it at once. */
const PROGRESS_INTERVAL_MS = 500;

/**
 * Writes an upload's progress outside the storing transaction (whose changes nobody sees until it
 * commits). Never awaited inside that transaction: a write queued behind its row lock would wait
 * for a commit that waits for the write.
 */
class ProgressWriter {
  private last = 0;
  private pending: Promise<unknown> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uploadId: string,
  ) {}

  report(fraction: number): void {
    const now = Date.now();
    if (this.pending || now - this.last < PROGRESS_INTERVAL_MS) return;
    this.last = now;
    const percent = Math.max(1, Math.min(99, Math.floor(fraction * 100)));
    this.pending = this.dataSource
      .query(`UPDATE wage_upload SET progress = $2 WHERE id = $1 AND status = 'validating'`, [
        this.uploadId,
        percent,
      ])
      .catch(() => undefined)
      .finally(() => (this.pending = null));
  }

  async settle(): Promise<void> {
    await this.pending;
  }
}

/** A batch with other uploads failed; the job's own upload is then stored alone. */
class BatchFailed extends Error {
  constructor(cause: unknown) {
    super('the batch of wage uploads failed', { cause });
  }
}

/**
 * The worker's side of an upload: validates the file and stores it as the enterprise's new
 * version (or rejects it) in one transaction with its audit record and notification, then asks
 * for the benchmarks to be re-aggregated. Other small queued uploads (WAGE_IMPORT_BATCH) share the
 * transaction and its COPY, each decided on its own; their jobs find them done. A retried job
 * finds its upload done and changes nothing.
 */
@Injectable()
export class WageImportService {
  private readonly logger = new Logger(WageImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly aggregation: AggregationTrigger,
    private readonly config: AppConfig,
  ) {}

  async validateAndStore(uploadId: string): Promise<StoreWageFileResult> {
    const [, started] = await this.dataSource.query<[unknown, number]>(
      `UPDATE wage_upload SET status = 'validating', progress = 0, failure_reason = NULL
       WHERE id = $1 AND status IN ('queued', 'validating', 'failed')`,
      [uploadId],
    );
    // decided before: by an earlier attempt, or along with another job's upload
    if (started === 0) return this.decided(uploadId);
    let results: StoreWageFileResult[];
    try {
      results = await this.store(uploadId, this.config.wageImportBatch - 1);
    } catch (error) {
      // a batch failed as a whole: the job's own upload alone decides whether the job fails
      // (the others were not changed and are stored by their own jobs)
      if (!(error instanceof BatchFailed)) throw error;
      this.logger.warn(
        `wage upload ${uploadId}: stored alone after its batch failed (${String(error.cause)})`,
      );
      results = await this.store(uploadId, 0);
    }
    const targets = new Map<string, { programmeId: string; year: number }>();
    for (const result of results) {
      const current =
        result.outcome === 'stored' ||
        (result.outcome === 'unchanged' && result.status === WageUploadStatus.Current);
      if (current) targets.set(`${result.programmeId}:${result.year}`, result);
      this.logger.log(
        `wage upload ${result.id}: ${result.outcome}` +
          (result.outcome === 'stored' ? ` v${result.versionNumber}, ${result.rowCount} rows` : '') +
          (result.outcome === 'rejected' ? `, ${result.errorCount} errors` : '') +
          (result.id === uploadId ? '' : ` (with ${uploadId})`),
      );
    }
    // after the commit, so the aggregation sees the new versions (a retry asks again: it is debounced)
    for (const { programmeId, year } of targets.values()) await this.aggregation.request(programmeId, year);
    return results[0];
  }

  private async decided(uploadId: string): Promise<StoreWageFileResult> {
    const [upload] = await this.dataSource.query<
      Array<{
        programme_id: string;
        enterprise_id: string;
        year: number;
        status: WageUploadStatus;
        version_number: number | null;
      }>
    >(`SELECT programme_id, enterprise_id, year, status, version_number FROM wage_upload WHERE id = $1`, [
      uploadId,
    ]);
    if (!upload) throw new Error(`wage upload ${uploadId} does not exist`);
    this.logger.log(`wage upload ${uploadId}: unchanged (${upload.status})`);
    // a retry asks again in case the attempt that stored it did not get to (it is debounced)
    if (upload.status === WageUploadStatus.Current)
      await this.aggregation.request(upload.programme_id, upload.year);
    return {
      id: uploadId,
      programmeId: upload.programme_id,
      enterpriseId: upload.enterprise_id,
      year: upload.year,
      outcome: 'unchanged',
      status: upload.status,
      versionNumber: upload.version_number,
    };
  }

  /**
   * The upload, and up to `companions` other small queued uploads, validated and stored in one
   * transaction with their audit records and notifications. The upload's own result comes first.
   */
  private async store(uploadId: string, companions: number): Promise<StoreWageFileResult[]> {
    const progress = new ProgressWriter(this.dataSource, uploadId);
    const runner = this.dataSource.createQueryRunner();
    try {
      // the transaction's own pg client: COPY streams on it
      const client = (await runner.connect()) as PoolClient;
      await runner.startTransaction();
      let others: string[] = [];
      try {
        others = await claimCompanionUploads(client, uploadId, {
          count: companions,
          maxBytes: COMPANION_MAX_BYTES,
        });
        const results = await storeWageFiles(client, [
          { uploadId, onProgress: (fraction) => progress.report(fraction) },
          ...others.map((id) => ({ uploadId: id })),
        ]);
        for (const result of results)
          if (result.outcome !== 'unchanged') await this.record(result, runner.manager);
        await runner.commitTransaction();
        return results;
      } catch (error) {
        await runner.rollbackTransaction();
        throw others.length > 0 ? new BatchFailed(error) : error;
      }
    } finally {
      await runner.release();
      await progress.settle();
    }
  }

  /**
   * The job itself failed for good (not the file): the upload says so, with the reason for the
   * operators, and the enterprise is told to upload again. False when the upload was already decided.
   */
  async markFailed(uploadId: string, reason: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query<[Array<{ enterprise_id: string; file_name: string }>, number]>(
        `UPDATE wage_upload SET status = 'failed', failure_reason = $2, processed_at = now()
         WHERE id = $1 AND status IN ('queued', 'validating')
         RETURNING enterprise_id, file_name`,
        [uploadId, reason.slice(0, 2000)],
      );
      const upload = rows[0];
      if (!upload) return false;
      // no user acted: the job is the actor, named by the request id
      await insertAuditRecord(manager, {
        actorId: null,
        actorUsername: null,
        actorRole: null,
        ip: null,
        requestId: `job:wage-imports:${uploadId}`,
        action: 'wage-upload.fail',
        entityType: 'wage_upload',
        entityId: uploadId,
        outcome: 'success',
        before: null,
        after: { status: WageUploadStatus.Failed, reason: reason.slice(0, 500) },
      });
      await this.notifications.notify(
        {
          recipientOrganisationIds: [upload.enterprise_id],
          kind: 'wage-upload.failed',
          title: {
            'zh-CN': `薪酬数据文件“${upload.file_name}”未能处理，未保存任何数据，请重新上传`,
            en: `The wage file "${upload.file_name}" could not be processed; nothing was stored, please upload it again`,
          },
          link: `/wage-uploads/${uploadId}`,
          dedupeKey: `wage-upload:${uploadId}:failed`,
        },
        manager,
      );
      return true;
    });
  }

  private async record(result: StoreWageFileResult, manager: EntityManager): Promise<void> {
    const [upload] = await manager.query<
      Array<{ file_name: string; uploaded_by: string | null; username: string | null; title: string }>
    >(
      `SELECT u.file_name, u.uploaded_by, a.username, p.title FROM wage_upload u
       JOIN programme p ON p.id = u.programme_id LEFT JOIN app_user a ON a.id = u.uploaded_by
       WHERE u.id = $1`,
      [result.id],
    );
    const stored = result.outcome === 'stored';
    // done on the uploader's behalf: the audit names them, the request id names the job
    await insertAuditRecord(manager, {
      actorId: upload.uploaded_by,
      actorUsername: upload.username,
      actorRole: upload.uploaded_by ? Role.Enterprise : null,
      ip: null,
      requestId: `job:wage-imports:${result.id}`,
      action: stored ? 'wage-upload.store' : 'wage-upload.reject',
      entityType: 'wage_upload',
      entityId: result.id,
      outcome: 'success',
      before: null,
      after:
        result.outcome === 'stored'
          ? {
              status: WageUploadStatus.Current,
              versionNumber: result.versionNumber,
              rowCount: result.rowCount,
              supersededId: result.supersededId,
            }
          : {
              status: WageUploadStatus.Rejected,
              errorCount: result.outcome === 'rejected' ? result.errorCount : 0,
            },
    });
    await this.notifications.notify(
      {
        recipientOrganisationIds: [result.enterpriseId],
        kind: stored ? 'wage-upload.stored' : 'wage-upload.rejected',
        title:
          result.outcome === 'stored'
            ? {
                'zh-CN': `${result.year} 年度薪酬数据已保存为第 ${result.versionNumber} 版（${result.rowCount} 行，${upload.title}）`,
                en: `Wage data ${result.year} stored as version ${result.versionNumber} (${result.rowCount} rows, ${upload.title})`,
              }
            : {
                'zh-CN': `薪酬数据文件“${upload.file_name}”有 ${result.outcome === 'rejected' ? result.errorCount : 0} 处错误，未保存任何数据`,
                en: `The wage file "${upload.file_name}" has ${result.outcome === 'rejected' ? result.errorCount : 0} errors; nothing was stored`,
              },
        link: `/wage-uploads/${result.id}`,
        dedupeKey: `wage-upload:${result.id}:${result.outcome}`,
      },
      manager,
    );
  }
}
