// Integration tests run against the real services, on their own database and Redis key prefix.
process.env.NODE_ENV = 'test';
process.env.DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/skillpay_test';
process.env.REDIS_PREFIX = process.env.TEST_REDIS_PREFIX ?? 'skillpay-test';
// `embedded` in the embedded-mode run: the queues live in the test database
if (process.env.TEST_REDIS_URL) process.env.REDIS_URL = process.env.TEST_REDIS_URL;
// Each test sends its own X-Forwarded-For, so the per-IP login limit is per test.
process.env.TRUST_PROXY = 'true';
process.env.LOAD_DEMO_DATA = 'true';
process.env.WEB_DIST_DIR = '';
