import { compareShare, type DecimalInput, formatScaled, percentOf, scaled, toScaledOrNull } from '../decimal';
import { SOURCES } from '../sources';
import {
  type CheckCondition,
  type CheckFigure,
  type CheckResult,
  CheckId,
  CheckOutcome,
  combine,
  type Insufficiency,
} from './check-result';

export interface EducationFundInput {
  /** 工资总额 this year, 万元 */
  wageBill: DecimalInput | null | undefined;
  /** 职工教育经费 extracted this year, 万元 */
  educationFund: DecimalInput | null | undefined;
  /** the part spent on front-line staff, 万元 */
  educationFundFrontLine: DecimalInput | null | undefined;
}

/** Lüliang 二(二)2: at least 8 % of the wage bill, at least 60 % of that for front-line staff. */
export const EDUCATION_FUND_MIN_SHARE = '8';
export const FRONT_LINE_MIN_SHARE = '60';

/** The education-fund rule (Lüliang 二(二)2). Exactly 8 % and exactly 60 % pass ("足额", "以上"). */
export function checkEducationFund(input: EducationFundInput): CheckResult {
  const wageBill = toScaledOrNull(input.wageBill, 'wageBill', { nonNegative: true });
  const fund = toScaledOrNull(input.educationFund, 'educationFund', { nonNegative: true });
  const frontLine = toScaledOrNull(input.educationFundFrontLine, 'educationFundFrontLine', {
    nonNegative: true,
  });
  const figures: CheckFigure[] = [];
  const insufficient: Insufficiency[] = [];
  const given = (field: string, value: bigint | null) => {
    if (value === null) insufficient.push({ field, code: 'missing' });
    else figures.push({ key: field, value: formatScaled(value), unit: 'ten-thousand-yuan' });
  };
  given('wageBill', wageBill);
  given('educationFund', fund);
  given('educationFundFrontLine', frontLine);

  const share = (
    key: string,
    figure: string,
    threshold: string,
    part: bigint | null,
    whole: bigint | null,
    wholeField: string,
  ): CheckCondition => {
    const condition = { key, left: figure, operator: '>=' as const, right: `${figure}Min` };
    // each share is shown next to its required minimum
    const minimum = { key: `${figure}Min`, value: formatScaled(scaled(threshold)), unit: 'percent' as const };
    if (part === null || whole === null) {
      figures.push(minimum);
      return { ...condition, outcome: CheckOutcome.InsufficientData };
    }
    if (whole === 0n) {
      figures.push(minimum);
      insufficient.push({ field: wholeField, code: 'zero-total' });
      return { ...condition, outcome: CheckOutcome.InsufficientData };
    }
    figures.push({ key: figure, value: formatScaled(percentOf(part, whole)), unit: 'percent' }, minimum);
    const holds = compareShare(part, whole, scaled(threshold)) >= 0;
    return { ...condition, outcome: holds ? CheckOutcome.Pass : CheckOutcome.Fail };
  };
  const conditions = [
    share(
      'fundAtLeastShareOfWageBill',
      'educationFundShare',
      EDUCATION_FUND_MIN_SHARE,
      fund,
      wageBill,
      'wageBill',
    ),
    share(
      'frontLineAtLeastShareOfFund',
      'frontLineShare',
      FRONT_LINE_MIN_SHARE,
      frontLine,
      fund,
      'educationFund',
    ),
  ];
  return {
    check: CheckId.EducationFund,
    result: combine(conditions),
    conditions,
    figures,
    insufficient,
    binding: true,
    source: SOURCES.educationFund,
  };
}
