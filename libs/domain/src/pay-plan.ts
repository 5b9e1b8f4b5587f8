import { type Labels } from './enterprise';

/**
 * Pay plans (薪酬设计方案): a calculator's input and result as an enterprise saves it against its
 * approved pilot application, in versions. The calculators themselves are libs/paycalc's; the API
 * re-runs them on save and export, so what is stored is what paycalc computes, not what a browser
 * sent.
 */

/** The seven calculators of the pay-design toolkit (issue 5), in the order the web lists them. */
export const CALCULATOR_KINDS = [
  'pay-table',
  'step-movement',
  'post-evaluation',
  'performance-pay',
  'allowances',
  'profit-sharing',
  'checks',
] as const;

export type CalculatorKind = (typeof CALCULATOR_KINDS)[number];

export function isCalculatorKind(value: unknown): value is CalculatorKind {
  return typeof value === 'string' && (CALCULATOR_KINDS as readonly string[]).includes(value);
}

export const CALCULATOR_KIND_LABELS: Record<CalculatorKind, Labels> = {
  'pay-table': { 'zh-CN': '岗位工资表', en: 'Post pay table' },
  'step-movement': { 'zh-CN': '晋档模拟', en: 'Step movement' },
  'post-evaluation': { 'zh-CN': '岗位评价（要素计点）', en: 'Post evaluation (point factors)' },
  'performance-pay': { 'zh-CN': '绩效工资分配', en: 'Performance pay distribution' },
  allowances: { 'zh-CN': '津贴测算', en: 'Allowances' },
  'profit-sharing': { 'zh-CN': '超额利润分享', en: 'Excess-profit sharing' },
  checks: { 'zh-CN': '合规检查', en: 'Checks' },
};

/**
 * Calculators whose input combines several libs/paycalc functions: the input is an object with one
 * key per part (each holding that function's input), at least one of them given. The others take
 * their function's input as it is: `pay-table` → `buildPayTable`, `post-evaluation` →
 * `evaluatePosts`, `profit-sharing` → `shareExcessProfit`. The result has the same keys.
 */
export const CALCULATOR_PARTS = {
  /** simulatePayPath, simulateTeamWageBill */
  'step-movement': ['payPath', 'teamWageBill'],
  /** distributePerformancePay, auxiliaryPool */
  'performance-pay': ['distribution', 'auxiliary'],
  /** skillAllowanceCost, teamLeaderAllowanceByHeadcount / …ByCategory, mentorAllowance, nightShiftShare */
  allowances: ['skillAllowance', 'teamLeaderByHeadcount', 'teamLeaderByCategory', 'mentor', 'nightShift'],
  /**
   * checkTwoLowerThan, checkHighSkillWageGrowth, checkEducationFund, checkFixedVariableRatio; the
   * input may also carry `stateOwned` (boolean, default true) for the rules that bind SOEs only —
   * on save the API takes it from the enterprise's ownership instead.
   */
  checks: ['twoLowerThan', 'highSkillWageGrowth', 'educationFund', 'fixedVariableRatio'],
} as const satisfies Partial<Record<CalculatorKind, readonly string[]>>;

export type CompositeCalculatorKind = keyof typeof CALCULATOR_PARTS;

/** Limits of a saved plan. */
export const PAY_PLAN_LIMITS = {
  titleMaxLength: 100,
  noteMaxLength: 500,
} as const;
