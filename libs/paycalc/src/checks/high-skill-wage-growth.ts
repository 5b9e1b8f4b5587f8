import { type DecimalInput, divideRounded, formatScaled, type Scaled, toScaledOrNull } from '../decimal';
import { citedSource, NATIONAL_CHECK_RULES } from './check-rules';
import { type CheckResult, CheckId, combine, type Insufficiency } from './check-result';
import { growthCondition, parseSeries, type YearPair } from './series';
import { type CheckOptions } from './two-lower-than';

export interface HighSkillWageGrowthInput {
  /** 高技能人才人均工资, 元 per person and year */
  highSkillAveragePay: YearPair;
  /** 管理人员人均工资, 元 per person and year */
  managementAveragePay: YearPair;
}

/**
 * High-skill talents' average pay grows at least as fast as management staff's (central opinions
 * 四(二), state-owned enterprises). Equal growth passes ("不低于").
 */
export function checkHighSkillWageGrowth(
  input: HighSkillWageGrowthInput,
  options: CheckOptions = {},
): CheckResult {
  const highSkill = parseSeries('highSkillAveragePay', input.highSkillAveragePay, 'yuan');
  const management = parseSeries('managementAveragePay', input.managementAveragePay, 'yuan');
  const conditions = [growthCondition('highSkillNotBelowManagement', highSkill, '>=', management)];
  return {
    check: CheckId.HighSkillWageGrowth,
    result: combine(conditions),
    conditions,
    figures: [...highSkill.figures, ...management.figures],
    insufficient: [...highSkill.insufficient, ...management.insufficient],
    binding: options.stateOwned ?? true,
    source: options.source ?? citedSource(NATIONAL_CHECK_RULES.highSkillWageGrowth.basis, null),
  };
}

export interface GroupPay {
  headcount: DecimalInput | null | undefined;
  averagePay: DecimalInput | null | undefined;
}

/**
 * The average pay of several groups (e.g. the high-skill levels), weighted by headcount, as an
 * exact decimal string; null with the reasons when a figure is missing or nobody is counted.
 */
export function weightedAveragePay(
  groups: readonly GroupPay[],
  field: string,
): { value: string | null; insufficient: Insufficiency[] } {
  let people: Scaled = 0n;
  let pay: Scaled = 0n;
  const insufficient: Insufficiency[] = [];
  groups.forEach((group, index) => {
    const headcount = toScaledOrNull(group.headcount, `${field}[${index}].headcount`, { nonNegative: true });
    const average = toScaledOrNull(group.averagePay, `${field}[${index}].averagePay`, { nonNegative: true });
    if (headcount === null || average === null) {
      insufficient.push({ field, code: 'missing' });
      return;
    }
    people += headcount;
    pay += headcount * average;
  });
  if (insufficient.length > 0) return { value: null, insufficient: insufficient.slice(0, 1) };
  if (people === 0n) return { value: null, insufficient: [{ field, code: 'missing' }] };
  // pay is scaled twice (headcount × average); dividing by people (scaled once) leaves it scaled
  // once, rounded to a millionth of a yuan
  return { value: formatScaled(divideRounded(pay, people), 6), insufficient: [] };
}
