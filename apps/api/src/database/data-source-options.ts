import { type DataSourceOptions } from 'typeorm';
import { type AppConfig } from '../common/config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

const QUERY_TIMEOUT_MARGIN_MS = 2_000;

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
    // pg's connectionTimeoutMillis: bounds both opening a connection and waiting for a free one
    connectTimeoutMS: connectTimeoutMs,
    extra: {
      application_name: 'skillpay',
      statement_timeout: statementTimeoutMs,
      // statement_timeout is enforced by the server; a server (or network) that stops answering
      // needs the client's own bound, a little later so the server's cleaner error comes first
      query_timeout: statementTimeoutMs + QUERY_TIMEOUT_MARGIN_MS,
      keepAlive: true,
      idle_in_transaction_session_timeout: statementTimeoutMs * 2,
    },
  };
}
