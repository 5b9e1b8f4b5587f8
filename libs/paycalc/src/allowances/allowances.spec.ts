import { SkillLevel } from '@skillpay/domain';
import fc from 'fast-check';
import { PaycalcError } from '../errors';
import {
  CASE_B_MENTOR_RATE,
  CASE_B_SKILL_ALLOWANCE,
  CASE_D_SKILL_PAY,
  mentorAllowance,
  nightShiftShare,
  skillAllowanceCost,
  teamLeaderAllowanceByCategory,
  teamLeaderAllowanceByHeadcount,
} from './allowances';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof PaycalcError) return { code: error.code, field: error.field, limit: error.limit };
    throw error;
  }
  throw new Error('no PaycalcError');
};

describe('skill allowance (art. 31)', () => {
  it('gives case D’s 82,400 元 a month and 988,800 元 a year', () => {
    // 800 × 14 + 500 × 20 + 300 × 139 + 100 × 195 = 11,200 + 10,000 + 41,700 + 19,500 = 82,400; × 12 = 988,800.
    // The case gives 14 高级技师, 20 技师 and 139 高级工; its 82,400 implies 195 中级工.
    const headcount: Partial<Record<SkillLevel, number>> = {
      [SkillLevel.Level1]: 14,
      [SkillLevel.Level2]: 20,
      [SkillLevel.Level3]: 139,
      [SkillLevel.Level4]: 195,
    };
    const result = skillAllowanceCost({
      rows: Object.entries(CASE_D_SKILL_PAY).map(([level, monthlyAmount]) => ({
        level,
        monthlyAmount,
        headcount: headcount[level as SkillLevel]!,
      })),
    });
    expect(result.monthlyTotal).toBe('82400.00');
    expect(result.annualTotal).toBe('988800.00');
    expect(result.headcount).toBe(368);
    expect(result.rows.map((row) => [row.label['zh-CN'], row.monthlyCost])).toEqual([
      ['一级/高级技师', '11200.00'],
      ['二级/技师', '10000.00'],
      ['三级/高级工', '41700.00'],
      ['四级/中级工', '19500.00'],
    ]);
    expect(result.source.article['zh-CN']).toBe('第三十一条');
  });

  it('costs case B’s allowance for its 3,059 高级工, 454 技师 and 98 高级技师', () => {
    // 100 × 3,059 + 300 × 454 + 400 × 98 = 305,900 + 136,200 + 39,200 = 481,300 a month; 5,775,600 a year
    const counts: Record<string, number> = {
      [SkillLevel.Level3]: 3059,
      [SkillLevel.Level2]: 454,
      [SkillLevel.Level1]: 98,
    };
    const result = skillAllowanceCost({
      rows: Object.entries(CASE_B_SKILL_ALLOWANCE).map(([level, monthlyAmount]) => ({
        level,
        monthlyAmount,
        headcount: counts[level],
      })),
    });
    expect([result.monthlyTotal, result.annualTotal]).toEqual(['481300.00', '5775600.00']);
  });

  it('takes the enterprise’s own rows (双师) with their names and refuses negative or fractional headcounts', () => {
    const result = skillAllowanceCost({
      rows: [{ level: 'dual', label: '“双师”型', monthlyAmount: '250.50', headcount: 3 }],
    });
    expect(result.rows[0]).toMatchObject({
      label: { 'zh-CN': '“双师”型', en: '“双师”型' },
      monthlyCost: '751.50',
    });
    const row = { level: SkillLevel.Level3, monthlyAmount: 300, headcount: 1 };
    expect(errorOf(() => skillAllowanceCost({ rows: [{ ...row, headcount: -1 }] }))).toMatchObject({
      code: 'negative',
      field: 'rows[0].headcount',
    });
    expect(errorOf(() => skillAllowanceCost({ rows: [{ ...row, headcount: '1.5' }] }))).toMatchObject({
      code: 'not-an-integer',
    });
    expect(errorOf(() => skillAllowanceCost({ rows: [{ ...row, monthlyAmount: '300.001' }] }))).toMatchObject(
      {
        code: 'too-many-decimals',
        field: 'rows[0].monthlyAmount',
      },
    );
    expect(errorOf(() => skillAllowanceCost({ rows: [row, row] }))).toMatchObject({
      code: 'duplicate',
      field: 'rows[1].level',
    });
    expect(errorOf(() => skillAllowanceCost({ rows: [{ ...row, level: 'own' }] }))).toMatchObject({
      code: 'missing',
      field: 'rows[0].label',
    });
    expect(errorOf(() => skillAllowanceCost({ rows: [] }))).toMatchObject({ code: 'empty', field: 'rows' });
  });

  it('costs exactly amount × headcount × 12 a year (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 10_000 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const result = skillAllowanceCost({
            rows: rows.map(([amountCents, headcount], i) => ({
              level: `r${i}`,
              label: `r${i}`,
              monthlyAmount: (amountCents / 100).toFixed(2),
              headcount,
            })),
          });
          const monthlyCents = rows.reduce(
            (sum, [amountCents, headcount]) => sum + BigInt(amountCents) * BigInt(headcount),
            0n,
          );
          expect(result.monthlyTotal).toBe(
            `${monthlyCents / 100n}.${String(monthlyCents % 100n).padStart(2, '0')}`,
          );
          const annual = monthlyCents * 12n;
          expect(result.annualTotal).toBe(`${annual / 100n}.${String(annual % 100n).padStart(2, '0')}`);
        },
      ),
    );
  });
});

