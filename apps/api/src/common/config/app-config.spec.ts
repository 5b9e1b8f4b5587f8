import { AppConfig, parseEnv } from './app-config';
import { redisOptionsFromUrl } from './redis-options';

describe('configuration', () => {
  it('defaults to the local services and the demo data outside production', () => {
    const config = new AppConfig(parseEnv({}));
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/skillpay');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.loadDemoData).toBe(true);
    expect(config.cookieSecure).toBe(false);
  });

  it('in production loads no demo data, sets secure cookies and needs JWT_SECRET, TWO_FACTOR_KEY and PERSONAL_DATA_KEY', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), TWO_FACTOR_KEY: 'y'.repeat(32) };
    const config = new AppConfig(parseEnv({ ...production, PERSONAL_DATA_KEY: 'z'.repeat(32) }));
    expect(config.loadDemoData).toBe(false);
    expect(config.cookieSecure).toBe(true);
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow('JWT_SECRET is required in production');
    expect(() => parseEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(
      'TWO_FACTOR_KEY is required in production',
    );
    expect(() => parseEnv(production)).toThrow('PERSONAL_DATA_KEY is required in production');
  });

  it('names every wrong variable', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', DB_POOL_SIZE: '0' })).toThrow(
      /DATABASE_URL.*DB_POOL_SIZE/,
    );
  });

  it('migrates as MIGRATION_DATABASE_URL when set, which must name the same database', () => {
    const app = 'postgres://skillpay_app:a@db:5432/skillpay';
    const owner = 'postgres://skillpay_owner:o@db:5432/skillpay';
    const config = new AppConfig(parseEnv({ DATABASE_URL: app, MIGRATION_DATABASE_URL: owner }));
    expect(config.databaseUrl).toBe(app);
    expect(config.migrationDatabaseUrl).toBe(owner);
    // unset: one role does both
    expect(new AppConfig(parseEnv({ DATABASE_URL: app })).migrationDatabaseUrl).toBe(app);
    expect(() =>
      parseEnv({ DATABASE_URL: app, MIGRATION_DATABASE_URL: 'postgres://skillpay_owner@db:5432/other' }),
    ).toThrow(
      /MIGRATION_DATABASE_URL must name the same server and database as DATABASE_URL \(db:5432\/skillpay\)/,
    );
  });

  it('treats empty variables as unset, as compose passes them', () => {
    expect(new AppConfig(parseEnv({ PORT: '', WEB_DIST_DIR: '' })).port).toBe(3000);
  });

  it('reads credentials and the database index from REDIS_URL', () => {
    expect(redisOptionsFromUrl('redis://user:p%40ss@cache:6380/2')).toMatchObject({
      host: 'cache',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
    });
  });

  it('takes REDIS_URL=embedded as queues in PostgreSQL, and refuses embedded services in production', () => {
    expect(new AppConfig(parseEnv({ REDIS_URL: 'embedded' })).queuesEmbedded).toBe(true);
    expect(new AppConfig(parseEnv({})).queuesEmbedded).toBe(false);
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      TWO_FACTOR_KEY: 'y'.repeat(32),
      PERSONAL_DATA_KEY: 'z'.repeat(32),
    };
    expect(() => parseEnv({ ...production, REDIS_URL: 'embedded' })).toThrow(
      /REDIS_URL is "embedded", which is for a single machine and refused when NODE_ENV=production: set DATABASE_URL .* and REDIS_URL/,
    );
    expect(() => parseEnv({ ...production, DATABASE_URL: 'embedded' })).toThrow(/DATABASE_URL is "embedded"/);
    // a process started on its own cannot start the embedded database: npm start does
    expect(() => parseEnv({ DATABASE_URL: 'embedded' })).toThrow(
      /DATABASE_URL "embedded" is started by `npm start`/,
    );
  });
});
