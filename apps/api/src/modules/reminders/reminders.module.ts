import { Module } from '@nestjs/common';
import { ProgressReportRemindersModule } from '../report-schedules/progress-report-reminders';
import { QueuesModule } from '../queues/queues.module';
import { LedgerProgressModule } from '../ledger-tasks/ledger-progress.module';
import { RemindersProcessor } from './reminders.processor';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';

/** Worker-side only: deadline reminders for ledger tasks, plan milestones and overdue progress reports. */
@Module({
  imports: [QueuesModule, ProgressReportRemindersModule, LedgerProgressModule],
  providers: [RemindersService, RemindersRepository, RemindersProcessor],
})
export class RemindersModule {}
