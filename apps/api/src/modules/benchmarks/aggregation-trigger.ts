import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { BenchmarkJob, QueueName } from '@skillpay/domain';
import { Queue } from 'bullmq';

export interface AggregateJobData {
  programmeId: string;
  year: number;
}

/** Uploads arriving within this window are folded into one aggregation run. */
export const AGGREGATION_DEBOUNCE_MS = 5_000;

/**
 * Asks for the benchmarks of a programme and year to be brought up to date. Debounced: while a
 * run is waiting, further requests push it back instead of queuing another (BullMQ deduplication
 * in debounce mode). What to recompute is read from the uploads themselves when the job runs.
 */
@Injectable()
export class AggregationTrigger {
  constructor(@InjectQueue(QueueName.Benchmarks) private readonly queue: Queue<AggregateJobData>) {}

  async request(programmeId: string, year: number, debounceMs = AGGREGATION_DEBOUNCE_MS): Promise<void> {
    await this.queue.add(
      BenchmarkJob.Aggregate,
      { programmeId, year },
      {
        delay: debounceMs,
        deduplication: {
          id: `aggregate:${programmeId}:${year}`,
          ttl: debounceMs,
          extend: true,
          replace: true,
        },
        attempts: 5,
        backoff: { type: 'exponential', delay: 2_000 },
        removeOnComplete: { count: 1_000 },
        removeOnFail: { count: 1_000 },
      },
    );
  }

  /** Whether an aggregation of this programme and year is running, or waiting to run. */
  async state(programmeId: string, year: number): Promise<'running' | 'queued' | null> {
    const matches = (job: { data?: AggregateJobData } | undefined) =>
      job?.data?.programmeId === programmeId && job.data.year === year;
    if ((await this.queue.getJobs(['active'], 0, 200)).some(matches)) return 'running';
    if ((await this.queue.getJobs(['waiting', 'delayed', 'prioritized'], 0, 1_000)).some(matches)) {
      return 'queued';
    }
    return null;
  }
}
