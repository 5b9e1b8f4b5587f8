import { type DecimalInput, formatScaled, percentOf, scaled, toScaledOrNull } from '../decimal';
import { SOURCES } from '../sources';
import {
  type CheckFigure,
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

/** Case B's reference split of fixed : variable pay (about 4 : 6). */
export const REFERENCE_FIXED_SHARE = '40';
export const REFERENCE_VARIABLE_SHARE = '60';

/**
 * The fixed : variable split of skilled staff's pay beside case B's 4 : 6. No rule sets a ratio,
 * so the result is information, not a pass or a fail.
 */
export function checkFixedVariableRatio(input: FixedVariableInput): CheckResult {
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
    { key: 'referenceFixedShare', value: formatScaled(scaled(REFERENCE_FIXED_SHARE)), unit: 'percent' },
    { key: 'referenceVariableShare', value: formatScaled(scaled(REFERENCE_VARIABLE_SHARE)), unit: 'percent' },
  );
  return {
    check: CheckId.FixedVariableRatio,
    result: insufficient.length > 0 ? CheckOutcome.InsufficientData : CheckOutcome.Info,
    conditions: [],
    figures,
    insufficient,
    binding: false,
    source: SOURCES.fixedVariableRatio,
  };
}
