import {
  ADOPTION_INDEX_BANDS,
  type AdoptionWeights,
  AdoptionStatus,
  adoptionIndex,
  adoptionIndexBand,
  adoptsAnything,
  type CellCounts,
  type DisclosureRules,
  disclosureFootnotes,
  EVALUATION_ELEMENTS,
  type EvaluationElement,
  elementStatus,
  type FootnoteCode,
  growthPercent,
  highSkillRuleHolds,
  MIN_OUTCOME_CELL,
  type OutcomeCell,
  payLadderSpread,
  type ProgressReportAdoption,
  SkillLevel,
  variableSharePercent,
} from '@skillpay/domain';

/**
 * The evaluation's arithmetic over what the repository read: adoption roll-ups from report
 * adoptions, outcome cells from per-enterprise wage aggregates. Pure functions; the rules
 * themselves (index, growth, the central opinions' rule, spread) are libs/domain's.
 */

// ---- adoption ----

export interface AdoptionRollup {
  /** approved pilots counted */
  pilots: number;
  /** of them, with an accepted report */
  reported: number;
  meanIndex: number | null;
  medianIndex: number | null;
  /** pilots with a report per band of ADOPTION_INDEX_BANDS */
  distribution: Array<{ lower: number; upper: number; count: number }>;
  /** per element: % of reporting pilots that adopted it, and the change in points since the previous period */
  elementShares: Array<{ element: EvaluationElement; share: number | null; change: number | null }>;
  /** pilots with both a latest and a previous accepted report, and their mean index change */
  change: { pilots: number; meanIndexChange: number | null };
}

