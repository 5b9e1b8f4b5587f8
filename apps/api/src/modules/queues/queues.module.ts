import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../../common/config/app-config';
import { QUEUE_CLIENT_ROLE, QueueClientRole, queueConnection } from './queue-backend';
import { QueueConnectionLog } from './queue-connection-log';
import { QUEUE_NAMES } from './queue-names';

export { QUEUE_NAMES };

/** The BullMQ connection and every queue, for producers (api) and processors (worker). */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig, { token: QUEUE_CLIENT_ROLE, optional: true }],
      useFactory: (config: AppConfig, role: QueueClientRole | undefined) => ({
        connection: queueConnection(config, role),
        prefix: `${config.redisPrefix}:bull`,
      }),
    }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
  ],
  providers: [QueueConnectionLog],
  exports: [BullModule],
})
export class QueuesModule {}

/** Imported by the API's root module: its queues only add jobs, and fail fast (see QueueClientRole). */
@Module({})
export class QueueProducersModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueProducersModule,
      global: true,
      providers: [{ provide: QUEUE_CLIENT_ROLE, useValue: QueueClientRole.Producer }],
      exports: [QUEUE_CLIENT_ROLE],
    };
  }
}
