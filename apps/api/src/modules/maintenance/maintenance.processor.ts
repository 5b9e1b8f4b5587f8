import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { MaintenanceJob, QueueName } from '@skillpay/domain';
import { type Job } from 'bullmq';
import { AppConfig } from '../../common/config/app-config';
import { IdempotencyRepository } from '../../common/idempotency/idempotency.repository';
import { AuditQueryService } from '../audit/audit-query.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { SessionService } from '../auth/session.service';
import { WageUploadRecovery } from '../wage-uploads/wage-upload-recovery';
import { WORKER_OPTIONS } from '../queues/queue-backend';

const DAY_MS = 86_400_000;

/**
 * Runs the scheduled maintenance jobs. The handler table is typed by the job enum, so a job
 * without a handler (or with two) does not compile. Every handler is idempotent.
 */
@Processor(QueueName.Maintenance, WORKER_OPTIONS)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);
  private readonly handlers: Record<MaintenanceJob, () => Promise<number>>;

  constructor(
    sessions: SessionService,
    throttle: LoginThrottleService,
    audit: AuditQueryService,
    config: AppConfig,
    wageUploads: WageUploadRecovery,
    idempotencyKeys: IdempotencyRepository,
  ) {
    super();
    this.handlers = {
      [MaintenanceJob.PurgeExpiredSessions]: () => sessions.purgeExpired(),
      [MaintenanceJob.ClearExpiredLockouts]: () => throttle.clearExpired(),
      [MaintenanceJob.PurgeExpiredAuditLog]: () =>
        audit.purgeOlderThan(new Date(Date.now() - config.auditRetentionDays * DAY_MS)),
      // counted like the others: uploads removed from the stalled ones (queued again or marked failed)
      [MaintenanceJob.RequeueStalledWageUploads]: () => wageUploads.requeueStalled(),
      [MaintenanceJob.PurgeExpiredIdempotencyKeys]: () => idempotencyKeys.deleteExpired(),
    };
  }

  async process(job: Job): Promise<{ removed: number }> {
    const handler = this.handlers[job.name as MaintenanceJob];
    if (!handler) throw new Error(`No handler for maintenance job "${job.name}"`);
    const removed = await handler();
    this.logger.log(`${job.name}: ${removed} removed`);
    return { removed };
  }
}
