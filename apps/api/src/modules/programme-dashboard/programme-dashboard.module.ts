import { Module } from '@nestjs/common';
import { LedgerProgressModule } from '../ledger-tasks/ledger-progress.module';
import { ProgrammeDashboardController } from './programme-dashboard.controller';
import { ProgrammeDashboardRepository } from './programme-dashboard.repository';
import { ProgrammeDashboardService } from './programme-dashboard.service';

@Module({
  imports: [LedgerProgressModule],
  controllers: [ProgrammeDashboardController],
  providers: [ProgrammeDashboardService, ProgrammeDashboardRepository],
})
export class ProgrammeDashboardModule {}
