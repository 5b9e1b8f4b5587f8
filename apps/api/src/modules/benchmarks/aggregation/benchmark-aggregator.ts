import { Inject, Injectable } from '@nestjs/common';
import { type DisclosureRules } from '@skillpay/domain';
import {
  AGGREGATION_LOCK,
  type AggregationRun,
  BenchmarkAggregationRepository,
  type CellPair,
} from '../benchmark-aggregation.repository';
import { computeCells } from './compute-cells';

/** First key of the advisory lock that serialises runs of one programme and year. */
export { AGGREGATION_LOCK };

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

/**
 * The aggregation job's work: brings the benchmark cells of one programme and year up to date
 * from the current wage uploads. Plain class over its repository (no request context), so the
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
  private readonly repository: BenchmarkAggregationRepository;

  /**
   * Injected with its repository; outside Nest (tests, bench/benchmarks.mjs) built on the data
   * source, which the repository is then made over.
   */
  constructor(
    @Inject(BenchmarkAggregationRepository)
    repository:
      BenchmarkAggregationRepository | ConstructorParameters<typeof BenchmarkAggregationRepository>[0],
  ) {
    this.repository =
      repository instanceof BenchmarkAggregationRepository
        ? repository
        : new BenchmarkAggregationRepository(repository);
  }

  async aggregate(
    programmeId: string,
    year: number,
    options: { full?: boolean } = {},
  ): Promise<AggregationResult> {
    const started = performance.now();
    const result = await this.repository.inTransaction((run) =>
      this.run(run, programmeId, year, options.full ?? false, started),
    );
    return { ...result, durationMs: Math.round(performance.now() - started) };
  }

  private async run(
    run: AggregationRun,
    programmeId: string,
    year: number,
    fullRequested: boolean,
    started: number,
  ): Promise<Omit<AggregationResult, 'durationMs'>> {
    const nothing = { skipped: true, full: false, pairs: 0, rows: 0, cells: 0, uploads: 0 };
    await run.lock(programmeId, year);
    const programme = await run.findProgramme(programmeId);
    if (!programme) return nothing;
    const rules: DisclosureRules = {
      minEnterprises: programme.minEnterprises,
      maxEnterpriseSharePercent: programme.maxEnterpriseSharePercent,
    };
    const state = await run.findState(programmeId, year);
    const full =
      fullRequested ||
      !state?.computedAt ||
      state.fullRequestedAt !== null ||
      state.minEnterprises !== rules.minEnterprises ||
      state.maxEnterpriseShare !== rules.maxEnterpriseSharePercent;

    const pending = await run.findPendingUploads(programmeId, year);
    if (!full && pending.length === 0) return nothing;

    // a new version touches its own pairs and those of the version it superseded
    const pairs: CellPair[] | null = full ? null : await run.findPairsOf(pending);

    const rows = pairs?.length === 0 ? null : await run.readCellRows(programmeId, year, pairs);
    const cells = rows ? computeCells(rows, programme.regionCode, rules) : [];

    if (full) await run.deleteAllCells(programmeId, year);
    else if (pairs!.length > 0) await run.deletePairCells(programmeId, year, pairs!);
    const now = await run.now();
    await run.writeCells(programmeId, year, now, cells);
    await run.markAggregated(pending);
    const pairCount = pairs ? pairs.length : (rows?.pairs.length ?? 0);
    await run.recordState(programmeId, year, {
      full,
      minEnterprises: rules.minEnterprises,
      maxEnterpriseSharePercent: rules.maxEnterpriseSharePercent,
      pairs: pairCount,
      durationMs: Math.round(performance.now() - started),
    });
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
