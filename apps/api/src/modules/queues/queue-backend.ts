import { type ConnectionOptions, setDefaultBackendFactory } from 'bullmq';
import { createPostgresBackend, runMigrations } from 'bullmq/dist/cjs/postgres';
import { Client } from 'pg';
import { type AppConfig } from '../../common/config/app-config';
import { redisOptionsFromUrl } from '../../common/config/redis-options';
import { QUEUE_SCHEMA } from '../../embedded/embedded-postgres';

/**
 * Where the job queues live: Redis, or with REDIS_URL=embedded BullMQ's PostgreSQL backend in
 * the application's own database (schema `bullmq`). Job code is the same either way: producers
 * and processors see BullMQ's Queue and Worker, never the backend.
 */

/** Connections each queue, worker or board of one process opens in PostgreSQL mode. */
const POSTGRES_POOL_SIZE = 2;

/**
 * The BullMQ connection for every queue and worker of this process. In PostgreSQL mode this
 * also makes the PostgreSQL backend the process-wide default, before any queue is constructed.
 */
export function queueConnection(config: AppConfig): ConnectionOptions {
  if (!config.queuesEmbedded) {
    return { ...redisOptionsFromUrl(config.redisUrl), maxRetriesPerRequest: null };
  }
  setDefaultBackendFactory(createPostgresBackend);
  // BullMQ's options are typed for Redis; this is the PostgreSQL backend's pool config
  return {
    connectionString: config.databaseUrl,
    schema: QUEUE_SCHEMA,
    max: POSTGRES_POOL_SIZE,
    application_name: 'skillpay-queues',
  } as unknown as ConnectionOptions;
}

/**
 * Creates or upgrades the queue schema (BullMQ's own migrations, under its advisory lock): part
 * of `cli setup` in PostgreSQL mode, like the application's migrations, and as their owner.
 */
export async function migrateQueueSchema(config: AppConfig): Promise<number> {
  const client = new Client({ connectionString: config.migrationDatabaseUrl });
  await client.connect();
  try {
    return await runMigrations(client, QUEUE_SCHEMA);
  } finally {
    await client.end();
  }
}

/**
 * How long an idle worker waits for a job before asking again, in seconds. Redis and a real
 * PostgreSQL wake the wait as soon as a job is added; PGlite delivers no NOTIFY to other
 * connections, so there this bounds the time a new job waits for an idle worker.
 */
export const WORKER_DRAIN_DELAY_SECONDS = 1;

/** Options of every processor's worker (`@Processor(queue, WORKER_OPTIONS)`). */
export const WORKER_OPTIONS = { drainDelay: WORKER_DRAIN_DELAY_SECONDS };
