import { AdoptionStatus, emptyIndicators, SkillLevel } from '@skillpay/domain';
import { PaycalcError } from '../errors';
import { CheckId, CheckOutcome, type CheckResult } from './check-result';
import { checkEducationFund } from './education-fund';
import { checkFixedVariableRatio } from './fixed-variable-ratio';
import { checkHighSkillWageGrowth, weightedAveragePay } from './high-skill-wage-growth';
import { checkProgressReport } from './progress-report';
import { checkTwoLowerThan, type TwoLowerThanInput } from './two-lower-than';

const figure = (result: CheckResult, key: string) => result.figures.find((f) => f.key === key)?.value;
const outcomes = (result: CheckResult) => result.conditions.map((c) => [c.key, c.outcome]);

/** Case D (Qujing annex 2): productivity 34 → 48 万元 per person, skilled pay up 4.8 % to about 9.94 万元. */
const caseD: TwoLowerThanInput = {
  wageBill: { current: 9_180, previous: 8_800 },
  economicBenefit: { current: 5_200, previous: 4_600 },
  averagePay: { current: 99_400, previous: 94_850 },
  labourProductivity: { current: 48, previous: 34 },
};

describe('"two lower than" (Qujing art. 5)', () => {
  it('passes case D: wage bill +4.32 % < benefit +13.04 %, average pay +4.80 % < productivity +41.18 %', () => {
    // 380 / 8,800 = 4.318 %; 600 / 4,600 = 13.043 %; 4,550 / 94,850 = 4.797 %; 14 / 34 = 41.176 %
    const result = checkTwoLowerThan(caseD);
    expect(result.result).toBe(CheckOutcome.Pass);
    expect(outcomes(result)).toEqual([
      ['wageBillBelowBenefit', 'pass'],
      ['averagePayBelowProductivity', 'pass'],
    ]);
    expect(
      ['wageBillGrowth', 'economicBenefitGrowth', 'averagePayGrowth', 'labourProductivityGrowth'].map((key) =>
        figure(result, key),
      ),
    ).toEqual(['4.32', '13.04', '4.80', '41.18']);
    expect(result.source.article['zh-CN']).toBe('第五条');
    expect(result.source.document['zh-CN']).toBe('《曲靖市企业技能人才薪酬分配指引（试行）》');
  });

  it('fails on exactly equal growth ("低于" is strict), also where doubles would round the other way', () => {
    const equal = checkTwoLowerThan({
      ...caseD,
      // 1,000 → 1,087 and 2,000 → 2,174: both exactly 8.7 %
      wageBill: { current: 1_087, previous: 1_000 },
      economicBenefit: { current: 2_174, previous: 2_000 },
      // 3 → 3.3 and 1 → 1.1: both exactly 10 %; doubles make the first 9.99…94 % and pass it
      averagePay: { current: '3.3', previous: 3 },
      labourProductivity: { current: 1.1, previous: 1 },
    });
    expect(outcomes(equal)).toEqual([
      ['wageBillBelowBenefit', 'fail'],
      ['averagePayBelowProductivity', 'fail'],
    ]);
    expect([figure(equal, 'wageBillGrowth'), figure(equal, 'economicBenefitGrowth')]).toEqual([
      '8.70',
      '8.70',
    ]);
    expect(equal.result).toBe(CheckOutcome.Fail);
  });

  it('fails when the wage bill grows while the benefit falls (效益减，薪酬总额减)', () => {
    const result = checkTwoLowerThan({ ...caseD, economicBenefit: { current: 4_000, previous: 4_600 } });
    expect(figure(result, 'economicBenefitGrowth')).toBe('-13.04');
    expect(outcomes(result)[0]).toEqual(['wageBillBelowBenefit', 'fail']);
    expect(result.result).toBe(CheckOutcome.Fail);
  });

  it('reports insufficient data, with the reason, for a missing figure or a zero or negative base', () => {
    const result = checkTwoLowerThan({
      ...caseD,
      wageBill: { current: 9_180, previous: 0 },
      economicBenefit: { current: 300, previous: -120 },
      labourProductivity: { current: 48, previous: null },
    });
    expect(result.result).toBe(CheckOutcome.InsufficientData);
    expect(result.insufficient).toEqual([
      { field: 'wageBillPrevious', code: 'previous-zero' },
      { field: 'economicBenefitPrevious', code: 'previous-negative' },
      { field: 'labourProductivityPrevious', code: 'missing' },
    ]);
    expect(figure(result, 'wageBillGrowth')).toBeUndefined();
    // a loss may be entered; it is shown as given
    expect(figure(result, 'economicBenefitPrevious')).toBe('-120.00');
  });

  it('a failure decides even when the other half lacks data', () => {
    const result = checkTwoLowerThan({
      ...caseD,
      wageBill: { current: 1_200, previous: 1_000 },
      averagePay: { current: null, previous: null },
    });
    expect(result.result).toBe(CheckOutcome.Fail);
  });

  it('binds state-owned enterprises; for others it is advice', () => {
    expect(checkTwoLowerThan(caseD).binding).toBe(true);
    expect(checkTwoLowerThan(caseD, { stateOwned: false }).binding).toBe(false);
  });

  it('refuses a negative wage bill or a figure that is not a number, never giving NaN', () => {
    expect(() => checkTwoLowerThan({ ...caseD, wageBill: { current: -1, previous: 8_800 } })).toThrow(
      expect.objectContaining({ code: 'negative', field: 'wageBill' }),
    );
    expect(() => checkTwoLowerThan({ ...caseD, averagePay: { current: Number.NaN, previous: 1 } })).toThrow(
      PaycalcError,
    );
  });
});

