import {
  type DecimalInput,
  type ProfitSharing,
  type ProfitSharingInput,
  shareExcessProfit,
} from '@skillpay/paycalc';
import { calculate, decimalOf, type Live } from '../shared/live-calculation';

/**
 * The excess-profit sharing form (art. 43). It holds `ProfitSharingInput` as it is — participants
 * are keyed by the name typed — so a PaycalcError's field (`participants[1].postCoefficient`) is
 * the form field `participants.1.postCoefficient`.
 */

type Field = DecimalInput | null | undefined;

export interface ProfitSharingFormValues {
  actualNetProfit?: Field;
  tiers: { name?: string; target?: Field; ratePercent?: Field }[];
  companyCoefficient?: Field;
  participants: { key?: string; postCoefficient?: Field; performanceCoefficient?: Field }[];
}

/**
 * A worked example to change: 16 million 元 against targets of 10 / 11 / 13 million at 10 / 15 /
 * 20 % provisions 100,000 + 300,000 + 600,000 = 1,000,000 元; × 0.935 is a pool of 935,000 元,
 * shared 1.8 : 1.2 : 0.8 (docs/paycalc.md's rounding example).
 */
export function newProfitSharingValues(): ProfitSharingFormValues {
  return {
    actualNetProfit: '16000000',
    tiers: [
      { target: '10000000', ratePercent: '10' },
      { target: '11000000', ratePercent: '15' },
      { target: '13000000', ratePercent: '20' },
    ],
    companyCoefficient: '0.935',
    participants: [
      { key: '首席技师', postCoefficient: '1.8', performanceCoefficient: '1' },
      { key: '技师', postCoefficient: '1.2', performanceCoefficient: '1' },
      { key: '高级工', postCoefficient: '0.8', performanceCoefficient: '1' },
    ],
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The calculator's input from the form; a tier without a name takes paycalc's (basic / incentive / challenge). */
export function profitSharingInputOf(values: ProfitSharingFormValues): ProfitSharingInput {
  return {
    actualNetProfit: decimalOf(values.actualNetProfit),
    tiers: (values.tiers ?? []).map((tier) => ({
      ...(text(tier?.name) ? { name: text(tier?.name) } : {}),
      target: decimalOf(tier?.target),
      ratePercent: decimalOf(tier?.ratePercent),
    })),
    companyCoefficient: decimalOf(values.companyCoefficient),
    participants: (values.participants ?? []).map((participant) => ({
      key: text(participant?.key),
      postCoefficient: decimalOf(participant?.postCoefficient),
      performanceCoefficient: decimalOf(participant?.performanceCoefficient),
    })),
  };
}

/** The form for a saved plan's input. */
export function profitSharingValuesOf(input: ProfitSharingInput): ProfitSharingFormValues {
  return {
    actualNetProfit: input.actualNetProfit,
    tiers: input.tiers.map((tier) => ({ ...tier })),
    companyCoefficient: input.companyCoefficient,
    participants: input.participants.map((participant) => ({
      key: participant.label?.trim() ? participant.label : participant.key,
      postCoefficient: participant.postCoefficient,
      performanceCoefficient: participant.performanceCoefficient,
    })),
  };
}

export interface LiveProfitSharing {
  input: ProfitSharingInput;
  live: Live<ProfitSharing>;
}

export function liveProfitSharing(values: ProfitSharingFormValues): LiveProfitSharing {
  const input = profitSharingInputOf(values);
  return { input, live: calculate(() => shareExcessProfit(input)) };
}
