import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DisclosureRules, WageUploadStatus } from '@skillpay/domain';
import { type PoolClient } from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { aggregationCopySql, type CellPair, readCellRows, writeCells } from './cell-copy';
import { computeCells } from './compute-cells';

/** First key of the advisory lock that serialises runs of one programme and year. */
export const AGGREGATION_LOCK = 7_411_804;

export interface AggregationResult {
  /** nothing was pending: the cells were already up to date */
  skipped: boolean;
  /** every cell recomputed (first run, changed rules, or asked for) rather than only touched pairs */
  full: boolean;
  /** occupation × skill level pairs recomputed */
  pairs: number;
  /** wage rows read */
  rows: number;
  /** cells written */
  cells: number;
  /** uploads whose arrival or supersession the cells now reflect */
  uploads: number;
  durationMs: number;
}

interface ProgrammeRow {
  region_code: string;
  benchmark_min_enterprises: number;
  benchmark_max_enterprise_share: number;
}

interface StateRow {
  computed_at: Date | null;
  full_requested_at: Date | null;
  min_enterprises: number | null;
  max_enterprise_share: number | null;
}

/**
 * The aggregation job's work: brings the benchmark cells of one programme and year up to date
 * from the current wage uploads. Plain class over a DataSource (no request context), so the
 * worker and bench/benchmarks.mjs run the same code.
 *
 * One transaction, serialised per programme and year by an advisory lock: either every touched
 * cell is replaced and the uploads are marked aggregated, or nothing changes (a worker killed
 * midway leaves the previous cells and the pending marks, and the retry redoes the whole run).
 *
 * Incremental by default: uploads not yet aggregated (new current versions, and what they
 * superseded) name the occupation × skill level pairs they contain; only those pairs are read and
 * their cells — every district and the city roll-up, since secondary suppression works within a
 * pair — replaced. A full recompute replaces all cells: on the first run, when the programme's
 * disclosure rules differ from those the cells were computed with, or when a bureau asked for it.
 */
@Injectable()
export class BenchmarkAggregator {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async aggregate(
    programmeId: string,
    year: number,
    options: { full?: boolean } = {},
  ): Promise<AggregationResult> {
    const started = performance.now();
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await runner.startTransaction();
      const result = await this.run(runner, client, programmeId, year, options.full ?? false, started);
      await runner.commitTransaction();
      return { ...result, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async run(
    runner: QueryRunner,
    client: PoolClient,
    programmeId: string,
    year: number,
    fullRequested: boolean,
    started: number,
  ): Promise<Omit<AggregationResult, 'durationMs'>> {
    const nothing = { skipped: true, full: false, pairs: 0, rows: 0, cells: 0, uploads: 0 };
    await runner.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [
      AGGREGATION_LOCK,
      `${programmeId}:${year}`,
    ]);
    // the small side (the current uploads) must be the hashed one even before ANALYZE has seen them
    await runner.query(`SET LOCAL work_mem = '64MB'`);
    const [programme] = (await runner.query(
      `SELECT region_code, benchmark_min_enterprises, benchmark_max_enterprise_share FROM programme WHERE id = $1`,
      [programmeId],
    )) as ProgrammeRow[];
    if (!programme) return nothing;
    const rules: DisclosureRules = {
      minEnterprises: programme.benchmark_min_enterprises,
      maxEnterpriseSharePercent: programme.benchmark_max_enterprise_share,
    };
    const [state] = (await runner.query(
      `SELECT computed_at, full_requested_at, min_enterprises, max_enterprise_share
       FROM benchmark_state WHERE programme_id = $1 AND year = $2`,
      [programmeId, year],
    )) as StateRow[];
    const full =
      fullRequested ||
      !state?.computed_at ||
      state.full_requested_at !== null ||
      state.min_enterprises !== rules.minEnterprises ||
      state.max_enterprise_share !== rules.maxEnterpriseSharePercent;

    const pending = (
      (await runner.query(
        `SELECT id FROM wage_upload
         WHERE programme_id = $1 AND year = $2 AND aggregated_at IS NULL AND status IN ($3, $4)`,
        [programmeId, year, WageUploadStatus.Current, WageUploadStatus.Superseded],
      )) as Array<{ id: string }>
    ).map((upload) => upload.id);
    if (!full && pending.length === 0) return nothing;

    let pairs: CellPair[] | null = null;
    if (!full) {
      // a new version touches its own pairs and those of the version it superseded
      pairs = (
        (await runner.query(
          `SELECT DISTINCT occupation_code, skill_level FROM wage_row
           WHERE upload_id IN (SELECT id FROM wage_upload WHERE id = ANY($1::uuid[]) OR superseded_by = ANY($1::uuid[]))
           ORDER BY occupation_code, skill_level`,
          [pending],
        )) as Array<{ occupation_code: string; skill_level: string }>
      ).map((row) => ({ occupationCode: row.occupation_code, skillLevel: row.skill_level }));
    }

    const rows =
      pairs?.length === 0 ? null : await readCellRows(client, aggregationCopySql(programmeId, year, pairs));
    const cells = rows ? computeCells(rows, programme.region_code, rules) : [];

    if (full) {
      await runner.query(`DELETE FROM benchmark_cell WHERE programme_id = $1 AND year = $2`, [
        programmeId,
        year,
      ]);
    } else if (pairs!.length > 0) {
      await runner.query(
        `DELETE FROM benchmark_cell c
         USING unnest($3::text[], $4::text[]) AS pair(occupation_code, skill_level)
         WHERE c.programme_id = $1 AND c.year = $2
           AND c.occupation_code = pair.occupation_code AND c.skill_level = pair.skill_level`,
        [programmeId, year, pairs!.map((p) => p.occupationCode), pairs!.map((p) => p.skillLevel)],
      );
    }
    const [{ now }] = (await runner.query(`SELECT now()::text AS now`)) as Array<{ now: string }>;
    await writeCells(client, programmeId, year, now, cells);
    await runner.query(`UPDATE wage_upload SET aggregated_at = now() WHERE id = ANY($1::uuid[])`, [pending]);
    const pairCount = pairs ? pairs.length : (rows?.pairs.length ?? 0);
    await runner.query(
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
        full,
        rules.minEnterprises,
        rules.maxEnterpriseSharePercent,
        pairCount,
        Math.round(performance.now() - started),
      ],
    );
    return {
      skipped: false,
      full,
      pairs: pairCount,
      rows: rows?.length ?? 0,
      cells: cells.length,
      uploads: pending.length,
    };
  }
}
