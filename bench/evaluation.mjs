// The evaluation phase at a city's scale: the demo programme (npm start's data) with BENCH_PILOTS further
// approved pilots cloned from the demo pilots — each with its accepted monthly reports and two years of
// wage rows — then, through the running API as the city bureau:
//   rollup      GET /api/evaluation/programmes/:id (every district, pilots against non-pilots, the pilot table)
//   district    the same for one district (?regionCode=370211)
//   enterprise  GET /api/evaluation/enterprises/:id
//   report      POST /api/evaluation/reports/:id/versions (figures, three charts, the docx, in a worker thread)
// and the API's peak resident memory. The last line printed is one JSON object with the figures.
// Usage: npm run bench:evaluation   (BENCH_PILOTS=1000 npm run bench:evaluation for a larger city)
// Environment: BENCH_PILOTS (default 300), BENCH_RUNS (timed requests each, default 10), BENCH_PORT (3900),
// BENCH_DATABASE_URL (default …/skillpay_bench_evaluation, dropped and recreated), REDIS_URL,
// BENCH_REDIS_PREFIX (default skillpay-bench-evaluation), SKILLPAY_API_DIST (default apps/api/dist).
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiDist = path.resolve(repo, process.env.SKILLPAY_API_DIST ?? 'apps/api/dist');
const require = createRequire(path.join(repo, 'apps/api/package.json'));
const pg = require('pg');

const PILOTS = Number(process.env.BENCH_PILOTS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/skillpay_bench_evaluation';
const env = {
  ...process.env,
  DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: process.env.BENCH_REDIS_PREFIX ?? 'skillpay-bench-evaluation',
  NODE_ENV: 'development',
  LOAD_DEMO_DATA: 'true',
  PORT: String(PORT),
  WEB_DIST_DIR: '',
};
const base = `http://localhost:${PORT}`;

const cli = (command) =>
  execFileSync('node', [path.join(apiDist, 'cli.js'), command], { env, stdio: 'pipe' });

/**
 * Clones of the demo pilots, set-based: each row copied whole (jsonb_populate_record) with new ids, so
 * the clones carry whatever the demo rows carry — organisation, enterprise, approved application,
 * accepted reports with their versions, current wage uploads with their rows.
 */
async function clonePilots(client, programmeId) {
  const clone = (table, from, overrides) =>
    `INSERT INTO ${table} SELECT (jsonb_populate_record(NULL::${table}, to_jsonb(t) || ${overrides})).* ${from}`;
  await client.query('BEGIN');
  await client.query(
    `CREATE TEMP TABLE bench_clone ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, n, templates[1 + n % cardinality(templates)] AS template
     FROM generate_series(1, $1::int) n,
          (SELECT array_agg(enterprise_id ORDER BY enterprise_id) AS templates FROM pilot_application
           WHERE programme_id = $2 AND status = 'approved') pilots`,
    [PILOTS, programmeId],
  );
  await client.query(
    clone(
      'organisation',
      'FROM bench_clone c JOIN organisation t ON t.id = c.template',
      `jsonb_build_object('id', c.id, 'name', t.name || '（测' || c.n || '）')`,
    ),
  );
  await client.query(
    clone(
      'enterprise',
      'FROM bench_clone c JOIN enterprise t ON t.id = c.template',
      `jsonb_build_object('id', c.id, 'credit_code', '9137' || lpad(c.n::text, 13, '0') || 'X')`,
    ),
  );
  await client.query(
    clone(
      'pilot_application',
      `FROM bench_clone c JOIN pilot_application t ON t.enterprise_id = c.template
       AND t.programme_id = $1 AND t.status = 'approved'`,
      `jsonb_build_object('id', gen_random_uuid(), 'enterprise_id', c.id)`,
    ),
    [programmeId],
  );
  await client.query(
    `CREATE TEMP TABLE bench_report ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, r.id AS template, c.id AS enterprise_id
     FROM bench_clone c JOIN progress_report r ON r.enterprise_id = c.template AND r.programme_id = $1`,
    [programmeId],
  );
  await client.query(
    clone(
      'progress_report',
      'FROM bench_report c JOIN progress_report t ON t.id = c.template',
      `jsonb_build_object('id', c.id, 'enterprise_id', c.enterprise_id)`,
    ),
  );
  await client.query(
    clone(
      'progress_report_version',
      'FROM bench_report c JOIN progress_report_version t ON t.report_id = c.template',
      `jsonb_build_object('id', gen_random_uuid(), 'report_id', c.id)`,
    ),
  );
  await client.query(
    `CREATE TEMP TABLE bench_upload ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, u.id AS template, c.id AS enterprise_id
     FROM bench_clone c JOIN wage_upload u ON u.enterprise_id = c.template AND u.status = 'current'`,
  );
  await client.query(
    clone(
      'wage_upload',
      'FROM bench_upload c JOIN wage_upload t ON t.id = c.template',
      `jsonb_build_object('id', c.id, 'enterprise_id', c.enterprise_id)`,
    ),
  );
  const { rowCount } = await client.query(
    clone(
      'wage_row',
      'FROM bench_upload c JOIN wage_row t ON t.upload_id = c.template',
      `jsonb_build_object('upload_id', c.id)`,
    ),
  );
  await client.query('COMMIT');
  await client.query('ANALYZE');
  return rowCount;
}

async function timed(runs, request) {
  const times = [];
  let last;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    last = await request();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]);
  return { medianMs: at(0.5), p90Ms: at(0.9), last };
}

