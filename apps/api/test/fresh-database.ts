import { DataSource } from 'typeorm';
import { AppConfig, parseEnv } from '../src/common/config/app-config';
import { migrate } from '../src/database/cli-data-source';
import { dataSourceOptions } from '../src/database/data-source-options';
import { resetStorage } from '../src/database/reset';
import { provisionDatabase } from '../src/database/roles';

/**
 * A database of a test's own, named after the run's (`<run's>_<suffix>`, so parallel runs on one
 * server never share it): dropped and created as the superuser, handed to the owner role and
 * migrated by it, as the run's database is. Returns the configuration connecting as the
 * application's role (DATABASE_URL) and as the owner (MIGRATION_DATABASE_URL), with `env` on top,
 * and the owner's data source (closed by the caller).
 */
export async function freshDatabase(
  suffix: string,
  env: Record<string, string> = {},
): Promise<{ config: AppConfig; owner: DataSource }> {
  const admin = new URL(process.env.TEST_DATABASE_URL as string);
  admin.pathname = `${admin.pathname}_${suffix}`;
  const base = { ...process.env, ...env };
  await resetStorage(
    new AppConfig(parseEnv({ ...base, DATABASE_URL: admin.toString(), MIGRATION_DATABASE_URL: '' })),
  );
  const urls =
    process.env.TEST_SINGLE_ROLE === 'true'
      ? { databaseUrl: admin.toString(), migrationDatabaseUrl: admin.toString() }
      : await provisionDatabase(admin.toString());
  const config = new AppConfig(
    parseEnv({ ...base, DATABASE_URL: urls.databaseUrl, MIGRATION_DATABASE_URL: urls.migrationDatabaseUrl }),
  );
  const owner = await new DataSource(dataSourceOptions(config, config.migrationDatabaseUrl)).initialize();
  await migrate(owner, config, () => undefined);
  return { config, owner };
}
