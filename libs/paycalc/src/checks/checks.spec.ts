import { AdoptionStatus, emptyIndicators, SkillLevel } from '@skillpay/domain';
import { PaycalcError } from '../errors';
import { CheckId, CheckOutcome, type CheckResult } from './check-result';
import {
  CHECK_RULE_KEYS,
  CheckBasisId,
  checkRuleProblems,
  type CheckRuleSet,
  defaultCheckRules,
  NATIONAL_CHECK_RULES,
  normaliseCheckRules,
} from './check-rules';
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
    // cited without a programme, Qujing's own rule is Qujing's example
    expect(result.source.exampleOf).toEqual({ 'zh-CN': '曲靖市', en: 'Qujing' });
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
    // a national text: nobody's example
    expect(result.source.exampleOf).toBeNull();
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

/** A report's indicators: case D's high-skill levels, a wage bill of 12,000 万元, an education fund of 900. */
const reportIndicators = () => ({
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
  fixedPay: 4_000,
  variablePay: 6_000,
});

const allOn = (rules: CheckRuleSet): CheckRuleSet => ({
  twoLowerThan: { ...rules.twoLowerThan, enabled: true },
  highSkillWageGrowth: { ...rules.highSkillWageGrowth, enabled: true },
  educationFund: { ...rules.educationFund, enabled: true },
  fixedVariableRatio: { ...rules.fixedVariableRatio, enabled: true },
});

describe('the checks of a progress report, by the programme’s rule set', () => {
  it('national defaults: only the national rule (central opinions 四(二)) applies, citing no city', () => {
    const results = checkProgressReport(reportIndicators(), { stateOwned: true });
    // high-skill (139 × 90,000 + 20 × 120,000) / 159 = 93,773.58 against
    // (130 × 86,000 + 18 × 115,000) / 148 = 89,527.03 the year before: +4.74 %; management +4.00 %
    expect(results.map((r) => [r.check, r.result])).toEqual([[CheckId.HighSkillWageGrowth, 'pass']]);
    expect(figure(results[0], 'highSkillAveragePay')).toBe('93773.58');
    expect(figure(results[0], 'highSkillAveragePayGrowth')).toBe('4.74');
    expect(results[0].source.document['zh-CN']).toBe(
      '中共中央办公厅 国务院办公厅《关于提高技术工人待遇的意见》',
    );
    expect(results[0].source.exampleOf).toBeNull();
    expect(defaultCheckRules('370200')).toEqual(NATIONAL_CHECK_RULES);
  });

  it('a Qingdao programme adopting every example: each other city’s text is cited as that city’s example', () => {
    const applied = { rules: allOn(defaultCheckRules('370200')), cityCode: '370200' };
    const results = checkProgressReport(reportIndicators(), { stateOwned: true }, applied);
    expect(results.map((r) => [r.check, r.result])).toEqual([
      [CheckId.TwoLowerThan, 'insufficient-data'],
      [CheckId.HighSkillWageGrowth, 'pass'],
      // 900 / 12,000 = 7.5 % < 8 %
      [CheckId.EducationFund, 'fail'],
      [CheckId.FixedVariableRatio, 'info'],
    ]);
    expect(results.map((r) => r.source.exampleOf?.['zh-CN'] ?? null)).toEqual([
      '曲靖市',
      null,
      '吕梁市',
      '曲靖市',
    ]);
    // every figure is a finite decimal
    for (const result of results) {
      for (const f of result.figures) expect(f.value).toMatch(/^-?\d+\.\d{2}$/);
    }
    expect(AdoptionStatus.Adopted).toBe('adopted');
  });

  it('a Lüliang programme: its own 8 % / 60 % rule is on by default and cited as its own text', () => {
    const rules = defaultCheckRules('141100');
    expect(CHECK_RULE_KEYS.filter((key) => rules[key].enabled)).toEqual([
      'highSkillWageGrowth',
      'educationFund',
    ]);
    const results = checkProgressReport(
      reportIndicators(),
      { stateOwned: false },
      { rules, cityCode: '141100' },
    );
    const fund = results.find((r) => r.check === CheckId.EducationFund)!;
    expect(fund.result).toBe(CheckOutcome.Fail);
    expect(fund.source.document['zh-CN']).toContain('吕产改办发〔2023〕6号');
    expect(fund.source.exampleOf).toBeNull();
  });

  it('a Qujing programme: "two lower than" and case B’s ratio are its own rules (case D passes)', () => {
    const rules = defaultCheckRules('530300');
    expect(CHECK_RULE_KEYS.filter((key) => rules[key].enabled)).toEqual([
      'twoLowerThan',
      'highSkillWageGrowth',
      'fixedVariableRatio',
    ]);
    const results = checkProgressReport(
      {
        ...reportIndicators(),
        wageBill: 9_180,
        wageBillPrevious: 8_800,
        economicBenefit: 5_200,
        economicBenefitPrevious: 4_600,
        averagePay: 99_400,
        averagePayPrevious: 94_850,
        labourProductivity: 48,
        labourProductivityPrevious: 34,
      },
      { stateOwned: true },
      { rules, cityCode: '530300' },
    );
    expect(results[0].check).toBe(CheckId.TwoLowerThan);
    expect(results[0].result).toBe(CheckOutcome.Pass);
    expect(results[0].source.exampleOf).toBeNull();
  });

  it('takes the programme’s thresholds: 7.5 % and 65 % make the same report pass, then fail the front-line share', () => {
    const rules = allOn(NATIONAL_CHECK_RULES);
    rules.educationFund = { ...rules.educationFund, minShareOfWageBill: '7.5', minFrontLineShare: '65' };
    rules.fixedVariableRatio = { ...rules.fixedVariableRatio, referenceFixedShare: '30' };
    const results = checkProgressReport(
      reportIndicators(),
      { stateOwned: true },
      { rules, cityCode: '370200' },
    );
    const fund = results.find((r) => r.check === CheckId.EducationFund)!;
    // 900 / 12,000 = 7.50 % ≥ 7.5 %; 600 / 900 = 66.67 % ≥ 65 %
    expect(outcomes(fund)).toEqual([
      ['fundAtLeastShareOfWageBill', 'pass'],
      ['frontLineAtLeastShareOfFund', 'pass'],
    ]);
    expect([figure(fund, 'educationFundShareMin'), figure(fund, 'frontLineShareMin')]).toEqual([
      '7.50',
      '65.00',
    ]);
    const ratio = results.find((r) => r.check === CheckId.FixedVariableRatio)!;
    expect([figure(ratio, 'referenceFixedShare'), figure(ratio, 'referenceVariableShare')]).toEqual([
      '30.00',
      '70.00',
    ]);
  });

  it('cites the bureau’s own text as written, as nobody’s example', () => {
    const rules = allOn(NATIONAL_CHECK_RULES);
    rules.educationFund = {
      ...rules.educationFund,
      basis: {
        source: 'custom',
        document: '青人社字〔2021〕61号',
        article: '四（四）',
        excerpt: '统筹推动落实',
      },
    };
    const fund = checkProgressReport(
      reportIndicators(),
      { stateOwned: true },
      { rules, cityCode: '370200' },
    ).find((r) => r.check === CheckId.EducationFund)!;
    expect(fund.source).toEqual({
      document: { 'zh-CN': '青人社字〔2021〕61号', en: '青人社字〔2021〕61号' },
      article: { 'zh-CN': '四（四）', en: '四（四）' },
      excerpt: { 'zh-CN': '统筹推动落实', en: '统筹推动落实' },
      exampleOf: null,
    });
  });
});

