import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestApp } from '../test/test-app';
import { RedisClient } from './common/redis/redis.module';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  // the embedded-mode run (jest.embedded.config.js) has no Redis: its queues live in PostgreSQL
  const embedded = process.env.REDIS_URL === 'embedded';

  it('reports health of PostgreSQL and Redis, and where the job queues live', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual(
      embedded
        ? { status: 'ok', db: 'up', redis: 'unused', queues: 'postgres' }
        : { status: 'ok', db: 'up', redis: 'up', queues: 'redis' },
    );
  });

  (embedded ? it.skip : it)('answers 503 naming Redis when Redis is unreachable', async () => {
    const redis = t.app.get(RedisClient).redis!;
    redis.disconnect();
    try {
      const response = await t.http().get('/api/health').expect(503);
      expect(response.body).toEqual({ status: 'error', db: 'up', redis: 'down', queues: 'redis' });
    } finally {
      await redis.connect();
    }
    await t.http().get('/api/health').expect(200);
  });

  it('sends Helmet’s security headers and a request id', async () => {
    const response = await t.http().get('/api/health').set('X-Request-Id', 'trace-42');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    // served over plain http here (COOKIE_SECURE off): no HSTS, no forced upgrade
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toBe('trace-42');
  });

  it('adds HSTS and upgrades insecure requests when served over HTTPS (COOKIE_SECURE)', async () => {
    process.env.COOKIE_SECURE = 'true';
    const https = await createTestApp().finally(() => delete process.env.COOKIE_SECURE);
    try {
      const response = await https.http().get('/api/health');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await https.close();
    }
  });

  it('answers unknown routes in the common error shape', async () => {
    const response = await t.http().get('/api/nothing-here').set('Accept-Language', 'en').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'The requested object does not exist',
      details: [],
      requestId: expect.any(String),
    });
  });

  it('serves the OpenAPI document and UI, identical to the committed apps/api/openapi.json', async () => {
    const served = await t.http().get('/api/docs-json').expect(200);
    const committed = JSON.parse(readFileSync(path.join(__dirname, '../openapi.json'), 'utf8'));
    // If this fails: npm run build -w @skillpay/api && node apps/api/dist/cli.js openapi apps/api/openapi.json
    expect(served.body).toEqual(committed);
    await t.http().get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('runs every pooled connection with statement and idle-transaction timeouts', async () => {
    const [settings] = await t.dataSource.query<
      Array<{ statement: string; idle: string; application: string }>
    >(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('idle_in_transaction_session_timeout') AS idle,
              current_setting('application_name') AS application`,
    );
    // PGlite's one session has no idle-in-transaction timeout (it would end every connection's
    // work), its application name is whichever client set it last, and its WebAssembly build has
    // no timer to enforce a statement timeout
    expect(settings).toEqual(
      embedded
        ? { statement: '30s', idle: '0', application: expect.any(String) }
        : { statement: '30s', idle: '1min', application: 'skillpay' },
    );
    if (embedded) return;
    await expect(
      t.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL statement_timeout = '50ms'`);
        await manager.query('SELECT pg_sleep(1)');
      }),
    ).rejects.toThrow(/statement timeout/);
  });

  it('has migrations that match the entities exactly (no schema drift)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
