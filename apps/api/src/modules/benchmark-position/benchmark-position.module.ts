import { Module } from '@nestjs/common';
import { BenchmarkReleasesModule } from '../benchmark-releases/benchmark-releases.module';
import { BenchmarkPositionController } from './benchmark-position.controller';
import { BenchmarkPositionRepository } from './benchmark-position.repository';
import { BenchmarkPositionService } from './benchmark-position.service';

/** 薪酬对标: an enterprise's own pay against the published benchmarks. */
@Module({
  imports: [BenchmarkReleasesModule],
  controllers: [BenchmarkPositionController],
  providers: [BenchmarkPositionService, BenchmarkPositionRepository],
})
export class BenchmarkPositionModule {}
