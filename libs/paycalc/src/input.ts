import { type DecimalInput, hasAtMostDecimals, type Scaled, scaled, toScaled } from './decimal';
import { PaycalcError } from './errors';

/**
 * Reading calculator input: every rule a form field has, with the field's path in the error, so
 * the web marks the field and the API answers 400 with the same words.
 */

export interface IntegerBounds {
  min?: number;
  max?: number;
}

/** A whole number (a headcount, a step, a year count) within bounds. */
export function toInteger(value: DecimalInput, field: string, bounds: IntegerBounds = {}): number {
  const exact = toScaled(value, field);
  if (!hasAtMostDecimals(exact, 0)) throw new PaycalcError('not-an-integer', field, value);
  const whole = Number(exact / scaled(1));
  if (bounds.min !== undefined && whole < bounds.min) {
    // a negative headcount or step is named as such, whatever the lower bound
    throw new PaycalcError(
      whole < 0 && bounds.min >= 0 ? 'negative' : 'out-of-range',
      field,
      value,
      bounds.min,
    );
  }
  if (bounds.max !== undefined && whole > bounds.max) {
    throw new PaycalcError('out-of-range', field, value, bounds.max);
  }
  return whole;
}

/** A headcount: a whole number, zero or more. */
export function toHeadcount(value: DecimalInput, field: string): number {
  return toInteger(value, field, { min: 0 });
}

/** A non-negative amount of money in 元 with at most two places (whole 分). */
export function toMoney(value: DecimalInput, field: string): Scaled {
  const amount = toScaled(value, field, { nonNegative: true });
  if (!hasAtMostDecimals(amount, 2)) throw new PaycalcError('too-many-decimals', field, value, 2);
  return amount;
}

/** A value above zero (a point value, a base amount). */
export function toPositive(value: DecimalInput, field: string): Scaled {
  const parsed = toScaled(value, field, { nonNegative: true });
  if (parsed === 0n) throw new PaycalcError('not-positive', field, value);
  return parsed;
}

/** A non-negative value, e.g. a weight or a coefficient that may be zero. */
export function toNonNegative(value: DecimalInput, field: string): Scaled {
  return toScaled(value, field, { nonNegative: true });
}

/** A list with at least one and at most `max` entries. */
export function requireList<T>(
  list: readonly T[] | null | undefined,
  field: string,
  max: number,
): readonly T[] {
  if (!Array.isArray(list) || list.length === 0) throw new PaycalcError('empty', field, list);
  if (list.length > max) throw new PaycalcError('too-many', field, list.length, max);
  return list;
}

/** Keys that identify list entries (grades, departments, factors) must be non-empty and unique. */
export function requireUniqueKeys(keys: readonly string[], field: (index: number) => string): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (typeof key !== 'string' || key.trim() === '') throw new PaycalcError('missing', field(index), key);
    if (seen.has(key)) throw new PaycalcError('duplicate', field(index), key);
    seen.add(key);
  });
}

/** Percentages that must add up to exactly 100 (weights, a rating distribution). */
export function requireHundredPercent(values: readonly Scaled[], field: string): void {
  const total = values.reduce((sum, value) => sum + value, 0n);
  if (total !== scaled(100)) throw new PaycalcError('not-100-percent', field, total, 100);
}
