import { type Labels } from '@skillpay/domain';
import { type DecimalInput, formatScaled, fractionTo, ONE, type Scaled, toScaled } from '../decimal';
import { PaycalcError } from '../errors';
import { requireHundredPercent, requireList, toHeadcount, toInteger, toNonNegative } from '../input';
import { MAX_PAY_STEPS } from '../pay-table/pay-table';
import { CALCULATOR_SOURCES, type SourceArticle } from '../sources';

/** Annual performance ratings (年度绩效考核结果) and the steps they move (art. 20). */
export enum Rating {
  Unqualified = 'unqualified',
  Qualified = 'qualified',
  Excellent = 'excellent',
  Outstanding = 'outstanding',
}

export const RATING_LABELS: Record<Rating, Labels> = {
  [Rating.Unqualified]: { 'zh-CN': '不合格', en: 'Unqualified' },
  [Rating.Qualified]: { 'zh-CN': '合格', en: 'Qualified' },
  [Rating.Excellent]: { 'zh-CN': '优秀', en: 'Excellent' },
  [Rating.Outstanding]: { 'zh-CN': '贡献突出', en: 'Outstanding' },
};

export const RATINGS: readonly Rating[] = Object.values(Rating);

/** A working life: longer simulations say nothing the first forty years do not. */
export const MAX_SIMULATION_YEARS = 40;
/** Groups of a team (one per grade and current step). */
export const MAX_TEAM_GROUPS = 200;

/** "不晋升或降档": the enterprise chooses whether an unqualified rating holds the step or lowers it. */
export type UnqualifiedMove = 0 | -1;

export interface StepMoveOptions {
  /** default 0 (stay) */
  unqualifiedMove?: UnqualifiedMove;
}

/** Steps moved per rating: +1 qualified, +2 excellent, +3 outstanding, 0 or −1 unqualified. */
export function stepMoves(options: StepMoveOptions = {}): Record<Rating, number> {
  const unqualified = options.unqualifiedMove ?? 0;
  if (unqualified !== 0 && unqualified !== -1) {
    throw new PaycalcError('out-of-range', 'unqualifiedMove', unqualified, -1);
  }
  return {
    [Rating.Unqualified]: unqualified,
    [Rating.Qualified]: 1,
    [Rating.Excellent]: 2,
    [Rating.Outstanding]: 3,
  };
}

export interface PayPathInput extends StepMoveOptions {
  /** the monthly amounts of the grade's steps, step 1 first (e.g. `gradeStepAmounts(table, grade)`) */
  stepAmounts: readonly DecimalInput[];
  startStep: DecimalInput;
  /** one rating per year */
  ratings: readonly Rating[];
}

export interface PayPathYear {
  /** 0 is the starting point, before any rating */
  year: number;
  rating: Rating | null;
  step: number;
  /** the step the rating would have reached beyond the grade's first or top step */
  capped: 'top' | 'bottom' | null;
  monthly: string;
  annual: string;
  /** monthly increase over the previous year */
  increase: string;
}

export interface PayPath {
  years: PayPathYear[];
  /** total increase of the monthly amount over the whole path, percent */
  growthPercent: string;
  source: SourceArticle;
}

/** A worker's pay path within one grade over the years of the given ratings (art. 20). */
export function simulatePayPath(input: PayPathInput): PayPath {
  const amounts = readStepAmounts(input.stepAmounts, 'stepAmounts');
  const moves = stepMoves(input);
  let step = toInteger(input.startStep, 'startStep', { min: 1, max: amounts.length });
  const ratings = requireList(input.ratings, 'ratings', MAX_SIMULATION_YEARS);
  const start = amounts[step - 1];
  const years: PayPathYear[] = [
    {
      year: 0,
      rating: null,
      step,
      capped: null,
      monthly: money(start),
      annual: money(start * 12n),
      increase: '0.00',
    },
  ];
  ratings.forEach((rating, index) => {
    const move = moves[readRating(rating, `ratings[${index}]`)];
    const previous = amounts[step - 1];
    const target = step + move;
    step = Math.min(Math.max(target, 1), amounts.length);
    const amount = amounts[step - 1];
    years.push({
      year: index + 1,
      rating,
      step,
      capped: target > amounts.length ? 'top' : target < 1 ? 'bottom' : null,
      monthly: money(amount),
      annual: money(amount * 12n),
      increase: money(amount - previous),
    });
  });
  const end = amounts[step - 1];
  return {
    years,
    growthPercent: start === 0n ? '0.00' : formatScaled(fractionTo((end - start) * 100n, start, 2), 2),
    source: CALCULATOR_SOURCES.stepMovement,
  };
}

export interface TeamGroup {
  key: string;
  /** the monthly amounts of the group's grade, step 1 first */
  stepAmounts: readonly DecimalInput[];
  /** the step the group stands on now */
  step: DecimalInput;
  headcount: DecimalInput;
}

