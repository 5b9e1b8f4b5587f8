// A 50,000-row xlsx wage upload through the worker's own code: the built API's WorkerModule and its
// WageImportService.validateAndStore (stream-parse → validate → COPY → new version, audit,
// notification), timed in a child process whose peak RSS is the worker's. Targets: < 8 s, < 300 MB.
// Usage: npm run bench:upload (builds the API first)
// Environment: BENCH_UPLOAD_ROWS (default 50000), BENCH_UPLOAD_DATABASE_URL (default …/skillpay_bench_upload,
// dropped and recreated), REDIS_URL, SKILLPAY_API_DIST (default apps/api/dist).
// The last line printed is one JSON object: rows, bytes, seconds, rowsPerSec, peakRssMb, outcome.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiDist = path.resolve(repo, process.env.SKILLPAY_API_DIST ?? 'apps/api/dist');
const require = createRequire(path.join(repo, 'apps/api/package.json'));
const ROWS = Number(process.env.BENCH_UPLOAD_ROWS ?? 50_000);
const DATABASE_URL =
  process.env.BENCH_UPLOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/skillpay_bench_upload';
const env = {
  ...process.env,
  DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: 'skillpay-bench-upload',
  NODE_ENV: 'development',
  LOAD_DEMO_DATA: 'true',
};

if (process.argv[2] === '--worker') {
  // ---- the child: the worker process, doing one upload ----
  Object.assign(process.env, env);
  require('reflect-metadata');
  const { NestFactory } = require('@nestjs/core');
  const { WorkerModule } = require(path.join(apiDist, 'worker.module.js'));
  const { WageImportService } = require(path.join(apiDist, 'modules/wage-uploads/wage-import.service.js'));
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
  const start = performance.now();
  const result = await app.get(WageImportService).validateAndStore(process.argv[3]);
  const seconds = (performance.now() - start) / 1000;
  await app.close();
  // maxRSS is in kilobytes: the peak of the whole process, Nest and all
  console.log(
    JSON.stringify({
      seconds,
      outcome: result.outcome,
      rowCount: result.rowCount ?? 0,
      peakRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
  process.exit(0);
}

// ---- the parent: database, file, upload row ----
console.log(
  `bench:upload: ${ROWS.toLocaleString('en')} rows, database ${new URL(DATABASE_URL).pathname.slice(1)}`,
);
for (const command of ['reset', 'setup']) {
  execFileSync(process.execPath, [path.join(apiDist, 'cli.js'), command], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const ExcelJS = require('exceljs');
const pg = require('pg');
const domain = require('@skillpay/domain');

const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
const { rows: pilots } = await client.query(
  `SELECT a.programme_id, a.enterprise_id, o.region_code FROM pilot_application a
   JOIN organisation o ON o.id = a.enterprise_id WHERE a.status = 'approved' LIMIT 1`,
);
const { rows: occupations } = await client.query(
  `SELECT code, name_zh FROM occupation WHERE deleted_at IS NULL ORDER BY code`,
);
if (pilots.length === 0 || occupations.length === 0)
  throw new Error('the demo data has no approved pilot or no occupations');

// the template's sheet and headers, as an enterprise fills it in: labels, "code name", text numbers
const dir = mkdtempSync(path.join(tmpdir(), 'skillpay-bench-upload-'));
const file = path.join(dir, 'wage-data.xlsx');
const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
const sheet = workbook.addWorksheet(domain.WAGE_SHEET_NAMES['zh-CN']);
sheet
  .addRow(domain.WAGE_FILE_COLUMNS.map((column) => `${column.header['zh-CN']}${column.required ? ' *' : ''}`))
  .commit();
const levels = domain.skillLevelOptions('zh-CN').slice(1, 6);
let state = 20_260_701;
const random = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
for (let i = 1; i <= ROWS; i++) {
  const occupation = occupations[Math.floor(random() * occupations.length)];
  const technical = occupation.code.startsWith('2-');
  const base = Math.round(30_000 + random() * 40_000);
  sheet
    .addRow([
      `E${String(i).padStart(6, '0')}`,
      `${occupation.code} ${occupation.name_zh}`,
      technical ? '' : levels[Math.floor(random() * levels.length)],
      technical ? '专业技术' : '技能',
      random() < 0.9 ? 12 : 1 + Math.floor(random() * 11),
      base,
      Math.round(base * 0.8 * 100) / 100,
      Math.round(random() * 30_000 * 100) / 100,
      Math.round(random() * 6_000),
      i % 7 === 0 ? '1,200.00' : 0,
    ])
    .commit();
}
sheet.commit();
await workbook.commit();
const content = readFileSync(file);
const bytes = statSync(file).size;
const [pilot] = pilots;
const { rows: inserted } = await client.query(
  `INSERT INTO wage_upload (programme_id, enterprise_id, region_code, year, file_name, mime_type, size, content_sha256, content)
   VALUES ($1, $2, $3, 2025, 'wage-data.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', $4, $5, $6)
   RETURNING id`,
  [
    pilot.programme_id,
    pilot.enterprise_id,
    pilot.region_code,
    bytes,
    createHash('sha256').update(content).digest('hex'),
    content,
  ],
);
await client.end();
rmSync(dir, { recursive: true, force: true });
console.log(`file: ${(bytes / 1024 / 1024).toFixed(1)} MB xlsx`);

const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--worker', inserted[0].id], {
  env,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (child.status !== 0) throw new Error(`the worker run failed (${child.status})`);
const measured = JSON.parse(child.stdout.trim().split('\n').pop());
const figures = {
  rows: ROWS,
  bytes,
  seconds: Number(measured.seconds.toFixed(2)),
  rowsPerSec: Math.round(measured.rowCount / measured.seconds),
  peakRssMb: Math.round(measured.peakRss / 1024 / 1024),
  outcome: measured.outcome,
};
console.log(
  `validated and stored ${measured.rowCount.toLocaleString('en')} rows in ${figures.seconds} s (target < 8 s); worker peak RSS ${figures.peakRssMb} MB (target < 300 MB)`,
);
console.log(JSON.stringify(figures));
