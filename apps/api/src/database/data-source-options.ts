import { type DataSourceOptions } from 'typeorm';
import { type AppConfig } from '../common/config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Schema changes go through migrations only: synchronize stays off everywhere. */
export function dataSourceOptions(config: AppConfig, url = config.databaseUrl): DataSourceOptions {
  const { poolSize, connectTimeoutMs, statementTimeoutMs } = config.database;
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    poolSize,
    connectTimeoutMS: connectTimeoutMs,
    extra: {
      application_name: 'skillpay',
      statement_timeout: statementTimeoutMs,
      idle_in_transaction_session_timeout: statementTimeoutMs * 2,
    },
  };
}