describe('team-leader allowance (art. 32)', () => {
  it('pays a base for up to five members, 20 元 more per member beyond, capped at case B’s 500 元', () => {
    // 4 members: 100; 12: 100 + 7 × 20 = 240; 30: 100 + 25 × 20 = 600 → 500
    const result = teamLeaderAllowanceByHeadcount({
      base: 100,
      includedMembers: 5,
      perExtraMember: 20,
      cap: 500,
      teams: [
        { key: 'small', members: 4 },
        { key: 'mid', label: '焊接班', members: 12 },
        { key: 'large', members: 30 },
      ],
    });
    expect(result.teams.map((team) => [team.label, team.extraMembers, team.monthly, team.capped])).toEqual([
      ['small', 0, '100.00', false],
      ['焊接班', 7, '240.00', false],
      ['large', 25, '500.00', true],
    ]);
    expect([result.monthlyTotal, result.annualTotal]).toEqual(['840.00', '10080.00']);
    expect(result.source.article['zh-CN']).toBe('第三十二条');
    expect(
      errorOf(() =>
        teamLeaderAllowanceByHeadcount({
          base: 100,
          includedMembers: 5,
          perExtraMember: 20,
          cap: 50,
          teams: [{ key: 'x', members: 1 }],
        }),
      ),
    ).toMatchObject({ code: 'out-of-range', field: 'cap' });
    expect(
      errorOf(() =>
        teamLeaderAllowanceByHeadcount({
          base: 100,
          includedMembers: 5,
          perExtraMember: 20,
          teams: [{ key: 'x', members: -2 }],
        }),
      ),
    ).toMatchObject({ code: 'negative', field: 'teams[0].members' });
  });

  it('pays by team category', () => {
    const result = teamLeaderAllowanceByCategory({
      categories: [
        { key: 'A', monthly: 500 },
        { key: 'B', monthly: 300 },
        { key: 'C', monthly: 100 },
      ],
      teams: [
        { key: 'boiler', category: 'A' },
        { key: 'packing', category: 'C' },
      ],
    });
    expect(result.teams.map((team) => [team.key, team.category, team.monthly])).toEqual([
      ['boiler', 'A', '500.00'],
      ['packing', 'C', '100.00'],
    ]);
    expect(result.monthlyTotal).toBe('600.00');
    expect(
      errorOf(() =>
        teamLeaderAllowanceByCategory({
          categories: [{ key: 'A', monthly: 1 }],
          teams: [{ key: 't', category: 'D' }],
        }),
      ),
    ).toMatchObject({ code: 'unknown', field: 'teams[0].category' });
  });
});

describe('mentor allowance (art. 33)', () => {
  it('pays case B’s 300 元 a month per apprentice over each agreement', () => {
    // 2 apprentices × 300 × 24 months = 14,400; 1 × 300 × 3 = 900
    const result = mentorAllowance({
      ratePerApprentice: CASE_B_MENTOR_RATE,
      mentors: [
        { key: 'li', apprentices: 2, months: 24 },
        { key: 'wang', apprentices: 1, months: 3 },
      ],
    });
    expect(result.mentors.map((m) => [m.monthly, m.agreementTotal])).toEqual([
      ['600.00', '14400.00'],
      ['300.00', '900.00'],
    ]);
    expect([result.monthlyTotal, result.agreementTotal]).toEqual(['900.00', '15300.00']);
    expect(
      errorOf(() =>
        mentorAllowance({ ratePerApprentice: 300, mentors: [{ key: 'x', apprentices: 1, months: 0 }] }),
      ),
    ).toMatchObject({ code: 'out-of-range', field: 'mentors[0].months', limit: 1 });
  });
});

describe('night-shift allowance (art. 29)', () => {
  it('states the share of gross pay and notes it outside 15–20 %, compared exactly', () => {
    const at = (nightAllowance: number | string) => nightShiftShare({ nightAllowance, grossPay: 6000 });
    expect([at(1000).sharePercent, at(1000).note]).toEqual(['16.67', null]);
    // exactly 15 % and 20 % are inside
    expect([at(900).note, at(1200).note]).toEqual([null, null]);
    // 899.99 ÷ 6,000 = 14.9998 % shows as 15.00 % but is below; 1,200.01 shows 20.00 % and is above
    expect([at('899.99').sharePercent, at('899.99').note]).toEqual(['15.00', 'below-typical-range']);
    expect([at('1200.01').sharePercent, at('1200.01').note]).toEqual(['20.00', 'above-typical-range']);
    expect(at(1000).typicalAllowance).toEqual({ min: '900.00', max: '1200.00' });
    expect(at(1000).source.article['zh-CN']).toBe('第二十九条');
    expect(errorOf(() => at(6001))).toMatchObject({ code: 'out-of-range', field: 'nightAllowance' });
    expect(errorOf(() => nightShiftShare({ nightAllowance: 0, grossPay: 0 }))).toMatchObject({
      code: 'not-positive',
      field: 'grossPay',
    });
  });
});
