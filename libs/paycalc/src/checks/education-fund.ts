import { compareShare, type DecimalInput, formatScaled, percentOf, scaled, toScaledOrNull } from '../decimal';
import { citedSource, NATIONAL_CHECK_RULES } from './check-rules';
import {
  type CheckCondition,
  type CitedSource,
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

export interface EducationFundOptions {
  /** minimum share of the wage bill, percent; Lüliang 二(二)2's 8 by default */
  minShareOfWageBill?: string;
  /** minimum share of the fund for front-line staff, percent; Lüliang's 60 by default */
  minFrontLineShare?: string;
  /** the basis the programme's rule cites; by default Lüliang's text, as Lüliang's example */
  source?: CitedSource;
}

/**
 * The education-fund rule (Lüliang 二(二)2, thresholds as the programme sets them). Exactly the
 * minimum passes ("足额", "以上").
 */
export function checkEducationFund(
  input: EducationFundInput,
  options: EducationFundOptions = {},
): CheckResult {
  const rule = NATIONAL_CHECK_RULES.educationFund;
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
      options.minShareOfWageBill ?? rule.minShareOfWageBill,
      fund,
      wageBill,
      'wageBill',
    ),
    share(
      'frontLineAtLeastShareOfFund',
      'frontLineShare',
      options.minFrontLineShare ?? rule.minFrontLineShare,
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
    source: options.source ?? citedSource(rule.basis, null),
  };
}
