import { Module } from '@nestjs/common';
import { ProgrammeDashboardController } from './programme-dashboard.controller';
import { ProgrammeDashboardRepository } from './programme-dashboard.repository';
import { ProgrammeDashboardService } from './programme-dashboard.service';

@Module({
  controllers: [ProgrammeDashboardController],
  providers: [ProgrammeDashboardService, ProgrammeDashboardRepository],
})
export class ProgrammeDashboardModule {}
