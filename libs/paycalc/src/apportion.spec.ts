import fc from 'fast-check';
import { apportionCents, CENT } from './apportion';
import { formatScaled, scaled } from './decimal';
import { PaycalcError } from './errors';

const yuan = (values: bigint[]) => values.map((value) => formatScaled(value, 2));

describe('largest-remainder rounding to the cent', () => {
  it('gives the left-over cents to the largest remainders, ties to the earlier entry', () => {
    // 100.00 in thirds: 33.33 each and one cent left, to the first
    expect(yuan(apportionCents(scaled(100), [1n, 1n, 1n], 'x'))).toEqual(['33.34', '33.33', '33.33']);
    // 1.00 by 1 : 2 : 4 is 14.29 / 28.57 / 57.14 cents; floors 14 + 28 + 57 = 99; remainders 2/7, 4/7, 1/7: the second
    expect(yuan(apportionCents(scaled(1), [1n, 2n, 4n], 'x'))).toEqual(['0.14', '0.29', '0.57']);
    // seven people share 1.00: two get 0.15
    expect(yuan(apportionCents(scaled(1), Array(7).fill(1n), 'x'))).toEqual([
      '0.15',
      '0.15',
      '0.14',
      '0.14',
      '0.14',
      '0.14',
      '0.14',
    ]);
    // a weight of zero never gets a cent
    expect(yuan(apportionCents(scaled('0.02'), [1n, 0n, 1n, 1n], 'x'))).toEqual([
      '0.01',
      '0.00',
      '0.01',
      '0.00',
    ]);
    expect(yuan(apportionCents(0n, [0n, 0n], 'x'))).toEqual(['0.00', '0.00']);
  });

  it('refuses a pool above zero with nothing to share it by, and sub-cent pools', () => {
    expect(() => apportionCents(scaled(5), [0n, 0n], 'members')).toThrow(
      expect.objectContaining({ code: 'zero-total', field: 'members' }) as PaycalcError,
    );
    expect(() => apportionCents(scaled('0.001'), [1n], 'pool')).toThrow(PaycalcError);
  });

  it('always adds up to the pool, each part within a cent of its exact share (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 11n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 60 }),
        (cents, weights) => {
          fc.pre(cents === 0n || weights.some((weight) => weight > 0n));
          const parts = apportionCents(cents * CENT, weights, 'x');
          expect(parts.reduce((sum, part) => sum + part, 0n)).toBe(cents * CENT);
          const total = weights.reduce((sum, weight) => sum + weight, 0n);
          parts.forEach((part, i) => {
            const partCents = part / CENT;
            // |part − cents × w / total| < 1 cent
            const difference = partCents * total - cents * weights[i];
            expect(difference < total && difference > -total).toBe(true);
            if (weights[i] === 0n) expect(partCents).toBe(0n);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
