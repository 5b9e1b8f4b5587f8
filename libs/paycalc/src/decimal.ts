import { PaycalcError } from './errors';

/**
 * Exact decimal arithmetic for money and ratios. Inputs (numbers or decimal strings, as forms and
 * JSON carry them) become bigints scaled by 10^6, so sums, products and comparisons are exact: a
 * growth of exactly 8.7 % is equal to another of 8.7 %, never 8.699999 %. Divisions round half
 * away from zero, once, where a figure is shown.
 */
export type DecimalInput = number | string;

/** A value scaled by 10^SCALE_DIGITS. */
export type Scaled = bigint;

export const SCALE_DIGITS = 6;
export const ONE: Scaled = 10n ** BigInt(SCALE_DIGITS);
/** 10^15: far above any wage bill in 元, far below where doubles lose cents. */
const MAX_ABS: Scaled = 10n ** 15n * ONE;
const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

export interface DecimalOptions {
  /** refuse values below zero (headcounts, wage bills) */
  nonNegative?: boolean;
}

/**
 * Parses a finite decimal with at most six places into a scaled bigint, or throws a PaycalcError
 * naming the field.
 */
export function toScaled(value: DecimalInput, field: string, options: DecimalOptions = {}): Scaled {
  // input may come straight from a JSON body: a left-out or non-scalar value is named, not a crash
  if (value === null || value === undefined) throw new PaycalcError('missing', field, value);
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new PaycalcError('not-a-number', field, value);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new PaycalcError('not-a-number', field, value);
  }
  const text =
    typeof value === 'number'
      ? // String() gives the shortest exact form; only tiny or huge numbers use an exponent
        String(value).includes('e')
        ? value.toFixed(SCALE_DIGITS)
        : String(value)
      : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new PaycalcError('not-a-number', field, value);
  const [, sign, integer, fraction = ''] = match;
  // more places than the arithmetic keeps would have to be rounded here and again when shown
  if (fraction.length > SCALE_DIGITS) throw new PaycalcError('too-many-decimals', field, value);
  const scaled = BigInt(integer) * ONE + BigInt(fraction.padEnd(SCALE_DIGITS, '0'));
  if (scaled > MAX_ABS) throw new PaycalcError('out-of-range', field, value);
  const signed = sign === '-' ? -scaled : scaled;
  if (options.nonNegative && signed < 0n) throw new PaycalcError('negative', field, value);
  return signed;
}

/** Like toScaled, but null for a missing value (null, undefined or an empty string). */
export function toScaledOrNull(
  value: DecimalInput | null | undefined,
  field: string,
  options: DecimalOptions = {},
): Scaled | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return null;
  }
  return toScaled(value, field, options);
}

/** n ÷ d rounded half away from zero. */
export function divideRounded(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) return divideRounded(-n, -d);
  const quotient = n / d;
  const remainder = n % d;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  if (twice >= d) return quotient + (n < 0n ? -1n : 1n);
  return quotient;
}

/** a ÷ b as a scaled value (b ≠ 0). */
export function quotient(a: Scaled, b: Scaled): Scaled {
  return divideRounded(a * ONE, b);
}

/** part as a percentage of whole, scaled (whole ≠ 0). */
export function percentOf(part: Scaled, whole: Scaled): Scaled {
  return divideRounded(part * 100n * ONE, whole);
}

/** Growth from previous to current in percent, scaled (previous ≠ 0). */
export function growthPercent(current: Scaled, previous: Scaled): Scaled {
  return divideRounded((current - previous) * 100n * ONE, previous);
}

/**
 * Compares the growth (current ÷ previous) of two series exactly, for positive previous values:
 * a1/a0 − b1/b0 has the sign of a1·b0 − b1·a0. Returns −1, 0 or 1.
 */
export function compareGrowth(
  a: { current: Scaled; previous: Scaled },
  b: { current: Scaled; previous: Scaled },
): -1 | 0 | 1 {
  const left = a.current * b.previous;
  const right = b.current * a.previous;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** part ÷ whole compared with percent ÷ 100, exactly (whole > 0): −1, 0 or 1. */
export function compareShare(part: Scaled, whole: Scaled, percent: Scaled): -1 | 0 | 1 {
  const left = part * 100n * ONE;
  const right = percent * whole;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A scaled value as a decimal string with `decimals` places, rounded half away from zero. */
export function formatScaled(value: Scaled, decimals = 2): string {
  const rounded = divideRounded(value, 10n ** BigInt(SCALE_DIGITS - decimals));
  const negative = rounded < 0n;
  const digits = (negative ? -rounded : rounded).toString().padStart(decimals + 1, '0');
  const integer = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  return `${negative ? '-' : ''}${integer}${fraction}`;
}

/** The scaled value of a whole number or a literal such as '8' or '0.6'. */
export function scaled(literal: string | number): Scaled {
  return toScaled(literal, 'literal');
}

/** n ÷ d rounded toward −∞ (d > 0), for shares that are floored and then topped up. */
export function divideFloor(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divisor must be positive');
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** a × b of two scaled values, rounded half away from zero to the scale. */
export function multiply(a: Scaled, b: Scaled): Scaled {
  return divideRounded(a * b, ONE);
}

/** A scaled value rounded half away from zero to `decimals` places (0–6), still scaled. */
export function roundTo(value: Scaled, decimals: number): Scaled {
  const unit = 10n ** BigInt(SCALE_DIGITS - decimals);
  return divideRounded(value, unit) * unit;
}

/** Whether a scaled value has no more than `decimals` places. */
export function hasAtMostDecimals(value: Scaled, decimals: number): boolean {
  return value % 10n ** BigInt(SCALE_DIGITS - decimals) === 0n;
}

/** ⌊x^(1/n)⌋ for x ≥ 0, by Newton's method on bigints. */
export function integerRoot(x: bigint, n: number): bigint {
  if (x < 0n || n < 1) throw new RangeError('integerRoot needs x ≥ 0 and n ≥ 1');
  if (x < 2n || n === 1) return x;
  const k = BigInt(n);
  // start above the root: 2^(⌈bits / n⌉) ≥ x^(1/n)
  let guess = 1n << BigInt(Math.ceil(x.toString(2).length / n));
  for (;;) {
    const next = ((k - 1n) * guess + x / guess ** (k - 1n)) / k;
    if (next >= guess) return guess;
    guess = next;
  }
}

/**
 * (x ÷ 10^(shift·n))^(1/n) rounded half up, for x ≥ 0: the n-th root of a value scaled n times,
 * brought down `shift` digits, decided exactly — r + ½ is compared as (2r + 1)^n ≤ 2^n · x.
 */
export function rootRounded(x: bigint, n: number, shift: number): bigint {
  const k = BigInt(n);
  const divisor = 10n ** (BigInt(shift) * k);
  const floor = integerRoot(x / divisor, n);
  return (2n * floor + 1n) ** k * divisor <= 2n ** k * x ? floor + 1n : floor;
}

/** A scaled value with as many places as it has (at most six), e.g. '1.5', '300'. */
export function formatTrimmed(value: Scaled): string {
  const text = formatScaled(value, SCALE_DIGITS);
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

/** The real number n ÷ d (d ≠ 0) as a scaled value rounded half away from zero to `decimals` places, once. */
export function fractionTo(n: bigint, d: bigint, decimals: number): Scaled {
  return divideRounded(n * 10n ** BigInt(decimals), d) * 10n ** BigInt(SCALE_DIGITS - decimals);
}
