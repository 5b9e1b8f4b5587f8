import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { BenchmarkJob, QueueName } from '@skillpay/domain';
import { type Job } from 'bullmq';
import { type AggregateJobData } from './aggregation-trigger';
import { type AggregationResult, BenchmarkAggregator } from './aggregation/benchmark-aggregator';
import { WORKER_OPTIONS } from '../queues/queue-backend';

/** Runs the benchmark queue's jobs; the handler table is typed by the job enum. */
@Processor(QueueName.Benchmarks, WORKER_OPTIONS)
export class BenchmarksProcessor extends WorkerHost {
  private readonly logger = new Logger(BenchmarksProcessor.name);
  private readonly handlers: Record<BenchmarkJob, (data: AggregateJobData) => Promise<AggregationResult>>;

  constructor(aggregator: BenchmarkAggregator) {
    super();
    this.handlers = {
      [BenchmarkJob.Aggregate]: (data) => aggregator.aggregate(data.programmeId, data.year),
    };
  }

  async process(job: Job<AggregateJobData>): Promise<AggregationResult> {
    const handler = this.handlers[job.name as BenchmarkJob];
    if (!handler) throw new Error(`No handler for benchmark job "${job.name}"`);
    const result = await handler(job.data);
    const { programmeId, year } = job.data;
    this.logger.log(
      result.skipped
        ? `${job.name} ${programmeId}/${year}: up to date`
        : `${job.name} ${programmeId}/${year}: ${result.full ? 'full' : 'incremental'}, ${result.pairs} pairs, ${result.rows} rows, ${result.cells} cells in ${result.durationMs} ms`,
    );
    return result;
  }
}
