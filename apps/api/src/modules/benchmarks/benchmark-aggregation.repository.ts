import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PAY_COMPONENTS, WAGE_SKILL_LEVELS, WageUploadStatus } from '@skillpay/domain';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { type PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource, type QueryRunner } from 'typeorm';
import { CellRows } from './aggregation/cell-rows';
import { type ComputedCell } from './aggregation/compute-cells';

/**
 * The aggregation job's queries (job-only: the API's are in benchmarks.repository): one run's
 * transaction on its own `pg` client, the reads that decide what to recompute, the wage rows
 * streamed out with COPY into CellRows, and the cells written back with COPY.
 */

/** First key of the advisory lock that serialises runs of one programme and year. */
export const AGGREGATION_LOCK = 7_411_804;

/** A programme's disclosure rules and city, as the run reads them. */
export interface AggregationProgramme {
  regionCode: string;
  minEnterprises: number;
  maxEnterpriseSharePercent: number;
}

/** What the previous run of a programme and year left. */
export interface AggregationState {
  computedAt: Date | null;
  fullRequestedAt: Date | null;
  minEnterprises: number | null;
  maxEnterpriseShare: number | null;
}

/** What a run records in benchmark_state. */
export interface AggregationRecord {
  full: boolean;
  minEnterprises: number;
  maxEnterpriseSharePercent: number;
  pairs: number;
  durationMs: number;
}

