import { FootnoteCode } from './benchmark';

/**
 * The arithmetic of the wage benchmarks (工资价位), shared by the aggregation job, its tests and
 * anyone checking a figure: percentiles and disclosure control. Pure functions, no I/O.
 */

/** The published percentiles of annual pay, as fractions. */
export const BENCHMARK_PERCENTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

/**
 * The continuous percentile of ascending values `sorted[start..end)`, exactly as PostgreSQL's
 * `percentile_cont(fraction) WITHIN GROUP (ORDER BY x)` over float8 computes it: the position
 * `fraction × (n − 1)` between the two neighbouring values, linearly interpolated
 * (`lo + (hi − lo) × proportion`, the same floating-point steps, so the result is bit-identical).
 * NaN for an empty range.
 */
export function percentileCont(
  sorted: ArrayLike<number>,
  fraction: number,
  start = 0,
  end = sorted.length,
): number {
  const count = end - start;
  if (count <= 0) return Number.NaN;
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`percentile ${fraction} is not in [0, 1]`);
  const position = fraction * (count - 1);
  const first = Math.floor(position);
  const second = Math.ceil(position);
  const low = sorted[start + first];
  if (first === second) return low;
  const high = sorted[start + second];
  return low + (position - first) * (high - low);
}

/**
 * Annualised annual pay (年化年薪) of one employee: the sum of the pay components for the months
 * worked, scaled to twelve months — `total × 12 ÷ months`, in this order and in double precision
 * (what `(sum)::float8 * 12 / months_worked` gives in SQL). Someone who joined in July with
 * 30,000 yuan counts as 60,000 a year, so part-year employees do not drag the percentiles down.
 */
export function annualisedPay(total: number, monthsWorked: number): number {
  return (total * 12) / monthsWorked;
}

/** Disclosure thresholds of a programme (programme.benchmark_min_enterprises / _max_enterprise_share). */
export interface DisclosureRules {
  /** a cell needs at least this many enterprises */
  minEnterprises: number;
  /** no single enterprise may hold more than this percentage of a cell's employees */
  maxEnterpriseSharePercent: number;
}

/** Bounds a programme may set its thresholds within (see docs/benchmarks.md for why). */
export const DISCLOSURE_RULE_LIMITS = {
  /** with two enterprises, each could subtract its own pay from the cell and see the other's */
  minEnterprises: { min: 3, max: 50 },
  /** at 100 % the dominance rule would never apply */
  maxEnterpriseSharePercent: { min: 10, max: 90 },
} as const;

/** What disclosure control needs to know of a cell (or of a group of cells taken together). */
export interface CellCounts {
  employees: number;
  enterprises: number;
  /** employees of the enterprise with the most employees in the cell */
  maxEnterpriseEmployees: number;
}

/** The largest enterprise's share of a cell's employees, in percent (0 for an empty cell). */
export function maxEnterpriseSharePercent(cell: CellCounts): number {
  return cell.employees === 0 ? 0 : (cell.maxEnterpriseEmployees * 100) / cell.employees;
}

/**
 * Primary suppression of one cell: A with fewer enterprises than the minimum, otherwise B when one
 * enterprise holds more than the maximum share (compared in integers: no rounding at the edge).
 */
export function primaryFootnote(cell: CellCounts, rules: DisclosureRules): FootnoteCode | null {
  if (cell.enterprises < rules.minEnterprises) return FootnoteCode.TooFewEnterprises;
  if (cell.maxEnterpriseEmployees * 100 > rules.maxEnterpriseSharePercent * cell.employees) {
    return FootnoteCode.Dominance;
  }
  return null;
}

/** The cells of one occupation × skill level: the city roll-up and its parts. */
export interface PairCells<District extends CellCounts & { regionCode: string }> {
  /** the city roll-up of every row of the pair */
  total: CellCounts;
  /** one cell per district that has rows */
  districts: readonly District[];
  /**
   * rows of enterprises that belong to the city itself (市直企业): part of the total, never a cell
   * of their own; null when there are none
   */
  direct: CellCounts | null;
}

export interface PairFootnotes {
  total: FootnoteCode | null;
  /** by district region code; null where the district cell may be published */
  districts: Map<string, FootnoteCode | null>;
}

function combine(cells: readonly CellCounts[]): CellCounts {
  let employees = 0;
  let enterprises = 0;
  let maxEnterpriseEmployees = 0;
  for (const cell of cells) {
    employees += cell.employees;
    // an enterprise uploads for one region, so parts never share enterprises
    enterprises += cell.enterprises;
    maxEnterpriseEmployees = Math.max(maxEnterpriseEmployees, cell.maxEnterpriseEmployees);
  }
  return { employees, enterprises, maxEnterpriseEmployees };
}

/**
 * Disclosure control of one occupation × skill level.
 *
 * Primary: each cell (the city roll-up and every district) is checked on its own ({@link primaryFootnote}).
 *
 * Secondary (C): when the city roll-up is published, subtracting the published districts from it
 * yields the remainder — the suppressed districts and the city-direct enterprises taken together
 * (employees, and with the mean their total pay). That remainder must itself pass the primary
 * rules, or a suppressed district (or the city-direct enterprises) could be recovered. While it
 * does not, the published district with the fewest employees (then the lowest region code, so the
 * choice is deterministic) is suppressed as well. This ends at the latest when every district is
 * suppressed: the remainder is then the city roll-up itself, which passed.
 */
export function disclosureFootnotes<District extends CellCounts & { regionCode: string }>(
  pair: PairCells<District>,
  rules: DisclosureRules,
): PairFootnotes {
  const total = primaryFootnote(pair.total, rules);
  const districts = new Map<string, FootnoteCode | null>();
  for (const district of pair.districts) districts.set(district.regionCode, primaryFootnote(district, rules));
  if (total !== null) return { total, districts };

  const withheld = (): CellCounts[] => [
    ...pair.districts.filter((d) => districts.get(d.regionCode) !== null),
    ...(pair.direct && pair.direct.employees > 0 ? [pair.direct] : []),
  ];
  const published = pair.districts
    .filter((d) => districts.get(d.regionCode) === null)
    .sort((a, b) => a.employees - b.employees || (a.regionCode < b.regionCode ? -1 : 1));
  let remainder = combine(withheld());
  while (remainder.employees > 0 && primaryFootnote(remainder, rules) !== null && published.length > 0) {
    const next = published.shift()!;
    districts.set(next.regionCode, FootnoteCode.Secondary);
    remainder = combine(withheld());
  }
  return { total, districts };
}