describe('rule sets given as JSON', () => {
  it('accepts the defaults and names every bad field', () => {
    expect(checkRuleProblems(NATIONAL_CHECK_RULES)).toEqual([]);
    expect(
      checkRuleProblems({
        ...NATIONAL_CHECK_RULES,
        twoLowerThan: { enabled: 'yes', basis: { source: CheckBasisId.LvliangEducationFund } },
        educationFund: {
          ...NATIONAL_CHECK_RULES.educationFund,
          minShareOfWageBill: '120',
          minFrontLineShare: 60,
        },
        fixedVariableRatio: {
          ...NATIONAL_CHECK_RULES.fixedVariableRatio,
          referenceFixedShare: '40.125',
          basis: { source: 'custom', document: ' ', article: '一', excerpt: 'x'.repeat(1001) },
        },
      }),
    ).toEqual([
      { field: 'twoLowerThan.enabled', code: 'not-a-boolean' },
      // Lüliang's education-fund text is no basis for "two lower than"
      { field: 'twoLowerThan.basis.source', code: 'unknown-basis' },
      { field: 'educationFund.minShareOfWageBill', code: 'not-a-percent' },
      { field: 'educationFund.minFrontLineShare', code: 'not-a-percent' },
      { field: 'fixedVariableRatio.referenceFixedShare', code: 'not-a-percent' },
      { field: 'fixedVariableRatio.basis.document', code: 'text-required' },
      { field: 'fixedVariableRatio.basis.excerpt', code: 'too-long' },
    ]);
    expect(checkRuleProblems({ twoLowerThan: null })).toContainEqual({
      field: 'highSkillWageGrowth',
      code: 'required',
    });
  });

  it('normalises percentages and trims texts', () => {
    const rules = allOn(NATIONAL_CHECK_RULES);
    rules.educationFund = { ...rules.educationFund, minShareOfWageBill: '08.50' };
    rules.highSkillWageGrowth = {
      enabled: true,
      basis: { source: 'custom', document: ' 文件 ', article: '一', excerpt: '摘录' },
    };
    const normal = normaliseCheckRules(rules);
    expect(normal.educationFund.minShareOfWageBill).toBe('8.5');
    expect(normal.highSkillWageGrowth.basis).toEqual({
      source: 'custom',
      document: '文件',
      article: '一',
      excerpt: '摘录',
    });
  });
});
