import { Redis } from 'ioredis';
import { AppConfig, parseEnv } from './config/app-config';
import { redisOptionsFromUrl } from './config/redis-options';
import { FaultProxy, timed } from '../../test/fault-proxy';
import {
  checkDatabaseRole,
  checkPostgres,
  checkRedis,
  checkRedisForQueues,
  PreflightError,
} from './preflight';

const configWith = (overrides: Record<string, string>) =>
  new AppConfig(parseEnv({ ...process.env, MIGRATION_DATABASE_URL: '', ...overrides }));

describe('start-up checks', () => {
  it('names DATABASE_URL and docker compose when PostgreSQL is unreachable', async () => {
    const failure = checkPostgres(
      configWith({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5999/skillpay' }),
    );
    await expect(failure).rejects.toThrow(PreflightError);
    await expect(failure).rejects.toThrow(
      /^Cannot reach PostgreSQL at 127\.0\.0\.1:5999\/skillpay \(DATABASE_URL\): .*ECONNREFUSED.*Set DATABASE_URL to a running PostgreSQL, or start the whole stack with "docker compose up"\.$/,
    );
  });

  it('names REDIS_URL and docker compose when Redis is unreachable', async () => {
    await expect(checkRedis(configWith({ REDIS_URL: 'redis://127.0.0.1:6390' }))).rejects.toThrow(
      /^Cannot reach Redis at 127\.0\.0\.1:6390 \(REDIS_URL\): connect ECONNREFUSED 127\.0\.0\.1:6390\. Set REDIS_URL to a running Redis, or start the whole stack with "docker compose up"\.$/,
    );
  });

  it('names REDIS_URL within seconds when Redis accepts the connection but never answers', async () => {
    const redisUrl = new AppConfig().redisUrl;
    const proxy = await FaultProxy.start(redisUrl, 6379);
    proxy.hang();
    try {
      const failure = await timed(() =>
        checkRedis(configWith({ REDIS_URL: proxy.proxied(redisUrl) })).catch((error: Error) => error),
      );
      expect(failure.result).toBeInstanceOf(PreflightError);
      expect((failure.result as Error).message).toMatch(
        /^Cannot reach Redis at 127\.0\.0\.1:\d+ \(REDIS_URL\): .+\. Set REDIS_URL to a running Redis/,
      );
      // a generous bound: it used to hang for good
      expect(failure.ms).toBeLessThan(15_000);
    } finally {
      await proxy.close();
    }
  });

  it('names DATABASE_URL within seconds when PostgreSQL accepts the connection but never answers', async () => {
    const databaseUrl = new AppConfig().databaseUrl;
    const proxy = await FaultProxy.start(databaseUrl, 5432);
    proxy.hang();
    try {
      const failure = await timed(() =>
        checkPostgres(configWith({ DATABASE_URL: proxy.proxied(databaseUrl) })).catch(
          (error: Error) => error,
        ),
      );
      expect(failure.result).toBeInstanceOf(PreflightError);
      expect((failure.result as Error).message).toMatch(/^Cannot reach PostgreSQL at .+ \(DATABASE_URL\): /);
      expect(failure.ms).toBeLessThan(15_000);
    } finally {
      await proxy.close();
    }
  });

  it('refuses to run the queue worker when Redis may evict keys', async () => {
    const config = new AppConfig();
    const redis = new Redis(redisOptionsFromUrl(config.redisUrl));
    const [, original] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    try {
      await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
      await expect(checkRedisForQueues(config)).rejects.toThrow(
        /maxmemory-policy "allkeys-lru".*needs "noeviction"/,
      );
    } finally {
      await redis.config('SET', 'maxmemory-policy', original);
      redis.disconnect();
    }
    await expect(checkRedisForQueues(config)).resolves.toBeUndefined();
  });

  it('rejects a production start without JWT_SECRET, naming the variable', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required in production/);
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('accepts the application role quietly, and refuses a superuser in production or warns about one elsewhere', async () => {
    const warnings: string[] = [];
    const warn = (line: string) => warnings.push(line);
    // DATABASE_URL of the test run: the application role
    await checkDatabaseRole(configWith({}), warn);
    expect(warnings).toEqual([]);

    const superuser = { DATABASE_URL: process.env.TEST_DATABASE_URL as string };
    await expect(
      checkDatabaseRole(
        configWith({
          ...superuser,
          NODE_ENV: 'production',
          JWT_SECRET: 'x'.repeat(32),
          TWO_FACTOR_KEY: 'y'.repeat(32),
          PERSONAL_DATA_KEY: 'z'.repeat(32),
        }),
        warn,
      ),
    ).rejects.toThrow(
      /^PostgreSQL role "postgres" \(DATABASE_URL\) has SUPERUSER.*append-only guarantee would rest on trust alone; connect as the application role/,
    );
    await checkDatabaseRole(configWith({ ...superuser, NODE_ENV: 'development' }), warn);
    expect(warnings).toEqual([
      expect.stringMatching(/^⚠ PostgreSQL role "postgres" .*Refused when NODE_ENV=production/),
    ]);

    // one role for migrations and the application: it owns the audit log
    warnings.length = 0;
    await checkDatabaseRole(configWith({ DATABASE_URL: process.env.MIGRATION_DATABASE_URL as string }), warn);
    expect(warnings).toEqual([expect.stringMatching(/owns the audit log and could drop its triggers/)]);
  });
});
