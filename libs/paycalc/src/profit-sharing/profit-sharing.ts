import { type Labels } from '@skillpay/domain';
import { apportionCents } from '../apportion';
import {
  type DecimalInput,
  formatScaled,
  fractionTo,
  hasAtMostDecimals,
  ONE,
  type Scaled,
  scaled,
  toScaled,
} from '../decimal';
import { PaycalcError } from '../errors';
import { requireList, requireUniqueKeys, toNonNegative } from '../input';
import { ROUNDING_RULE } from '../performance-pay/performance-pay';
import { CALCULATOR_SOURCES, type SourceArticle } from '../sources';

/** Art. 43 names three net-profit targets; an enterprise may use one, two or all three (or up to five bands). */
export const PROFIT_TARGET_NAMES = ['basic', 'incentive', 'challenge'] as const;

export const PROFIT_TARGET_LABELS: Record<(typeof PROFIT_TARGET_NAMES)[number], Labels> = {
  basic: { 'zh-CN': '基本目标', en: 'Basic target' },
  incentive: { 'zh-CN': '激励目标', en: 'Incentive target' },
  challenge: { 'zh-CN': '挑战目标', en: 'Challenge target' },
};

export const MAX_PROFIT_TIERS = 5;
/** Company performance coefficients are around 1; ten times is no adjustment any more. */
export const MAX_COMPANY_COEFFICIENT = '10';
export const MAX_PARTICIPANTS = 2_000;

export interface ProfitTier {
  /** basic / incentive / challenge for the first three unless named otherwise */
  name?: string;
  /** the net-profit target in 元 that opens the band; negative for a loss-reduction target (减亏) */
  target: DecimalInput;
  /** percent of the profit in this band (up to the next target) that goes to the pool */
  ratePercent: DecimalInput;
}

export interface ProfitParticipant {
  key: string;
  label?: string;
  /** 岗位系数 */
  postCoefficient: DecimalInput;
  /** 个人绩效考核结果系数 */
  performanceCoefficient: DecimalInput;
}

export interface ProfitSharingInput {
  /** this year's net profit in 元; negative for a loss */
  actualNetProfit: DecimalInput;
  /** targets rising; the first is the basic target the excess is counted from */
  tiers: readonly ProfitTier[];
  /** 企业综合绩效系数 */
  companyCoefficient: DecimalInput;
  participants: readonly ProfitParticipant[];
}

export interface ProfitBand {
  name: string;
  from: string;
  /** null for the open top band */
  to: string | null;
  ratePercent: string;
  /** the part of the net profit that falls in the band */
  profitInBand: string;
  /** profit in band × rate, before the company coefficient */
  provision: string;
}

export interface ProfitSharing {
  /** actual − basic target, 0 when the basic target was missed */
  excess: string;
  bands: ProfitBand[];
  provisionTotal: string;
  companyCoefficient: string;
  /** Σ provisions × company coefficient, rounded to the cent once */
  pool: string;
  participants: {
    key: string;
    label: string;
    postCoefficient: string;
    performanceCoefficient: string;
    /** post × performance coefficient */
    weight: string;
    amount: string;
    sharePercent: string;
  }[];
  roundingRule: typeof ROUNDING_RULE;
  source: SourceArticle;
}

/**
 * Excess-profit sharing (art. 43): the net profit above the basic target is provisioned band by
 * band at each band's rate (basic → incentive, incentive → challenge, above challenge), the sum is
 * adjusted by the company performance coefficient, and the pool is shared by post coefficient ×
 * individual performance coefficient in whole cents (largest remainder), adding up to the pool.
 */
export function shareExcessProfit(input: ProfitSharingInput): ProfitSharing {
  const actual = toProfit(input.actualNetProfit, 'actualNetProfit');
  const tierList = requireList(input.tiers, 'tiers', MAX_PROFIT_TIERS);
  const tiers = tierList.map((tier, index) => {
    const target = toProfit(tier.target, `tiers[${index}].target`);
    const rate = toNonNegative(tier.ratePercent, `tiers[${index}].ratePercent`);
    if (rate > scaled(100))
      throw new PaycalcError('out-of-range', `tiers[${index}].ratePercent`, tier.ratePercent, 100);
    const name = tier.name?.trim() || PROFIT_TARGET_NAMES[index] || `tier-${index + 1}`;
    return { name, target, rate };
  });
  tiers.forEach((tier, index) => {
    if (index > 0 && tier.target <= tiers[index - 1].target) {
      throw new PaycalcError('not-rising', `tiers[${index}].target`, tierList[index].target);
    }
  });
  const coefficient = toNonNegative(input.companyCoefficient, 'companyCoefficient');
  if (coefficient > scaled(MAX_COMPANY_COEFFICIENT)) {
    throw new PaycalcError(
      'out-of-range',
      'companyCoefficient',
      input.companyCoefficient,
      MAX_COMPANY_COEFFICIENT,
    );
  }

  let provisionExact = 0n;
  const bands: ProfitBand[] = tiers.map((tier, index) => {
    const next = index + 1 < tiers.length ? tiers[index + 1].target : null;
    const top = next === null || actual < next ? actual : next;
    const inBand = top > tier.target ? top - tier.target : 0n;
    // in band × rate %: an integer over 10^12 · 100
    provisionExact += inBand * tier.rate;
    return {
      name: tier.name,
      from: money(tier.target),
      to: next === null ? null : money(next),
      ratePercent: formatScaled(tier.rate, 2),
      profitInBand: money(inBand),
      provision: money(fractionTo(inBand * tier.rate, ONE * ONE * 100n, 2)),
    };
  });
  const pool = fractionTo(provisionExact * coefficient, ONE * ONE * ONE * 100n, 2);

  const list = requireList(input.participants, 'participants', MAX_PARTICIPANTS);
  requireUniqueKeys(
    list.map((participant) => participant.key),
    (index) => `participants[${index}].key`,
  );
  const read = list.map((participant, index) => {
    const post = toNonNegative(participant.postCoefficient, `participants[${index}].postCoefficient`);
    const performance = toNonNegative(
      participant.performanceCoefficient,
      `participants[${index}].performanceCoefficient`,
    );
    return { participant, post, performance, weight: post * performance };
  });
  const amounts = apportionCents(
    pool,
    read.map((entry) => entry.weight),
    'participants',
  );
  return {
    excess: money(actual > tiers[0].target ? actual - tiers[0].target : 0n),
    bands,
    provisionTotal: money(fractionTo(provisionExact, ONE * ONE * 100n, 2)),
    companyCoefficient: formatScaled(coefficient, 2),
    pool: money(pool),
    participants: read.map((entry, index) => ({
      key: entry.participant.key,
      label: entry.participant.label?.trim() || entry.participant.key,
      postCoefficient: formatScaled(entry.post, 2),
      performanceCoefficient: formatScaled(entry.performance, 2),
      weight: formatScaled(fractionTo(entry.weight, ONE * ONE, 4), 4),
      amount: money(amounts[index]),
      sharePercent: pool === 0n ? '0.00' : formatScaled(fractionTo(amounts[index] * 100n, pool, 2), 2),
    })),
    roundingRule: ROUNDING_RULE,
    source: CALCULATOR_SOURCES.excessProfitSharing,
  };
}

function toProfit(value: DecimalInput, field: string): Scaled {
  const profit = toScaled(value, field);
  if (!hasAtMostDecimals(profit, 2)) throw new PaycalcError('too-many-decimals', field, value, 2);
  return profit;
}

function money(value: Scaled): string {
  return formatScaled(value, 2);
}
