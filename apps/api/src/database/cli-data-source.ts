import { DataSource } from 'typeorm';
import { type AppConfig } from '../common/config/app-config';
import { dataSourceOptions } from './data-source-options';
import { migrateQueueSchema } from '../modules/queues/queue-backend';
import { connectPostgres } from './pg-connection';
import { grantApplicationRights } from './roles';

/** Any constant shared by all replicas: only one of them migrates and seeds at a time. */
const SETUP_LOCK = 7411802021;

/**
 * Runs `work` with a data source of its own, closed afterwards (for the command line): as the
 * schema owner (MIGRATION_DATABASE_URL) with `owner`, else as the application (DATABASE_URL).
 */
export async function withDataSource<T>(
  config: AppConfig,
  work: (dataSource: DataSource) => Promise<T>,
  { owner = false }: { owner?: boolean } = {},
): Promise<T> {
  const url = owner ? config.migrationDatabaseUrl : config.databaseUrl;
  const dataSource = await new DataSource(dataSourceOptions(config, url)).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Applies the pending migrations, each in its own transaction (on the owner's data source), and
 * the queue schema's when the queues live in PostgreSQL; then grants the application's role
 * (DATABASE_URL's, when another) its rights on what they created.
 */
export async function migrate(
  dataSource: DataSource,
  config: AppConfig,
  log: (line: string) => void = (line) => console.log(line),
): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  log(applied.length ? `Applied migrations: ${applied.map((m) => m.name).join(', ')}` : 'Schema up to date');
  if (config.queuesEmbedded) {
    log(`Job queues in PostgreSQL: schema version ${await migrateQueueSchema(config)}`);
  }
  const appRole = await applicationRole(config);
  const [{ owner }] = await dataSource.query<Array<{ owner: string }>>(`SELECT current_user AS owner`);
  if (appRole !== owner) {
    await grantApplicationRights(dataSource, appRole);
    log(`Granted role "${appRole}" data rights (append-only on the audit log)`);
  }
}

/** The role DATABASE_URL logs in as (its user, or the server's default when the URL names none). */
async function applicationRole(config: AppConfig): Promise<string> {
  const client = await connectPostgres(config.databaseUrl, config.database.connectTimeoutMs);
  try {
    const result = (await client.query(`SELECT current_user AS role`)) as { rows: Array<{ role: string }> };
    return result.rows[0].role;
  } finally {
    await client.end();
  }
}

/** Runs `work` holding a session-level advisory lock, so replicas starting together queue up. */
export async function exclusively<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
