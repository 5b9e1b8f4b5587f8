import { DataSource } from 'typeorm';
import { type AppConfig } from '../src/common/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { Seeder } from '../src/database/seed/seeder';
import { migrateQueueSchema } from '../src/modules/queues/queue-backend';

/** Migrates the (empty) test database, and the queue schema when the queues live there, and seeds it. */
export async function prepareTestDatabase(config: AppConfig): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (config.queuesEmbedded) await migrateQueueSchema(config);
    await new Seeder(dataSource, config).run();
  } finally {
    await dataSource.destroy();
  }
}
