import { CALCULATOR_PARTS, type CalculatorKind, type CompositeCalculatorKind } from '@skillpay/domain';
import {
  auxiliaryPool,
  buildPayTable,
  type AppliedCheckRules,
  type CheckRuleKey,
  appliedRule,
  NATIONAL_APPLIED_RULES,
  checkEducationFund,
  checkFixedVariableRatio,
  checkHighSkillWageGrowth,
  checkTwoLowerThan,
  distributePerformancePay,
  evaluatePosts,
  mentorAllowance,
  nightShiftShare,
  PaycalcError,
  shareExcessProfit,
  simulatePayPath,
  simulateTeamWageBill,
  skillAllowanceCost,
  teamLeaderAllowanceByCategory,
  teamLeaderAllowanceByHeadcount,
} from '@skillpay/paycalc';
import { type FieldProblem } from '../../common/errors/app.exception';
// the texts of the codes below (errors.paycalc_*) and of the calculators' input fields
import './paycalc.messages';

/**
 * Runs a calculator of the toolkit on a plan's input with libs/paycalc — the one authority on every
 * figure — and turns bad input into field-level problems under `input.`. Nothing here computes a
 * figure itself: it only routes the input (or each part of a composite input, see CALCULATOR_PARTS)
 * to its paycalc function.
 */

export type CalculatorInput = Record<string, unknown>;
export type CalculatorResult = Record<string, unknown>;

export interface RunOptions {
  /** the enterprise's ownership, when known: decides whether SOE-only checks bind (overrides the input's) */
  stateOwned?: boolean;
  /** the plan's programme's check rules (thresholds, basis); without them the national defaults */
  checkRules?: AppliedCheckRules;
}

/** A check's thresholds and cited basis under the programme's rules (national without a programme). */
const ruleOf = <K extends CheckRuleKey>(options: RunOptions, key: K) =>
  appliedRule(options.checkRules ?? NATIONAL_APPLIED_RULES, key);

// the paycalc functions take typed input; JSON from a request is checked by them field by field
type Run = (input: never, options: RunOptions) => object;

const SINGLE: Record<Exclude<CalculatorKind, CompositeCalculatorKind>, Run> = {
  'pay-table': buildPayTable,
  'post-evaluation': evaluatePosts,
  'profit-sharing': shareExcessProfit,
};

const PARTS: { [K in CompositeCalculatorKind]: Record<(typeof CALCULATOR_PARTS)[K][number], Run> } = {
  'step-movement': { payPath: simulatePayPath, teamWageBill: simulateTeamWageBill },
  'performance-pay': { distribution: distributePerformancePay, auxiliary: auxiliaryPool },
  allowances: {
    skillAllowance: skillAllowanceCost,
    teamLeaderByHeadcount: teamLeaderAllowanceByHeadcount,
    teamLeaderByCategory: teamLeaderAllowanceByCategory,
    mentor: mentorAllowance,
    nightShift: nightShiftShare,
  },
  checks: {
    twoLowerThan: (input, options: RunOptions) =>
      checkTwoLowerThan(input, {
        stateOwned: options.stateOwned,
        source: ruleOf(options, 'twoLowerThan').source,
      }),
    highSkillWageGrowth: (input, options: RunOptions) =>
      checkHighSkillWageGrowth(input, {
        stateOwned: options.stateOwned,
        source: ruleOf(options, 'highSkillWageGrowth').source,
      }),
    educationFund: (input, options: RunOptions) => {
      const { rule, source } = ruleOf(options, 'educationFund');
      return checkEducationFund(input, {
        minShareOfWageBill: rule.minShareOfWageBill,
        minFrontLineShare: rule.minFrontLineShare,
        source,
      });
    },
    fixedVariableRatio: (input, options: RunOptions) => {
      const { rule, source } = ruleOf(options, 'fixedVariableRatio');
      return checkFixedVariableRatio(input, { referenceFixedShare: rule.referenceFixedShare, source });
    },
  },
};

