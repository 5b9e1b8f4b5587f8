import { Module } from '@nestjs/common';
import { TalentStatisticsController } from './talent-statistics.controller';
import { TalentStatisticsRepository } from './talent-statistics.repository';
import { TalentStatisticsService } from './talent-statistics.service';

/** 人才统计: the leading talents in figures for the bureaus and the reviewer organisations. */
@Module({
  controllers: [TalentStatisticsController],
  providers: [TalentStatisticsService, TalentStatisticsRepository],
})
export class TalentStatisticsModule {}
