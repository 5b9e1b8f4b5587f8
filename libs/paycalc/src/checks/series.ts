import {
  compareGrowth,
  type DecimalInput,
  formatScaled,
  growthPercent,
  type Scaled,
  toScaledOrNull,
} from '../decimal';
import {
  type CheckCondition,
  type CheckFigure,
  CheckOutcome,
  type FigureUnit,
  type Insufficiency,
} from './check-result';

/** A figure for this year and the previous one; either may be missing in a draft. */
export interface YearPair {
  current: DecimalInput | null | undefined;
  previous: DecimalInput | null | undefined;
}

export interface GrowthSeries {
  name: string;
  current: Scaled;
  previous: Scaled;
}

export interface ParsedSeries {
  name: string;
  /** null when no growth rate exists (a value missing, or no positive base) */
  series: GrowthSeries | null;
  figures: CheckFigure[];
  insufficient: Insufficiency[];
}

/**
 * Reads a series `name` (this year) / `namePrevious` and its growth rate. A missing value, a zero
 * base or — for figures that may be negative, like profit — a negative base gives no rate.
 */
export function parseSeries(
  name: string,
  pair: YearPair,
  unit: FigureUnit,
  options: { mayBeNegative?: boolean } = {},
): ParsedSeries {
  const nonNegative = !options.mayBeNegative;
  const current = toScaledOrNull(pair.current, name, { nonNegative });
  const previous = toScaledOrNull(pair.previous, `${name}Previous`, { nonNegative });
  const figures: CheckFigure[] = [];
  const insufficient: Insufficiency[] = [];
  if (current === null) insufficient.push({ field: name, code: 'missing' });
  else figures.push({ key: name, value: formatScaled(current), unit });
  if (previous === null) insufficient.push({ field: `${name}Previous`, code: 'missing' });
  else figures.push({ key: `${name}Previous`, value: formatScaled(previous), unit });
  if (previous !== null && previous === 0n) {
    insufficient.push({ field: `${name}Previous`, code: 'previous-zero' });
  }
  if (previous !== null && previous < 0n) {
    insufficient.push({ field: `${name}Previous`, code: 'previous-negative' });
  }
  if (current === null || previous === null || previous <= 0n)
    return { name, series: null, figures, insufficient };
  figures.push({
    key: `${name}Growth`,
    value: formatScaled(growthPercent(current, previous)),
    unit: 'percent',
  });
  return { name, series: { name, current, previous }, figures, insufficient };
}

/** Whether the growth of `left` stands in `operator` to the growth of `right`. */
export function growthCondition(
  key: string,
  left: ParsedSeries,
  operator: '<' | '>=',
  right: ParsedSeries,
): CheckCondition {
  const names = { left: `${left.name}Growth`, right: `${right.name}Growth` };
  if (!left.series || !right.series) {
    return { key, outcome: CheckOutcome.InsufficientData, operator, ...names };
  }
  const order = compareGrowth(left.series, right.series);
  const holds = operator === '<' ? order < 0 : order >= 0;
  return { key, outcome: holds ? CheckOutcome.Pass : CheckOutcome.Fail, operator, ...names };
}
