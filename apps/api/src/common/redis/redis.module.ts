import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { type ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { failFastRedisOptions, redactedRedisAddress } from '../config/redis-options';
import { serviceUnavailable } from '../errors/service-unavailable';

/**
 * One ioredis connection for the API's own use (rate limits, health); BullMQ keeps its own.
 * Null when the queues are embedded (REDIS_URL=embedded): there is no Redis then.
 * Its commands fail within seconds while Redis is down or hangs, and it reconnects by itself.
 */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  readonly redis: Redis | null;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.redis = config.queuesEmbedded
      ? null
      : new Redis({ ...failFastRedisOptions(config.redisUrl), keyPrefix: `${config.redisPrefix}:` });
    if (!this.redis) return;
    // one line when Redis goes away and one when it is back, not one per reconnection attempt
    let down = false;
    const address = redactedRedisAddress(config.redisUrl);
    this.redis.on('error', (error: Error) => {
      if (down) return;
      down = true;
      this.logger.warn(
        `Redis at ${address} (REDIS_URL) does not answer (${error.message}); ` +
          'logins answer 503 until it does',
      );
    });
    this.redis.on('ready', () => {
      if (!down) return;
      down = false;
      this.logger.log(`Redis at ${address} answers again`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT fails while reconnecting (no offline queue); disconnect stops the reconnecting too
    await this.redis?.quit().catch(() => undefined);
    this.redis?.disconnect();
  }
}

/**
 * The login rate limit fails closed: when its counters cannot be read the login answers 503
 * instead of going unthrottled, since an attacker who can slow Redis down must not gain
 * unlimited password guesses. (The per-username lockout lives in PostgreSQL and holds anyway.)
 */
export class FailClosedThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly inner: ThrottlerStorage) {}

  async increment(...args: Parameters<ThrottlerStorage['increment']>) {
    try {
      return await this.inner.increment(...args);
    } catch {
      throw serviceUnavailable('redis');
    }
  }
}

/** The throttler's storage: Redis (shared by replicas), or memory without Redis (embedded mode). */
export function throttlerStorage(client: RedisClient): ThrottlerStorage | undefined {
  return client.redis
    ? new FailClosedThrottlerStorage(new ThrottlerStorageRedisService(client.redis))
    : undefined;
}

@Global()
@Module({ providers: [RedisClient], exports: [RedisClient] })
export class RedisModule {}
