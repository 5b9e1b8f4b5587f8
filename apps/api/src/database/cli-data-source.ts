import { DataSource } from 'typeorm';
import { type AppConfig } from '../common/config/app-config';
import { dataSourceOptions } from './data-source-options';

/** Any constant shared by all replicas: only one of them migrates and seeds at a time. */
const SETUP_LOCK = 7411802021;

/** Runs `work` with a data source of its own, closed afterwards (for the command line). */
export async function withDataSource<T>(
  config: AppConfig,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Applies the pending migrations, each in its own transaction. */
export async function migrate(dataSource: DataSource): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  console.log(
    applied.length ? `Applied migrations: ${applied.map((m) => m.name).join(', ')}` : 'Schema up to date',
  );
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
