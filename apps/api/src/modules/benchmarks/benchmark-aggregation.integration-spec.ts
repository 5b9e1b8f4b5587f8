import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { BenchmarkJob, FootnoteCode, QueueName } from '@skillpay/domain';
import { type Queue, QueueEvents } from 'bullmq';
import { type DataSource } from 'typeorm';
import {
  cellsOf,
  newWageUpload,
  storeWageCsv,
  type WageRowInput,
  wageRows,
} from '../../../test/benchmark-builders';
import { newEnterprise, newProgramme } from '../../../test/programme-builders';
import { unique } from '../../../test/test-app';
import { WorkerModule } from '../../worker.module';
import { AGGREGATION_LOCK, BenchmarkAggregator } from './aggregation/benchmark-aggregator';

const TURNER = '6-18-01-01'; // 车工
const MILLER = '6-18-01-02'; // 铣工
const FITTER = '6-18-01-03';
const CITY = '370200';

/** Keyed `occupation|level|region` for readable expectations. */
function byCell(cells: Array<Record<string, unknown>>): Map<string, Record<string, unknown>> {
  return new Map(cells.map((c) => [`${c.occupation_code}|${c.skill_level}|${c.region_code}`, c]));
}

describe('benchmark aggregation (the job on real PostgreSQL and BullMQ)', () => {
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let aggregator: BenchmarkAggregator;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    dataSource = worker.get<DataSource>(getDataSourceToken());
    aggregator = worker.get(BenchmarkAggregator);
    queue = worker.get<Queue>(getQueueToken(QueueName.Benchmarks));
    events = new QueueEvents(QueueName.Benchmarks, {
      connection: queue.opts.connection,
      prefix: queue.opts.prefix,
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await worker.close();
  });

  /** One enterprise with one current upload; returns its enterprise id. */
  async function upload(programmeId: string, regionCode: string, rows: WageRowInput[]): Promise<string> {
    const enterprise = await newEnterprise(dataSource, regionCode);
    await newWageUpload(dataSource, { programmeId, enterpriseId: enterprise.id, regionCode, rows });
    return enterprise.id;
  }

  /**
   * Turner level 3: two districts and a city-direct enterprise, figures worked out by hand below.
   * Miller level 4: crafted so that each suppression rule fires once.
   */
  async function seedProgramme(): Promise<{ programmeId: string; dominant: string }> {
    const programmeId = await newProgramme(dataSource);
    // 黄岛 (370211): 50k, 60k | 70k and 40k for 6 months (= 80k a year) | 90k
    await upload(programmeId, '370211', wageRows(TURNER, 'level-3', [50_000, 60_000]));
    await upload(programmeId, '370211', [
      { occupationCode: TURNER, skillLevel: 'level-3', pay: 70_000 },
      { occupationCode: TURNER, skillLevel: 'level-3', pay: 40_000, months: 6 },
    ]);
    await upload(programmeId, '370211', wageRows(TURNER, 'level-3', [90_000]));
    // 崂山 (370212): 100k, 110k, 120k, each split 60 / 20 / 15 / 4 / 1 %
    for (const total of [100_000, 110_000, 120_000]) {
      await upload(programmeId, '370212', [
        {
          occupationCode: TURNER,
          skillLevel: 'level-3',
          pay: [total * 0.6, total * 0.2, total * 0.15, total * 0.04, total * 0.01],
        },
      ]);
    }
    // a city-direct enterprise (市直企业): 200k
    await upload(programmeId, CITY, wageRows(TURNER, 'level-3', [200_000]));

    const millers = (count: number, base: number) =>
      wageRows(
        MILLER,
        'level-4',
        Array.from({ length: count }, (_, i) => base + i * 1_000),
      );
    // 黄岛: 2 enterprises → A
    await upload(programmeId, '370211', millers(2, 60_000));
    await upload(programmeId, '370211', millers(2, 62_000));
    // 崂山: one enterprise holds 18 of 20 → B
    const dominant = await upload(programmeId, '370212', millers(18, 70_000));
    await upload(programmeId, '370212', millers(1, 65_000));
    await upload(programmeId, '370212', millers(1, 66_000));
    // 李沧 (9 employees) and 城阳 (12): fine on their own, but 黄岛 + 崂山 together still have one
    // enterprise with 18 of 24 (75 %) → the smaller, 李沧, is withheld too (C)
    for (let i = 0; i < 3; i++) await upload(programmeId, '370213', millers(3, 64_000 + i * 500));
    for (let i = 0; i < 4; i++) await upload(programmeId, '370214', millers(3, 61_000 + i * 700));
    return { programmeId, dominant };
  }

  it('computes counts, percentiles, mean and pay shares per district and for the city roll-up', async () => {
    const { programmeId } = await seedProgramme();
    const result = await aggregator.aggregate(programmeId, 2026);
    expect(result).toMatchObject({ skipped: false, full: true, pairs: 2, rows: 54, uploads: 19, cells: 8 });

    const cells = byCell(await cellsOf(dataSource, programmeId));
    // 黄岛: 50, 60, 70, 80, 90 k → P10 at position 0.4, P90 at 3.6 (n − 1 = 4)
    expect(cells.get(`${TURNER}|level-3|370211`)).toMatchObject({
      employees: 5,
      enterprises: 3,
      max_enterprise_share: '40.00',
      mean: '70000.00',
      p10: '54000.00',
      p25: '60000.00',
      p50: '70000.00',
      p75: '80000.00',
      p90: '86000.00',
      share_base: '1.0000',
      footnote: null,
    });
    expect(cells.get(`${TURNER}|level-3|370212`)).toMatchObject({
      employees: 3,
      p50: '110000.00',
      share_base: '0.6000',
      share_post: '0.2000',
      share_performance: '0.1500',
      share_allowances: '0.0400',
      share_other: '0.0100',
    });
    // the city: 50 … 120 k and 200 k (n = 9): P10 at 0.8 → 58 k; P90 at 7.2 → 120 k + 0.2 × 80 k;
    // mean 880 k ÷ 9
    expect(cells.get(`${TURNER}|level-3|${CITY}`)).toMatchObject({
      employees: 9,
      enterprises: 7,
      max_enterprise_share: '22.22',
      mean: '97777.78',
      p10: '58000.00',
      p25: '70000.00',
      p50: '90000.00',
      p75: '110000.00',
      p90: '136000.00',
      footnote: null,
    });
    // city-direct enterprises have no cell of their own
    expect([...cells.keys()].filter((key) => key.startsWith(`${TURNER}|`))).toHaveLength(3);
  });

  it('equals PostgreSQL percentile_cont over the same rows, to the cent', async () => {
    const programmeId = await newProgramme(dataSource);
    // irregular pay, part-year employees and pay split over components, in three districts and the city
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    for (const region of ['370211', '370212', '370213', CITY]) {
      for (let e = 0; e < 4; e++) {
        const rows: WageRowInput[] = Array.from({ length: 5 + Math.floor(random() * 30) }, () => ({
          occupationCode: random() < 0.5 ? TURNER : MILLER,
          skillLevel: random() < 0.5 ? 'level-3' : 'unrated',
          months: 1 + Math.floor(random() * 12),
          pay: [0, 0, 0, 0, 0].map(() => Math.round(random() * 3_000_000) / 100) as WageRowInput['pay'],
        }));
        await upload(programmeId, region, rows);
      }
    }
    await aggregator.aggregate(programmeId, 2026);

    const reference = await dataSource.query<Array<Record<string, unknown>>>(
      `WITH r AS (
         SELECT u.enterprise_id, u.region_code, w.occupation_code, w.skill_level,
                (w.base_pay + w.post_pay + w.performance_pay + w.allowances + w.other_pay)::float8 * 12
                  / w.months_worked AS pay
         FROM wage_upload u JOIN wage_row w ON w.upload_id = u.id
         WHERE u.programme_id = $1 AND u.year = 2026 AND u.status = 'current'),
       cells AS (
         SELECT *, region_code AS region FROM r WHERE region_code <> $2
         UNION ALL SELECT *, $2 FROM r)
       SELECT occupation_code, skill_level, region AS region_code, count(*)::int AS employees,
              count(DISTINCT enterprise_id)::int AS enterprises, avg(pay) AS mean,
              percentile_cont(0.1) WITHIN GROUP (ORDER BY pay)::numeric(12, 2)::text AS p10,
              percentile_cont(0.25) WITHIN GROUP (ORDER BY pay)::numeric(12, 2)::text AS p25,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY pay)::numeric(12, 2)::text AS p50,
              percentile_cont(0.75) WITHIN GROUP (ORDER BY pay)::numeric(12, 2)::text AS p75,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY pay)::numeric(12, 2)::text AS p90
       FROM cells GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [programmeId, CITY],
    );
    const cells = await cellsOf(dataSource, programmeId);
    expect(cells).toHaveLength(reference.length);
    expect(reference.length).toBeGreaterThanOrEqual(12);
    cells.forEach((cell, i) => {
      const { mean, ...exact } = reference[i];
      expect(cell).toMatchObject(exact);
      // the mean is summed in another order: equal once rounded to the cent
      expect(Math.abs(Number(cell.mean) - (mean as number))).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });

  it('withholds cells by the primary rules (A, B) and the secondary rule (C)', async () => {
    const { programmeId } = await seedProgramme();
    await aggregator.aggregate(programmeId, 2026);
    const cells = byCell(await cellsOf(dataSource, programmeId));
    const footnote = (key: string) => cells.get(key)?.footnote;

    expect(footnote(`${MILLER}|level-4|370211`)).toBe(FootnoteCode.TooFewEnterprises);
    expect(footnote(`${MILLER}|level-4|370212`)).toBe(FootnoteCode.Dominance);
    expect(cells.get(`${MILLER}|level-4|370212`)?.max_enterprise_share).toBe('90.00');
    expect(footnote(`${MILLER}|level-4|370213`)).toBe(FootnoteCode.Secondary);
    expect(footnote(`${MILLER}|level-4|370214`)).toBeNull();
    expect(footnote(`${MILLER}|level-4|${CITY}`)).toBeNull();
    // turners: the one city-direct enterprise would be city − 黄岛 − 崂山; 崂山 (3 employees, the
    // smaller) is withheld so that only 崂山 + the city-direct enterprise together can be derived
    expect(footnote(`${TURNER}|level-3|370211`)).toBeNull();
    expect(footnote(`${TURNER}|level-3|370212`)).toBe(FootnoteCode.Secondary);
  });

  it('recomputes only the pairs a new version touches, and gives what a full recompute gives', async () => {
    const { programmeId, dominant } = await seedProgramme();
    await aggregator.aggregate(programmeId, 2026);
    const before = byCell(await cellsOf(dataSource, programmeId, { withComputedAt: true }));

    // the dominant miller employer resubmits: its 18 employees are now fitters
    await newWageUpload(dataSource, {
      programmeId,
      enterpriseId: dominant,
      regionCode: '370212',
      rows: wageRows(
        FITTER,
        'level-3',
        Array.from({ length: 18 }, (_, i) => 58_000 + i * 250),
      ),
    });
    const incremental = await aggregator.aggregate(programmeId, 2026);
    expect(incremental).toMatchObject({ skipped: false, full: false, pairs: 2, uploads: 2 });
    const after = byCell(await cellsOf(dataSource, programmeId, { withComputedAt: true }));

    // turners were not touched: the very same rows, computed_at included
    for (const [key, cell] of before) if (key.startsWith(TURNER)) expect(after.get(key)).toEqual(cell);
    // 崂山's millers lost the dominant employer: 2 enterprises left (A), and no longer a B
    expect(after.get(`${MILLER}|level-4|370212`)).toMatchObject({ employees: 2, footnote: 'A' });
    expect(after.get(`${FITTER}|level-3|370212`)).toMatchObject({
      employees: 18,
      enterprises: 1,
      footnote: 'A',
    });

    const incrementalCells = await cellsOf(dataSource, programmeId);
    const full = await aggregator.aggregate(programmeId, 2026, { full: true });
    expect(full.full).toBe(true);
    expect(await cellsOf(dataSource, programmeId)).toEqual(incrementalCells);
  });

  it('aggregates files stored through the upload pipeline, and follows a resubmission', async () => {
    const programmeId = await newProgramme(dataSource);
    const header = '员工编号,职业编码,技能等级,岗位类别,工作月数,基本工资,岗位工资,绩效工资,津贴补贴,其他\n';
    const enterprises = await Promise.all(
      ['370211', '370211', '370212'].map((r) => newEnterprise(dataSource, r)),
    );
    const store = (index: number, lines: string[]) =>
      storeWageCsv(dataSource, {
        programmeId,
        enterpriseId: enterprises[index].id,
        regionCode: enterprises[index].regionCode,
        csv: header + lines.join('\n'),
      });
    expect(await store(0, ['A-001,6-18-01-01,三级/高级工,技能,12,40000,12000,15000,2500,500'])).toMatchObject(
      {
        outcome: 'stored',
      },
    );
    await store(1, [
      'B-001,6-18-01-01,level-3,技能,6,20000,6000,7500,1250,250',
      'B-002,6-18-01-01,高级工,技能,12,50000,0,0,0,0',
    ]);
    await store(2, [
      'C-001,6-18-01-01,level-3,skilled,12,90000,0,0,0,0',
      'C-002,2-02-07-01,,管理,12,120000,0,0,0,0',
    ]);
    await aggregator.aggregate(programmeId, 2026);
    // 70 k, 70 k (35 k for six months), 50 k and 90 k a year
    expect(byCell(await cellsOf(dataSource, programmeId)).get(`${TURNER}|level-3|${CITY}`)).toMatchObject({
      employees: 4,
      enterprises: 3,
      p50: '70000.00',
      mean: '70000.00',
    });

    // the second enterprise resubmits: its turners become level 2
    await store(1, ['B-001,6-18-01-01,level-2,技能,12,80000,0,0,0,0']);
    expect(await aggregator.aggregate(programmeId, 2026)).toMatchObject({
      full: false,
      pairs: 2,
      uploads: 2,
    });
    const cells = byCell(await cellsOf(dataSource, programmeId));
    expect(cells.get(`${TURNER}|level-3|${CITY}`)).toMatchObject({
      employees: 2,
      enterprises: 2,
      p50: '80000.00',
    });
    expect(cells.get(`${TURNER}|level-2|${CITY}`)).toMatchObject({
      employees: 1,
      p50: '80000.00',
      footnote: 'A',
    });
    expect(cells.get(`2-02-07-01|unrated|370212`)).toMatchObject({ employees: 1, footnote: 'A' });
  });

  it('is idempotent: a second run finds nothing pending and changes nothing', async () => {
    const { programmeId } = await seedProgramme();
    await aggregator.aggregate(programmeId, 2026);
    const first = await cellsOf(dataSource, programmeId, { withComputedAt: true });
    expect(await aggregator.aggregate(programmeId, 2026)).toMatchObject({ skipped: true });
    expect(await cellsOf(dataSource, programmeId, { withComputedAt: true })).toEqual(first);
    // and a forced full run reproduces every figure
    await aggregator.aggregate(programmeId, 2026, { full: true });
    expect(await cellsOf(dataSource, programmeId)).toEqual(
      first.map(({ computed_at: _computedAt, ...cell }) => cell),
    );
  });

  it('recomputes fully with the programme’s new thresholds when its rules change', async () => {
    const { programmeId } = await seedProgramme();
    await aggregator.aggregate(programmeId, 2026);
    await dataSource.query(
      `UPDATE programme SET benchmark_min_enterprises = 4, benchmark_max_enterprise_share = 50 WHERE id = $1`,
      [programmeId],
    );
    expect(await aggregator.aggregate(programmeId, 2026)).toMatchObject({ skipped: false, full: true });
    const cells = byCell(await cellsOf(dataSource, programmeId));
    // 黄岛's turners have 3 enterprises: now too few
    expect(cells.get(`${TURNER}|level-3|370211`)?.footnote).toBe(FootnoteCode.TooFewEnterprises);
    const [state] = await dataSource.query(
      `SELECT min_enterprises, max_enterprise_share FROM benchmark_state WHERE programme_id = $1`,
      [programmeId],
    );
    expect(state).toEqual({ min_enterprises: 4, max_enterprise_share: 50 });
  });

  // needs PostgreSQL's sessions: another one's lock, and the worker's backend terminated; the
  // embedded database (jest.embedded.config.js) is one session
  const multiSession = process.env.REDIS_URL === 'embedded' ? it.skip : it;
  multiSession(
    'leaves everything as it was when the worker dies midway, and the rerun yields the same rows',
    async () => {
      const { programmeId } = await seedProgramme();
      const first = await queue.add(
        BenchmarkJob.Aggregate,
        { programmeId, year: 2026 },
        { jobId: unique('aggregate') },
      );
      await first.waitUntilFinished(events, 20_000);
      const newcomer = await upload(programmeId, '370214', wageRows(MILLER, 'level-4', [59_000, 59_500]));
      const before = await cellsOf(dataSource, programmeId, { withComputedAt: true });

      // hold the cells table so the job stops after reading and computing, just before it writes
      const blocker = dataSource.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      await blocker.query('LOCK TABLE benchmark_cell IN SHARE MODE');
      const doomed = await queue.add(
        BenchmarkJob.Aggregate,
        { programmeId, year: 2026 },
        { jobId: unique('aggregate'), attempts: 1 },
      );
      let pid: number | undefined;
      for (let i = 0; i < 200 && pid === undefined; i++) {
        // the backend waiting on the table while holding this programme's aggregation lock
        const waiting = await dataSource.query<Array<{ pid: number }>>(
          `SELECT w.pid FROM pg_locks w
         JOIN pg_locks a ON a.pid = w.pid AND a.locktype = 'advisory' AND a.classid = $1
           AND a.objid::bigint = (hashtext($2)::bigint + 4294967296) % 4294967296
         WHERE w.relation = 'benchmark_cell'::regclass AND NOT w.granted`,
          [AGGREGATION_LOCK, `${programmeId}:2026`],
        );
        pid = waiting[0]?.pid;
        if (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(pid).toBeDefined();
      // the worker's connection dies mid-transaction, as when its process is killed
      await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
      await blocker.rollbackTransaction();
      await blocker.release();
      await expect(doomed.waitUntilFinished(events, 20_000)).rejects.toThrow();

      expect(await cellsOf(dataSource, programmeId, { withComputedAt: true })).toEqual(before);
      const [pending] = await dataSource.query(
        `SELECT aggregated_at FROM wage_upload WHERE enterprise_id = $1`,
        [newcomer],
      );
      expect(pending.aggregated_at).toBeNull();

      const rerun = await queue.add(
        BenchmarkJob.Aggregate,
        { programmeId, year: 2026 },
        { jobId: unique('aggregate') },
      );
      expect(await rerun.waitUntilFinished(events, 20_000)).toMatchObject({
        skipped: false,
        full: false,
        uploads: 1,
      });
      const recovered = await cellsOf(dataSource, programmeId);
      const [{ duplicates }] = await dataSource.query(
        `SELECT count(*) - count(DISTINCT (year, occupation_code, skill_level, region_code))::int AS duplicates
       FROM benchmark_cell WHERE programme_id = $1`,
        [programmeId],
      );
      expect(Number(duplicates)).toBe(0);
      expect(byCell(recovered).get(`${MILLER}|level-4|370214`)).toMatchObject({
        employees: 14,
        enterprises: 5,
      });
      // row by row what a clean full computation of the same data gives
      await aggregator.aggregate(programmeId, 2026, { full: true });
      expect(await cellsOf(dataSource, programmeId)).toEqual(recovered);
    },
  );
});
