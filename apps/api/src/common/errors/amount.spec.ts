import { isAmount } from './amount';

describe('isAmount', () => {
  it('takes finite numbers with at most two decimals', () => {
    for (const value of [0, 12, 12.3, 12.34, -5.5, 1_000_000, 0.01]) expect(isAmount(value)).toBe(true);
  });

  it('refuses more decimals, numbers in exponent notation, non-finite numbers and text, without throwing', () => {
    for (const value of [12.345, 1e-7, 5e-324, 1.0000000000000027, NaN, Infinity, '12', null, undefined])
      expect(isAmount(value)).toBe(false);
  });
});
