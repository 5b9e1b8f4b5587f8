import { percentRange, slowestPercent } from './task-progress';

describe('task progress across units', () => {
  const twoOfThree = { responsible: 3, reported: 2, minPercent: 20, maxPercent: 60 };

  it('gives the range of the figures reported', () => {
    expect(percentRange(twoOfThree)).toEqual({ min: 20, max: 60 });
    expect(percentRange({ responsible: 3, reported: 0, minPercent: null, maxPercent: null })).toBeNull();
  });

  it('fills the roadmap to the slowest unit, an unreported one at 0 %', () => {
    expect(slowestPercent(twoOfThree, false)).toBe(0);
    expect(slowestPercent({ ...twoOfThree, reported: 3 }, false)).toBe(20);
    expect(slowestPercent(twoOfThree, true)).toBe(100);
  });
});
