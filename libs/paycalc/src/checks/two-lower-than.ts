import { citedSource, NATIONAL_CHECK_RULES } from './check-rules';
import { type CheckResult, CheckId, type CitedSource, combine } from './check-result';
import { growthCondition, parseSeries, type YearPair } from './series';

export interface TwoLowerThanInput {
  /** 薪酬总额, 万元 */
  wageBill: YearPair;
  /** 经济效益 (profit), 万元; may be negative */
  economicBenefit: YearPair;
  /** 员工平均薪酬, 元 per person and year */
  averagePay: YearPair;
  /** 劳动生产率, 万元 per person */
  labourProductivity: YearPair;
}

export interface CheckOptions {
  /** SOE rules bind state-owned enterprises; for others the result is advice. Default true. */
  stateOwned?: boolean;
  /** the basis the programme's rule cites; by default the rule's own text */
  source?: CitedSource;
}

/**
 * "两个低于" (Qujing art. 5, state-owned enterprises; a programme adopts it as a setting): the wage bill grows less than the economic
 * benefit, and average pay less than labour productivity. Strictly less: equal growth fails.
 */
export function checkTwoLowerThan(input: TwoLowerThanInput, options: CheckOptions = {}): CheckResult {
  const wageBill = parseSeries('wageBill', input.wageBill, 'ten-thousand-yuan');
  const benefit = parseSeries('economicBenefit', input.economicBenefit, 'ten-thousand-yuan', {
    mayBeNegative: true,
  });
  const averagePay = parseSeries('averagePay', input.averagePay, 'yuan');
  const productivity = parseSeries(
    'labourProductivity',
    input.labourProductivity,
    'ten-thousand-yuan-per-person',
  );
  const conditions = [
    growthCondition('wageBillBelowBenefit', wageBill, '<', benefit),
    growthCondition('averagePayBelowProductivity', averagePay, '<', productivity),
  ];
  const parts = [wageBill, benefit, averagePay, productivity];
  return {
    check: CheckId.TwoLowerThan,
    result: combine(conditions),
    conditions,
    figures: parts.flatMap((part) => part.figures),
    insufficient: parts.flatMap((part) => part.insufficient),
    binding: options.stateOwned ?? true,
    // without a programme, Qujing art. 5 is cited as Qujing's example
    source: options.source ?? citedSource(NATIONAL_CHECK_RULES.twoLowerThan.basis, null),
  };
}
