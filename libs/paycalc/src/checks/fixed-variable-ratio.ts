import { type DecimalInput, formatScaled, percentOf, scaled, toScaledOrNull } from '../decimal';
import { citedSource, NATIONAL_CHECK_RULES } from './check-rules';
import {
  type CheckFigure,
  type CitedSource,
  type CheckResult,
  CheckId,
  CheckOutcome,
  type Insufficiency,
} from './check-result';

export interface FixedVariableInput {
  /** skilled staff's fixed pay this year, 万元 */
  fixedPay: DecimalInput | null | undefined;
  /** their variable (performance) pay, 万元 */
  variablePay: DecimalInput | null | undefined;
}

export interface FixedVariableOptions {
  /** the reference share of fixed pay, percent; case B's 40 by default */
  referenceFixedShare?: string;
  /** the basis the programme's rule cites; by default case B, as Qujing's example */
  source?: CitedSource;
}

/**
 * The fixed : variable split of skilled staff's pay beside case B's 4 : 6. No rule sets a ratio,
 * so the result is information, not a pass or a fail.
 */
export function checkFixedVariableRatio(
  input: FixedVariableInput,
  options: FixedVariableOptions = {},
): CheckResult {
  const rule = NATIONAL_CHECK_RULES.fixedVariableRatio;
  const referenceFixed = scaled(options.referenceFixedShare ?? rule.referenceFixedShare);
  const fixed = toScaledOrNull(input.fixedPay, 'fixedPay', { nonNegative: true });
  const variable = toScaledOrNull(input.variablePay, 'variablePay', { nonNegative: true });
  const figures: CheckFigure[] = [];
  const insufficient: Insufficiency[] = [];
  if (fixed === null) insufficient.push({ field: 'fixedPay', code: 'missing' });
  else figures.push({ key: 'fixedPay', value: formatScaled(fixed), unit: 'ten-thousand-yuan' });
  if (variable === null) insufficient.push({ field: 'variablePay', code: 'missing' });
  else figures.push({ key: 'variablePay', value: formatScaled(variable), unit: 'ten-thousand-yuan' });
  if (fixed !== null && variable !== null) {
    const total = fixed + variable;
    if (total === 0n) insufficient.push({ field: 'fixedPay', code: 'zero-total' });
    else {
      const fixedShare = percentOf(fixed, total);
      figures.push(
        { key: 'fixedShare', value: formatScaled(fixedShare), unit: 'percent' },
        // the complement, so the two shown shares always add up to 100.00
        { key: 'variableShare', value: formatScaled(scaled(100) - fixedShare), unit: 'percent' },
      );
    }
  }
  figures.push(
    { key: 'referenceFixedShare', value: formatScaled(referenceFixed), unit: 'percent' },
    { key: 'referenceVariableShare', value: formatScaled(scaled(100) - referenceFixed), unit: 'percent' },
  );
  return {
    check: CheckId.FixedVariableRatio,
    result: insufficient.length > 0 ? CheckOutcome.InsufficientData : CheckOutcome.Info,
    conditions: [],
    figures,
    insufficient,
    binding: false,
    source: options.source ?? citedSource(rule.basis, null),
  };
}
