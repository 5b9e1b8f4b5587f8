import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { redisOptionsFromUrl } from '../config/redis-options';

/**
 * One ioredis connection for the API's own use (rate limits, health); BullMQ keeps its own.
 * Null when the queues are embedded (REDIS_URL=embedded): there is no Redis then.
 */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: Redis | null;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.redis = config.queuesEmbedded
      ? null
      : new Redis({
          ...redisOptionsFromUrl(config.redisUrl),
          keyPrefix: `${config.redisPrefix}:`,
          connectTimeout: 3000,
          maxRetriesPerRequest: 1,
        });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

@Global()
@Module({ providers: [RedisClient], exports: [RedisClient] })
export class RedisModule {}
