import {
  type DecimalInput,
  type PayPathInput,
  Rating,
  RATINGS,
  type StepMovementCalculatorInput,
  type TeamWageBillInput,
  type UnqualifiedMove,
} from '@skillpay/paycalc';
import { decimalOf, formPathOf } from '../shared/live-calculation';

export type StepMovementMode = 'path' | 'team';

/** A grade's step amounts handed over from the pay table ("simulate this grade"). */
export interface StepMovementNavigation {
  stepAmounts: string[];
  grade: string;
}

/**
 * What the step-movement form holds: a worker's pay path or a team's wage bill (one at a time), with
 * step amounts typed or pasted as one list (a column from Excel) instead of one field per step.
 */
export interface StepMovementFormValues {
  mode: StepMovementMode;
  unqualifiedMove: UnqualifiedMove;
  stepAmounts: string;
  startStep?: DecimalInput | null;
  ratings: (Rating | undefined)[];
  groups: {
    label?: string;
    stepAmounts?: string;
    step?: DecimalInput | null;
    headcount?: DecimalInput | null;
  }[];
  distribution: Partial<Record<Rating, DecimalInput | null>>;
  years?: DecimalInput | null;
}

/** `4000, 4120\n4240` → ['4000', '4120', '4240']: commas (either width), spaces, semicolons or new lines. */
export function parseAmounts(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,，、;；]+/).filter((part) => part !== '');
}

export function formatAmounts(amounts: readonly DecimalInput[]): string {
  return amounts.map(String).join(', ');
}

const DEFAULT_STEPS = ['4000', '4120', '4240', '4360', '4480', '4600', '4720', '4840', '4960', '5080'];

/**
 * Ten steps of 120 元 from 4,000 元; a worker rated qualified most years with two excellent years;
 * a team of 20 + 10 under a 5 / 70 / 20 / 5 distribution — figures to change, not a recommendation.
 */
export function defaultStepMovementValues(handover?: StepMovementNavigation | null): StepMovementFormValues {
  const amounts = formatAmounts(handover?.stepAmounts ?? DEFAULT_STEPS);
  return {
    mode: 'path',
    unqualifiedMove: 0,
    stepAmounts: amounts,
    startStep: 1,
    ratings: [
      Rating.Qualified,
      Rating.Qualified,
      Rating.Excellent,
      Rating.Qualified,
      Rating.Qualified,
      Rating.Excellent,
      Rating.Qualified,
      Rating.Qualified,
    ],
    groups: [
      { label: 'A', stepAmounts: amounts, step: 1, headcount: 20 },
      { label: 'B', stepAmounts: amounts, step: 4, headcount: 10 },
    ],
    distribution: {
      [Rating.Unqualified]: '5',
      [Rating.Qualified]: '70',
      [Rating.Excellent]: '20',
      [Rating.Outstanding]: '5',
    },
    years: 5,
  };
}

export function payPathInputOf(values: StepMovementFormValues): PayPathInput {
  return {
    stepAmounts: parseAmounts(values.stepAmounts),
    startStep: decimalOf(values.startStep),
    // an unset year is sent as it is: paycalc names it (`ratings[3]`)
    ratings: (values.ratings ?? []).map((rating) => rating ?? ('' as Rating)),
    unqualifiedMove: values.unqualifiedMove,
  };
}

export function teamWageBillInputOf(values: StepMovementFormValues): TeamWageBillInput {
  return {
    groups: (values.groups ?? []).map((group) => ({
      key: (group?.label ?? '').trim(),
      stepAmounts: parseAmounts(group?.stepAmounts),
      step: decimalOf(group?.step),
      headcount: decimalOf(group?.headcount),
    })),
    distribution: Object.fromEntries(
      RATINGS.map((rating) => [rating, decimalOf(values.distribution?.[rating])]),
    ) as Record<Rating, DecimalInput>,
    years: decimalOf(values.years),
    unqualifiedMove: values.unqualifiedMove,
  };
}

/** The API's input: the part the form is simulating. */
export function stepMovementInputOf(values: StepMovementFormValues): StepMovementCalculatorInput {
  return values.mode === 'team'
    ? { teamWageBill: teamWageBillInputOf(values) }
    : { payPath: payPathInputOf(values) };
}

/** The form's values from a saved input; a part not saved keeps the defaults. */
export function stepMovementValuesOf(input: StepMovementCalculatorInput): StepMovementFormValues {
  const defaults = defaultStepMovementValues();
  const { payPath, teamWageBill } = input;
  return {
    ...defaults,
    mode: payPath ? 'path' : 'team',
    unqualifiedMove: (payPath ?? teamWageBill)?.unqualifiedMove ?? 0,
    ...(payPath
      ? {
          stepAmounts: formatAmounts(payPath.stepAmounts),
          startStep: payPath.startStep,
          ratings: [...payPath.ratings],
        }
      : {}),
    ...(teamWageBill
      ? {
          groups: teamWageBill.groups.map((group) => ({
            label: group.key,
            stepAmounts: formatAmounts(group.stepAmounts),
            step: group.step,
            headcount: group.headcount,
          })),
          distribution: { ...teamWageBill.distribution },
          years: teamWageBill.years,
        }
      : {}),
  };
}

/** The form field a calculator error names. */
export function stepMovementFieldPath(field: string): string {
  if (/^stepAmounts(\[\d+\])?$/.test(field)) return 'stepAmounts';
  const groupAmounts = /^groups\[(\d+)\]\.stepAmounts(\[\d+\])?$/.exec(field);
  if (groupAmounts) return `groups.${groupAmounts[1]}.stepAmounts`;
  const groupKey = /^groups\[(\d+)\]\.key$/.exec(field);
  if (groupKey) return `groups.${groupKey[1]}.label`;
  return formPathOf(field);
}
