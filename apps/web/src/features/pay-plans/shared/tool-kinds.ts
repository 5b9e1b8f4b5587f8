import { CALCULATOR_KINDS, type CalculatorKind } from '@skillpay/domain';
import { CALCULATOR_SOURCES, SOURCES, type SourceArticle } from '@skillpay/paycalc';

/** The article each calculator mainly rests on, shown on its card in the tools index. */
export const TOOL_SOURCES: Record<CalculatorKind, SourceArticle> = {
  'pay-table': CALCULATOR_SOURCES.payTableConstruction,
  'step-movement': CALCULATOR_SOURCES.stepMovement,
  'post-evaluation': CALCULATOR_SOURCES.pointFactorEvaluation,
  'performance-pay': CALCULATOR_SOURCES.performancePayFormulas,
  allowances: CALCULATOR_SOURCES.skillAllowance,
  'profit-sharing': CALCULATOR_SOURCES.excessProfitSharing,
  // the national rule: other cities' checks are offered as their examples inside the tool
  checks: SOURCES.highSkillWageGrowth,
};

/** The calculators in the order the index lists them, each under /pay-tools/<kind>. */
export const TOOL_KINDS: readonly CalculatorKind[] = CALCULATOR_KINDS;

export function toolPath(kind: CalculatorKind): string {
  return `/pay-tools/${kind}`;
}
