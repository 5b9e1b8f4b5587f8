import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { type OverdueServiceRequestsJobData, QueueName, ReminderJob } from '@skillpay/domain';
import { type Job } from 'bullmq';
import { RemindersService } from './reminders.service';
import { TalentReconfirmation } from '../talents/talent-reconfirmation';
import { OverdueServiceRequests } from '../service-requests/overdue-service-requests';
import { WORKER_OPTIONS } from '../queues/queue-backend';

/** Runs the reminder queue's jobs; the handler table is typed by the job enum. */
@Processor(QueueName.Reminders, WORKER_OPTIONS)
export class RemindersProcessor extends WorkerHost {
  private readonly logger = new Logger(RemindersProcessor.name);
  private readonly handlers: Record<ReminderJob, (job: Job) => Promise<number>>;

  constructor(
    reminders: RemindersService,
    talents: TalentReconfirmation,
    overdueRequests: OverdueServiceRequests,
  ) {
    super();
    this.handlers = {
      [ReminderJob.SendDeadlineReminders]: () => reminders.sendDeadlineReminders(),
      [ReminderJob.RequestTalentReconfirmation]: () => talents.requestReconfirmations(),
      [ReminderJob.RaiseOverdueServiceRequests]: (job) =>
        overdueRequests.raise((job.data as OverdueServiceRequestsJobData | undefined)?.today),
    };
  }

  async process(job: Job): Promise<{ created: number }> {
    const handler = this.handlers[job.name as ReminderJob];
    if (!handler) throw new Error(`No handler for reminder job "${job.name}"`);
    const created = await handler(job);
    this.logger.log(`${job.name}: ${created} notifications created`);
    return { created };
  }
}
