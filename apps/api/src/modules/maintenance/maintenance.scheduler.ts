import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { MAINTENANCE_SCHEDULE, MaintenanceJob, QueueName } from '@skillpay/domain';
import { Queue } from 'bullmq';

/**
 * Registers the repeating maintenance jobs. Job schedulers are upserted by id, so every worker
 * replica can do this at start without creating duplicates.
 */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Maintenance) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const job of Object.values(MaintenanceJob)) {
      await this.queue.upsertJobScheduler(
        job,
        { every: MAINTENANCE_SCHEDULE[job] },
        {
          name: job,
          opts: {
            attempts: 3,
            backoff: { type: 'exponential', delay: 10_000 },
            removeOnComplete: 100,
            removeOnFail: 500,
          },
        },
      );
    }
  }
}
