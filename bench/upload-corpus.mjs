// The bomb and odd-file corpus of issue 13 against the built portal (API and worker as their own
// processes, as in production): every upload and import route gets the two shared-strings bombs
// (20 M and 60 M `<si><t>a</t></si>`), zero bytes, a wrong magic number, a 12 MB single line, many
// columns, a GB 18030 csv, an xlsx converted by LibreOffice, one with absolute relationship targets,
// and files within every zip limit that are too much to read (300,000 cells; one 8 MB string).
// /api/health is polled throughout. Reports each answer with its time, the worst health answer, and
// the API's and the worker's peak RSS (VmHWM) and RSS after a quiet spell (the threads' memory back).
// Usage: npm run bench:corpus (builds the API first)
// Environment: BENCH_CORPUS_DATABASE_URL (default …/skillpay_bench_corpus, dropped and recreated),
// REDIS_URL, BENCH_CORPUS_PORT (default 3390), SOFFICE_PATH (default /usr/bin/soffice),
// SKILLPAY_API_DIST (default apps/api/dist). The last line printed is one JSON object.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiDist = path.resolve(repo, process.env.SKILLPAY_API_DIST ?? 'apps/api/dist');
const require = createRequire(path.join(repo, 'apps/api/package.json'));
const DATABASE_URL =
  process.env.BENCH_CORPUS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/skillpay_bench_corpus';
const PORT = process.env.BENCH_CORPUS_PORT ?? '3390';
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const base = `http://127.0.0.1:${PORT}`;
const env = {
  ...process.env,
  DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: 'skillpay-bench-corpus',
  NODE_ENV: 'development',
  LOAD_DEMO_DATA: 'true',
  PORT,
  LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
};

/** The tests' zip-bomb builder (apps/api/test/zip-bomb.ts), transpiled, on the built xlsx-zip. */
function zipBombBuilder() {
  const ts = require('typescript');
  const file = path.join(repo, 'apps/api/test/zip-bomb.ts');
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const module = new Module(file);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  module.require = (request) =>
    request === '../src/common/xlsx/xlsx-zip'
      ? require(path.join(apiDist, 'common/xlsx/xlsx-zip.js'))
      : require(request);
  module._compile(outputText, file);
  return module.exports;
}

const { sharedStringsBomb, unzipParts, withAbsoluteTargets, zipParts } = zipBombBuilder();
const ExcelJS = require('exceljs');
const pg = require('pg');

