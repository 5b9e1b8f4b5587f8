import { dateAfter } from './enterprise-plans.repository';

describe('dateAfter', () => {
  it('counts days in China Standard Time: 20:00 UTC is already the next day in Qingdao', () => {
    expect(dateAfter(new Date('2026-11-21T20:00:00Z'), 30)).toBe('2026-12-22');
    expect(dateAfter(new Date('2026-11-21T10:00:00Z'), 0)).toBe('2026-11-21');
  });
});
