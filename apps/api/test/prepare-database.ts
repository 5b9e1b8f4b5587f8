import { DataSource } from 'typeorm';
import { type AppConfig } from '../src/common/config/app-config';
import { migrate } from '../src/database/cli-data-source';
import { dataSourceOptions } from '../src/database/data-source-options';
import { Seeder } from '../src/database/seed/seeder';

/**
 * Migrates the (empty) test database as its owner, the queue schema too when the queues live
 * there, grants the application's role its rights, and seeds it.
 */
export async function prepareTestDatabase(config: AppConfig): Promise<void> {
  const dataSource = await new DataSource(
    dataSourceOptions(config, config.migrationDatabaseUrl),
  ).initialize();
  try {
    await migrate(dataSource, config, () => undefined);
    await new Seeder(dataSource, config).run();
  } finally {
    await dataSource.destroy();
  }
}
