import { divideFloor, type Scaled } from './decimal';
import { PaycalcError } from './errors';

/** 1 分 as a scaled value: money is shared out in whole cents. */
export const CENT: Scaled = 10n ** 4n;

/**
 * Shares `total` (元, whole cents) out in proportion to `weights` (≥ 0), in whole cents that add
 * up to `total` exactly — the largest-remainder (Hamilton) rule: each part is first rounded down to
 * the cent; the cents left over go one each to the parts with the largest remainders; equal
 * remainders go to the earlier entry in the input's order. A part is therefore never more than one
 * cent from its exact share, a weight of zero always gets 0.00, and the result does not depend on
 * anything but the input.
 */
export function apportionCents(total: Scaled, weights: readonly Scaled[], field: string): Scaled[] {
  if (total % CENT !== 0n) throw new PaycalcError('too-many-decimals', field, total, 2);
  const cents = total / CENT;
  const sum = weights.reduce((acc, weight) => acc + weight, 0n);
  if (sum === 0n) {
    if (cents === 0n) return weights.map(() => 0n);
    throw new PaycalcError('zero-total', field, 0);
  }
  const floors = weights.map((weight) => divideFloor(cents * weight, sum));
  const remainders = weights.map((weight, index) => cents * weight - floors[index] * sum);
  let left = cents - floors.reduce((acc, part) => acc + part, 0n);
  const order = weights
    .map((_, index) => index)
    .sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : a - b));
  for (const index of order) {
    if (left === 0n) break;
    floors[index] += 1n;
    left -= 1n;
  }
  return floors.map((part) => part * CENT);
}