/** Keys a composite input may carry besides its parts. */
const EXTRA_KEYS: Partial<Record<CompositeCalculatorKind, readonly string[]>> = { checks: ['stateOwned'] };

/** Bad calculator input, as the field problems of a 400 (paths under `input.`, zh-CN/en messages). */
export class CalculatorInputError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.code}`).join('; '));
    this.name = 'CalculatorInputError';
  }
}

/** `keyPoints[2].ratio` (paycalc's path) → `input.keyPoints.2.ratio` (the API's field paths). */
export function inputField(path: string, part?: string): string {
  const dotted = path.replace(/\[(\d+)\]/g, '.$1');
  return ['input', part, dotted].filter(Boolean).join('.');
}

function paycalcProblem(error: PaycalcError, part?: string): FieldProblem {
  const value = typeof error.value === 'object' ? null : String(error.value);
  return {
    field: inputField(error.field, part),
    code: `errors.paycalc_${error.code.replace(/-/g, '_')}`,
    params: { value, limit: error.limit ?? null },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One paycalc call; an input of the wrong shape (a list where an object belongs …) is a 400 too, never a 500. */
function call(run: Run, input: unknown, options: RunOptions, part?: string): object {
  if (!isPlainObject(input)) {
    throw new CalculatorInputError([{ field: inputField('', part), code: 'errors.paycalc_malformed' }]);
  }
  try {
    return run(input as never, options);
  } catch (error) {
    if (error instanceof PaycalcError) throw new CalculatorInputError([paycalcProblem(error, part)]);
    if (error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError) {
      throw new CalculatorInputError([{ field: inputField('', part), code: 'errors.paycalc_malformed' }]);
    }
    throw error;
  }
}

function isComposite(kind: CalculatorKind): kind is CompositeCalculatorKind {
  return kind in CALCULATOR_PARTS;
}

/**
 * The calculator's result for an input. A composite input runs every part it carries and reports
 * the problems of all of them at once, so the form can mark every bad field in one go.
 */
export function runCalculator(
  kind: CalculatorKind,
  input: CalculatorInput,
  options: RunOptions = {},
): CalculatorResult {
  if (!isComposite(kind)) return { ...call(SINGLE[kind], input, options) };
  const runs = PARTS[kind] as Record<string, Run>;
  const extra = EXTRA_KEYS[kind] ?? [];
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(input)) {
    if (!(key in runs) && !extra.includes(key)) {
      problems.push({ field: inputField(key), code: 'errors.paycalc_unknown_part' });
    }
  }
  const given = Object.keys(runs).filter((key) => input[key] !== undefined && input[key] !== null);
  if (given.length === 0) {
    problems.push({
      field: 'input',
      code: 'errors.paycalc_no_part',
      params: { parts: CALCULATOR_PARTS[kind].join(', ') },
    });
  }
  let stateOwned = options.stateOwned;
  if (kind === 'checks' && stateOwned === undefined && input.stateOwned !== undefined) {
    if (typeof input.stateOwned !== 'boolean') {
      problems.push({ field: 'input.stateOwned', code: 'validation.isBoolean' });
    } else stateOwned = input.stateOwned;
  }
  const result: CalculatorResult = {};
  for (const key of given) {
    try {
      result[key] = call(runs[key], input[key], { ...options, stateOwned }, key);
    } catch (error) {
      if (!(error instanceof CalculatorInputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new CalculatorInputError(problems);
  return result;
}

/** The input as stored: plain JSON (what paycalc read), with the ownership the checks were run with. */
export function storedInput(
  kind: CalculatorKind,
  input: CalculatorInput,
  options: RunOptions,
): CalculatorInput {
  const copy = JSON.parse(JSON.stringify(input)) as CalculatorInput;
  if (kind === 'checks' && options.stateOwned !== undefined) copy.stateOwned = options.stateOwned;
  return copy;
}
