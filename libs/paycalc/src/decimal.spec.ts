import fc from 'fast-check';
import {
  compareGrowth,
  divideFloor,
  divideRounded,
  formatScaled,
  formatTrimmed,
  fractionTo,
  integerRoot,
  rootRounded,
  growthPercent,
  percentOf,
  scaled,
  toScaled,
  toScaledOrNull,
} from './decimal';
import { PaycalcError } from './errors';

describe('exact decimals', () => {
  it('reads numbers and decimal strings exactly', () => {
    expect(toScaled(0.1, 'x') + toScaled(0.2, 'x')).toBe(toScaled('0.3', 'x'));
    expect(formatScaled(toScaled('12345.67', 'x'))).toBe('12345.67');
    expect(formatScaled(toScaled(-0.5, 'x'))).toBe('-0.50');
    expect(formatScaled(toScaled(1e-7, 'x'), 6)).toBe('0.000000');
    expect(toScaledOrNull(null, 'x')).toBeNull();
    expect(toScaledOrNull('  ', 'x')).toBeNull();
  });

  it('names a left-out or non-scalar value (as a JSON body may carry) instead of crashing', () => {
    const codeOf = (value: unknown) => {
      try {
        toScaled(value as never, 'pool');
      } catch (error) {
        return error instanceof PaycalcError ? `${error.code} ${error.field}` : 'crash';
      }
      return 'accepted';
    };
    expect(codeOf(undefined)).toBe('missing pool');
    expect(codeOf(null)).toBe('missing pool');
    expect(codeOf({ amount: 1 })).toBe('not-a-number pool');
    expect(codeOf(true)).toBe('not-a-number pool');
  });

  it('rounds half away from zero, once, when a figure is shown', () => {
    expect(formatScaled(scaled('2.345'))).toBe('2.35');
    expect(formatScaled(scaled('-2.345'))).toBe('-2.35');
    expect(formatScaled(scaled('2.344999'))).toBe('2.34');
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(5n, -2n)).toBe(-3n);
    expect(formatScaled(percentOf(scaled(1), scaled(3)))).toBe('33.33');
    expect(formatScaled(growthPercent(scaled(99_400), scaled(94_850)))).toBe('4.80');
  });

  it('compares growth rates exactly where doubles do not (3 → 3.3 and 1 → 1.1 both grow 10 %)', () => {
    // in doubles (3.3 − 3) / 3 = 0.09999999999999994 and (1.1 − 1) / 1 = 0.10000000000000009
    expect(
      compareGrowth(
        { current: scaled('3.3'), previous: scaled(3) },
        { current: scaled('1.1'), previous: scaled(1) },
      ),
    ).toBe(0);
    expect(
      compareGrowth(
        { current: scaled(110), previous: scaled(100) },
        { current: scaled(111), previous: scaled(100) },
      ),
    ).toBe(-1);
  });

  it('refuses what is not a finite decimal with an error naming the field', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '12,5', 'abc', '1e3', '']) {
      expect(() => toScaled(value, 'wageBill')).toThrow(PaycalcError);
    }
    expect(() => toScaled(-1, 'wageBill', { nonNegative: true })).toThrow(
      expect.objectContaining({ code: 'negative', field: 'wageBill' }),
    );
    expect(() => toScaled(1e16, 'wageBill')).toThrow(expect.objectContaining({ code: 'out-of-range' }));
    // more places than the arithmetic keeps would be rounded twice: refused instead
    expect(() => toScaled('2.3449999', 'averagePay')).toThrow(
      expect.objectContaining({ code: 'too-many-decimals' }),
    );
  });

  it('takes exact integer roots and rounds a root once, deciding halves exactly', () => {
    expect([
      integerRoot(27n, 3),
      integerRoot(26n, 3),
      integerRoot(0n, 5),
      integerRoot(10n ** 40n, 4),
    ]).toEqual([3n, 2n, 0n, 10n ** 10n]);
    // √6.25 = 2.5 exactly: half rounds up; √6.24 = 2.498 rounds down
    expect(rootRounded(625n, 2, 1)).toBe(3n);
    expect(rootRounded(624n, 2, 1)).toBe(2n);
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 60n }), fc.integer({ min: 1, max: 30 }), (x, n) => {
        const r = integerRoot(x, n);
        const k = BigInt(n);
        expect(r ** k <= x && (r + 1n) ** k > x).toBe(true);
      }),
    );
  });

  it('divides to a number of places once, floors toward −∞ and trims trailing zeros', () => {
    expect(formatScaled(fractionTo(2n, 3n, 2), 2)).toBe('0.67');
    expect(formatScaled(fractionTo(-1n, 8n, 2), 2)).toBe('-0.13');
    expect([divideFloor(7n, 2n), divideFloor(-7n, 2n), divideFloor(-6n, 2n)]).toEqual([3n, -4n, -3n]);
    expect([
      formatTrimmed(scaled('23.450')),
      formatTrimmed(scaled(2000)),
      formatTrimmed(scaled('0.000001')),
    ]).toEqual(['23.45', '2000', '0.000001']);
  });
});
