import {
  type AppliedCheckRules,
  appliedRule,
  NATIONAL_APPLIED_RULES,
  type CheckResult,
  type ChecksCalculatorInput,
  checkEducationFund,
  checkFixedVariableRatio,
  checkHighSkillWageGrowth,
  checkTwoLowerThan,
  type DecimalInput,
  type YearPair,
} from '@skillpay/paycalc';
import { calculate, formPathOf, type Live } from '../shared/live-calculation';

/**
 * The checks form and the plan input of the `checks` calculator (CALCULATOR_PARTS.checks): one
 * part per check, each holding its paycalc input, plus `stateOwned`. The form keeps that shape, so
 * `twoLowerThan` + `wageBill` (paycalc's field for the current year) is the form field
 * `twoLowerThan.wageBill.current`. Empty figures are null: the check then reports missing data.
 */

export type CheckPart = 'twoLowerThan' | 'highSkillWageGrowth' | 'educationFund' | 'fixedVariableRatio';
export const CHECK_PARTS: readonly CheckPart[] = [
  'twoLowerThan',
  'highSkillWageGrowth',
  'educationFund',
  'fixedVariableRatio',
];

type Field = DecimalInput | null | undefined;
interface PairValues {
  current?: Field;
  previous?: Field;
}

/** The year pairs of each growth check, in the order the form shows them. */
export const TWO_LOWER_THAN_PAIRS = [
  'wageBill',
  'economicBenefit',
  'averagePay',
  'labourProductivity',
] as const;
export const HIGH_SKILL_PAIRS = ['highSkillAveragePay', 'managementAveragePay'] as const;
export const EDUCATION_FUND_FIELDS = ['wageBill', 'educationFund', 'educationFundFrontLine'] as const;
export const FIXED_VARIABLE_FIELDS = ['fixedPay', 'variablePay'] as const;

export interface ChecksFormValues {
  /** a saved plan's programme, whose check rules apply (not part of the calculator input) */
  programmeId?: string;
  parts: CheckPart[];
  stateOwned: boolean;
  twoLowerThan: Partial<Record<(typeof TWO_LOWER_THAN_PAIRS)[number], PairValues>>;
  highSkillWageGrowth: Partial<Record<(typeof HIGH_SKILL_PAIRS)[number], PairValues>>;
  educationFund: Partial<Record<(typeof EDUCATION_FUND_FIELDS)[number], Field>>;
  fixedVariableRatio: Partial<Record<(typeof FIXED_VARIABLE_FIELDS)[number], Field>>;
}

export function newChecksValues(stateOwned = true): ChecksFormValues {
  return {
    parts: [...CHECK_PARTS],
    stateOwned,
    twoLowerThan: {},
    highSkillWageGrowth: {},
    educationFund: {},
    fixedVariableRatio: {},
  };
}

/** A figure as the checks read it: empty is null (missing data), anything else as typed. */
function figure(value: unknown): DecimalInput | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}

const pair = (values: PairValues | undefined): YearPair => ({
  current: figure(values?.current),
  previous: figure(values?.previous),
});

/** The plan input for what the form holds: the checks chosen, and whether SOE rules bind. */
export function checksInputOf(values: ChecksFormValues): ChecksCalculatorInput {
  const parts = new Set(values.parts ?? []);
  const input: ChecksCalculatorInput = { stateOwned: values.stateOwned !== false };
  if (parts.has('twoLowerThan')) {
    const two = values.twoLowerThan ?? {};
    input.twoLowerThan = {
      wageBill: pair(two.wageBill),
      economicBenefit: pair(two.economicBenefit),
      averagePay: pair(two.averagePay),
      labourProductivity: pair(two.labourProductivity),
    };
  }
  if (parts.has('highSkillWageGrowth')) {
    const growth = values.highSkillWageGrowth ?? {};
    input.highSkillWageGrowth = {
      highSkillAveragePay: pair(growth.highSkillAveragePay),
      managementAveragePay: pair(growth.managementAveragePay),
    };
  }
  if (parts.has('educationFund')) {
    const fund = values.educationFund ?? {};
    input.educationFund = {
      wageBill: figure(fund.wageBill),
      educationFund: figure(fund.educationFund),
      educationFundFrontLine: figure(fund.educationFundFrontLine),
    };
  }
  if (parts.has('fixedVariableRatio')) {
    const ratio = values.fixedVariableRatio ?? {};
    input.fixedVariableRatio = { fixedPay: figure(ratio.fixedPay), variablePay: figure(ratio.variablePay) };
  }
  return input;
}

/** The form for a saved plan's input. */
export function checksValuesOf(input: ChecksCalculatorInput): ChecksFormValues {
  const parts = CHECK_PARTS.filter((part) => input[part] !== undefined && input[part] !== null);
  return {
    parts,
    stateOwned: input.stateOwned !== false,
    twoLowerThan: { ...input.twoLowerThan },
    highSkillWageGrowth: { ...input.highSkillWageGrowth },
    educationFund: { ...input.educationFund },
    fixedVariableRatio: { ...input.fixedVariableRatio },
  };
}

/**
 * A check's field (`wageBillPrevious`, `averagePay`, `educationFund`) as the form path: a growth
 * check names the current year by the series and the previous year with `Previous`.
 */
export function checkFieldPath(part: CheckPart, field: string): string {
  if (part === 'twoLowerThan' || part === 'highSkillWageGrowth') {
    const previous = /^(.*)Previous$/.exec(field);
    return previous ? `${part}.${previous[1]}.previous` : `${part}.${formPathOf(field)}.current`;
  }
  return `${part}.${formPathOf(field)}`;
}

export interface LiveChecks {
  input: ChecksCalculatorInput;
  results: Partial<Record<CheckPart, Live<CheckResult>>>;
  /** the first figure that is not a valid number, as a form path */
  errorPath: string | null;
}

/**
 * The checks chosen, each run by libs/paycalc on what the form holds, with the thresholds and
 * basis of the programme whose rules apply (as the API runs a saved plan's).
 */
export function liveChecks(
  values: ChecksFormValues,
  applied: AppliedCheckRules = NATIONAL_APPLIED_RULES,
): LiveChecks {
  const input = checksInputOf(values);
  const stateOwned = input.stateOwned;
  const rule = <K extends CheckPart>(key: K) => appliedRule(applied, key);
  const runs: { [K in CheckPart]: (part: NonNullable<ChecksCalculatorInput[K]>) => CheckResult } = {
    twoLowerThan: (part) => checkTwoLowerThan(part, { stateOwned, source: rule('twoLowerThan').source }),
    highSkillWageGrowth: (part) =>
      checkHighSkillWageGrowth(part, { stateOwned, source: rule('highSkillWageGrowth').source }),
    educationFund: (part) => {
      const { rule: fund, source } = rule('educationFund');
      return checkEducationFund(part, {
        minShareOfWageBill: fund.minShareOfWageBill,
        minFrontLineShare: fund.minFrontLineShare,
        source,
      });
    },
    fixedVariableRatio: (part) => {
      const { rule: ratio, source } = rule('fixedVariableRatio');
      return checkFixedVariableRatio(part, { referenceFixedShare: ratio.referenceFixedShare, source });
    },
  };
  const results: LiveChecks['results'] = {};
  let errorPath: string | null = null;
  for (const part of CHECK_PARTS) {
    const given = input[part];
    if (!given) continue;
    const live = calculate(() => (runs[part] as (value: typeof given) => CheckResult)(given));
    results[part] = live;
    if (live.error && errorPath === null) errorPath = checkFieldPath(part, live.error.field);
  }
  return { input, results, errorPath };
}
