import { describeServiceModes, EmbeddedModeRefused, resolveServiceModes } from './service-modes';

/** A machine where the given ports have something listening on them. */
const machine =
  (...ports: number[]) =>
  async (_host: string, port: number) =>
    ports.includes(port);

describe('service modes of npm start', () => {
  it('uses a PostgreSQL and a Redis running on this machine (no silent downgrade)', async () => {
    await expect(resolveServiceModes({}, machine(5432, 6379))).resolves.toEqual({
      database: 'real',
      queues: 'redis',
    });
  });

  it('embeds what is neither configured nor running: a laptop with only Node', async () => {
    await expect(resolveServiceModes({}, machine())).resolves.toEqual({
      database: 'embedded',
      queues: 'embedded',
    });
    // a real PostgreSQL but no Redis: the queues live in that PostgreSQL
    await expect(resolveServiceModes({}, machine(5432))).resolves.toEqual({
      database: 'real',
      queues: 'embedded',
    });
  });

  it('uses configured URLs as given, even when nothing answers locally', async () => {
    const env = { DATABASE_URL: 'postgres://db.internal/skillpay', REDIS_URL: 'redis://cache.internal' };
    await expect(resolveServiceModes(env, machine())).resolves.toEqual({
      database: 'real',
      queues: 'redis',
    });
  });

  it('embeds on request even when real services run here', async () => {
    const env = { DATABASE_URL: 'embedded', REDIS_URL: 'embedded' };
    await expect(resolveServiceModes(env, machine(5432, 6379))).resolves.toEqual({
      database: 'embedded',
      queues: 'embedded',
    });
  });

  it('refuses embedded mode in production, naming DATABASE_URL and REDIS_URL', async () => {
    const refused = resolveServiceModes({ NODE_ENV: 'production', REDIS_URL: 'embedded' }, machine(5432));
    await expect(refused).rejects.toThrow(EmbeddedModeRefused);
    await expect(refused).rejects.toThrow(/REDIS_URL.*set DATABASE_URL .* and REDIS_URL/);
    // nothing configured and nothing running: refused too, rather than embedded
    await expect(resolveServiceModes({ NODE_ENV: 'production' }, machine())).rejects.toThrow(
      /DATABASE_URL \(unset, and nothing listens on this machine\)/,
    );
    await expect(resolveServiceModes({ NODE_ENV: 'production' }, machine(5432, 6379))).resolves.toEqual({
      database: 'real',
      queues: 'redis',
    });
  });

  it('says in one line which mode each service is in', () => {
    expect(describeServiceModes({ database: 'real', queues: 'redis' }, '127.0.0.1:5432/skillpay')).toBe(
      'Services: PostgreSQL real (127.0.0.1:5432/skillpay); job queues real (Redis).',
    );
    const embedded = describeServiceModes({ database: 'embedded', queues: 'embedded' }, 'x', 'data/pglite');
    expect(embedded).toContain('PostgreSQL embedded (PGlite, data in data/pglite)');
    expect(embedded).toContain('job queues embedded');
    expect(embedded).toContain('for a single machine');
    expect(embedded.split('\n')).toHaveLength(1);
  });
});
