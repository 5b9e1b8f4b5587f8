import { CALCULATOR_KINDS } from '@skillpay/domain';
import { CalculatorInputError, inputField, runCalculator } from './calculators';

const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof CalculatorInputError)
      return error.problems.map(({ field, code }) => ({ field, code }));
    throw error;
  }
  throw new Error('no CalculatorInputError');
};

describe('runCalculator: routing the toolkit’s input to libs/paycalc', () => {
  it('turns paycalc’s paths into the API’s dotted field paths under input', () => {
    expect(inputField('keyPoints[2].ratio')).toBe('input.keyPoints.2.ratio');
    expect(inputField('departments[1].members[0].points', 'distribution')).toBe(
      'input.distribution.departments.1.members.0.points',
    );
    expect(inputField('', 'mentor')).toBe('input.mentor');
  });

  it('runs a single calculator on its input: case 4 (D) figures through the allowances parts', () => {
    // 14 × 800 + 20 × 500 + 139 × 300 + 195 × 100 = 82,400 元 a month, × 12 = 988,800 元
    const result = runCalculator('allowances', {
      skillAllowance: {
        rows: [
          { level: 'level-1', monthlyAmount: 800, headcount: 14 },
          { level: 'level-2', monthlyAmount: 500, headcount: 20 },
          { level: 'level-3', monthlyAmount: 300, headcount: 139 },
          { level: 'level-4', monthlyAmount: 100, headcount: 195 },
        ],
      },
    });
    expect(result).toEqual({
      skillAllowance: expect.objectContaining({ monthlyTotal: '82400.00', annualTotal: '988800.00' }),
    });
  });

  it('lets the caller’s ownership decide whether SOE-only checks bind, over the input’s claim', () => {
    const input = {
      stateOwned: true,
      highSkillWageGrowth: {
        highSkillAveragePay: { current: 105000, previous: 100000 },
        managementAveragePay: { current: 104000, previous: 100000 },
      },
    };
    // 5 % ≥ 4 %: passes either way; binding follows the enterprise record when one is given
    expect(runCalculator('checks', input).highSkillWageGrowth).toMatchObject({
      result: 'pass',
      binding: true,
    });
    expect(runCalculator('checks', input, { stateOwned: false }).highSkillWageGrowth).toMatchObject({
      binding: false,
    });
    expect(problemsOf(() => runCalculator('checks', { ...input, stateOwned: 'yes' }))).toEqual([
      { field: 'input.stateOwned', code: 'validation.isBoolean' },
    ]);
  });

  it('collects unknown parts, missing parts and each part’s paycalc error at once', () => {
    expect(
      problemsOf(() =>
        runCalculator('step-movement', {
          payPath: { stepAmounts: ['3000', '3100'], startStep: 0, ratings: ['qualified'] },
          teamWageBill: [],
          extra: 1,
        }),
      ),
    ).toEqual([
      { field: 'input.extra', code: 'errors.paycalc_unknown_part' },
      { field: 'input.payPath.startStep', code: 'errors.paycalc_out_of_range' },
      { field: 'input.teamWageBill', code: 'errors.paycalc_malformed' },
    ]);
    expect(problemsOf(() => runCalculator('performance-pay', {}))).toEqual([
      { field: 'input', code: 'errors.paycalc_no_part' },
    ]);
  });

  it('answers input of the wrong shape with a field problem for every calculator, never a TypeError', () => {
    for (const kind of CALCULATOR_KINDS) {
      const problems = problemsOf(() => runCalculator(kind, { keyPoints: 'none', payPath: 7, rows: {} }));
      expect(problems.length).toBeGreaterThan(0);
      problems.forEach((problem) => expect(problem.field).toMatch(/^input/));
    }
  });
});
