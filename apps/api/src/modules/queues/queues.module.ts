import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@skillpay/domain';
import { AppConfig } from '../../common/config/app-config';
import { redisOptionsFromUrl } from '../../common/config/redis-options';

export const QUEUE_NAMES = Object.values(QueueName);

/** The BullMQ connection and every queue, for producers (api) and processors (worker). */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { ...redisOptionsFromUrl(config.redisUrl), maxRetriesPerRequest: null },
        prefix: `${config.redisPrefix}:bull`,
      }),
    }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueuesModule {}
