import type { RedisOptions } from 'bullmq';

/** Turns REDIS_URL into connection options shared by BullMQ, the throttler and health checks. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

/**
 * Bounds on waiting for Redis. Without them ioredis waits for ever: a Redis that accepts
 * connections but never answers (a frozen host, a half-open proxy) hung every request that used it.
 */
export const REDIS_CONNECT_TIMEOUT_MS = 3_000;
export const REDIS_COMMAND_TIMEOUT_MS = 2_000;

/** Reconnect for ever, backing off to every 2 s, so the process recovers without a restart. */
export function redisReconnectDelay(attempt: number): number {
  return Math.min(attempt * 200, 2_000);
}

/**
 * For connections a request waits on (the API's rate limits and health, the API's queue
 * producers): a command fails within REDIS_COMMAND_TIMEOUT_MS when Redis does not answer —
 * also while it waits in the offline queue for a reconnection — or after one failed
 * reconnection when Redis refuses, and the request answers 503.
 */
export function failFastRedisOptions(url: string): RedisOptions {
  return {
    ...redisOptionsFromUrl(url),
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    retryStrategy: redisReconnectDelay,
  };
}

/**
 * For BullMQ workers: their blocking commands wait on purpose, so no command timeout, and BullMQ
 * requires maxRetriesPerRequest: null (commands wait for the reconnection instead of failing a job).
 */
export function workerRedisOptions(url: string): RedisOptions {
  return {
    ...redisOptionsFromUrl(url),
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: null,
    retryStrategy: redisReconnectDelay,
  };
}

/** host:port without credentials, for messages. */
export function redactedRedisAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 6379}`;
}
