import { Injectable, Logger } from '@nestjs/common';
import { Role, WageUploadStatus } from '@skillpay/domain';
import { AppConfig } from '../../common/config/app-config';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AggregationTrigger } from '../benchmarks/aggregation-trigger';
import { NotificationsService } from '../notifications/notifications.service';
import {
  claimCompanionUploads,
  COMPANION_MAX_BYTES,
  storeWageFiles,
  type StoreWageFileResult,
} from './wage-file/store-wage-file';
import { WageFileThreads } from './wage-file/wage-file-threads';
import { WageImportRepository } from './wage-import.repository';

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
    private readonly repository: WageImportRepository,
    private readonly uploadId: string,
  ) {}

  report(fraction: number): void {
    const now = Date.now();
    if (this.pending || now - this.last < PROGRESS_INTERVAL_MS) return;
    this.last = now;
    const percent = Math.max(1, Math.min(99, Math.floor(fraction * 100)));
    this.pending = this.repository
      .writeProgress(this.uploadId, percent)
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
    private readonly repository: WageImportRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly notifications: NotificationsService,
    private readonly aggregation: AggregationTrigger,
    private readonly config: AppConfig,
    private readonly threads: WageFileThreads,
  ) {}

  async validateAndStore(uploadId: string): Promise<StoreWageFileResult> {
    // decided before: by an earlier attempt, or along with another job's upload
    if (!(await this.repository.start(uploadId))) return this.decided(uploadId);
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
    const upload = await this.repository.findDecided(uploadId);
    if (!upload) throw new Error(`wage upload ${uploadId} does not exist`);
    this.logger.log(`wage upload ${uploadId}: unchanged (${upload.status})`);
    // a retry asks again in case the attempt that stored it did not get to (it is debounced)
    if (upload.status === WageUploadStatus.Current)
      await this.aggregation.request(upload.programmeId, upload.year);
    return {
      id: uploadId,
      programmeId: upload.programmeId,
      enterpriseId: upload.enterpriseId,
      year: upload.year,
      outcome: 'unchanged',
      status: upload.status,
      versionNumber: upload.versionNumber,
    };
  }

  /**
   * The upload, and up to `companions` other small queued uploads, validated and stored in one
   * transaction with their audit records and notifications. The upload's own result comes first.
   */
  private async store(uploadId: string, companions: number): Promise<StoreWageFileResult[]> {
    const progress = new ProgressWriter(this.repository, uploadId);
    let others: string[] = [];
    try {
      // the transaction's own pg client: COPY streams on it
      return await this.repository.storeTransaction(async (client, tx) => {
        others = await claimCompanionUploads(client, uploadId, {
          count: companions,
          maxBytes: COMPANION_MAX_BYTES,
        });
        const results = await storeWageFiles(
          client,
          [
            { uploadId, onProgress: (fraction) => progress.report(fraction) },
            ...others.map((id) => ({ uploadId: id })),
          ],
          { readRows: this.threads.read },
        );
        for (const result of results) if (result.outcome !== 'unchanged') await this.record(result, tx);
        return results;
      });
    } catch (error) {
      throw others.length > 0 ? new BatchFailed(error) : error;
    } finally {
      await progress.settle();
    }
  }

  /**
   * The job itself failed for good (not the file): the upload says so, with the reason for the
   * operators, and the enterprise is told to upload again. False when the upload was already decided.
   */
  async markFailed(uploadId: string, reason: string): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const upload = await this.repository.markFailed(uploadId, reason.slice(0, 2000), tx);
      if (!upload) return false;
      // no user acted: the job is the actor, named by the request id
      await this.repository.recordAudit(
        {
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
        },
        tx,
      );
      await this.notifications.notify(
        {
          recipientOrganisationIds: [upload.enterpriseId],
          kind: 'wage-upload.failed',
          title: {
            'zh-CN': `薪酬数据文件“${upload.fileName}”未能处理，未保存任何数据，请重新上传`,
            en: `The wage file "${upload.fileName}" could not be processed; nothing was stored, please upload it again`,
          },
          link: `/wage-uploads/${uploadId}`,
          dedupeKey: `wage-upload:${uploadId}:failed`,
        },
        tx,
      );
      return true;
    });
  }

  private async record(result: StoreWageFileResult, tx: Tx): Promise<void> {
    const upload = await this.repository.findForRecord(result.id, tx);
    const stored = result.outcome === 'stored';
    // done on the uploader's behalf: the audit names them, the request id names the job
    await this.repository.recordAudit(
      {
        actorId: upload.uploadedBy,
        actorUsername: upload.username,
        actorRole: upload.uploadedBy ? Role.Enterprise : null,
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
      },
      tx,
    );
    await this.notifications.notify(
      {
        recipientOrganisationIds: [result.enterpriseId],
        kind: stored ? 'wage-upload.stored' : 'wage-upload.rejected',
        title:
          result.outcome === 'stored'
            ? {
                'zh-CN': `${result.year} 年度薪酬数据已保存为第 ${result.versionNumber} 版（${result.rowCount} 行，${upload.programmeTitle}）`,
                en: `Wage data ${result.year} stored as version ${result.versionNumber} (${result.rowCount} rows, ${upload.programmeTitle})`,
              }
            : {
                'zh-CN': `薪酬数据文件“${upload.fileName}”有 ${result.outcome === 'rejected' ? result.errorCount : 0} 处错误，未保存任何数据`,
                en: `The wage file "${upload.fileName}" has ${result.outcome === 'rejected' ? result.errorCount : 0} errors; nothing was stored`,
              },
        link: `/wage-uploads/${result.id}`,
        dedupeKey: `wage-upload:${result.id}:${result.outcome}`,
      },
      tx,
    );
  }
}
