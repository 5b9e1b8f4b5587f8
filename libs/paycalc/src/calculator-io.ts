import { type CalculatorKind } from '@skillpay/domain';
import {
  type MentorAllowance,
  type MentorAllowanceInput,
  type NightShiftInput,
  type NightShiftShare,
  type SkillAllowanceCost,
  type SkillAllowanceInput,
  type TeamLeaderAllowance,
  type TeamLeaderByCategoryInput,
  type TeamLeaderByHeadcountInput,
} from './allowances';
import {
  type CheckResult,
  type EducationFundInput,
  type FixedVariableInput,
  type HighSkillWageGrowthInput,
  type TwoLowerThanInput,
} from './checks';
import { type PayTable, type PayTableInput } from './pay-table';
import {
  type AuxiliaryPool,
  type AuxiliaryPoolInput,
  type PerformancePay,
  type PerformancePayInput,
} from './performance-pay';
import { type PostEvaluation, type PostEvaluationInput } from './post-evaluation';
import { type ProfitSharing, type ProfitSharingInput } from './profit-sharing';
import { type PayPath, type PayPathInput, type TeamWageBill, type TeamWageBillInput } from './step-movement';

/**
 * What each calculator of the pay-design toolkit (libs/domain CALCULATOR_KINDS) takes and returns,
 * as the API stores it with a pay plan. `pay-table`, `post-evaluation` and `profit-sharing` take one
 * function's input as it is; the others combine several functions: one key per part
 * (libs/domain CALCULATOR_PARTS), each holding that function's input, and a result with the same
 * keys. These types are the source of the JSON Schemas in schemas.generated.ts
 * (`npm run generate:schemas -w @skillpay/paycalc`), which the API's OpenAPI document describes.
 */
export interface CalculatorIo {
  'pay-table': { input: PayTableInput; result: PayTable };
  'step-movement': { input: StepMovementCalculatorInput; result: StepMovementCalculatorResult };
  'post-evaluation': { input: PostEvaluationInput; result: PostEvaluation };
  'performance-pay': { input: PerformancePayCalculatorInput; result: PerformancePayCalculatorResult };
  allowances: { input: AllowancesCalculatorInput; result: AllowancesCalculatorResult };
  'profit-sharing': { input: ProfitSharingInput; result: ProfitSharing };
  checks: { input: ChecksCalculatorInput; result: ChecksCalculatorResult };
}

export type CalculatorInputOf<K extends CalculatorKind> = CalculatorIo[K]['input'];
export type CalculatorResultOf<K extends CalculatorKind> = CalculatorIo[K]['result'];

/** `step-movement`: simulatePayPath, simulateTeamWageBill. */
export interface StepMovementCalculatorInput {
  payPath?: PayPathInput;
  teamWageBill?: TeamWageBillInput;
}

export interface StepMovementCalculatorResult {
  payPath?: PayPath;
  teamWageBill?: TeamWageBill;
}

/** `performance-pay`: distributePerformancePay, auxiliaryPool. */
export interface PerformancePayCalculatorInput {
  distribution?: PerformancePayInput;
  auxiliary?: AuxiliaryPoolInput;
}

export interface PerformancePayCalculatorResult {
  distribution?: PerformancePay;
  auxiliary?: AuxiliaryPool;
}

/** `allowances`: skillAllowanceCost, teamLeaderAllowanceByHeadcount / …ByCategory, mentorAllowance, nightShiftShare. */
export interface AllowancesCalculatorInput {
  skillAllowance?: SkillAllowanceInput;
  teamLeaderByHeadcount?: TeamLeaderByHeadcountInput;
  teamLeaderByCategory?: TeamLeaderByCategoryInput;
  mentor?: MentorAllowanceInput;
  nightShift?: NightShiftInput;
}

export interface AllowancesCalculatorResult {
  skillAllowance?: SkillAllowanceCost;
  teamLeaderByHeadcount?: TeamLeaderAllowance;
  teamLeaderByCategory?: TeamLeaderAllowance;
  mentor?: MentorAllowance;
  nightShift?: NightShiftShare;
}

/** `checks`: the check… functions, plus whether the rules that bind SOEs only apply (default true). */
export interface ChecksCalculatorInput {
  twoLowerThan?: TwoLowerThanInput;
  highSkillWageGrowth?: HighSkillWageGrowthInput;
  educationFund?: EducationFundInput;
  fixedVariableRatio?: FixedVariableInput;
  stateOwned?: boolean;
}

export interface ChecksCalculatorResult {
  twoLowerThan?: CheckResult;
  highSkillWageGrowth?: CheckResult;
  educationFund?: CheckResult;
  fixedVariableRatio?: CheckResult;
}
