import { APP_ROLE, OWNER_ROLE, roleUrl } from '../src/database/roles';

// Integration tests run against the real services, on their own database and Redis key prefix.
// TEST_DATABASE_URL names a superuser, for the set-up (global-setup.ts); the application under
// test connects as its own role with data rights only, as in a deployment (src/database/roles.ts).
process.env.NODE_ENV = 'test';
const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/skillpay_test';
process.env.TEST_DATABASE_URL = testDatabaseUrl;
// the embedded run's PGlite has one role: TEST_SINGLE_ROLE=true
const singleRole = process.env.TEST_SINGLE_ROLE === 'true';
process.env.DATABASE_URL = singleRole ? testDatabaseUrl : roleUrl(testDatabaseUrl, APP_ROLE);
process.env.MIGRATION_DATABASE_URL = singleRole ? testDatabaseUrl : roleUrl(testDatabaseUrl, OWNER_ROLE);
process.env.REDIS_PREFIX = process.env.TEST_REDIS_PREFIX ?? 'skillpay-test';
// `embedded` in the embedded-mode run: the queues live in the test database
if (process.env.TEST_REDIS_URL) process.env.REDIS_URL = process.env.TEST_REDIS_URL;
// Each test sends its own X-Forwarded-For, so the per-IP login limit is per test.
process.env.TRUST_PROXY = 'true';
process.env.LOAD_DEMO_DATA = 'true';
process.env.WEB_DIST_DIR = '';
