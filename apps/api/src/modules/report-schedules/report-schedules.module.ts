import { Module } from '@nestjs/common';
import { ProgrammesModule } from '../programmes/programmes.module';
import { ReportSchedulesController } from './report-schedules.controller';
import { ReportSchedulesRepository } from './report-schedules.repository';
import { ReportSchedulesService } from './report-schedules.service';

/**
 * 报送周期: programmes' reporting cadence and periods. Listed before ProgressReportsModule in the
 * app module, so that `/progress-reports/schedule` is routed before `/progress-reports/:id`.
 */
@Module({
  imports: [ProgrammesModule],
  controllers: [ReportSchedulesController],
  providers: [ReportSchedulesService, ReportSchedulesRepository],
  exports: [ReportSchedulesService],
})
export class ReportSchedulesModule {}
