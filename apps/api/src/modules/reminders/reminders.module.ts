import { Module } from '@nestjs/common';
import { ProgressReportRemindersModule } from '../report-schedules/progress-report-reminders';
import { QueuesModule } from '../queues/queues.module';
import { LedgerProgressModule } from '../ledger-tasks/ledger-progress.module';
import { CaseReviewRemindersModule } from '../case-reviews/case-review-reminders';
import { TalentReconfirmationModule } from '../talents/talent-reconfirmation';
import { OverdueServiceRequestsModule } from '../service-requests/overdue-service-requests';
import { RemindersProcessor } from './reminders.processor';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';

/** Worker-side only: deadline reminders (ledger tasks, plan milestones, overdue progress reports) and the talents' yearly reconfirmation. */
@Module({
  imports: [
    QueuesModule,
    ProgressReportRemindersModule,
    LedgerProgressModule,
    CaseReviewRemindersModule,
    TalentReconfirmationModule,
    OverdueServiceRequestsModule,
  ],
  providers: [RemindersService, RemindersRepository, RemindersProcessor],
})
export class RemindersModule {}