export interface PilotAdoption {
  latest: ProgressReportAdoption | null;
  previous: ProgressReportAdoption | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : oneDecimal(values.reduce((sum, v) => sum + v, 0) / values.length);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return oneDecimal(sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
}

function adoptedShare(
  adoptions: readonly ProgressReportAdoption[],
  element: EvaluationElement,
): number | null {
  if (adoptions.length === 0) return null;
  const adopted = adoptions.filter((a) => elementStatus(a, element) === AdoptionStatus.Adopted).length;
  return oneDecimal((adopted * 100) / adoptions.length);
}

export function adoptionRollup(pilots: readonly PilotAdoption[], weights: AdoptionWeights): AdoptionRollup {
  const latest = pilots.flatMap((p) => (p.latest ? [p.latest] : []));
  const indices = latest.map((a) => adoptionIndex(a, weights).index);
  const both = pilots.filter(
    (p): p is { latest: ProgressReportAdoption; previous: ProgressReportAdoption } =>
      p.latest !== null && p.previous !== null,
  );
  const changes = both.map(
    (p) => adoptionIndex(p.latest, weights).index - adoptionIndex(p.previous, weights).index,
  );
  const counts = ADOPTION_INDEX_BANDS.map(() => 0);
  for (const index of indices) counts[adoptionIndexBand(index)]++;
  return {
    pilots: pilots.length,
    reported: latest.length,
    meanIndex: mean(indices),
    medianIndex: median(indices),
    distribution: ADOPTION_INDEX_BANDS.map((lower, band) => ({
      lower,
      upper: ADOPTION_INDEX_BANDS[band + 1] ?? 100,
      count: counts[band],
    })),
    elementShares: EVALUATION_ELEMENTS.map((element) => {
      const now = adoptedShare(
        both.map((p) => p.latest),
        element,
      );
      const before = adoptedShare(
        both.map((p) => p.previous),
        element,
      );
      return {
        element,
        share: adoptedShare(latest, element),
        change: now !== null && before !== null ? oneDecimal(now - before) : null,
      };
    }),
    change: { pilots: both.length, meanIndexChange: mean(changes) },
  };
}

export interface InfluenceRollup {
  /** non-pilot enterprises listed on the programme's trainings and 示范班 */
  reached: number;
  /** of them, recorded by a bureau as having reported their adoption */
  recorded: number;
  /** of the recorded, adopting at least one element (adoptsAnything): 带动一批 as a number */
  adopting: number;
  /** mean index of the recorded */
  meanIndex: number | null;
  /** per element: % of the recorded that adopted it */
  elementShares: Array<{ element: EvaluationElement; share: number | null }>;
}

export function influenceRollup(
  reached: number,
  recorded: readonly ProgressReportAdoption[],
  weights: AdoptionWeights,
): InfluenceRollup {
  return {
    reached,
    recorded: recorded.length,
    adopting: recorded.filter(adoptsAnything).length,
    meanIndex: mean(recorded.map((a) => adoptionIndex(a, weights).index)),
    elementShares: EVALUATION_ELEMENTS.map((element) => ({
      element,
      share: adoptedShare(recorded, element),
    })),
  };
}

// ---- wage outcomes ----

/** Buckets the repository aggregates each enterprise's rows of a year into. */
export const HIGH_SKILL_BUCKET = 'high';
export const SKILLED_BUCKET = 'skilled';
export const MANAGEMENT_BUCKET = 'management';
export const LEVEL_BUCKET_PREFIX = 'level:';

/** One enterprise's rows of one year in one bucket. */
export interface BucketFigures {
  headcount: number;
  /** Σ annualised pay (total × 12 ÷ months) */
  annualSum: number;
  /** Σ performance pay and Σ total pay, for the variable share */
  performanceSum: number;
  totalSum: number;
}

/** year → bucket → figures, of one enterprise */
export type EnterpriseWages = Map<number, Map<string, BucketFigures>>;

export interface WageBucketRow extends BucketFigures {
  enterpriseId: string;
  year: number;
  bucket: string;
}

export function wagesByEnterprise(rows: readonly WageBucketRow[]): Map<string, EnterpriseWages> {
  const result = new Map<string, EnterpriseWages>();
  for (const row of rows) {
    const years = result.get(row.enterpriseId) ?? new Map<number, Map<string, BucketFigures>>();
    result.set(row.enterpriseId, years);
    const buckets = years.get(row.year) ?? new Map<string, BucketFigures>();
    years.set(row.year, buckets);
    buckets.set(row.bucket, {
      headcount: row.headcount,
      annualSum: row.annualSum,
      performanceSum: row.performanceSum,
      totalSum: row.totalSum,
    });
  }
  return result;
}

const LEVEL_ORDER: readonly string[] = Object.values(SkillLevel);

/** Skill levels present in buckets, low → high (levels outside the national ladder last). */
export function levelsOf(buckets: Iterable<string>): string[] {
  const levels = [...buckets]
    .filter((bucket) => bucket.startsWith(LEVEL_BUCKET_PREFIX))
    .map((bucket) => bucket.slice(LEVEL_BUCKET_PREFIX.length));
  const rank = (level: string) =>
    LEVEL_ORDER.includes(level) ? LEVEL_ORDER.indexOf(level) : LEVEL_ORDER.length;
  return [...new Set(levels)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A cell with the full mean kept aside (for spreads and verdicts computed before withholding). */
interface FullCell extends OutcomeCell {
  fullMean: number | null;
}

function cellOf(
  figures: BucketFigures | undefined,
  enterprises: number,
  withheld: OutcomeCell['withheld'],
): FullCell {
  if (!figures || figures.headcount === 0) {
    return { headcount: 0, enterprises: 0, mean: null, withheld: null, fullMean: null };
  }
  const fullMean = Math.round(figures.annualSum / figures.headcount);
  return {
    headcount: figures.headcount,
    enterprises,
    mean: withheld ? null : fullMean,
    withheld,
    fullMean,
  };
}

const shown = (cell: OutcomeCell | undefined) => (cell && cell.withheld === null ? cell.mean : null);

const publicCell = ({ fullMean: _, ...cell }: FullCell): OutcomeCell => cell;

/**
 * The spread of shown means (payLadderSpread): null when 初级工 or the top level it divides by is
 * withheld, rather than silently dividing by a lower level.
 */
function spreadOf(levels: ReadonlyMap<string, FullCell>): number | null {
  const full = new Map<string, number>();
  for (const [level, cell] of levels) if (cell.fullMean !== null) full.set(level, cell.fullMean);
  const visible = new Map<string, number>();
  for (const [level, cell] of levels) if (shown(cell) !== null) visible.set(level, cell.mean!);
  const spread = payLadderSpread(full);
  return spread !== null && spread === payLadderSpread(visible) ? spread : null;
}

export interface EnterpriseOutcomeYear {
  year: number;
  levels: Array<{ skillLevel: string; cell: OutcomeCell; growth: number | null }>;
  highSkill: { cell: OutcomeCell; growth: number | null };
  management: { cell: OutcomeCell; growth: number | null };
  spread: number | null;
  /** performance ÷ total pay of skilled posts, % */
  variableShare: number | null;
}

export interface EnterpriseOutcome {
  years: EnterpriseOutcomeYear[];
  /** the two latest years with data, the measured growth between them and the rule's verdict */
  fromYear: number | null;
  toYear: number | null;
  highSkillGrowth: number | null;
  managementGrowth: number | null;
  ruleHolds: boolean | null;
}

/**
 * One enterprise's outcomes over every year with data. `full`: the enterprise itself sees every
 * cell; anyone else sees a cell of fewer than MIN_OUTCOME_CELL employees withheld ('small'), and
 * growth only between shown cells. The rule's verdict compares two growth rates and reveals no
 * pay, so it is given whenever both growths are known to the evaluation.
 */
export function enterpriseOutcome(wages: EnterpriseWages | undefined, full: boolean): EnterpriseOutcome {
  const years = [...(wages?.keys() ?? [])].sort((a, b) => a - b);
  const cell = (figures: BucketFigures | undefined) =>
    cellOf(figures, 1, !full && figures && figures.headcount < MIN_OUTCOME_CELL ? 'small' : null);
  const growthOf = (before: FullCell | undefined, after: FullCell) =>
    growthPercent(shown(before), shown(after));
  let previous: Map<string, FullCell> | null = null;
  const result: EnterpriseOutcomeYear[] = [];
  const allCells: Array<Map<string, FullCell>> = [];
  for (const year of years) {
    const buckets = wages!.get(year)!;
    const cells = new Map<string, FullCell>();
    for (const [bucket, figures] of buckets) cells.set(bucket, cell(figures));
    const levelCells = new Map(
      levelsOf(buckets.keys()).map((level) => [level, cells.get(LEVEL_BUCKET_PREFIX + level)!]),
    );
    const high = cells.get(HIGH_SKILL_BUCKET) ?? cell(undefined);
    const management = cells.get(MANAGEMENT_BUCKET) ?? cell(undefined);
    const skilled = buckets.get(SKILLED_BUCKET);
    const skilledCell = cells.get(SKILLED_BUCKET);
    result.push({
      year,
      levels: [...levelCells].map(([skillLevel, c]) => ({
        skillLevel,
        cell: publicCell(c),
        growth: growthOf(previous?.get(LEVEL_BUCKET_PREFIX + skillLevel), c),
      })),
      highSkill: { cell: publicCell(high), growth: growthOf(previous?.get(HIGH_SKILL_BUCKET), high) },
      management: {
        cell: publicCell(management),
        growth: growthOf(previous?.get(MANAGEMENT_BUCKET), management),
      },
      spread: spreadOf(levelCells),
      variableShare:
        skilled && skilledCell?.withheld === null
          ? variableSharePercent(skilled.performanceSum, skilled.totalSum)
          : null,
    });
    allCells.push(cells);
    previous = cells;
  }
  const last = result.at(-1);
  const verdictGrowth = (bucket: string) =>
    allCells.length < 2
      ? null
      : growthPercent(
          allCells.at(-2)!.get(bucket)?.fullMean ?? null,
          allCells.at(-1)!.get(bucket)?.fullMean ?? null,
        );
  return {
    years: result,
    fromYear: years.length >= 2 ? years.at(-2)! : null,
    toYear: years.length >= 2 ? years.at(-1)! : null,
    highSkillGrowth: years.length >= 2 ? last!.highSkill.growth : null,
    managementGrowth: years.length >= 2 ? last!.management.growth : null,
    ruleHolds: highSkillRuleHolds(verdictGrowth(HIGH_SKILL_BUCKET), verdictGrowth(MANAGEMENT_BUCKET)),
  };
}

/** The measured growth between the two latest years as libs/domain's declaredDiffers takes it. */
export function measuredGrowth(wages: EnterpriseWages | undefined): {
  highSkill: number | null;
  management: number | null;
} {
  const years = [...(wages?.keys() ?? [])].sort((a, b) => a - b);
  if (years.length < 2) return { highSkill: null, management: null };
  const [from, to] = [wages!.get(years.at(-2)!)!, wages!.get(years.at(-1)!)!];
  const meanOf = (buckets: Map<string, BucketFigures>, bucket: string) => {
    const figures = buckets.get(bucket);
    return figures && figures.headcount > 0 ? figures.annualSum / figures.headcount : null;
  };
  const growth = (bucket: string) => growthPercent(meanOf(from, bucket), meanOf(to, bucket));
  return { highSkill: growth(HIGH_SKILL_BUCKET), management: growth(MANAGEMENT_BUCKET) };
}

// ---- roll-ups of outcomes ----

/** An enterprise in a roll-up: which group and which part of the city it counts in. */
export interface RollupMember {
  enterpriseId: string;
  pilot: boolean;
  /** the district, or the city's own code for 市直 */
  unitCode: string;
}

export interface OutcomeGroup {
  /** enterprises of the balanced panel (data in both years) */
  enterprises: number;
  levels: Array<{ skillLevel: string; from: OutcomeCell; to: OutcomeCell; growth: number | null }>;
  highSkill: { from: OutcomeCell; to: OutcomeCell; growth: number | null };
  management: { from: OutcomeCell; to: OutcomeCell; growth: number | null };
  ruleHolds: boolean | null;
  /** of the later year */
  spread: number | null;
  variableShare: { from: number | null; to: number | null };
}

export interface OutcomeRollup {
  fromYear: number | null;
  toYear: number | null;
  pilots: OutcomeGroup | null;
  nonPilots: OutcomeGroup | null;
}

interface PooledCell extends CellCounts, BucketFigures {}

function pool(parts: ReadonlyArray<BucketFigures | undefined>): PooledCell {
  const cell: PooledCell = {
    employees: 0,
    enterprises: 0,
    maxEnterpriseEmployees: 0,
    headcount: 0,
    annualSum: 0,
    performanceSum: 0,
    totalSum: 0,
  };
  for (const part of parts) {
    if (!part || part.headcount === 0) continue;
    cell.employees += part.headcount;
    cell.headcount += part.headcount;
    cell.enterprises += 1;
    cell.maxEnterpriseEmployees = Math.max(cell.maxEnterpriseEmployees, part.headcount);
    cell.annualSum += part.annualSum;
    cell.performanceSum += part.performanceSum;
    cell.totalSum += part.totalSum;
  }
  return cell;
}

/**
 * Outcomes of the city and each of its parts (`unitCodes`: the districts, and the city's own code
 * for 市直), pilots against non-pilots, over
 * the two latest years with data and the balanced panel of enterprises with data in both. Each
 * pooled cell goes through the programme's disclosure rules, as the benchmarks do: primary
 * (A: too few enterprises, B: one dominates) on every cell, and secondary (C) on the parts so
 * the city line minus the shown parts never recovers a withheld one.
 */
export function outcomeRollups(
  members: readonly RollupMember[],
  wages: ReadonlyMap<string, EnterpriseWages>,
  unitCodes: readonly string[],
  rules: DisclosureRules,
): { city: OutcomeRollup; parts: Map<string, OutcomeRollup> } {
  const years = [...new Set([...wages.values()].flatMap((w) => [...w.keys()]))].sort((a, b) => a - b);
  /** the city line's key among the parts' codes (which include the city's own code for 市直) */
  const CITY = '';
  const result = new Map<string, OutcomeRollup>();
  const empty = (): OutcomeRollup => ({
    fromYear: years.length >= 2 ? years.at(-2)! : null,
    toYear: years.length >= 2 ? years.at(-1)! : null,
    pilots: null,
    nonPilots: null,
  });
  for (const code of [CITY, ...unitCodes]) result.set(code, empty());
  const answer = () => {
    const city = result.get(CITY)!;
    result.delete(CITY);
    return { city, parts: result };
  };
  if (years.length < 2) return answer();
  const [from, to] = [years.at(-2)!, years.at(-1)!];
  const panel = members.filter(
    (m) => wages.get(m.enterpriseId)?.has(from) && wages.get(m.enterpriseId)?.has(to),
  );

  for (const pilot of [true, false]) {
    const group = panel.filter((m) => m.pilot === pilot);
    if (group.length === 0) continue;
    const buckets = new Set<string>();
    for (const m of group)
      for (const y of [from, to]) for (const b of wages.get(m.enterpriseId)!.get(y)!.keys()) buckets.add(b);
    // bucket → year → unit (city included) → cell shown
    const cells = new Map<string, Map<number, Map<string, FullCell>>>();
    for (const bucket of buckets) {
      const byYear = new Map<number, Map<string, FullCell>>();
      for (const year of [from, to]) {
        const partOf = (code: string) =>
          pool(
            group
              .filter((m) => m.unitCode === code)
              .map((m) => wages.get(m.enterpriseId)!.get(year)!.get(bucket)),
          );
        const parts = unitCodes
          .map((code) => ({ regionCode: code, ...partOf(code) }))
          .filter((p) => p.employees > 0);
        const total = pool(group.map((m) => wages.get(m.enterpriseId)!.get(year)!.get(bucket)));
        const footnotes = disclosureFootnotes({ total, districts: parts, direct: null }, rules);
        const byUnit = new Map<string, FullCell>();
        byUnit.set(CITY, cellOf(total, total.enterprises, footnotes.total));
        for (const part of parts) {
          byUnit.set(
            part.regionCode,
            cellOf(part, part.enterprises, footnotes.districts.get(part.regionCode) ?? null),
          );
        }
        byYear.set(year, byUnit);
      }
      cells.set(bucket, byYear);
    }
    for (const code of [CITY, ...unitCodes]) {
      const unitGroup = code === CITY ? group : group.filter((m) => m.unitCode === code);
      if (unitGroup.length === 0) continue;
      const at = (bucket: string, year: number) =>
        cells.get(bucket)?.get(year)?.get(code) ?? cellOf(undefined, 0, null);
      const series = (bucket: string) => {
        const [a, b] = [at(bucket, from), at(bucket, to)];
        return { from: publicCell(a), to: publicCell(b), growth: growthPercent(shown(a), shown(b)) };
      };
      const levels = levelsOf(buckets).filter(
        (level) =>
          at(LEVEL_BUCKET_PREFIX + level, from).headcount + at(LEVEL_BUCKET_PREFIX + level, to).headcount > 0,
      );
      const toLevels = new Map(levels.map((level) => [level, at(LEVEL_BUCKET_PREFIX + level, to)]));
      const variable = (year: number) => {
        const cell = at(SKILLED_BUCKET, year);
        if (cell.withheld !== null || cell.headcount === 0) return null;
        const pooled = pool(unitGroup.map((m) => wages.get(m.enterpriseId)!.get(year)!.get(SKILLED_BUCKET)));
        return variableSharePercent(pooled.performanceSum, pooled.totalSum);
      };
      const highSkill = series(HIGH_SKILL_BUCKET);
      const management = series(MANAGEMENT_BUCKET);
      const rollup = result.get(code)!;
      rollup[pilot ? 'pilots' : 'nonPilots'] = {
        enterprises: unitGroup.length,
        levels: levels
          .map((skillLevel) => series(LEVEL_BUCKET_PREFIX + skillLevel))
          .map((s, i) => ({ skillLevel: levels[i], ...s })),
        highSkill,
        management,
        ruleHolds: highSkillRuleHolds(highSkill.growth, management.growth),
        spread: spreadOf(toLevels),
        variableShare: { from: variable(from), to: variable(to) },
      };
    }
  }
  return answer();
}

// ---- demonstration units ----

/**
 * The figures a demonstration unit had when marked: for a 示范企业 its index and measured growth
 * (as a bureau sees them: small cells withheld), for a 典型区市 its pilots' roll-up.
 */
export interface DemonstrationSnapshot {
  /** the enterprise's latest accepted report period (null for a district) */
  period: string | null;
  /** the enterprise's index, or the mean index of the district's pilots */
  index: number | null;
  /** a district's pilots counted and those with an accepted report (null for an enterprise) */
  pilots: number | null;
  reported: number | null;
  fromYear: number | null;
  toYear: number | null;
  highSkillGrowth: number | null;
  managementGrowth: number | null;
  ruleHolds: boolean | null;
  /** a district's share of pilots adopting each element (null for an enterprise) */
  elementShares: Array<{ element: EvaluationElement; share: number | null }> | null;
}

export type { FootnoteCode };
