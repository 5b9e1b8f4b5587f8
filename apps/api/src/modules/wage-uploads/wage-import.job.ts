import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QueueName, WageImportJob } from '@skillpay/domain';
import { type JobState, Queue } from 'bullmq';

export interface ValidateAndStoreJobData {
  uploadId: string;
}

/** Retries of a job whose run failed (not a file with errors: that is a result, not a failure). */
export const WAGE_IMPORT_ATTEMPTS = 3;

/**
 * Enqueues the validation of an uploaded file. The job id is the upload id, so a repeated request
 * cannot queue the same upload twice.
 */
@Injectable()
export class WageImportQueue {
  constructor(@InjectQueue(QueueName.WageImports) private readonly queue: Queue<ValidateAndStoreJobData>) {}

  /** where the upload's job is: `unknown` when there is none (never queued, or already removed) */
  async state(uploadId: string): Promise<{ state: JobState | 'unknown'; failedReason?: string }> {
    const job = await this.queue.getJob(uploadId);
    if (!job) return { state: 'unknown' };
    return { state: await job.getState(), failedReason: job.failedReason };
  }

  /** Queues the upload again; a finished job of the same id is removed first, or the add would be a no-op. */
  async requeue(uploadId: string): Promise<void> {
    await this.queue.remove(uploadId);
    await this.enqueue(uploadId);
  }

  async enqueue(uploadId: string): Promise<void> {
    await this.queue.add(
      WageImportJob.ValidateAndStore,
      { uploadId },
      {
        jobId: uploadId,
        attempts: WAGE_IMPORT_ATTEMPTS,
        backoff: { type: 'exponential', delay: 5_000 },
        removeOnComplete: { count: 1_000 },
        removeOnFail: { count: 1_000 },
      },
    );
  }
}
