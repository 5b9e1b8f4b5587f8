import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { SCHEDULED_JOBS } from '@skillpay/domain';
import { type Queue } from 'bullmq';

/**
 * Registers every repeating job of SCHEDULED_JOBS. Job schedulers are upserted by id, so every
 * worker replica can do this at start without creating duplicates.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap {
  constructor(private readonly moduleRef: ModuleRef) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const job of SCHEDULED_JOBS) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(job.queue), { strict: false });
      await queue.upsertJobScheduler(
        job.name,
        { every: job.every },
        {
          name: job.name,
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