async function main() {
  execFileSync('node', [path.join(apiDist, 'cli.js'), 'reset'], { env, stdio: 'pipe' });
  cli('setup');
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const [{ id: programmeId }] = (
    await client.query(`SELECT id FROM programme WHERE document_number = '青人社字〔2021〕61号'`)
  ).rows;
  const started = performance.now();
  const clonedRows = await clonePilots(client, programmeId);
  const cloneMs = Math.round(performance.now() - started);
  const {
    rows: [counts],
  } = await client.query(
    `SELECT (SELECT count(*)::int FROM pilot_application WHERE programme_id = $1 AND status = 'approved') AS pilots,
            (SELECT count(*)::int FROM wage_row r JOIN wage_upload u ON u.id = r.upload_id
             WHERE u.status = 'current') AS rows`,
    [programmeId],
  );
  await client.end();

  const api = spawn('node', [path.join(apiDist, 'main.js')], { env, stdio: 'ignore' });
  try {
    for (let i = 0; ; i += 1) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      if (i > 120) throw new Error('the API did not start');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'qd-city', password: 'SkillPay#2026' }),
    }).then((response) => response.json());
    const headers = { authorization: `Bearer ${login.accessToken}`, 'content-type': 'application/json' };
    const get = async (url) => {
      const response = await fetch(`${base}${url}`, { headers });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return response.json();
    };
    const rollup = await timed(RUNS, () => get(`/api/evaluation/programmes/${programmeId}`));
    const district = await timed(RUNS, () =>
      get(`/api/evaluation/programmes/${programmeId}?regionCode=370211`),
    );
    const enterpriseId = rollup.last.pilots[0].enterpriseId;
    const enterprise = await timed(RUNS, () =>
      get(`/api/evaluation/enterprises/${enterpriseId}?programmeId=${programmeId}`),
    );
    const report = await fetch(`${base}/api/evaluation/reports`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ programmeId }),
    }).then((response) => response.json());
    const generate = await timed(Math.min(RUNS, 5), async () => {
      const response = await fetch(`${base}/api/evaluation/reports/${report.id}/versions`, {
        method: 'POST',
        headers,
      });
      if (!response.ok) throw new Error(`generate: ${response.status} ${await response.text()}`);
      return response.json();
    });
    // the API's peak resident set since it started (Linux)
    const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'));
    const figures = {
      pilots: counts.pilots,
      wageRows: counts.rows,
      clonedRows,
      cloneMs,
      rollup: { medianMs: rollup.medianMs, p90Ms: rollup.p90Ms },
      district: { medianMs: district.medianMs, p90Ms: district.p90Ms },
      enterprise: { medianMs: enterprise.medianMs, p90Ms: enterprise.p90Ms },
      report: { medianMs: generate.medianMs, p90Ms: generate.p90Ms, bytes: generate.last.size },
      apiPeakRssMb: peak ? Math.round(Number(peak[1]) / 1024) : null,
    };
    console.log(
      `${figures.pilots} pilots, ${figures.wageRows} wage rows: roll-up ${rollup.medianMs} ms (p90 ${rollup.p90Ms}), ` +
        `district ${district.medianMs} ms, enterprise ${enterprise.medianMs} ms, report ${generate.medianMs} ms ` +
        `(${Math.round(generate.last.size / 1024)} KB), API peak RSS ${figures.apiPeakRssMb} MB`,
    );
    console.log(JSON.stringify(figures));
  } finally {
    api.kill('SIGTERM');
  }
}

await main();