/** The aggregator, or a test or the bench outside Nest, opens runs on this. */
@Injectable()
export class BenchmarkAggregationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One run's transaction on its own connection: committed when `work` resolves, rolled back when
   * it throws (a worker killed midway leaves everything as it was).
   */
  async inTransaction<T>(work: (run: AggregationRun) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await runner.startTransaction();
      const result = await work(new AggregationRun(runner, client));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/** The statements of one aggregation run, on its transaction. */
export class AggregationRun {
  constructor(
    private readonly runner: QueryRunner,
    private readonly client: PoolClient,
  ) {}

  /** Serialises runs of one programme and year until the transaction ends. */
  async lock(programmeId: string, year: number): Promise<void> {
    await this.runner.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [
      AGGREGATION_LOCK,
      `${programmeId}:${year}`,
    ]);
    // the small side (the current uploads) must be the hashed one even before ANALYZE has seen them
    await this.runner.query(`SET LOCAL work_mem = '64MB'`);
  }

  async findProgramme(programmeId: string): Promise<AggregationProgramme | null> {
    const [programme] = (await this.runner.query(
      `SELECT region_code, benchmark_min_enterprises, benchmark_max_enterprise_share FROM programme WHERE id = $1`,
      [programmeId],
    )) as Array<{
      region_code: string;
      benchmark_min_enterprises: number;
      benchmark_max_enterprise_share: number;
    }>;
    if (!programme) return null;
    return {
      regionCode: programme.region_code,
      minEnterprises: programme.benchmark_min_enterprises,
      maxEnterpriseSharePercent: programme.benchmark_max_enterprise_share,
    };
  }

  async findState(programmeId: string, year: number): Promise<AggregationState | null> {
    const [state] = (await this.runner.query(
      `SELECT computed_at, full_requested_at, min_enterprises, max_enterprise_share
       FROM benchmark_state WHERE programme_id = $1 AND year = $2`,
      [programmeId, year],
    )) as Array<{
      computed_at: Date | null;
      full_requested_at: Date | null;
      min_enterprises: number | null;
      max_enterprise_share: number | null;
    }>;
    if (!state) return null;
    return {
      computedAt: state.computed_at,
      fullRequestedAt: state.full_requested_at,
      minEnterprises: state.min_enterprises,
      maxEnterpriseShare: state.max_enterprise_share,
    };
  }

  /** Uploads not yet aggregated: new current versions, and what they superseded. */
  async findPendingUploads(programmeId: string, year: number): Promise<string[]> {
    return (
      (await this.runner.query(
        `SELECT id FROM wage_upload
         WHERE programme_id = $1 AND year = $2 AND aggregated_at IS NULL AND status IN ($3, $4)`,
        [programmeId, year, WageUploadStatus.Current, WageUploadStatus.Superseded],
      )) as Array<{ id: string }>
    ).map((upload) => upload.id);
  }

  /** The pairs in the uploads and in the versions they superseded. */
  async findPairsOf(uploadIds: string[]): Promise<CellPair[]> {
    return (
      (await this.runner.query(
        `SELECT DISTINCT occupation_code, skill_level FROM wage_row
           WHERE upload_id IN (SELECT id FROM wage_upload WHERE id = ANY($1::uuid[]) OR superseded_by = ANY($1::uuid[]))
           ORDER BY occupation_code, skill_level`,
        [uploadIds],
      )) as Array<{ occupation_code: string; skill_level: string }>
    ).map((row) => ({ occupationCode: row.occupation_code, skillLevel: row.skill_level }));
  }

  /** The rows of every current upload (only of `pairs` when given), streamed into typed arrays. */
  readCellRows(programmeId: string, year: number, pairs: readonly CellPair[] | null): Promise<CellRows> {
    return readCellRows(this.client, aggregationCopySql(programmeId, year, pairs));
  }

  async deleteAllCells(programmeId: string, year: number): Promise<void> {
    await this.runner.query(`DELETE FROM benchmark_cell WHERE programme_id = $1 AND year = $2`, [
      programmeId,
      year,
    ]);
  }

  async deletePairCells(programmeId: string, year: number, pairs: readonly CellPair[]): Promise<void> {
    await this.runner.query(
      `DELETE FROM benchmark_cell c
         USING unnest($3::text[], $4::text[]) AS pair(occupation_code, skill_level)
         WHERE c.programme_id = $1 AND c.year = $2
           AND c.occupation_code = pair.occupation_code AND c.skill_level = pair.skill_level`,
      [programmeId, year, pairs.map((p) => p.occupationCode), pairs.map((p) => p.skillLevel)],
    );
  }

  /** The transaction's time, as PostgreSQL's text: the cells' computed_at. */
  async now(): Promise<string> {
    const [{ now }] = (await this.runner.query(`SELECT now()::text AS now`)) as Array<{ now: string }>;
    return now;
  }

  writeCells(
    programmeId: string,
    year: number,
    computedAt: string,
    cells: readonly ComputedCell[],
  ): Promise<void> {
    return writeCells(this.client, programmeId, year, computedAt, cells);
  }

  async markAggregated(uploadIds: string[]): Promise<void> {
    await this.runner.query(`UPDATE wage_upload SET aggregated_at = now() WHERE id = ANY($1::uuid[])`, [
      uploadIds,
    ]);
  }

  async recordState(programmeId: string, year: number, record: AggregationRecord): Promise<void> {
    await this.runner.query(
      `INSERT INTO benchmark_state AS s (programme_id, year, computed_at, full_computed_at, min_enterprises,
         max_enterprise_share, last_pairs, last_duration_ms)
       VALUES ($1, $2, now(), CASE WHEN $3::boolean THEN now() END, $4, $5, $6, $7)
       ON CONFLICT (programme_id, year) DO UPDATE SET
         computed_at = now(),
         full_computed_at = CASE WHEN $3::boolean THEN now() ELSE s.full_computed_at END,
         min_enterprises = $4, max_enterprise_share = $5, last_pairs = $6, last_duration_ms = $7,
         -- a request that arrived while this run was under way still gets its run
         full_requested_at = CASE WHEN $3::boolean AND s.full_requested_at <= now() THEN NULL ELSE s.full_requested_at END`,
      [
        programmeId,
        year,
        record.full,
        record.minEnterprises,
        record.maxEnterpriseSharePercent,
        record.pairs,
        record.durationMs,
      ],
    );
  }
}

