// Measures the README's first command on a clean checkout: `npm install && npm start` until
// GET /api/health answers 200. Clones the current commit into a temporary folder, uses a fresh
// database and its own port and Redis prefix, prints the seconds, and stops the portal again.
//   node bench/clean-start.mjs [--keep]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'skillpay-bench-'));
const port = process.env.BENCH_PORT ?? '3300';
const database = `skillpay_bench_${process.pid}`;
const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const env = {
  ...process.env,
  PORT: port,
  DATABASE_URL: Object.assign(new URL(server), { pathname: `/${database}` }).toString(),
  REDIS_PREFIX: `skillpay-bench-${process.pid}`,
  NX_DAEMON: 'false',
};

execFileSync('git', ['clone', '--quiet', repo, dir]);
const started = Date.now();
const child = spawn('bash', ['-c', 'npm install --no-audit --no-fund && npm start'], {
  cwd: dir,
  env,
  stdio: ['ignore', openSync(path.join(dir, 'bench-start.log'), 'w'), 'inherit'],
  detached: true,
});
const deadline = started + 15 * 60_000;
let healthy = false;
while (!healthy && Date.now() < deadline && child.exitCode === null) {
  await new Promise((resolve) => setTimeout(resolve, 250));
  healthy = await fetch(`http://localhost:${port}/api/health`).then(
    (r) => r.ok,
    () => false,
  );
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.kill(-child.pid, 'SIGTERM');
console.log(
  healthy
    ? `clean npm install && npm start → /api/health 200 in ${seconds} s`
    : `no healthy portal after ${seconds} s`,
);
await new Promise((resolve) => setTimeout(resolve, 1000));
execFileSync('dropdb', [
  '-h',
  server.hostname,
  '-p',
  server.port || '5432',
  '-U',
  server.username || 'postgres',
  '--if-exists',
  '--force',
  database,
]);
if (healthy && !process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
process.exit(healthy ? 0 : 1);
