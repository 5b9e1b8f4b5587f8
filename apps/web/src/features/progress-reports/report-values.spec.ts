import { SkillLevel } from '@skillpay/domain';
import { defaultCheckRules, NATIONAL_APPLIED_RULES } from '@skillpay/paycalc';
import { formatDecimal } from '../../ui/format-decimal';
import { indicatorsOf, liveChecks, newReportValues } from './report-values';

describe('report form values', () => {
  it('starts a report with the high-skill levels and nothing filled', () => {
    const values = newReportValues();
    expect(values.indicators.skillLevels.map((row) => row.level)).toEqual([
      SkillLevel.Level3,
      SkillLevel.Level2,
      SkillLevel.Level1,
    ]);
    expect(values.indicators.wageBill).toBeNull();
    expect(values.adoption.careerChannel.status).toBe('not-started');
  });

  it('reads a half-filled form as nulls, dropping rows without a level', () => {
    const indicators = indicatorsOf({
      wageBill: 9180,
      skillLevels: [
        {
          level: SkillLevel.Level3,
          headcount: 139,
          averagePay: undefined as unknown as null,
          previousHeadcount: null,
          previousAveragePay: null,
        },
        undefined as never,
      ],
    });
    expect(indicators.wageBill).toBe(9180);
    expect(indicators.wageBillPrevious).toBeNull();
    expect(indicators.skillLevels).toEqual([
      {
        level: SkillLevel.Level3,
        headcount: 139,
        averagePay: null,
        previousHeadcount: null,
        previousAveragePay: null,
      },
    ]);
  });

  it('computes the programme’s checks live as the user types', () => {
    const figures = { wageBill: 9180, educationFund: 700, educationFundFrontLine: 500 };
    // a Lüliang programme applies its own 8 % rule: 700 / 9,180 = 7.63 %
    const lvliang = liveChecks(figures, true, { rules: defaultCheckRules('141100'), cityCode: '141100' });
    const fund = lvliang.results?.find((result) => result.check === 'education-fund');
    expect(fund?.result).toBe('fail');
    expect(fund?.figures.find((figure) => figure.key === 'educationFundShare')?.value).toBe('7.63');
    // the national defaults (a Qingdao programme) leave it out
    const qingdao = liveChecks(figures, true, { rules: defaultCheckRules('370200'), cityCode: '370200' });
    expect(qingdao.results?.map((result) => result.check)).toEqual(['high-skill-wage-growth']);
  });

  it('names the field a negative figure was typed into instead of computing', () => {
    expect(liveChecks({ managementAveragePay: -1 }, true, NATIONAL_APPLIED_RULES)).toEqual({
      results: null,
      invalidField: 'managementAveragePay',
    });
  });

  it('groups thousands without touching the digits', () => {
    expect(formatDecimal('12345.67')).toBe('12,345.67');
    expect(formatDecimal('-1234567.00')).toBe('-1,234,567.00');
    expect(formatDecimal('98.6')).toBe('98.6');
  });
});
