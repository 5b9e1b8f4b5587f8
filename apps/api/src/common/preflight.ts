import { Redis } from 'ioredis';
import { connectPostgres, createDatabase } from '../database/pg-connection';
import { type AppConfig } from './config/app-config';
import {
  REDIS_COMMAND_TIMEOUT_MS,
  REDIS_CONNECT_TIMEOUT_MS,
  redactedRedisAddress,
  redisOptionsFromUrl,
} from './config/redis-options';

/** A start-up problem, explained in one line naming the variable to fix. */
export class PreflightError extends Error {}

const HINT = 'or start the whole stack with "docker compose up"';

function postgresAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/** Connects to PostgreSQL; with `createDatabase`, creates the database when it does not exist yet. */
export async function checkPostgres(
  config: AppConfig,
  options: { createDatabase?: boolean } = {},
): Promise<void> {
  const url = config.databaseUrl;
  const connect = (target: string) => connectPostgres(target, 3000);
  try {
    await (await connect(url)).end();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '3D000' && options.createDatabase) {
      const name = new URL(url).pathname.slice(1);
      const admin = new URL(url);
      admin.pathname = '/postgres';
      const client = await connect(admin.toString()).catch((inner: Error) => {
        throw new PreflightError(
          `PostgreSQL database "${name}" does not exist and could not be created (DATABASE_URL): ${inner.message}`,
        );
      });
      await createDatabase(client, name).finally(() => client.end());
      return;
    }
    throw new PreflightError(
      `Cannot reach PostgreSQL at ${postgresAddress(url)} (DATABASE_URL): ${(error as Error).message}. ` +
        `Set DATABASE_URL to a running PostgreSQL, ${HINT}.`,
    );
  }
}

class NoAnswer extends Error {}

/** `promise`, or a rejection when it has not settled within `ms`. */
function withinMs<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Connects to Redis and returns its eviction policy; nothing to check without Redis (REDIS_URL=embedded). */
export async function checkRedis(config: AppConfig): Promise<{ maxmemoryPolicy: string | undefined }> {
  if (config.queuesEmbedded) return { maxmemoryPolicy: undefined };
  const redis = new Redis({
    ...redisOptionsFromUrl(config.redisUrl),
    lazyConnect: true,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    // a Redis that accepts the connection but never answers fails the ready check, not hangs it
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    // ioredis otherwise keeps the process alive 2 s after a failed connection
    disconnectTimeout: 100,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => (lastError = error));
  try {
    const info = await withinMs(
      REDIS_CONNECT_TIMEOUT_MS + 2 * REDIS_COMMAND_TIMEOUT_MS,
      redis.connect().then(() => redis.info('memory')),
    );
    return { maxmemoryPolicy: /maxmemory_policy:(\S+)/.exec(info)?.[1] };
  } catch (error) {
    throw new PreflightError(
      `Cannot reach Redis at ${redactedRedisAddress(config.redisUrl)} (REDIS_URL): ${(error instanceof NoAnswer ? error : (lastError ?? (error as Error))).message}. ` +
        `Set REDIS_URL to a running Redis, ${HINT}.`,
    );
  } finally {
    redis.disconnect();
  }
}

/** BullMQ loses jobs when Redis may evict keys: the worker refuses any policy but noeviction. */
export async function checkRedisForQueues(config: AppConfig): Promise<void> {
  const { maxmemoryPolicy } = await checkRedis(config);
  if (maxmemoryPolicy && maxmemoryPolicy !== 'noeviction') {
    throw new PreflightError(
      `Redis at ${redactedRedisAddress(config.redisUrl)} (REDIS_URL) has maxmemory-policy "${maxmemoryPolicy}"; ` +
        `the job queue needs "noeviction" (redis-server --maxmemory-policy noeviction).`,
    );
  }
}

/** Runs a process entry point; configuration and preflight problems end it with their one line. */
export async function runEntryPoint(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof PreflightError || error?.constructor?.name === 'ConfigError') {
      console.error(`✖ ${(error as Error).message}`);
      process.exit(1);
    }
    throw error;
  }
}