export interface TeamWageBillInput extends StepMoveOptions {
  groups: readonly TeamGroup[];
  /** percent of the team in each rating every year; adds up to 100 */
  distribution: Readonly<Record<Rating, DecimalInput>>;
  years: DecimalInput;
}

export interface TeamWageBillYear {
  year: number;
  /** expected monthly wage bill of the post pay, 元 */
  monthly: string;
  annual: string;
  /** growth over the previous year, percent (0 in year 0) */
  growthPercent: string;
}

export interface TeamWageBill {
  years: TeamWageBillYear[];
  /** growth from year 0 to the last year, percent */
  totalGrowthPercent: string;
  source: SourceArticle;
}

/**
 * The expected wage bill of a team's post pay year by year when every year the given shares of
 * people are rated unqualified / qualified / excellent / outstanding (art. 20). Each group's people
 * spread over the steps as the ratings move them (capped at the grade's first and top step); the
 * expectation is carried exactly as fractions with denominator 10^(8·year) and rounded to the cent
 * only when shown.
 */
export function simulateTeamWageBill(input: TeamWageBillInput): TeamWageBill {
  const moves = stepMoves(input);
  const shares = RATINGS.map((rating) => {
    const share = input.distribution?.[rating];
    if (share === undefined || share === null || share === '') {
      throw new PaycalcError('missing', `distribution.${rating}`, share);
    }
    return toNonNegative(share, `distribution.${rating}`);
  });
  requireHundredPercent(shares, 'distribution');
  const yearCount = toInteger(input.years, 'years', { min: 1, max: MAX_SIMULATION_YEARS });
  const groups = requireList(input.groups, 'groups', MAX_TEAM_GROUPS).map((group, index) => {
    const amounts = readStepAmounts(group.stepAmounts, `groups[${index}].stepAmounts`);
    const step = toInteger(group.step, `groups[${index}].step`, { min: 1, max: amounts.length });
    const headcount = BigInt(toHeadcount(group.headcount, `groups[${index}].headcount`));
    // weights per step; the denominator is 1 now and grows × 100·10^6 with each year
    const weights: bigint[] = amounts.map((_, s) => (s === step - 1 ? 1n : 0n));
    return { amounts, headcount, weights };
  });
  const yearDenominator = 100n * ONE;
  const bill = () =>
    groups.reduce(
      (sum, group) =>
        sum + group.headcount * group.weights.reduce((acc, weight, s) => acc + weight * group.amounts[s], 0n),
      0n,
    );

  let denominator = 1n;
  let previous = bill();
  const first = previous;
  const years: TeamWageBillYear[] = [row(0, previous, denominator, null)];
  for (let year = 1; year <= yearCount; year++) {
    for (const group of groups) {
      const next = group.weights.map(() => 0n);
      group.weights.forEach((weight, s) => {
        if (weight === 0n) return;
        RATINGS.forEach((rating, r) => {
          const target = Math.min(Math.max(s + moves[rating], 0), group.amounts.length - 1);
          next[target] += weight * shares[r];
        });
      });
      group.weights = next;
    }
    denominator *= yearDenominator;
    const current = bill();
    years.push(row(year, current, denominator, growth(current, previous * yearDenominator)));
    previous = current;
  }
  return {
    years,
    totalGrowthPercent: growth(previous, first * denominator) ?? '0.00',
    source: CALCULATOR_SOURCES.stepMovement,
  };
}

function row(
  year: number,
  numerator: bigint,
  denominator: bigint,
  growthPercent: string | null,
): TeamWageBillYear {
  // numerator ÷ denominator is the monthly bill, scaled; rounded to the cent once
  const cents = fractionTo(numerator, denominator * ONE, 2);
  return { year, monthly: money(cents), annual: money(cents * 12n), growthPercent: growthPercent ?? '0.00' };
}

/** (current − previous) ÷ previous in percent, both over the same denominator; null without a base. */
function growth(current: bigint, previous: bigint): string | null {
  if (previous === 0n) return null;
  return formatScaled(fractionTo((current - previous) * 100n, previous, 2), 2);
}

function readRating(rating: Rating, field: string): Rating {
  if (!RATINGS.includes(rating)) throw new PaycalcError('unknown', field, rating);
  return rating;
}

function readStepAmounts(list: readonly DecimalInput[], field: string): Scaled[] {
  const amounts = requireList(list, field, MAX_PAY_STEPS).map((amount, index) =>
    toScaled(amount, `${field}[${index}]`, { nonNegative: true }),
  );
  amounts.forEach((amount, index) => {
    if (index > 0 && amount < amounts[index - 1]) {
      throw new PaycalcError('not-rising', `${field}[${index}]`, list[index]);
    }
  });
  return amounts;
}

function money(value: Scaled): string {
  return formatScaled(value, 2);
}
