import { Module } from '@nestjs/common';
import { LedgerProgress } from './ledger-progress.service';
import { LedgerTasksRepository } from './ledger-tasks.repository';

/** The ledger's progress without its routes: for the dashboard and the worker's reminders. */
@Module({
  providers: [LedgerTasksRepository, LedgerProgress],
  exports: [LedgerTasksRepository, LedgerProgress],
})
export class LedgerProgressModule {}
