import { Module } from '@nestjs/common';
import { BenchmarkReleasesModule } from '../benchmark-releases/benchmark-releases.module';
import { PublicBenchmarksController } from './public-benchmarks.controller';
import { PublicBenchmarksRepository } from './public-benchmarks.repository';
import { PublicBenchmarksService } from './public-benchmarks.service';

/** The public, no-login pages' API: published wage benchmarks, releases, method notes, downloads. */
@Module({
  imports: [BenchmarkReleasesModule],
  controllers: [PublicBenchmarksController],
  providers: [PublicBenchmarksService, PublicBenchmarksRepository],
})
export class PublicBenchmarksModule {}
