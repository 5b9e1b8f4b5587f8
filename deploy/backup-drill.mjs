#!/usr/bin/env node
// Backup and restore drill (docs/operations.md, "Backup and restore drill"): backs up the database
// of a RUNNING portal as deploy/backup.sh does (pg_dump, custom format), restores the archive into
// a new empty database as deploy/restore.sh does (as the owner role, one transaction), then checks
// the copy: the audit log's hash chain through the API's own verification (`cli.js verify-audit`)
// and every table's row count against the counts in the snapshot the dump was taken from. Prints
// one JSON line (times in ms, sizes in bytes) and drops the scratch database. Exit code 1 when a
// check fails.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/skillpay node deploy/backup-drill.mjs [--keep FILE]
//
// DATABASE_URL: the portal's database, as a role that reads every table and may create a
// database (a superuser, or its owner with CREATEDB). pg_dump and pg_restore are taken from PATH
// (PG_BIN overrides) and must be at least the server's version. --keep FILE keeps the archive.
// Needs the built API (npm run build -w @skillpay/api).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiDir = path.join(root, 'apps/api');
const { Client } = createRequire(path.join(apiDir, 'package.json'))('pg');

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  console.log('Usage: DATABASE_URL=postgres://… node deploy/backup-drill.mjs [--keep FILE]');
  process.exit(0);
}
const keepIndex = args.indexOf('--keep');
const keep = keepIndex >= 0 ? path.resolve(args[keepIndex + 1] ?? '') : null;
if (keepIndex >= 0 && !args[keepIndex + 1]) {
  console.error('--keep needs a file name');
  process.exit(2);
}

const sourceUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/skillpay';
const withDatabase = (url, name) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
const database = decodeURIComponent(new URL(sourceUrl).pathname.slice(1));
const scratch = `${database}_drill_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}`;
const scratchUrl = withDatabase(sourceUrl, scratch);
const bin = (name) => (process.env.PG_BIN ? path.join(process.env.PG_BIN, name) : name);
const quote = (name) => `"${name.replace(/"/g, '""')}"`;

/**
 * Runs a command; resolves with its stdout, rejects with its stderr when it fails (unless
 * `anyExit`: then resolves with the stdout whatever the exit code).
 */
function exec(command, commandArgs, env = process.env, { anyExit = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', (error) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${command} not found: apt-get install postgresql-client (or set PG_BIN)`)
          : error,
      ),
    );
    child.once('exit', (code) =>
      code === 0 || (anyExit && stdout)
        ? resolve(stdout)
        : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

async function connect(url) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  return client;
}

/** Exact row count of every table outside the system schemas, in the connection's snapshot. */
async function rowCounts(client) {
  const { rows: tables } = await client.query(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
      ORDER BY 1`,
  );
  const counts = {};
  for (const { name } of tables) {
    const { rows } = await client.query(`SELECT count(*)::bigint AS n FROM ${name}`);
    counts[name] = Number(rows[0].n);
  }
  return counts;
}

const started = performance.now();
const lap = (since) => Math.round(performance.now() - since);
const folder = mkdtempSync(path.join(tmpdir(), 'skillpay-drill-'));
const archive = keep ?? path.join(folder, `${database}.dump`);
const report = { drill: 'backup-restore', database, ok: false };
let scratchCreated = false;
const admin = await connect(withDatabase(sourceUrl, 'postgres'));
try {
  // 1. Backup: pg_dump reads the snapshot of a transaction held open here, in which the row
  //    counts are taken too, so the portal may keep writing meanwhile.
  const source = await connect(sourceUrl);
  let expected;
  let owner;
  const dumpStarted = performance.now();
  try {
    await source.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await source.query(
      `SELECT pg_export_snapshot() AS snapshot, pg_database_size(current_database())::bigint AS size,
              (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) AS owner`,
    );
    owner = rows[0].owner;
    report.databaseBytes = Number(rows[0].size);
    const dumped = exec(bin('pg_dump'), [
      `--dbname=${sourceUrl}`,
      '--format=custom',
      `--snapshot=${rows[0].snapshot}`,
      `--file=${archive}`,
    ]);
    dumped.catch(() => undefined); // awaited below, after the counts
    expected = await rowCounts(source);
    await dumped;
    await source.query('COMMIT');
  } finally {
    await source.end();
  }
  // the archive's table of contents is readable (as deploy/backup.sh checks)
  await exec(bin('pg_restore'), ['--list', archive]);
  report.dumpMs = lap(dumpStarted);
  report.dumpBytes = statSync(archive).size;

  // 2. Restore into a new empty database owned, with everything in it, by the source's owner.
  const restoreStarted = performance.now();
  await admin.query(`CREATE DATABASE ${quote(scratch)} OWNER ${quote(owner)}`);
  scratchCreated = true;
  await exec(bin('pg_restore'), [
    `--dbname=${scratchUrl}`,
    '--exit-on-error',
    '--single-transaction',
    '--no-owner',
    `--role=${owner}`,
    archive,
  ]);
  report.restoreMs = lap(restoreStarted);

  // 3. Verify: the audit chain with the API's own check, and every table's row count.
  const verifyStarted = performance.now();
  // exits 1 with its JSON line when the chain is broken
  const verified = await exec(
    'node',
    [path.join(apiDir, 'dist/cli.js'), 'verify-audit'],
    { ...process.env, NODE_ENV: 'development', DATABASE_URL: scratchUrl, MIGRATION_DATABASE_URL: '' },
    { anyExit: true },
  );
  const chain = JSON.parse(verified.trim().split('\n').pop());
  const restored = await connect(scratchUrl);
  let actual;
  try {
    actual = await rowCounts(restored);
    const { rows } = await restored.query(`SELECT pg_database_size(current_database())::bigint AS size`);
    report.restoredBytes = Number(rows[0].size);
  } finally {
    await restored.end();
  }
  report.verifyMs = lap(verifyStarted);

  const differences = [...new Set([...Object.keys(expected), ...Object.keys(actual)])]
    .filter((table) => expected[table] !== actual[table])
    .map((table) => ({ table, backedUp: expected[table] ?? null, restored: actual[table] ?? null }));
  const auditRows = expected['public.audit_log'];
  report.tables = Object.keys(expected).length;
  report.rows = Object.values(expected).reduce((sum, n) => sum + n, 0);
  report.auditRows = auditRows;
  report.auditChain = chain;
  report.ok = chain.firstBrokenId === null && chain.checked === auditRows && differences.length === 0;
  if (differences.length > 0) report.differences = differences;
} catch (error) {
  report.error = error.message;
} finally {
  if (scratchCreated) await admin.query(`DROP DATABASE IF EXISTS ${quote(scratch)} WITH (FORCE)`);
  await admin.end();
  rmSync(folder, { recursive: true, force: true });
  report.totalMs = lap(started);
  if (keep) report.archive = keep;
}
console.log(JSON.stringify(report));
process.exit(report.ok ? 0 : 1);
