// `npm test`: every check and test, against the real PostgreSQL and Redis.
//   1. formatting, lint, typecheck, unit tests and the typed-client check of every project (Nx, cached)
//   2. API integration tests: own database (TEST_DATABASE_URL, created and migrated by the run)
//   3. browser tests: the portal started with demo data on its own database and port, driven
//      through Debian's chromium
import { existsSync } from 'node:fs';
import path from 'node:path';
import { apiDist, background, buildPortal, run, waitForHealth, webDist } from './lib.mjs';

const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/skillpay');
const databaseUrl = (name) => Object.assign(new URL(server), { pathname: `/${name}` }).toString();
const nx = (...args) => run('npx', ['nx', ...args, '--output-style=static'], { NX_DAEMON: 'false' });

run('npx', ['prettier', '--check', '.', '--log-level', 'warn']);
nx('run-many', '-t', 'lint', 'typecheck', 'test', 'check:api');
buildPortal();

run('npm', ['run', 'test:integration', '-w', '@skillpay/api'], {
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? databaseUrl('skillpay_test'),
});

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `✖ Browser tests need Debian's chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
const port = process.env.E2E_PORT ?? '3100';
const env = {
  NODE_ENV: 'development',
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? databaseUrl('skillpay_e2e'),
  REDIS_PREFIX: `skillpay-e2e-${process.pid}`,
  PORT: port,
  WEB_DIST_DIR: webDist,
  // every browser test logs in from 127.0.0.1; the per-IP limit itself is covered by the API tests
  LOGIN_RATE_LIMIT_PER_MINUTE: '120',
};
run('node', [path.join(apiDist, 'cli.js'), 'reset'], env);
run('node', [path.join(apiDist, 'cli.js'), 'setup'], env);
const children = [
  background('api', 'node', [path.join(apiDist, 'main.js')], env),
  background('worker', 'node', [path.join(apiDist, 'worker.js')], env),
];
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('exit', stopAll);
try {
  await waitForHealth(`http://localhost:${port}`);
  run('npm', ['run', 'e2e', '-w', '@skillpay/web-e2e'], {
    E2E_BASE_URL: `http://localhost:${port}`,
    CHROMIUM_PATH: chromium,
  });
} finally {
  stopAll();
}
