import { SkillLevel } from '@skillpay/domain';
import {
  allowancesInputOf,
  allowancesValuesOf,
  CUSTOM_LEVEL,
  liveAllowances,
  newAllowancesValues,
  SKILL_ALLOWANCE_PRESETS,
} from './allowances-values';

describe('allowances form ↔ plan input', () => {
  it('starts on the national certificate levels (MOHRSS art. 31) without any city’s figures', () => {
    const fresh = liveAllowances(newAllowancesValues());
    expect(fresh.skillAllowance?.result?.rows.map((row) => row.level)).toEqual([
      SkillLevel.Level3,
      SkillLevel.Level2,
      SkillLevel.Level1,
    ]);
    expect(fresh.skillAllowance?.result?.monthlyTotal).toBe('0.00');
    expect(fresh.errorPath).toBeNull();
  });

  it("case D's example costs 82,400 元 a month and 988,800 元 a year", () => {
    // 14 × 800 + 20 × 500 + 139 × 300 + 195 × 100 = 11,200 + 10,000 + 41,700 + 19,500 = 82,400; × 12 = 988,800
    const live = liveAllowances({
      ...newAllowancesValues(),
      skillAllowance: { rows: SKILL_ALLOWANCE_PRESETS.caseD() },
    });
    expect(live.skillAllowance?.result?.monthlyTotal).toBe('82400.00');
    expect(live.skillAllowance?.result?.annualTotal).toBe('988800.00');
    expect(live.skillAllowance?.result?.headcount).toBe(368);
    expect(live.errorPath).toBeNull();
    // only the part switched on goes into the plan
    expect(Object.keys(live.input)).toEqual(['skillAllowance']);
  });

  it("case B's preset costs 481,300 元 a month", () => {
    // 3,059 × 100 + 454 × 300 + 98 × 400 = 305,900 + 136,200 + 39,200
    const values = { ...newAllowancesValues(), skillAllowance: { rows: SKILL_ALLOWANCE_PRESETS.caseB() } };
    expect(liveAllowances(values).skillAllowance?.result?.monthlyTotal).toBe('481300.00');
  });

  it('keys an own level by its name, and puts its missing name on the name field', () => {
    const values = newAllowancesValues();
    values.skillAllowance.rows = [
      { level: SkillLevel.Level2, monthlyAmount: 500, headcount: 2 },
      { level: CUSTOM_LEVEL, label: ' 双师 ', monthlyAmount: '200', headcount: 1 },
    ];
    expect(allowancesInputOf(values).skillAllowance?.rows).toEqual([
      { level: SkillLevel.Level2, monthlyAmount: 500, headcount: 2 },
      { level: '双师', label: '双师', monthlyAmount: '200', headcount: 1 },
    ]);
    values.skillAllowance.rows[1].label = '';
    expect(liveAllowances(values).errorPath).toBe('skillAllowance.rows.1.label');
  });

  it('names the field of a bad value in each part, the other parts still computing', () => {
    const values = newAllowancesValues();
    values.include = { skillAllowance: true, teamLeader: true, mentor: true, nightShift: true };
    values.skillAllowance.rows[0].headcount = -1;
    values.teamLeaderByHeadcount = {
      base: 100,
      includedMembers: 5,
      perExtraMember: 20,
      cap: '',
      teams: [{ key: '一班', members: 12 }],
    };
    // case B's rate, 300 元 a month per apprentice
    values.mentor = { ratePerApprentice: 300, mentors: [{ key: '王师傅', apprentices: 2, months: 24 }] };
    values.nightShift = { nightAllowance: 900, grossPay: 6000 };
    const live = liveAllowances(values);
    expect(live.errorPath).toBe('skillAllowance.rows.0.headcount');
    expect(live.skillAllowance?.error?.code).toBe('negative');
    // 100 + 20 × (12 − 5) = 240; no cap (an empty cap is none)
    expect(live.input.teamLeaderByHeadcount?.cap).toBeNull();
    expect(live.teamLeader?.result?.monthlyTotal).toBe('240.00');
    // 300 × 2 a month over 24 months
    expect(live.mentor?.result?.agreementTotal).toBe('14400.00');
    // 900 of 6,000 is 15 %: inside the range, no note
    expect(live.nightShift?.result?.sharePercent).toBe('15.00');
    expect(live.nightShift?.result?.note).toBeNull();
  });

  it('maps team-leader categories, and an unknown category to its team field', () => {
    const values = newAllowancesValues();
    values.include = { skillAllowance: false, teamLeader: true, mentor: false, nightShift: false };
    values.teamLeaderWay = 'category';
    values.teamLeaderByCategory = {
      categories: [{ key: '甲类', monthly: 500 }],
      teams: [{ key: '一班', category: '乙类' }],
    };
    const live = liveAllowances(values);
    expect(Object.keys(live.input)).toEqual(['teamLeaderByCategory']);
    expect(live.errorPath).toBe('teamLeaderByCategory.teams.0.category');
  });

  it('reads a saved input back into the form it came from', () => {
    const values = newAllowancesValues();
    values.include = { skillAllowance: true, teamLeader: true, mentor: false, nightShift: true };
    values.skillAllowance.rows.push({
      level: CUSTOM_LEVEL,
      label: '双师',
      monthlyAmount: '50',
      headcount: 3,
    });
    values.teamLeaderByHeadcount = {
      base: '100',
      includedMembers: '5',
      perExtraMember: '20',
      cap: '500',
      teams: [{ key: '一班', members: '9' }],
    };
    values.nightShift = { nightAllowance: '1000', grossPay: '5000' };
    const input = allowancesInputOf(values);
    expect(allowancesInputOf(allowancesValuesOf(input))).toEqual(input);
    expect(allowancesValuesOf(input).include).toEqual(values.include);
  });
});
