import { getQueueToken } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type Queue } from 'bullmq';
import { QUEUE_NAMES } from './queue-names';

/** At most one line per queue and minute while its connection fails. */
const QUIET_MS = 60_000;

/**
 * Quiet logging and a sure end of the queues' connections.
 *
 * A queue without an 'error' listener prints every failed reconnection (every 2 s) to the
 * console; this logs a warning a minute instead while Redis does not answer.
 */
@Injectable()
export class QueueConnectionLog implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Queues');

  constructor(private readonly moduleRef: ModuleRef) {}

  private queues(): Array<[string, Queue]> {
    return QUEUE_NAMES.map((name) => [
      name,
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    ]);
  }

  onModuleInit(): void {
    for (const [name, queue] of this.queues()) {
      let lastLogged = 0;
      queue.on('error', (error: Error) => {
        if (Date.now() - lastLogged < QUIET_MS) return;
        lastLogged = Date.now();
        this.logger.warn(`queue ${name}: ${error.message}; retrying`);
      });
    }
  }

  /**
   * BullMQ closes a queue with QUIT, which a connection that is reconnecting at that moment
   * refuses (no offline queue): it would then go on reconnecting and keep the process alive.
   * Disconnecting first ends it either way.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(
      this.queues().map(([, queue]) =>
        Promise.race([
          queue.disconnect(),
          new Promise((resolve) => setTimeout(resolve, 1_000).unref()),
        ]).catch(() => undefined),
      ),
    );
  }
}
