import 'reflect-metadata';
import './integration-env';
import { AppConfig } from '../src/common/config/app-config';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '../src/embedded/embedded-postgres';
import { prepareTestDatabase } from './prepare-database';

declare global {
  var embeddedPostgres: EmbeddedPostgres | undefined;
}

/**
 * Embedded mode's run: a throw-away PGlite (in memory) served on a free port, the queues in it
 * (REDIS_URL=embedded), migrated and seeded like the real run's database. The settings are the
 * ones `npm start` gives the processes in embedded mode (scripts/lib.mjs).
 */
export default async function embeddedGlobalSetup(): Promise<void> {
  const server = await startEmbeddedPostgres({ dataDir: 'memory://' });
  globalThis.embeddedPostgres = server;
  Object.assign(process.env, {
    // read again by integration-env.ts before each test file
    TEST_DATABASE_URL: server.url,
    TEST_SINGLE_ROLE: 'true',
    TEST_REDIS_URL: 'embedded',
    DATABASE_URL: server.url,
    MIGRATION_DATABASE_URL: server.url,
    REDIS_URL: 'embedded',
    DB_POOL_SIZE: '4',
    DB_CONNECT_TIMEOUT_MS: '120000',
  });
  await prepareTestDatabase(new AppConfig());
}