for (const command of ['reset', 'setup']) {
  execFileSync(process.execPath, [path.join(apiDist, 'cli.js'), command], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
const {
  rows: [pilot],
} = await client.query(
  `SELECT a.programme_id, u.username FROM pilot_application a JOIN app_user u ON u.organisation_id = a.enterprise_id
   WHERE a.status = 'approved' AND u.role = 'enterprise' AND u.deleted_at IS NULL LIMIT 1`,
);
await client.query(`INSERT INTO occupation (code, name_zh, name_en) VALUES ('6-18-01-01', '车工', 'Lathe operator')
  ON CONFLICT (code) DO UPDATE SET deleted_at = NULL`);

const children = {
  api: spawn(process.execPath, [path.join(apiDist, 'main.js')], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
  worker: spawn(process.execPath, [path.join(apiDist, 'worker.js')], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
};
const stopAll = () => Object.values(children).forEach((child) => child.kill('SIGTERM'));
process.on('exit', stopAll);

/** VmRSS and VmHWM (peak) of a process, MB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)[1]);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

for (let i = 0; ; i += 1) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    // not listening yet
  }
  if (i > 600) throw new Error('the API did not start');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const idle = { api: memory(children.api.pid), worker: memory(children.worker.pid) };

async function login(username) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'SkillPay#2026' }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return (await response.json()).accessToken;
}
const tokens = {
  huangdao: await login('qd-huangdao'),
  admin: await login('sysadmin'),
  enterprise: await login(pilot.username),
};

async function post(url, token, field, file, name, fields = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append(field, new Blob([file]), name);
  const started = performance.now();
  const response = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  const body = await response.json().catch(() => ({}));
  return { status: response.status, ms: Math.round(performance.now() - started), body };
}

const guidance = await fetch(`${base}/api/guidance-activities`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${tokens.huangdao}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({
    kind: 'training',
    occurredOn: '2026-08-12',
    title: '语料基准培训',
    trainingAudiences: ['owners'],
    attendeeCount: 10,
  }),
}).then((response) => response.json());

// ---- the corpus ----
const WAGE_HEADER = [
  '员工编号',
  '职业编码',
  '技能等级',
  '岗位类别',
  '工作月数',
  '基本工资',
  '岗位工资',
  '绩效工资',
  '津贴补贴',
  '其他',
];
const wageRow = (ref) => [ref, '6-18-01-01', '三级/高级工', '技能', 12, 36000, 24000, 18000, 3600, 0];
async function xlsxOf(sheets) {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const csvOf = (rows) => Buffer.from(`${rows.map((row) => row.join(',')).join('\r\n')}\r\n`);
function libreOfficeXlsx(rows) {
  const dir = mkdtempSync(path.join(tmpdir(), 'skillpay-soffice-'));
  try {
    writeFileSync(path.join(dir, 'data.csv'), csvOf(rows));
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        path.join(dir, 'data.csv'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(path.join(dir, 'data.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
/** Within every zip limit, too much to read: numeric cells, or one long shared string. */
async function dense({ cells, bytes }) {
  const parts = unzipParts(await xlsxOf({ 薪酬数据: [WAGE_HEADER] }));
  const xml = (body) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return zipParts(
    parts.map((part) => {
      if (cells && part.name === 'xl/worksheets/sheet1.xml') {
        const rows = [];
        for (let r = 2; r * 10 <= cells; r += 1)
          rows.push(
            `<row r="${r}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r}</v></c>`).join('')}</row>`,
          );
        return {
          ...part,
          data: xml(`<worksheet ${main}><sheetData>${rows.join('')}</sheetData></worksheet>`),
        };
      }
      if (bytes && part.name === 'xl/sharedStrings.xml')
        return {
          ...part,
          data: xml(
            `<sst ${main} count="1" uniqueCount="1"><si><t>${randomBytes(bytes).toString('base64')}</t></si></sst>`,
          ),
        };
      return part;
    }),
  );
}

const honest = await xlsxOf({ 薪酬数据: [WAGE_HEADER] });
const bombs = [
  ['bomb20.xlsx', await sharedStringsBomb(honest, 20_000_000)],
  ['bomb60.xlsx', await sharedStringsBomb(honest, 60_000_000)],
];
const filler = (n) => Array.from({ length: n }, (_, i) => `备注${i}`);
const odd = [
  ['empty.xlsx', Buffer.alloc(0)],
  ['magic.xlsx', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
  ['line.csv', Buffer.alloc(12 * 1024 * 1024, 0x61)],
  [
    'wide.csv',
    csvOf([
      [...WAGE_HEADER, ...filler(19_990)],
      [...wageRow('W-1'), ...filler(19_990)],
    ]),
  ],
  ['wide.xlsx', await xlsxOf({ 薪酬数据: [[...WAGE_HEADER, ...filler(16_374)], wageRow('W-2')] })],
  [
    'gb18030.csv',
    Buffer.from(
      'd4b1b9a4b1e0bac52cd6b0d2b5b1e0c2eb2cbcbcc4dcb5c8bcb62cb8dacebbc0e0b1f02cb9a4d7f7d4c2cafd2cbbf9b1beb9a4d7ca2c' +
        'b8dacebbb9a4d7ca2cbca8d0a7b9a4d7ca2cbdf2ccf9b2b9ccf92cc6e4cbfb0a412d312c362d31382d30312d30312cb8dfbcb6b9a4' +
        '2cbcbcc4dc2c31322c312c322c332c342c350a',
      'hex',
    ),
  ],
  ['libreoffice.xlsx', libreOfficeXlsx([WAGE_HEADER, wageRow('L-1')])],
  ['openpyxl.xlsx', withAbsoluteTargets(await xlsxOf({ 薪酬数据: [WAGE_HEADER, wageRow('O-1')] }))],
  ['dense-cells.xlsx', await dense({ cells: 300_000 })],
  ['dense-string.xlsx', await dense({ bytes: 6_000_000 })],
];

const routes = {
  'enterprise import': (file, name) => post('/api/enterprises/import', tokens.huangdao, 'file', file, name),
  'occupation import': (file, name) => post('/api/occupations/import', tokens.admin, 'file', file, name),
  'wage upload': (file, name, year = 2025) =>
    post('/api/wage-uploads', tokens.enterprise, 'file', file, name, {
      programmeId: pilot.programme_id,
      year: String(year),
    }),
  attachments: (file, name) =>
    post(`/api/guidance-activities/${guidance.id}/attachments`, tokens.huangdao, 'files', file, name),
};

// health polled throughout, the memory of both processes sampled
const health = { answers: 0, failures: 0, worstMs: 0 };
let polling = true;
const poller = (async () => {
  while (polling) {
    const started = performance.now();
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    health.answers += 1;
    if (!ok) health.failures += 1;
    health.worstMs = Math.max(health.worstMs, Math.round(performance.now() - started));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
})();

const results = [];
const summary = (body) =>
  body?.details?.[0]?.message ?? body?.message ?? (body?.status ? `status ${body.status}` : '');
// the bombs at once on every route, as the probe sent them
const started = performance.now();
const bombAnswers = await Promise.all(
  Object.entries(routes).flatMap(([route, send]) =>
    bombs.map(async ([name, file]) => ({ route, name, ...(await send(file, name)) })),
  ),
);
const bombSeconds = (performance.now() - started) / 1000;
for (const answer of bombAnswers)
  results.push({
    route: answer.route,
    file: answer.name,
    status: answer.status,
    ms: answer.ms,
    message: summary(answer.body),
  });

async function wageVerdict(id) {
  const started = performance.now();
  for (;;) {
    const body = await fetch(`${base}/api/wage-uploads/${id}`, {
      headers: { Authorization: `Bearer ${tokens.enterprise}` },
    }).then((r) => r.json());
    if (!['queued', 'validating'].includes(body.status)) {
      const errors = await fetch(`${base}/api/wage-uploads/${id}/errors?pageSize=5`, {
        headers: { Authorization: `Bearer ${tokens.enterprise}` },
      }).then((r) => r.json());
      return {
        status: body.status,
        ms: Math.round(performance.now() - started),
        message: errors.items?.[0]?.message ?? '',
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const [route, send] of Object.entries(routes)) {
  for (const [index, [name, file]] of odd.entries()) {
    // each wage file a year of its own: a version of its own, none a duplicate
    const answer = await send(file, name, 2010 + index);
    const row = { route, file: name, status: answer.status, ms: answer.ms, message: summary(answer.body) };
    if (route === 'wage upload' && answer.status === 201) row.worker = await wageVerdict(answer.body.id);
    results.push(row);
  }
}
polling = false;
await poller;
const afterRun = { api: memory(children.api.pid), worker: memory(children.worker.pid) };
// idle threads end after 5 s: their heaps go with them
await new Promise((resolve) => setTimeout(resolve, 8_000));
const quiet = { api: memory(children.api.pid), worker: memory(children.worker.pid) };
stopAll();
await client.end();

for (const row of results) {
  const worker = row.worker
    ? ` → worker ${row.worker.status} in ${row.worker.ms} ms ${row.worker.message}`
    : '';
  console.log(
    `${row.route.padEnd(18)} ${row.file.padEnd(18)} ${row.status} ${String(row.ms).padStart(6)} ms  ${row.message}${worker}`,
  );
}
const worstMs = Math.max(...results.map((row) => Math.max(row.ms, row.worker?.ms ?? 0)));
console.log(
  JSON.stringify({
    requests: results.length,
    bombsSeconds: Math.round(bombSeconds * 100) / 100,
    worstAnswerMs: worstMs,
    health,
    memoryMb: { idle, peak: { api: afterRun.api.peakMb, worker: afterRun.worker.peakMb }, afterRun, quiet },
  }),
);
