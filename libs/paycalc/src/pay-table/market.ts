import { type WageSkillLevel } from '@skillpay/domain';
import { type DecimalInput, divideRounded, formatScaled, type Scaled, toScaled } from '../decimal';
import { PaycalcError } from '../errors';
import { requireUniqueKeys, toNonNegative } from '../input';
import { CALCULATOR_SOURCES, type SourceArticle } from '../sources';
import { type PayTable } from './pay-table';

/** A published benchmark cell's percentiles for one skill level of the chosen occupation and region. */
export interface MarketPercentiles {
  skillLevel: WageSkillLevel;
  /** annual pay in 元, as benchmark cells publish it */
  p25: DecimalInput;
  p50: DecimalInput;
  p75: DecimalInput;
}

/** Where a monthly amount falls among the market's percentiles. */
export enum MarketPosition {
  BelowP25 = 'below-p25',
  P25ToP50 = 'p25-p50',
  P50ToP75 = 'p50-p75',
  AboveP75 = 'above-p75',
}

export interface GradeBesideMarket {
  grade: string;
  marketSkillLevel: WageSkillLevel | null;
  /** the percentiles as monthly amounts (annual ÷ 12, to the cent); null where no benchmark exists */
  market: { p25: string; p50: string; p75: string } | null;
  /** where the grade's first and top steps fall; null without a benchmark */
  firstStep: MarketPosition | null;
  topStep: MarketPosition | null;
}

export interface PayTableBesideMarket {
  grades: GradeBesideMarket[];
  source: SourceArticle;
}

interface Percentiles {
  p25: Scaled;
  p50: Scaled;
  p75: Scaled;
}

/**
 * The market P25 / P50 / P75 of an occupation beside each grade of a pay table (art. 22). Grades
 * are matched by their `marketSkillLevel`; benchmarks publish annual pay, so the table's monthly
 * amounts are compared × 12, exactly, and shown against the percentiles ÷ 12. The benchmark is the
 * whole annual pay of the level while a pay table holds one pay unit: the web says so beside it.
 */
export function placeBesideMarket(
  table: PayTable,
  benchmarks: readonly MarketPercentiles[],
): PayTableBesideMarket {
  requireUniqueKeys(
    benchmarks.map((benchmark) => benchmark.skillLevel),
    (index) => `benchmarks[${index}].skillLevel`,
  );
  const byLevel = new Map<string, Percentiles>();
  benchmarks.forEach((benchmark, index) => {
    const read = (key: 'p25' | 'p50' | 'p75') => toNonNegative(benchmark[key], `benchmarks[${index}].${key}`);
    const percentiles = { p25: read('p25'), p50: read('p50'), p75: read('p75') };
    if (percentiles.p50 < percentiles.p25) {
      throw new PaycalcError('not-rising', `benchmarks[${index}].p50`, benchmark.p50);
    }
    if (percentiles.p75 < percentiles.p50) {
      throw new PaycalcError('not-rising', `benchmarks[${index}].p75`, benchmark.p75);
    }
    byLevel.set(benchmark.skillLevel, percentiles);
  });
  const monthly = (annual: Scaled) => formatScaled(divideRounded(annual, 12n), 2);
  const grades = table.grades.map((grade): GradeBesideMarket => {
    const market = grade.marketSkillLevel === null ? undefined : byLevel.get(grade.marketSkillLevel);
    if (!market) {
      return {
        grade: grade.key,
        marketSkillLevel: grade.marketSkillLevel,
        market: null,
        firstStep: null,
        topStep: null,
      };
    }
    const amountOf = (index: number) => {
      const amount = grade.steps[index].amount;
      if (amount === null) throw new PaycalcError('missing', 'pointValue', null);
      return toScaled(amount, 'amount');
    };
    return {
      grade: grade.key,
      marketSkillLevel: grade.marketSkillLevel,
      market: { p25: monthly(market.p25), p50: monthly(market.p50), p75: monthly(market.p75) },
      firstStep: position(amountOf(0) * 12n, market),
      topStep: position(amountOf(grade.steps.length - 1) * 12n, market),
    };
  });
  return { grades, source: CALCULATOR_SOURCES.marketReference };
}

function position(annual: Scaled, market: Percentiles): MarketPosition {
  if (annual < market.p25) return MarketPosition.BelowP25;
  if (annual < market.p50) return MarketPosition.P25ToP50;
  if (annual <= market.p75) return MarketPosition.P50ToP75;
  return MarketPosition.AboveP75;
}
