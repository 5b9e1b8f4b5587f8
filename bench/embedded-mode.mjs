// Single-machine (embedded) mode against real services, on this checkout (built: `npm run build`):
//   start-up    `npm start`'s script until GET /api/health answers, on fresh data (migrations and
//               demo data loaded) and again on the data it left (a restart); Nx's build cache warm
//   job latency a wage upload (3 rows) posted by ent-a until the worker has stored it, median of 10:
//               the queue's pick-up plus the job's work
// Last line: one JSON object with the figures.  node bench/embedded-mode.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.BENCH_PORT ?? '3400';
const base = `http://localhost:${port}`;
const UPLOADS = 10;

async function portal(env, work) {
  const started = performance.now();
  const child = spawn('node', ['scripts/start.mjs'], {
    cwd: repo,
    env: { ...process.env, NX_DAEMON: 'false', PORT: port, LOGIN_RATE_LIMIT_PER_MINUTE: '1000', ...env },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const startSeconds = (performance.now() - started) / 1000;
    return { startSeconds, ...(work ? await work() : {}) };
  } finally {
    // as a user stopping `npm start`: its script stops the API and worker, then the database
    process.kill(child.pid, 'SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function jobLatency() {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'ent-a', password: process.env.DEMO_PASSWORD ?? 'SkillPay#2026' }),
  }).then((r) => r.json());
  const headers = { authorization: `Bearer ${login.accessToken}` };
  const { items } = await fetch(`${base}/api/wage-uploads?pageSize=1`, { headers }).then((r) => r.json());
  const { programmeId, year } = items[0];
  const latencies = [];
  for (let i = 0; i < UPLOADS; i++) {
    const csv =
      '员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他\n' +
      [1, 2, 3]
        .map((n) => `B${Date.now()}-${i}-${n},6-18-01-01,三级/高级工,技能,12,${36000 + n},24000,18000,3600,0`)
        .join('\n');
    const form = new FormData();
    form.set('programmeId', programmeId);
    form.set('year', String(year));
    form.set('file', new Blob([csv], { type: 'text/csv' }), `bench-${i}.csv`);
    const posted = performance.now();
    const upload = await fetch(`${base}/api/wage-uploads`, { method: 'POST', headers, body: form }).then(
      (r) => r.json(),
    );
    for (;;) {
      const { status } = await fetch(`${base}/api/wage-uploads/${upload.id}`, { headers }).then((r) =>
        r.json(),
      );
      if (status === 'current') break;
      if (!['queued', 'validating'].includes(status)) throw new Error(`upload ${upload.id}: ${status}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    latencies.push((performance.now() - posted) / 1000);
    // an idle gap, so that the next upload meets a worker waiting for work
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  latencies.sort((a, b) => a - b);
  return { jobSecondsMedian: latencies[Math.floor(UPLOADS / 2)], jobSecondsMax: latencies.at(-1) };
}

const round = (figures) =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(2))]));
const dataDir = mkdtempSync(path.join(tmpdir(), 'skillpay-bench-pglite-'));
const realDb = `postgres://postgres@127.0.0.1:5432/skillpay_bench_start_${process.pid}`;
try {
  const embeddedEnv = { DATABASE_URL: 'embedded', REDIS_URL: 'embedded', EMBEDDED_DATA_DIR: dataDir };
  const embeddedFresh = await portal(embeddedEnv);
  const embedded = await portal(embeddedEnv, jobLatency);
  const realEnv = {
    DATABASE_URL: realDb,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `skillpay-bench-${process.pid}`,
  };
  const realFresh = await portal(realEnv);
  const real = await portal(realEnv, jobLatency);
  const figures = {
    embeddedFreshStartSeconds: embeddedFresh.startSeconds,
    embeddedStartSeconds: embedded.startSeconds,
    embeddedJobSecondsMedian: embedded.jobSecondsMedian,
    embeddedJobSecondsMax: embedded.jobSecondsMax,
    realFreshStartSeconds: realFresh.startSeconds,
    realStartSeconds: real.startSeconds,
    realJobSecondsMedian: real.jobSecondsMedian,
    realJobSecondsMax: real.jobSecondsMax,
  };
  console.log(JSON.stringify(round(figures)));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  spawn(
    'psql',
    [
      realDb.replace(/\/[^/]*$/, '/postgres'),
      '-qc',
      `DROP DATABASE IF EXISTS "${new URL(realDb).pathname.slice(1)}" WITH (FORCE)`,
    ],
    { stdio: 'ignore' },
  );
}
