import { Injectable } from '@nestjs/common';
import {
  type Contribution,
  type DisclosureRules,
  type EarlierRelease,
  type FootnoteCode,
  type NewCell,
  releaseChangeDecisions,
} from '@skillpay/domain';
import { type Tx } from '../../database/unit-of-work';
import {
  BenchmarkReleasesRepository,
  type CellChange,
  type ReleaseContributionRow,
} from './benchmark-releases.repository';

export interface ChangeControlResult {
  /** earlier published releases compared with */
  releases: number;
  /** occupation × skill level pairs whose cells differ from the latest published release */
  pairs: number;
  /** cells that show an earlier release's figures */
  carried: number;
  /** cells withheld (C) because publishing them would reveal withheld data with earlier releases */
  withheld: number;
}

const pairKey = (row: { occupationCode: string; skillLevel: string }) =>
  `${row.occupationCode}|${row.skillLevel}`;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Disclosure control across releases, where a draft is made (rule: `releaseChangeDecisions` in
 * libs/domain). The draft's cells hold the figures disclosure control gave them within the
 * release; here each pair whose cells differ from the latest published release is compared with
 * every published release of the programme and year, and the cells whose new figures would reveal
 * withheld data by differencing carry forward an earlier release's figures or are withheld (C).
 */
@Injectable()
export class ReleaseChangeControl {
  constructor(private readonly repository: BenchmarkReleasesRepository) {}

  async apply(
    draftId: string,
    programmeId: string,
    year: number,
    cityCode: string,
    rules: DisclosureRules,
    tx: Tx,
  ): Promise<ChangeControlResult> {
    await this.repository.recordUploads(draftId, programmeId, year, tx);
    const published = await this.repository.publishedReleases(programmeId, year, tx);
    const none = { releases: published.length, pairs: 0, carried: 0, withheld: 0 };
    if (published.length === 0) return none;
    const pairs = await this.repository.differingPairs(draftId, published.at(-1)!.id, tx);
    if (pairs.length === 0) return none;

    const recorded = published.filter((release) => release.recorded).map((release) => release.id);
    const ids = [...recorded, draftId];
    const contributions = groupBy(await this.repository.pairContributions(ids, pairs, tx), pairKey);
    const cells = groupBy(
      await this.repository.pairCells([...published.map((r) => r.id), draftId], pairs, tx),
      pairKey,
    );

    const carried: Array<CellChange & { fromReleaseId: string }> = [];
    const withheld: Array<CellChange & { footnote: FootnoteCode }> = [];
    for (const pair of pairs) {
      const key = pairKey(pair);
      const pairContributions = contributions.get(key) ?? [];
      const pairCells = cells.get(key) ?? [];
      const ofRelease = (releaseId: string, regionCode: string) =>
        regionContributions(pairContributions, releaseId, regionCode, cityCode);
      const earlier: EarlierRelease[] = published.map(({ id, recorded: known }) => ({
        releaseId: id,
        cells: pairCells
          .filter((cell) => cell.releaseId === id)
          .map((cell) => {
            const figuresFrom = cell.carriedFromReleaseId ?? id;
            return {
              regionCode: cell.regionCode,
              published: cell.footnote === null,
              contributions:
                known && recorded.includes(figuresFrom) ? ofRelease(figuresFrom, cell.regionCode) : null,
              figuresFrom,
            };
          }),
      }));
      const draft: NewCell[] = pairCells
        .filter((cell) => cell.releaseId === draftId)
        .map((cell) => ({
          regionCode: cell.regionCode,
          total: cell.regionCode === cityCode,
          employees: cell.employees,
          contributions: ofRelease(draftId, cell.regionCode),
          footnote: cell.footnote,
        }));
      for (const [regionCode, decision] of releaseChangeDecisions(draft, earlier, rules)) {
        const original = draft.find((cell) => cell.regionCode === regionCode)!;
        if (decision.kind === 'carry')
          carried.push({ ...pair, regionCode, fromReleaseId: decision.releaseId });
        else if (decision.kind === 'withhold' && decision.footnote !== original.footnote) {
          withheld.push({ ...pair, regionCode, footnote: decision.footnote });
        }
      }
    }
    await this.repository.carryForward(draftId, carried, tx);
    await this.repository.withhold(draftId, withheld, tx);
    return {
      releases: published.length,
      pairs: pairs.length,
      carried: carried.length,
      withheld: withheld.length,
    };
  }
}

/** A cell's contributions in one release: the city roll-up holds every upload, a district its own. */
function regionContributions(
  rows: readonly ReleaseContributionRow[],
  releaseId: string,
  regionCode: string,
  cityCode: string,
): Contribution[] {
  return rows
    .filter(
      (row) => row.releaseId === releaseId && (regionCode === cityCode || row.regionCode === regionCode),
    )
    .map((row) => ({ enterprise: row.enterpriseId, version: row.version, employees: row.employees }));
}