/** An occupation × skill level: the unit incremental aggregation recomputes. */
export interface CellPair {
  occupationCode: string;
  skillLevel: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** COPY cannot take bind parameters: values are checked and quoted as literals instead. */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The COPY that streams the rows of every current upload of a programme and year (only the given
 * pairs when incremental) in the layout CellRows parses. The current uploads are chosen inside the
 * same statement, so the rows are one consistent snapshot; each gets an ordinal for this run.
 */
export function aggregationCopySql(
  programmeId: string,
  year: number,
  pairs: readonly CellPair[] | null,
): string {
  if (!UUID.test(programmeId)) throw new Error(`not a uuid: ${programmeId}`);
  if (!Number.isInteger(year)) throw new Error(`not a year: ${year}`);
  const levels = `ARRAY[${WAGE_SKILL_LEVELS.map(literal).join(',')}]::text[]`;
  const pairJoin = pairs
    ? `JOIN (VALUES ${pairs.map((p) => `(${literal(p.occupationCode)}, ${literal(p.skillLevel)})`).join(', ')})
         AS pair(occupation_code, skill_level)
         ON r.occupation_code = pair.occupation_code AND r.skill_level = pair.skill_level`
    : '';
  return `COPY (
    SELECT u.k, u.region_code, r.occupation_code, array_position(${levels}, r.skill_level::text), r.months_worked,
           ${PAY_COLUMNS.map((column) => `r.${column}`).join(', ')}
    FROM (SELECT id, region_code, row_number() OVER (ORDER BY id) AS k
          FROM wage_upload
          WHERE programme_id = ${literal(programmeId)} AND year = ${year}
            AND status = ${literal(WageUploadStatus.Current)}) u
    JOIN wage_row r ON r.upload_id = u.id
    ${pairJoin}
  ) TO STDOUT`;
}

/** wage_row columns in PAY_COMPONENTS order. */
const PAY_COLUMNS: readonly string[] = PAY_COMPONENTS.map(
  (component) =>
    ({
      base: 'base_pay',
      post: 'post_pay',
      performance: 'performance_pay',
      allowances: 'allowances',
      other: 'other_pay',
    })[component],
);

/** Streams the rows into typed arrays on `client` (inside the caller's transaction). */
async function readCellRows(client: PoolClient, sql: string): Promise<CellRows> {
  const rows = new CellRows();
  const stream = client.query(copyTo(sql));
  for await (const chunk of stream) rows.push(chunk as Buffer);
  rows.end();
  return rows;
}

/** A text field of COPY's text format, with its special characters escaped. */
function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

/** numeric text for PostgreSQL: 15 significant digits, as `float8::numeric` would round it. */
function decimal(value: number): string {
  return value.toPrecision(15);
}

/** One COPY of the cells into benchmark_cell on `client` (inside the caller's transaction). */
async function writeCells(
  client: PoolClient,
  programmeId: string,
  year: number,
  computedAt: string,
  cells: readonly ComputedCell[],
): Promise<void> {
  if (cells.length === 0) return;
  const lines = function* (): Generator<string> {
    let batch = '';
    for (const cell of cells) {
      batch +=
        [
          programmeId,
          year,
          copyText(cell.occupationCode),
          copyText(cell.skillLevel),
          copyText(cell.regionCode),
          cell.employees,
          cell.enterprises,
          decimal(cell.maxEnterpriseShare),
          decimal(cell.mean),
          ...cell.percentiles.map(decimal),
          ...PAY_COMPONENTS.map((component) => decimal(cell.shares[component])),
          cell.footnote ?? '\\N',
          computedAt,
        ].join('\t') + '\n';
      if (batch.length > 64 * 1024) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  };
  await pipeline(
    Readable.from(lines()),
    client.query(
      copyFrom(
        `COPY benchmark_cell (programme_id, year, occupation_code, skill_level, region_code, employees, enterprises,
           max_enterprise_share, mean, p10, p25, p50, p75, p90,
           share_base, share_post, share_performance, share_allowances, share_other, footnote, computed_at)
         FROM STDIN`,
      ),
    ),
  );
}
