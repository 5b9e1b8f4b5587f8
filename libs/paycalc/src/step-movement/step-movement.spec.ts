import fc from 'fast-check';
import { SkillLevel } from '@skillpay/domain';
import { PaycalcError } from '../errors';
import { buildPayTable, gradeStepAmounts, PayTableFill, PayTableForm, SkillLadderId } from '../pay-table';
import {
  Rating,
  simulatePayPath,
  simulateTeamWageBill,
  stepMoves,
  type TeamWageBillInput,
} from './step-movement';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PaycalcError) return { code: error.code, field: error.field, limit: error.limit };
    throw error;
  }
  throw new Error('no PaycalcError');
};

/** The apprentice grade of a national table: 2,000 元 and four steps of 3 % (60 元). */
const apprentice = gradeStepAmounts(
  buildPayTable({
    ladder: SkillLadderId.National,
    keyPoints: [
      { grade: SkillLevel.Apprentice, ratio: 1 },
      { grade: SkillLevel.Chief, ratio: '3.8' },
    ],
    fill: PayTableFill.Arithmetic,
    form: PayTableForm.Amount,
    base: 2000,
    steps: 5,
    stepIncrement: { percent: 3 },
  }),
  SkillLevel.Apprentice,
);

describe('step movement (art. 20)', () => {
  it('moves +1 qualified, +2 excellent, +3 outstanding, 0 or −1 unqualified', () => {
    expect(stepMoves()).toEqual({ unqualified: 0, qualified: 1, excellent: 2, outstanding: 3 });
    expect(stepMoves({ unqualifiedMove: -1 }).unqualified).toBe(-1);
    expect(errorOf(() => stepMoves({ unqualifiedMove: -2 as never }))).toMatchObject({
      code: 'out-of-range',
    });
  });

  it("follows a worker's pay through four ratings, held at the grade's top step", () => {
    // step 1 (2,000) → qualified 2 (2,060) → excellent 4 (2,180) → outstanding 7, capped at 5 (2,240) → unqualified stays
    const path = simulatePayPath({
      stepAmounts: apprentice,
      startStep: 1,
      ratings: [Rating.Qualified, Rating.Excellent, Rating.Outstanding, Rating.Unqualified],
    });
    expect(
      path.years.map((year) => [year.year, year.step, year.monthly, year.increase, year.capped]),
    ).toEqual([
      [0, 1, '2000.00', '0.00', null],
      [1, 2, '2060.00', '60.00', null],
      [2, 4, '2180.00', '120.00', null],
      [3, 5, '2240.00', '60.00', 'top'],
      [4, 5, '2240.00', '0.00', null],
    ]);
    expect(path.years[3].annual).toBe('26880.00');
    // (2,240 − 2,000) ÷ 2,000
    expect(path.growthPercent).toBe('12.00');
    expect(path.source.article['zh-CN']).toBe('第二十条第二款');
  });

  it('moves an unqualified worker down a step where the enterprise chose to, never below step 1', () => {
    const path = simulatePayPath({
      stepAmounts: apprentice,
      startStep: 2,
      ratings: [Rating.Unqualified, Rating.Unqualified],
      unqualifiedMove: -1,
    });
    expect(path.years.map((year) => [year.step, year.monthly, year.capped])).toEqual([
      [2, '2060.00', null],
      [1, '2000.00', null],
      [1, '2000.00', 'bottom'],
    ]);
    expect(path.years[1].increase).toBe('-60.00');
    expect(path.growthPercent).toBe('-2.91');
  });

  it("projects a team's expected wage bill under a rating distribution, exactly", () => {
    // 20 people at step 1 of 1,000 / 1,100 / 1,200 / 1,300 / 1,400; every year 10 % unqualified, 70 % qualified,
    // 15 % excellent, 5 % outstanding. Year 1: 0.1 × 1,000 + 0.7 × 1,100 + 0.15 × 1,200 + 0.05 × 1,300 = 1,115 a head.
    // Year 2: steps 1–5 hold 1 %, 14 %, 52 %, 22 %, 11 % (the top step catches 3.5 + 2.25 + 0.75 + 3.5 + 0.75 + 0.25 %):
    // 10 + 154 + 624 + 286 + 154 = 1,228 a head; growth 1,228 ÷ 1,115 − 1 = 10.13 %.
    const input: TeamWageBillInput = {
      groups: [{ key: 'welders', stepAmounts: [1000, 1100, 1200, 1300, 1400], step: 1, headcount: 20 }],
      distribution: { unqualified: 10, qualified: 70, excellent: 15, outstanding: 5 },
      years: 2,
    };
    const bill = simulateTeamWageBill(input);
    expect(bill.years).toEqual([
      { year: 0, monthly: '20000.00', annual: '240000.00', growthPercent: '0.00' },
      { year: 1, monthly: '22300.00', annual: '267600.00', growthPercent: '11.50' },
      { year: 2, monthly: '24560.00', annual: '294720.00', growthPercent: '10.13' },
    ]);
    expect(bill.totalGrowthPercent).toBe('22.80');
  });

  it('adds up groups of several grades and stops growing once everyone is at the top', () => {
    const bill = simulateTeamWageBill({
      groups: [
        { key: 'a', stepAmounts: [1000, 1100, 1200], step: 1, headcount: 10 },
        { key: 'b', stepAmounts: ['2000.50'], step: 1, headcount: 2 },
      ],
      distribution: { unqualified: 0, qualified: 100, excellent: 0, outstanding: 0 },
      years: 3,
    });
    // 10 × 1,000 + 2 × 2,000.50 = 14,001; then 15,001; 16,001; 16,001
    expect(bill.years.map((year) => [year.monthly, year.growthPercent])).toEqual([
      ['14001.00', '0.00'],
      ['15001.00', '7.14'],
      ['16001.00', '6.67'],
      ['16001.00', '0.00'],
    ]);
  });

  it('refuses bad input with the field named', () => {
    const base: TeamWageBillInput = {
      groups: [{ key: 'a', stepAmounts: [1000, 1100], step: 1, headcount: 5 }],
      distribution: { unqualified: 10, qualified: 70, excellent: 15, outstanding: 5 },
      years: 3,
    };
    expect(
      errorOf(() =>
        simulateTeamWageBill({ ...base, distribution: { ...base.distribution, outstanding: 4 } }),
      ),
    ).toEqual({ code: 'not-100-percent', field: 'distribution', limit: 100 });
    expect(
      errorOf(() => simulateTeamWageBill({ ...base, groups: [{ ...base.groups[0], headcount: -5 }] })),
    ).toMatchObject({ code: 'negative', field: 'groups[0].headcount' });
    expect(
      errorOf(() => simulateTeamWageBill({ ...base, groups: [{ ...base.groups[0], headcount: 2.5 }] })),
    ).toMatchObject({ code: 'not-an-integer', field: 'groups[0].headcount' });
    expect(errorOf(() => simulateTeamWageBill({ ...base, groups: [] }))).toMatchObject({
      code: 'empty',
      field: 'groups',
    });
    expect(errorOf(() => simulateTeamWageBill({ ...base, years: 41 }))).toMatchObject({
      code: 'out-of-range',
      limit: 40,
    });
    expect(
      errorOf(() => simulateTeamWageBill({ ...base, distribution: { ...base.distribution, qualified: '' } })),
    ).toMatchObject({ code: 'missing', field: 'distribution.qualified' });
    expect(
      errorOf(() => simulatePayPath({ stepAmounts: [1000, 900], startStep: 1, ratings: [Rating.Qualified] })),
    ).toMatchObject({ code: 'not-rising', field: 'stepAmounts[1]' });
    expect(
      errorOf(() => simulatePayPath({ stepAmounts: apprentice, startStep: 6, ratings: [Rating.Qualified] })),
    ).toEqual({
      code: 'out-of-range',
      field: 'startStep',
      limit: 5,
    });
    expect(
      errorOf(() => simulatePayPath({ stepAmounts: apprentice, startStep: 1, ratings: [] })),
    ).toMatchObject({
      code: 'empty',
      field: 'ratings',
    });
    expect(
      errorOf(() => simulatePayPath({ stepAmounts: apprentice, startStep: 1, ratings: ['great' as Rating] })),
    ).toMatchObject({ code: 'unknown', field: 'ratings[0]' });
  });

  describe('invariants (fast-check)', () => {
    const ladder = fc
      .array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 30 })
      .map((rises) => rises.reduce<number[]>((acc, rise) => [...acc, (acc.at(-1) ?? 1500) + rise], []));
    const ratings = fc.array(fc.constantFrom(...Object.values(Rating)), { minLength: 1, maxLength: 40 });

    it('keeps a path within the grade and equal to a team of one rated the same way', () => {
      fc.assert(
        fc.property(
          ladder,
          ratings,
          fc.constantFrom(0 as const, -1 as const),
          (amounts, years, unqualifiedMove) => {
            const path = simulatePayPath({
              stepAmounts: amounts,
              startStep: 1,
              ratings: years,
              unqualifiedMove,
            });
            for (const year of path.years) {
              expect(year.step).toBeGreaterThanOrEqual(1);
              expect(year.step).toBeLessThanOrEqual(amounts.length);
            }
            // with a single rating everyone gets, the expected bill is that path
            const rating = years[0];
            const team = simulateTeamWageBill({
              groups: [{ key: 'one', stepAmounts: amounts, step: 1, headcount: 1 }],
              distribution: { unqualified: 0, qualified: 0, excellent: 0, outstanding: 0, [rating]: 100 },
              years: years.length,
              unqualifiedMove,
            });
            const same = simulatePayPath({
              stepAmounts: amounts,
              startStep: 1,
              ratings: years.map(() => rating),
              unqualifiedMove,
            });
            expect(team.years.map((year) => year.monthly)).toEqual(same.years.map((year) => year.monthly));
          },
        ),
        { numRuns: 200 },
      );
    });

    it('never lets the bill fall while no rating moves down', () => {
      const distribution = fc
        .tuple(
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 0, max: 100 }),
        )
        .map(([a, b, c]) => {
          const [x, y, z] = [a, b, c].sort((p, q) => p - q);
          return { unqualified: x, qualified: y - x, excellent: z - y, outstanding: 100 - z };
        });
      fc.assert(
        fc.property(ladder, distribution, fc.integer({ min: 1, max: 12 }), (amounts, shares, years) => {
          const bill = simulateTeamWageBill({
            groups: [{ key: 't', stepAmounts: amounts, step: 1, headcount: 7 }],
            distribution: shares,
            years,
          });
          const monthly = bill.years.map((year) => Number(year.monthly));
          monthly.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(monthly[i]));
        }),
        { numRuns: 200 },
      );
    });
  });
});
