import { daysBetween, monthTicks, spanOf } from './roadmap-layout';

describe('roadmap layout', () => {
  it('counts days between ISO dates', () => {
    expect(daysBetween('2026-07-01', '2026-07-31')).toBe(30);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('places a range on day columns, a due date alone on one column, and clamps', () => {
    expect(spanOf('2026-07-01', 215, '2026-07-01', '2026-07-31')).toEqual({ start: 1, end: 32 });
    expect(spanOf('2026-07-01', 215, null, '2026-07-10')).toEqual({ start: 10, end: 11 });
    expect(spanOf('2026-07-01', 10, '2026-06-01', '2026-12-01')).toEqual({ start: 1, end: 11 });
    expect(spanOf('2026-07-01', 10, null, null)).toBeNull();
  });

  it('lists the months of the timeline with their widths in days', () => {
    expect(monthTicks('2026-07-01', 62)).toEqual([
      { label: '2026-07', offset: 0, days: 31 },
      { label: '2026-08', offset: 31, days: 31 },
    ]);
    expect(monthTicks('2026-07-15', 20)).toEqual([
      { label: '2026-07', offset: 0, days: 17 },
      { label: '2026-08', offset: 17, days: 3 },
    ]);
  });
});
