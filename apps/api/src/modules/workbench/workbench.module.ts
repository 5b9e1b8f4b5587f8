import { Module } from '@nestjs/common';
import { ReportSchedulesModule } from '../report-schedules/report-schedules.module';
import { WorkbenchController } from './workbench.controller';
import { WorkbenchRepository } from './workbench.repository';
import { WorkbenchService } from './workbench.service';

/** 待办: the home page's to-do list, one endpoint over the to-do sources. */
@Module({
  imports: [ReportSchedulesModule],
  controllers: [WorkbenchController],
  providers: [WorkbenchService, WorkbenchRepository],
})
export class WorkbenchModule {}