describe('high-skill wage growth ≥ management wage growth (central opinions 四(二))', () => {
  it('passes on exactly equal growth ("不低于"), computed exactly', () => {
    // 3 → 3.3 (10 %) against 1 → 1.1 (10 %): doubles would call the first lower and fail it
    const result = checkHighSkillWageGrowth({
      highSkillAveragePay: { current: '3.3', previous: 3 },
      managementAveragePay: { current: 1.1, previous: 1 },
    });
    expect(result.result).toBe(CheckOutcome.Pass);
    expect([
      figure(result, 'highSkillAveragePayGrowth'),
      figure(result, 'managementAveragePayGrowth'),
    ]).toEqual(['10.00', '10.00']);
    expect(result.source.article).toEqual({ 'zh-CN': '四（二）', en: 'Part IV (2)' });
  });

  it('fails when management pay grows faster: high-skill +4.80 % against management +6.00 %', () => {
    const result = checkHighSkillWageGrowth({
      highSkillAveragePay: { current: 99_400, previous: 94_850 },
      managementAveragePay: { current: 159_000, previous: 150_000 },
    });
    expect(result.result).toBe(CheckOutcome.Fail);
    expect(figure(result, 'managementAveragePayGrowth')).toBe('6.00');
  });

  it('weights the high-skill levels by headcount (case D: 139 高级工, 20 技师, 14 高级技师)', () => {
    // (139 × 90,000 + 20 × 120,000 + 14 × 150,000) / 173 = 17,010,000 / 173 = 98,323.699421…
    expect(
      weightedAveragePay(
        [
          { headcount: 139, averagePay: 90_000 },
          { headcount: 20, averagePay: 120_000 },
          { headcount: 14, averagePay: 150_000 },
        ],
        'highSkillAveragePay',
      ),
    ).toEqual({ value: '98323.699422', insufficient: [] });
    expect(weightedAveragePay([{ headcount: 0, averagePay: 1 }], 'h')).toEqual({
      value: null,
      insufficient: [{ field: 'h', code: 'missing' }],
    });
  });
});

