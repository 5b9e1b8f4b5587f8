// `npm test`: every check and test, against the real PostgreSQL and Redis, and in embedded mode.
//   1. formatting, lint, typecheck, unit tests and the checks of generated code (typed client,
//      calculator schemas) of every project (Nx, cached); the scripts' own process supervision
//   2. API integration tests: own database (TEST_DATABASE_URL, created and migrated by the run), then
//      a representative part of them on an embedded PGlite with the queues in PostgreSQL
//   3. browser tests: the portal started with demo data on its own database and port (run as
//      the application role), driven through Debian's chromium, then the backup and restore
//      drill against it while it runs; then a smoke test of a portal started in embedded mode
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  apiDist,
  background,
  buildPortal,
  run,
  runAlongside,
  startServices,
  stopPortal,
  waitForHealth,
  webDist,
} from './lib.mjs';

const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/skillpay');
const databaseUrl = (name) => Object.assign(new URL(server), { pathname: `/${name}` }).toString();
const nx = (...args) => run('npx', ['nx', ...args, '--output-style=static'], { NX_DAEMON: 'false' });

run('npx', ['prettier', '--check', '.', '--log-level', 'warn']);
nx('run-many', '-t', 'lint', 'typecheck', 'test', 'check:api', 'check:schemas');
// the start and test scripts' own process supervision (restart, stop, give up)
run('npm', ['run', 'test:scripts']);
buildPortal();

run('npm', ['run', 'test:integration', '-w', '@skillpay/api'], {
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? databaseUrl('skillpay_test'),
});
run('npm', ['run', 'test:integration:embedded', '-w', '@skillpay/api']);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `✖ Browser tests need Debian's chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
/** Serves the portal (setup, API, worker) with `env` until `work` is done. */
async function withPortal(env, work) {
  // a fresh database, dropped and created as the superuser before the roles are set up on it
  if (env.DATABASE_URL !== 'embedded') run('node', [path.join(apiDist, 'cli.js'), 'reset'], env);
  const { env: serviceEnv, db } = await startServices({ dataDir: env.EMBEDDED_DATA_DIR, env });
  const portalEnv = { ...env, ...serviceEnv };
  const children = [];
  process.on('exit', () => [...children, db].forEach((child) => child?.kill('SIGTERM')));
  try {
    run('node', [path.join(apiDist, 'cli.js'), 'setup'], portalEnv);
    children.push(
      background('api', 'node', [path.join(apiDist, 'main.js')], portalEnv),
      background('worker', 'node', [path.join(apiDist, 'worker.js')], portalEnv),
    );
    await waitForHealth(`http://localhost:${env.PORT}`);
    await work();
  } finally {
    await stopPortal(children, db);
  }
}

const e2e = (port, ...args) =>
  runAlongside('npm', ['run', 'e2e', '-w', '@skillpay/web-e2e', '--', ...args], {
    E2E_BASE_URL: `http://localhost:${port}`,
    CHROMIUM_PATH: chromium,
  });
const browserEnv = {
  NODE_ENV: 'development',
  WEB_DIST_DIR: webDist,
  // every browser test logs in from 127.0.0.1; the per-IP limit itself is covered by the API tests
  LOGIN_RATE_LIMIT_PER_MINUTE: '120',
};

const port = process.env.E2E_PORT ?? '3100';
const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? databaseUrl('skillpay_e2e');
await withPortal(
  {
    ...browserEnv,
    DATABASE_URL: e2eDatabaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `skillpay-e2e-${process.pid}`,
    PORT: port,
  },
  async () => {
    await e2e(port, '--testPathIgnorePatterns', 'embedded-mode');
    // the backup and restore drill (docs/operations.md) against the portal still running, with
    // what the browser tests wrote: back up, restore, audit chain and row counts, one JSON line
    await runAlongside('node', ['deploy/backup-drill.mjs'], { DATABASE_URL: e2eDatabaseUrl });
  },
);

// single-machine mode: a fresh embedded database in a temporary folder, queues in it
const embeddedPort = process.env.E2E_EMBEDDED_PORT ?? '3200';
const dataDir = mkdtempSync(path.join(tmpdir(), 'skillpay-e2e-pglite-'));
try {
  await withPortal(
    {
      ...browserEnv,
      DATABASE_URL: 'embedded',
      REDIS_URL: 'embedded',
      EMBEDDED_DATA_DIR: dataDir,
      PORT: embeddedPort,
    },
    () => e2e(embeddedPort, 'embedded-mode'),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
