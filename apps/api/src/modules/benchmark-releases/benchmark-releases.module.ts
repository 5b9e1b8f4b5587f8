import { Module } from '@nestjs/common';
import { WorkflowModule } from '../../common/workflow/workflow.module';
import { BenchmarkReleasesController } from './benchmark-releases.controller';
import { BenchmarkReleasesRepository } from './benchmark-releases.repository';
import { BenchmarkReleasesService } from './benchmark-releases.service';
import { ReleaseCellsService } from './release-cells.service';
import { ReleaseChangeControl } from './release-change-control';

/** Publication of wage benchmarks: drafts, review, numbered immutable releases, comparison, exports. */
@Module({
  // named although global: the demo seed's context builds this module without the app module
  imports: [WorkflowModule],
  controllers: [BenchmarkReleasesController],
  providers: [
    BenchmarkReleasesService,
    ReleaseCellsService,
    ReleaseChangeControl,
    BenchmarkReleasesRepository,
  ],
  exports: [BenchmarkReleasesService, BenchmarkReleasesRepository],
})
export class BenchmarkReleasesModule {}
