import { Module } from '@nestjs/common';
import { ProgrammeStatisticsController } from './programme-statistics.controller';
import { ProgrammeStatisticsRepository } from './programme-statistics.repository';
import { ProgrammeStatisticsService } from './programme-statistics.service';

@Module({
  controllers: [ProgrammeStatisticsController],
  providers: [ProgrammeStatisticsService, ProgrammeStatisticsRepository],
})
export class ProgrammeStatisticsModule {}
