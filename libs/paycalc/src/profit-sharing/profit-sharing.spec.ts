import fc from 'fast-check';
import { PaycalcError } from '../errors';
import { type ProfitSharingInput, shareExcessProfit } from './profit-sharing';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PaycalcError) return { code: error.code, field: error.field, limit: error.limit };
    throw error;
  }
  throw new Error('no PaycalcError');
};

/** Targets of 10, 12 and 15 million 元 with 10 %, 15 % and 20 % above each; company coefficient 1.1. */
const plan: ProfitSharingInput = {
  actualNetProfit: 16_000_000,
  tiers: [
    { target: 10_000_000, ratePercent: 10 },
    { target: 12_000_000, ratePercent: 15 },
    { target: 15_000_000, ratePercent: 20 },
  ],
  companyCoefficient: '1.1',
  participants: [
    { key: 'chief', label: '首席技师', postCoefficient: '1.5', performanceCoefficient: '1.2' },
    { key: 'technician', postCoefficient: '1.2', performanceCoefficient: 1 },
    { key: 'worker', postCoefficient: 1, performanceCoefficient: '0.8' },
  ],
};

describe('excess-profit sharing (art. 43)', () => {
  it('provisions band by band, adjusts by the company coefficient and shares by post × performance', () => {
    // 2 M × 10 % + 3 M × 15 % + 1 M × 20 % = 200,000 + 450,000 + 200,000 = 850,000; × 1.1 = 935,000
    const result = shareExcessProfit(plan);
    expect(result.excess).toBe('6000000.00');
    expect(
      result.bands.map((band) => [band.name, band.from, band.to, band.profitInBand, band.provision]),
    ).toEqual([
      ['basic', '10000000.00', '12000000.00', '2000000.00', '200000.00'],
      ['incentive', '12000000.00', '15000000.00', '3000000.00', '450000.00'],
      ['challenge', '15000000.00', null, '1000000.00', '200000.00'],
    ]);
    expect([result.provisionTotal, result.companyCoefficient, result.pool]).toEqual([
      '850000.00',
      '1.10',
      '935000.00',
    ]);
    // weights 1.8 : 1.2 : 0.8 of 3.8 → 442,894.7368…, 295,263.1578…, 196,842.1052…: floors leave two cents, which go
    // to the largest remainders (.789 and .684), not to the worker's .526 that rounding each alone would raise
    expect(result.participants.map((p) => [p.label, p.weight, p.amount])).toEqual([
      ['首席技师', '1.8000', '442894.74'],
      ['technician', '1.2000', '295263.16'],
      ['worker', '0.8000', '196842.10'],
    ]);
    expect(result.participants.map((p) => p.sharePercent)).toEqual(['47.37', '31.58', '21.05']);
    expect(result.roundingRule).toBe('largest-remainder');
    expect(result.source.article['zh-CN']).toBe('第四十三条');
  });

  it('provisions nothing below the basic target and only the bands reached above it', () => {
    const below = shareExcessProfit({ ...plan, actualNetProfit: 9_000_000 });
    expect([below.excess, below.pool]).toEqual(['0.00', '0.00']);
    expect(below.participants.map((p) => p.amount)).toEqual(['0.00', '0.00', '0.00']);
    const exactlyAtTarget = shareExcessProfit({ ...plan, actualNetProfit: 10_000_000 });
    expect(exactlyAtTarget.pool).toBe('0.00');
    // 1 M in the basic band × 10 % × 1.1
    const between = shareExcessProfit({ ...plan, actualNetProfit: 11_000_000 });
    expect(between.bands.map((band) => band.profitInBand)).toEqual(['1000000.00', '0.00', '0.00']);
    expect(between.pool).toBe('110000.00');
  });

  it('counts a loss reduction (减亏) above a negative target', () => {
    // target a loss of 5 M; the actual loss of 2 M is 3 M better: × 20 % × 1 = 600,000
    const result = shareExcessProfit({
      ...plan,
      actualNetProfit: -2_000_000,
      tiers: [{ target: -5_000_000, ratePercent: 20 }],
      companyCoefficient: 1,
    });
    expect([result.excess, result.pool]).toEqual(['3000000.00', '600000.00']);
  });

  it('refuses bad input with the field named', () => {
    expect(
      errorOf(() =>
        shareExcessProfit({
          ...plan,
          tiers: [
            { target: 10, ratePercent: 10 },
            { target: 10, ratePercent: 15 },
          ],
        }),
      ),
    ).toMatchObject({ code: 'not-rising', field: 'tiers[1].target' });
    expect(
      errorOf(() => shareExcessProfit({ ...plan, tiers: [{ target: 0, ratePercent: 120 }] })),
    ).toMatchObject({
      code: 'out-of-range',
      field: 'tiers[0].ratePercent',
    });
    expect(errorOf(() => shareExcessProfit({ ...plan, companyCoefficient: -1 }))).toMatchObject({
      code: 'negative',
      field: 'companyCoefficient',
    });
    expect(errorOf(() => shareExcessProfit({ ...plan, participants: [] }))).toMatchObject({
      code: 'empty',
      field: 'participants',
    });
    expect(
      errorOf(() =>
        shareExcessProfit({
          ...plan,
          participants: [{ key: 'x', postCoefficient: 0, performanceCoefficient: 1 }],
        }),
      ),
    ).toMatchObject({ code: 'zero-total', field: 'participants' });
    expect(errorOf(() => shareExcessProfit({ ...plan, tiers: [] }))).toMatchObject({
      code: 'empty',
      field: 'tiers',
    });
    expect(errorOf(() => shareExcessProfit({ ...plan, actualNetProfit: 'lots' }))).toMatchObject({
      code: 'not-a-number',
      field: 'actualNetProfit',
    });
  });

  it('never shrinks the pool as profit grows, and always shares it to the cent (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20_000_000, max: 40_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (actual, more, coefficients) => {
          const participants = coefficients.map(([post, performance], i) => ({
            key: `p${i}`,
            postCoefficient: (post / 100).toFixed(2),
            performanceCoefficient: (performance / 100).toFixed(2),
          }));
          fc.pre(coefficients.some(([, performance]) => performance > 0));
          const lower = shareExcessProfit({ ...plan, actualNetProfit: actual, participants });
          const higher = shareExcessProfit({ ...plan, actualNetProfit: actual + more, participants });
          expect(Number(higher.pool)).toBeGreaterThanOrEqual(Number(lower.pool));
          const cents = (value: string) => Math.round(Number(value) * 100);
          expect(higher.participants.reduce((sum, p) => sum + cents(p.amount), 0)).toBe(cents(higher.pool));
        },
      ),
      { numRuns: 300 },
    );
  });
});
