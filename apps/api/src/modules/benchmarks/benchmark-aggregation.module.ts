import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { BenchmarkAggregator } from './aggregation/benchmark-aggregator';
import { BenchmarkAggregationRepository } from './benchmark-aggregation.repository';
import { BenchmarksProcessor } from './benchmarks.processor';

/** Worker side only: the aggregation job that turns current wage uploads into benchmark cells. */
@Module({
  imports: [QueuesModule],
  providers: [BenchmarkAggregator, BenchmarkAggregationRepository, BenchmarksProcessor],
})
export class BenchmarkAggregationModule {}
