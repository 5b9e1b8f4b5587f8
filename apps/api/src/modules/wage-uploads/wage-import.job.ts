import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QueueName, WageImportJob } from '@skillpay/domain';
import { Queue } from 'bullmq';

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
