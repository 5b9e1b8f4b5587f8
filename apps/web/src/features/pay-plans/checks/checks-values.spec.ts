import { checkFieldPath, checksInputOf, checksValuesOf, liveChecks, newChecksValues } from './checks-values';

describe('checks form ↔ plan input', () => {
  it('reads empty figures as missing data, not as errors', () => {
    const live = liveChecks(newChecksValues());
    expect(live.errorPath).toBeNull();
    expect(live.results.twoLowerThan?.result?.result).toBe('insufficient-data');
    expect(live.input.twoLowerThan?.wageBill).toEqual({ current: null, previous: null });
    expect(live.input.stateOwned).toBe(true);
  });

  it("passes case D's two-lower-than figures and checks the education fund at exactly 8 % and 60 %", () => {
    const values = newChecksValues(false);
    values.parts = ['twoLowerThan', 'educationFund'];
    values.twoLowerThan = {
      wageBill: { current: 9180, previous: 8800 },
      economicBenefit: { current: 5200, previous: 4600 },
      averagePay: { current: 99400, previous: 94850 },
      labourProductivity: { current: 48, previous: 34 },
    };
    // 8 % of 1,000 万元 is 80; 60 % of 80 is 48: both on the boundary, both pass
    values.educationFund = { wageBill: '1000', educationFund: '80', educationFundFrontLine: '48' };
    const live = liveChecks(values);
    expect(Object.keys(live.input)).toEqual(['stateOwned', 'twoLowerThan', 'educationFund']);
    expect(live.results.twoLowerThan?.result?.result).toBe('pass');
    expect(live.results.twoLowerThan?.result?.binding).toBe(false);
    expect(live.results.educationFund?.result?.result).toBe('pass');
    expect(live.results.highSkillWageGrowth).toBeUndefined();
  });

  it("puts a bad figure on its year's field", () => {
    expect(checkFieldPath('twoLowerThan', 'wageBill')).toBe('twoLowerThan.wageBill.current');
    expect(checkFieldPath('twoLowerThan', 'economicBenefitPrevious')).toBe(
      'twoLowerThan.economicBenefit.previous',
    );
    expect(checkFieldPath('educationFund', 'educationFundFrontLine')).toBe(
      'educationFund.educationFundFrontLine',
    );
    const values = newChecksValues();
    values.highSkillWageGrowth = { managementAveragePay: { current: 1, previous: -3 } };
    const live = liveChecks(values);
    expect(live.errorPath).toBe('highSkillWageGrowth.managementAveragePay.previous');
    expect(live.results.highSkillWageGrowth?.error?.code).toBe('negative');
  });

  it('reads a saved input back into the form it came from', () => {
    const values = newChecksValues(false);
    values.parts = ['fixedVariableRatio', 'highSkillWageGrowth'];
    values.fixedVariableRatio = { fixedPay: '40', variablePay: '60' };
    values.highSkillWageGrowth = {
      highSkillAveragePay: { current: '3.3', previous: '3' },
      managementAveragePay: { current: '1.1', previous: '1' },
    };
    const input = checksInputOf(values);
    expect(checksInputOf(checksValuesOf(input))).toEqual(input);
  });
});
