import { Redis } from 'ioredis';
import { Client } from 'pg';
import { type AppConfig } from '../common/config/app-config';
import { redisOptionsFromUrl } from '../common/config/redis-options';
import { PreflightError } from '../common/preflight';

/**
 * Drops and recreates the configured database and deletes this deployment's Redis keys
 * (REDIS_PREFIX). For test runs; refused in production. (An embedded database is reset by
 * deleting its data folder.)
 */
export async function resetStorage(config: AppConfig): Promise<void> {
  if (config.isProduction) throw new PreflightError('reset is refused when NODE_ENV=production.');
  const url = new URL(config.databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }

  // embedded queues lived in the database just dropped
  if (config.queuesEmbedded) return;
  const redis = new Redis({ ...redisOptionsFromUrl(config.redisUrl), maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.redisPrefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