describe('education fund ≥ 8 % of the wage bill, ≥ 60 % of it on front-line staff (Lüliang 二(二)2)', () => {
  it('passes at exactly 8 % and exactly 60 % and fails a ten-thousandth below', () => {
    // 12,345.67 × 8 % = 987.6536; 987.6536 × 60 % = 592.59216
    const exact = checkEducationFund({
      wageBill: 12_345.67,
      educationFund: 987.6536,
      educationFundFrontLine: 592.59216,
    });
    expect(exact.result).toBe(CheckOutcome.Pass);
    expect([figure(exact, 'educationFundShare'), figure(exact, 'frontLineShare')]).toEqual(['8.00', '60.00']);
    expect([figure(exact, 'educationFundShareMin'), figure(exact, 'frontLineShareMin')]).toEqual([
      '8.00',
      '60.00',
    ]);

    const short = checkEducationFund({
      wageBill: 12_345.67,
      educationFund: 987.6535,
      educationFundFrontLine: 592.59216,
    });
    // shown as 8.00 % after rounding, yet below the rule: the comparison is exact
    expect(figure(short, 'educationFundShare')).toBe('8.00');
    expect(outcomes(short)).toEqual([
      ['fundAtLeastShareOfWageBill', 'fail'],
      ['frontLineAtLeastShareOfFund', 'pass'],
    ]);
    expect(short.source.article['zh-CN']).toBe('二（二）2');
  });

  it('has no share of a zero fund: the first rule fails, the second lacks data', () => {
    const result = checkEducationFund({ wageBill: 5_000, educationFund: 0, educationFundFrontLine: 0 });
    expect(outcomes(result)).toEqual([
      ['fundAtLeastShareOfWageBill', 'fail'],
      ['frontLineAtLeastShareOfFund', 'insufficient-data'],
    ]);
    expect(result.insufficient).toEqual([{ field: 'educationFund', code: 'zero-total' }]);
    expect(result.result).toBe(CheckOutcome.Fail);
  });
});

describe('fixed : variable pay (case B about 4 : 6, information only)', () => {
  it('shows case B’s split beside the reference', () => {
    const result = checkFixedVariableRatio({ fixedPay: 4_000, variablePay: 6_000 });
    expect(result.result).toBe(CheckOutcome.Info);
    expect(result.figures.map((f) => [f.key, f.value])).toEqual([
      ['fixedPay', '4000.00'],
      ['variablePay', '6000.00'],
      ['fixedShare', '40.00'],
      ['variableShare', '60.00'],
      ['referenceFixedShare', '40.00'],
      ['referenceVariableShare', '60.00'],
    ]);
    expect(result.source.excerpt['zh-CN']).toContain('4:6');
  });

  it('shows shares that add up to 100.00 however they round', () => {
    const result = checkFixedVariableRatio({ fixedPay: 1, variablePay: 2 });
    expect([figure(result, 'fixedShare'), figure(result, 'variableShare')]).toEqual(['33.33', '66.67']);
    expect(checkFixedVariableRatio({ fixedPay: 0, variablePay: 0 }).result).toBe(
      CheckOutcome.InsufficientData,
    );
  });
});

describe('the checks of a progress report', () => {
  it('runs every check on the report’s indicators, high-skill pay from the skill-level table', () => {
    const indicators = {
      ...emptyIndicators(),
      skillLevels: [
        // a middle level does not count as high-skill
        {
          level: SkillLevel.Level4,
          headcount: 195,
          averagePay: 70_000,
          previousHeadcount: 190,
          previousAveragePay: 60_000,
        },
        {
          level: SkillLevel.Level3,
          headcount: 139,
          averagePay: 90_000,
          previousHeadcount: 130,
          previousAveragePay: 86_000,
        },
        {
          level: SkillLevel.Level2,
          headcount: 20,
          averagePay: 120_000,
          previousHeadcount: 18,
          previousAveragePay: 115_000,
        },
      ],
      managementAveragePay: 130_000,
      managementAveragePayPrevious: 125_000,
      wageBill: 12_000,
      educationFund: 900,
      educationFundFrontLine: 600,
    };
    const results = checkProgressReport(indicators, { stateOwned: true });
    expect(results.map((r) => [r.check, r.result])).toEqual([
      [CheckId.TwoLowerThan, 'insufficient-data'],
      // high-skill (139 × 90,000 + 20 × 120,000) / 159 = 93,773.58 against
      // (130 × 86,000 + 18 × 115,000) / 148 = 89,527.03 the year before: +4.74 %; management +4.00 %
      [CheckId.HighSkillWageGrowth, 'pass'],
      // 900 / 12,000 = 7.5 % < 8 %
      [CheckId.EducationFund, 'fail'],
      [CheckId.FixedVariableRatio, 'insufficient-data'],
    ]);
    expect(figure(results[1], 'highSkillAveragePay')).toBe('93773.58');
    expect(figure(results[1], 'highSkillAveragePayGrowth')).toBe('4.74');
    // every figure is a finite decimal
    for (const result of results) {
      for (const f of result.figures) expect(f.value).toMatch(/^-?\d+\.\d{2}$/);
    }
    expect(AdoptionStatus.Adopted).toBe('adopted');
  });
});
