import 'reflect-metadata';
import './integration-env';
import { DataSource } from 'typeorm';
import { AppConfig } from '../src/common/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { resetStorage } from '../src/database/reset';
import { Seeder } from '../src/database/seed/seeder';

/** A fresh database per run: dropped, created, migrated, with the demo data loaded. */
export default async function globalSetup(): Promise<void> {
  const config = new AppConfig();
  await resetStorage(config);
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await new Seeder(dataSource, config).run();
  } finally {
    await dataSource.destroy();
  }
}
