// Helpers shared by scripts/start.mjs and scripts/test.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const apiDist = path.join(root, 'apps/api/dist');
export const webDist = path.join(root, 'apps/web/dist');

/** Runs a command in the foreground; exits this process with its code when it fails. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Like `run`, but without blocking: the output of the background processes (`background`) keeps
 * being relayed while the command runs, in the order it happens.
 */
export function runAlongside(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('exit', (code) => (code === 0 ? resolve() : process.exit(code ?? 1)));
  });
}

/** Starts a long-running process whose output is prefixed with its name. */
export function background(name, command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream, out) =>
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n')) if (line) out.write(`[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return child;
}

/** How a process ended, for the one line saying so: `exited with code 1`, `was killed by SIGKILL`. */
export function describeExit(code, signal) {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

/**
 * Keeps a process running: `start()` spawns it (say with `background`); when it ends on its own,
 * prints one line saying so and why, and starts it again after a back-off (1 s, doubling, at most
 * 10 s). After `maxCrashes` ends within `windowMs` it gives up: prints why and calls
 * `onGiveUp()`. `halt()` stops restarting (a pending restart is cancelled) and returns the
 * current process, for `stopPortal`.
 */
export function keepRunning(
  name,
  start,
  { onGiveUp, maxCrashes = 5, windowMs = 60_000, backoffMs = 1_000 } = {},
) {
  const crashes = [];
  let halted = false;
  let timer = null;
  let child;
  const launch = () => {
    timer = null;
    child = start();
    child.once('exit', (code, signal) => {
      if (halted) return;
      const now = Date.now();
      crashes.push(now);
      while (crashes[0] <= now - windowMs) crashes.shift();
      if (crashes.length >= maxCrashes) {
        console.error(
          `✖ ${name} ${describeExit(code, signal)}; it ended ${crashes.length} times within ${windowMs / 1000} s, giving up`,
        );
        halted = true;
        onGiveUp?.();
        return;
      }
      const delay = Math.min(backoffMs * 2 ** (crashes.length - 1), 10 * backoffMs);
      console.error(`✖ ${name} ${describeExit(code, signal)}; restarting it in ${delay / 1000} s`);
      timer = setTimeout(launch, delay);
    });
  };
  launch();
  return {
    name,
    get child() {
      return child;
    },
    halt() {
      halted = true;
      if (timer) clearTimeout(timer);
      timer = null;
      return child;
    },
  };
}

/** Polls GET /api/health until it answers 200, or fails after the timeout. */
export async function waitForHealth(baseUrl, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${baseUrl}/api/health did not answer within ${timeoutMs / 1000} s`);
}

/** Builds the projects the portal runs from (cached by Nx). */
export function buildPortal() {
  run(
    'npx',
    [
      'nx',
      'run-many',
      '-t',
      'build',
      '--projects=@skillpay/domain,@skillpay/api,@skillpay/web',
      '--output-style=static',
    ],
    {
      NX_DAEMON: 'false',
    },
  );
}

/**
 * The services the portal runs on (apps/api/src/embedded/service-modes.ts): the real PostgreSQL
 * and Redis when configured or running here, otherwise the embedded database (PGlite in
 * `dataDir`, started here as the `db` process) and queues in PostgreSQL. Prints the one line
 * naming each mode; on a real PostgreSQL reached as a superuser, sets up the database roles
 * (`provisionRoles`). Returns the environment for setup, API and worker, and the `db` process.
 * Needs the built API.
 */
export async function startServices({ dataDir, env: given = process.env }) {
  const require = createRequire(import.meta.url);
  const { resolveServiceModes, describeServiceModes, EmbeddedModeRefused } = require(
    path.join(apiDist, 'embedded/service-modes.js'),
  );
  const { READY_PREFIX } = require(path.join(apiDist, 'embedded-db.js'));
  let modes;
  try {
    modes = await resolveServiceModes(given);
  } catch (error) {
    if (!(error instanceof EmbeddedModeRefused)) throw error;
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
  const env = {};
  let db = null;
  if (modes.database === 'embedded') {
    db = background('db', 'node', [path.join(apiDist, 'embedded-db.js'), dataDir, '--managed'], given);
    env.DATABASE_URL = await new Promise((resolve, reject) => {
      let output = '';
      db.stdout.on('data', (chunk) => {
        output += chunk.toString();
        const line = output.split('\n').find((candidate) => candidate.startsWith(READY_PREFIX));
        if (line) resolve(line.slice(READY_PREFIX.length).trim());
      });
      db.once('exit', (code) => reject(new Error(`the embedded database exited with code ${code}`)));
    });
    // one session serves every connection (transactions take turns): few connections each, and
    // a new one may wait for a long transaction before it is let in
    env.DB_POOL_SIZE = given.DB_POOL_SIZE ?? '4';
    env.DB_CONNECT_TIMEOUT_MS = given.DB_CONNECT_TIMEOUT_MS ?? '120000';
  }
  if (modes.queues === 'embedded') env.REDIS_URL = 'embedded';
  const databaseUrl = new URL(
    env.DATABASE_URL ?? given.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/skillpay',
  );
  console.log(
    describeServiceModes(
      modes,
      `${databaseUrl.hostname}:${databaseUrl.port || 5432}${databaseUrl.pathname}`,
      dataDir?.startsWith(`${root}${path.sep}`) ? path.relative(root, dataDir) : dataDir,
    ),
  );
  if (modes.database !== 'embedded' && !given.MIGRATION_DATABASE_URL) {
    Object.assign(env, await provisionRoles(databaseUrl.toString()));
  }
  return { env, db };
}

/**
 * Given a superuser's DATABASE_URL (postgres on a developer's machine), creates the owner and
 * application roles and the database when missing (apps/api/src/database/roles.ts), and returns
 * the settings that run migrations as the owner and the portal as the application role. Any
 * other DATABASE_URL is used as it is (and the processes' start-up checks judge its role).
 */
async function provisionRoles(adminUrl) {
  const require = createRequire(import.meta.url);
  const { canCreateRoles, provisionDatabase, APP_ROLE, OWNER_ROLE } = require(
    path.join(apiDist, 'database/roles.js'),
  );
  // unreachable: `setup` names the variable to fix
  if (!(await canCreateRoles(adminUrl).catch(() => false))) return {};
  const urls = await provisionDatabase(adminUrl);
  console.log(
    `PostgreSQL roles: the portal connects as ${APP_ROLE} (data rights only, the audit log append-only), ` +
      `migrations run as ${OWNER_ROLE} (docs/operations.md, "Database roles")`,
  );
  return { DATABASE_URL: urls.databaseUrl, MIGRATION_DATABASE_URL: urls.migrationDatabaseUrl };
}

/**
 * Stops the portal's processes (each a process or a `keepRunning` one, whose restarts stop
 * first): SIGTERM to each (SIGKILL to one still running 10 s later, say because its database
 * went first), then the embedded database `db`, if any, after its clients.
 */
export async function stopPortal(children, db) {
  const running = (child) => child && child.exitCode === null && child.signalCode === null;
  const exited = (child) => new Promise((resolve) => child.once('exit', resolve));
  const live = children
    .map((child) => (typeof child?.halt === 'function' ? child.halt() : child))
    .filter(running);
  live.forEach((child) => child.kill('SIGTERM'));
  const killer = setTimeout(() => live.forEach((child) => child.kill('SIGKILL')), 10_000).unref();
  await Promise.all(live.map(exited));
  clearTimeout(killer);
  if (running(db)) {
    db.kill('SIGTERM');
    await exited(db);
  }
}
