import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { RemindersProcessor } from './reminders.processor';
import { RemindersService } from './reminders.service';

/** Worker-side only: deadline reminders for ledger tasks and plan milestones. */
@Module({
  imports: [QueuesModule],
  providers: [RemindersService, RemindersProcessor],
})
export class RemindersModule {}
