import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type OnApplicationBootstrap } from '@nestjs/common';
import { QueueName, WageImportJob } from '@skillpay/domain';
import { type Job } from 'bullmq';
import { AppConfig } from '../../common/config/app-config';
import { type ValidateAndStoreJobData, WAGE_IMPORT_ATTEMPTS } from './wage-import.job';
import { WageImportService } from './wage-import.service';
import { WORKER_OPTIONS } from '../queues/queue-backend';

/** Runs the wage-import queue's jobs; the handler table is typed by the job enum. */
@Processor(QueueName.WageImports, WORKER_OPTIONS)
export class WageImportProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly handlers: Record<WageImportJob, (job: Job<ValidateAndStoreJobData>) => Promise<unknown>>;

  constructor(
    imports: WageImportService,
    private readonly config: AppConfig,
  ) {
    super();
    this.handlers = {
      [WageImportJob.ValidateAndStore]: async (job) => {
        try {
          const result = await imports.validateAndStore(job.data.uploadId);
          return { outcome: result.outcome };
        } catch (error) {
          // the last attempt: the upload shows the failure instead of staying "validating"
          if (job.attemptsMade + 1 >= (job.opts.attempts ?? WAGE_IMPORT_ATTEMPTS)) {
            await imports.markFailed(
              job.data.uploadId,
              error instanceof Error ? error.message : String(error),
            );
          }
          throw error;
        }
      },
    };
  }

  /**
   * A file spends most of its time waiting on PostgreSQL (lock, COPY, commit), so several at a
   * time keep both the worker and the database busy; each streams, so memory grows slowly with it.
   */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.wageImportConcurrency;
  }

  async process(job: Job<ValidateAndStoreJobData>): Promise<unknown> {
    const handler = this.handlers[job.name as WageImportJob];
    if (!handler) throw new Error(`No handler for wage-import job "${job.name}"`);
    return handler(job);
  }
}
