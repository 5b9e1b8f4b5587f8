import { ListExportModule } from '../../common/xlsx/list-export.module';
import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ReportSchedulesModule } from '../report-schedules/report-schedules.module';
import { ProgressReportsController } from './progress-reports.controller';
import { ProgressReportsRepository } from './progress-reports.repository';
import { ProgressReportsService } from './progress-reports.service';

/** 进展报送: pilots' periodic reports, their checks (libs/paycalc) and their review. */
@Module({
  imports: [ListExportModule, AttachmentsModule, ReportSchedulesModule],
  controllers: [ProgressReportsController],
  providers: [ProgressReportsService, ProgressReportsRepository],
})
export class ProgressReportsModule {}
