import 'reflect-metadata';
import './integration-env';
import { AppConfig, parseEnv } from '../src/common/config/app-config';
import { resetStorage } from '../src/database/reset';
import { provisionDatabase } from '../src/database/roles';
import { prepareTestDatabase } from './prepare-database';

/**
 * A fresh database per run: dropped and created as the superuser (TEST_DATABASE_URL), handed to
 * the owner role (the roles created when missing), migrated by it, with the demo data loaded.
 */
export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const { MIGRATION_DATABASE_URL: _, ...env } = process.env;
  await resetStorage(new AppConfig(parseEnv({ ...env, DATABASE_URL: adminUrl })));
  await provisionDatabase(adminUrl);
  await prepareTestDatabase(new AppConfig());
}
