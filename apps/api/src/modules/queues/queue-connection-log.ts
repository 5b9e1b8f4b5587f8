import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type Queue } from 'bullmq';
import { QUEUE_NAMES } from './queue-names';

/** At most one line per queue and minute while its connection fails. */
const QUIET_MS = 60_000;

/**
 * A queue without an 'error' listener prints every failed reconnection (every 2 s) to the
 * console; this logs a warning a minute instead while Redis does not answer.
 */
@Injectable()
export class QueueConnectionLog implements OnModuleInit {
  private readonly logger = new Logger('Queues');

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of QUEUE_NAMES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      let lastLogged = 0;
      queue.on('error', (error: Error) => {
        if (Date.now() - lastLogged < QUIET_MS) return;
        lastLogged = Date.now();
        this.logger.warn(`queue ${name}: ${error.message}; retrying`);
      });
    }
  }
}
