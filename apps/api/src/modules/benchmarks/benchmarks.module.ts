import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { AggregationTrigger } from './aggregation-trigger';

/** Market wage benchmarks: aggregation of wage uploads into computed cells. */
@Module({
  imports: [QueuesModule],
  providers: [AggregationTrigger],
  exports: [AggregationTrigger],
})
export class BenchmarksModule {}
