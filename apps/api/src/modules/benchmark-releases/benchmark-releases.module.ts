import { Module } from '@nestjs/common';
import { BenchmarkReleasesController } from './benchmark-releases.controller';
import { BenchmarkReleasesRepository } from './benchmark-releases.repository';
import { BenchmarkReleasesService } from './benchmark-releases.service';

/** Publication of wage benchmarks: drafts, review, numbered immutable releases, comparison, exports. */
@Module({
  controllers: [BenchmarkReleasesController],
  providers: [BenchmarkReleasesService, BenchmarkReleasesRepository],
  exports: [BenchmarkReleasesService, BenchmarkReleasesRepository],
})
export class BenchmarkReleasesModule {}
