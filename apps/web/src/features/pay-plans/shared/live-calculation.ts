import { PaycalcError } from '@skillpay/paycalc';

/**
 * Running a libs/paycalc calculator on what a form holds now. The forms keep the calculators'
 * input shape wherever they can, so a PaycalcError's `field` (`keyPoints[2].ratio`) names the form
 * field (`keyPoints.2.ratio`); where a form differs, its values module translates the path.
 */
export type Live<R> = { result: R; error: null } | { result: null; error: PaycalcError };

/** The calculator's result, or the PaycalcError of the first bad input (anything else is a bug and rethrown). */
export function calculate<R>(compute: () => R): Live<R> {
  try {
    return { result: compute(), error: null };
  } catch (error) {
    if (error instanceof PaycalcError) return { result: null, error };
    throw error;
  }
}

/** `departments[1].members[0].measure` → `departments.1.members.0.measure`, a form field's joined name path. */
export function formPathOf(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** A form field's value as paycalc reads it: an empty field is '' (reported as missing), never undefined. */
export function decimalOf(value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim();
  return '';
}
