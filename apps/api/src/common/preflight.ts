import { Redis } from 'ioredis';
import { connectPostgres, createDatabase } from '../database/pg-connection';
import { roleRights } from '../database/roles';
import { type AppConfig, databaseAddress } from './config/app-config';
import { redactedRedisAddress, redisOptionsFromUrl } from './config/redis-options';

/** A start-up problem, explained in one line naming the variable to fix. */
export class PreflightError extends Error {}

const HINT = 'or start the whole stack with "docker compose up"';

/**
 * Connects to PostgreSQL (DATABASE_URL, or with `migration` MIGRATION_DATABASE_URL); with
 * `createDatabase`, creates the database when it does not exist yet.
 */
export async function checkPostgres(
  config: AppConfig,
  options: { createDatabase?: boolean; migration?: boolean } = {},
): Promise<void> {
  const url = options.migration ? config.migrationDatabaseUrl : config.databaseUrl;
  const variable =
    options.migration && url !== config.databaseUrl ? 'MIGRATION_DATABASE_URL' : 'DATABASE_URL';
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
          `PostgreSQL database "${name}" does not exist and could not be created (${variable}): ${inner.message}`,
        );
      });
      await createDatabase(client, name).finally(() => client.end());
      return;
    }
    throw new PreflightError(
      `Cannot reach PostgreSQL at ${databaseAddress(url)} (${variable}): ${(error as Error).message}. ` +
        `Set ${variable} to a running PostgreSQL, ${HINT}.`,
    );
  }
}

/**
 * The API and the worker connect as a role that cannot bypass the database's own guarantees (the
 * audit log's grants and triggers): a superuser, or a role with REPLICATION or BYPASSRLS, is
 * refused in production and warned about loudly elsewhere; owning the audit log (one role for
 * migrations and the application) is warned about. PGlite (embedded mode) has one role: skipped.
 */
export async function checkDatabaseRole(
  config: AppConfig,
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<void> {
  const client = await connectPostgres(config.databaseUrl, 3000);
  const rights = await roleRights(client).finally(() => client.end());
  if (rights.embedded) return;
  const powers = [
    rights.superuser && 'SUPERUSER',
    rights.replication && 'REPLICATION',
    rights.bypassRls && 'BYPASSRLS',
  ].filter(Boolean);
  const fix =
    'connect as the application role (skillpay_app: data rights only) and run migrations as the owner role ' +
    'with MIGRATION_DATABASE_URL (docs/operations.md, "Database roles")';
  if (powers.length > 0) {
    const problem =
      `PostgreSQL role "${rights.role}" (DATABASE_URL) has ${powers.join(', ')}: the audit log's ` +
      `append-only guarantee would rest on trust alone`;
    if (config.isProduction) throw new PreflightError(`${problem}; ${fix}.`);
    warn(`⚠ ${problem}. Refused when NODE_ENV=production; ${fix}.`);
  } else if (rights.ownsAuditLog) {
    warn(
      `⚠ PostgreSQL role "${rights.role}" (DATABASE_URL) owns the audit log and could drop its triggers; ${fix}.`,
    );
  }
}

/** Connects to Redis and returns its eviction policy; nothing to check without Redis (REDIS_URL=embedded). */
export async function checkRedis(config: AppConfig): Promise<{ maxmemoryPolicy: string | undefined }> {
  if (config.queuesEmbedded) return { maxmemoryPolicy: undefined };
  const redis = new Redis({
    ...redisOptionsFromUrl(config.redisUrl),
    lazyConnect: true,
    connectTimeout: 3000,
    // ioredis otherwise keeps the process alive 2 s after a failed connection
    disconnectTimeout: 100,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => (lastError = error));
  try {
    await redis.connect();
    const info = await redis.info('memory');
    return { maxmemoryPolicy: /maxmemory_policy:(\S+)/.exec(info)?.[1] };
  } catch (error) {
    throw new PreflightError(
      `Cannot reach Redis at ${redactedRedisAddress(config.redisUrl)} (REDIS_URL): ${(lastError ?? (error as Error)).message}. ` +
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
