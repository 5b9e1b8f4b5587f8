import 'reflect-metadata';
import './integration-env';
import { AppConfig } from '../src/common/config/app-config';
import { resetStorage } from '../src/database/reset';
import { prepareTestDatabase } from './prepare-database';

/** A fresh database per run: dropped, created, migrated, with the demo data loaded. */
export default async function globalSetup(): Promise<void> {
  const config = new AppConfig();
  await resetStorage(config);
  await prepareTestDatabase(config);
}
