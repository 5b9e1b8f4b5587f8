// `npm start`: build, migrate, load demo data (idempotent), then serve the API, the worker and
// the web app on http://localhost:3000 (PORT overrides). DATABASE_URL and REDIS_URL override
// the local defaults; with neither set nor running here (or set to `embedded`), the portal runs
// on an embedded PostgreSQL (PGlite, data in data/pglite or EMBEDDED_DATA_DIR) with its queues
// in PostgreSQL: a laptop with only Node gets the whole portal (docs/embedded-mode.md).
import path from 'node:path';
import {
  apiDist,
  background,
  buildPortal,
  describeExit,
  keepRunning,
  root,
  startServices,
  stopPortal,
  waitForHealth,
  webDist,
} from './lib.mjs';

const port = process.env.PORT ?? '3000';
buildPortal();
const { env: serviceEnv, db } = await startServices({
  dataDir: path.resolve(root, process.env.EMBEDDED_DATA_DIR ?? 'data/pglite'),
});
const env = { ...serviceEnv, WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? webDist, PORT: port };

const setup = background('setup', 'node', [path.join(apiDist, 'cli.js'), 'setup'], env);
const setupCode = await new Promise((resolve) => setup.once('exit', (code) => resolve(code ?? 1)));
if (setupCode !== 0) {
  await stopPortal([], db);
  process.exit(setupCode);
}

// The API ending, or the embedded database, ends the portal, with one line saying which and
// why; a worker that ends is started again (keepRunning), unless it keeps ending: then the
// portal ends. Ctrl+C / SIGTERM stops everything; the embedded database closes last.
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  stopPortal(children, db).then(() => process.exit(code));
};
const api = background('api', 'node', [path.join(apiDist, 'main.js')], env);
const worker = keepRunning(
  'worker',
  () => background('worker', 'node', [path.join(apiDist, 'worker.js')], env),
  {
    onGiveUp: () => {
      console.error('✖ stopping the portal: the worker keeps ending (see its output above)');
      stop(1);
    },
  },
);
const children = [api, worker];
for (const [name, child] of [
  ['API', api],
  ['embedded database', db],
]) {
  child?.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`✖ the ${name} ${describeExit(code, signal)}; stopping the portal`);
    stop(code || 1);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

await waitForHealth(`http://localhost:${port}`);
console.log(`
SkillPay Portal is running: http://localhost:${port}  (API: http://localhost:${port}/api, docs: /api/docs)
Demo accounts (password ${process.env.DEMO_PASSWORD ? 'from DEMO_PASSWORD' : 'SkillPay#2026'}):
  qd-city (市人社局), qd-city-checker (市局审核员), qd-huangdao (黄岛区人社局), qd-laoshan (崂山区人社局),
  ent-a, ent-b (黄岛区企业),
  reviewer-union (市总工会), reviewer-federation (市企业联合会), sysadmin (系统管理员), auditor (审计管理员)
Press Ctrl+C to stop.`);
