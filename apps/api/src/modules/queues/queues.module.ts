import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@skillpay/domain';
import { AppConfig } from '../../common/config/app-config';
import { queueConnection } from './queue-backend';

export const QUEUE_NAMES = Object.values(QueueName);

/** The BullMQ connection and every queue, for producers (api) and processors (worker). */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: queueConnection(config),
        prefix: `${config.redisPrefix}:bull`,
      }),
    }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueuesModule {}
