import { Injectable, Logger } from '@nestjs/common';
import { type JobState } from 'bullmq';
import { WageImportQueue } from './wage-import.job';
import { WageImportRepository } from './wage-import.repository';
import { WageImportService } from './wage-import.service';

/** Uploads younger than this are left alone: the API enqueues right after its commit. */
export const STALLED_UPLOAD_AFTER_MS = 5 * 60_000;

/** a job in these states will still run (a stalled active job is put back to waiting by BullMQ) */
const LIVE_STATES: ReadonlySet<JobState | 'unknown'> = new Set<JobState>([
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'waiting-children',
]);

/**
 * Takes uploads out of limbo: committed as `queued` (or left `validating`) with no live job, because
 * Redis was unreachable when the API enqueued, or the job was lost. Run by the maintenance queue.
 */
@Injectable()
export class WageUploadRecovery {
  private readonly logger = new Logger(WageUploadRecovery.name);

  constructor(
    private readonly repository: WageImportRepository,
    private readonly queue: WageImportQueue,
    private readonly imports: WageImportService,
  ) {}

  /**
   * Queues each such upload again under its own id, so a second run (or a job that reappears)
   * cannot process it twice. A job that failed for good without the upload saying so (the worker
   * died on it again and again) marks the upload failed instead of looping. Returns the uploads handled.
   */
  async requeueStalled(): Promise<number> {
    const stalled = await this.repository.findStalled(STALLED_UPLOAD_AFTER_MS);
    let handled = 0;
    for (const id of stalled) {
      const job = await this.queue.state(id);
      if (LIVE_STATES.has(job.state)) continue;
      if (job.state === 'failed') {
        if (await this.imports.markFailed(id, job.failedReason || 'the validation job failed')) {
          this.logger.warn(`wage upload ${id}: its job failed for good (${job.failedReason}), marked failed`);
          handled += 1;
        }
        continue;
      }
      // the job may have finished and decided the upload since the select
      if (!(await this.repository.isPending(id))) continue;
      await this.queue.requeue(id);
      this.logger.warn(`wage upload ${id}: no live job (${job.state}), queued again`);
      handled += 1;
    }
    return handled;
  }
}
