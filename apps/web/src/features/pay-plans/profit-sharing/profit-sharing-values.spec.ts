import {
  liveProfitSharing,
  newProfitSharingValues,
  profitSharingInputOf,
  profitSharingValuesOf,
} from './profit-sharing-values';

describe('excess-profit sharing form ↔ plan input', () => {
  it('starts with a worked example whose shares add up to the 935,000 元 pool', () => {
    // bands: 1,000,000 × 10 % + 2,000,000 × 15 % + 3,000,000 × 20 % = 1,000,000; × 0.935 = 935,000;
    // shared 1.8 : 1.2 : 0.8 by largest remainder: 442,894.74 / 295,263.16 / 196,842.10
    const { live } = liveProfitSharing(newProfitSharingValues());
    expect(live.result?.provisionTotal).toBe('1000000.00');
    expect(live.result?.pool).toBe('935000.00');
    expect(live.result?.participants.map((participant) => participant.amount)).toEqual([
      '442894.74',
      '295263.16',
      '196842.10',
    ]);
  });

  it("leaves a tier's name to paycalc when none is typed, and marks targets that do not rise", () => {
    const values = newProfitSharingValues();
    values.tiers[1] = { name: ' ', target: '9000000', ratePercent: '15' };
    const { input, live } = liveProfitSharing(values);
    expect(input.tiers[1]).toEqual({ target: '9000000', ratePercent: '15' });
    expect(live.error?.code).toBe('not-rising');
    expect(live.error?.field).toBe('tiers[1].target');
  });

  it('marks an empty participant name on its field', () => {
    const values = newProfitSharingValues();
    values.participants[2].key = '';
    const { live } = liveProfitSharing(values);
    expect(live.error?.field).toBe('participants[2].key');
  });

  it('reads a saved input back into the form it came from', () => {
    const input = profitSharingInputOf(newProfitSharingValues());
    expect(profitSharingInputOf(profitSharingValuesOf(input))).toEqual(input);
  });
});
