import { Module } from '@nestjs/common';
import { AccessModule } from '../../common/access/access.module';
import { QueuesModule } from '../queues/queues.module';
import { AggregationTrigger } from './aggregation-trigger';
import { BenchmarksController } from './benchmarks.controller';
import { BenchmarksRepository } from './benchmarks.repository';
import { BenchmarksService } from './benchmarks.service';

/**
 * Market wage benchmarks: the bureaus' view of the computed cells, and the trigger producers
 * (wage uploads) call to have them recomputed. Imports the access layer itself because the
 * worker, which has no HTTP and no AccessModule of its own, imports this module for the trigger.
 */
@Module({
  imports: [QueuesModule, AccessModule],
  controllers: [BenchmarksController],
  providers: [AggregationTrigger, BenchmarksService, BenchmarksRepository],
  exports: [AggregationTrigger],
})
export class BenchmarksModule {}
