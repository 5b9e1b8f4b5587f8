import { Rating, simulatePayPath, simulateTeamWageBill } from '@skillpay/paycalc';
import { calculate } from '../shared/live-calculation';
import {
  defaultStepMovementValues,
  parseAmounts,
  payPathInputOf,
  stepMovementFieldPath,
  stepMovementInputOf,
  stepMovementValuesOf,
  teamWageBillInputOf,
} from './step-movement-values';

describe('step-movement form ↔ simulatePayPath / simulateTeamWageBill input', () => {
  it('reads step amounts typed or pasted from Excel, keeping their exact digits', () => {
    expect(parseAmounts('4000, 4120，4240\n4360\t4480;4600')).toEqual([
      '4000',
      '4120',
      '4240',
      '4360',
      '4480',
      '4600',
    ]);
    expect(parseAmounts('  ')).toEqual([]);
    expect(parseAmounts(undefined)).toEqual([]);
  });

  it("takes a pay table grade's steps handed over and simulates the default path", () => {
    const values = defaultStepMovementValues({
      stepAmounts: ['5000.00', '5150.00', '5300.00'],
      grade: '三级',
    });
    expect(values.stepAmounts).toBe('5000.00, 5150.00, 5300.00');
    const path = simulatePayPath(
      payPathInputOf({ ...values, ratings: [Rating.Excellent, Rating.Qualified] }),
    );
    // step 1 → 3 (excellent), then capped at the top step 3
    expect(path.years.map((year) => [year.step, year.capped])).toEqual([
      [1, null],
      [3, null],
      [3, 'top'],
    ]);
  });

  it('sends the simulated part only, and gives the form back from it', () => {
    const values = defaultStepMovementValues();
    const path = stepMovementInputOf(values);
    expect(Object.keys(path)).toEqual(['payPath']);
    const team = stepMovementInputOf({ ...values, mode: 'team' });
    expect(Object.keys(team)).toEqual(['teamWageBill']);
    expect(stepMovementInputOf(stepMovementValuesOf(path))).toEqual(path);
    expect(stepMovementInputOf(stepMovementValuesOf(team))).toEqual(team);
    expect(simulateTeamWageBill(teamWageBillInputOf({ ...values, mode: 'team' })).years).toHaveLength(6);
  });

  it('marks the list field and the entry of a bad step amount', () => {
    const bad = calculate(() =>
      simulatePayPath(payPathInputOf({ ...defaultStepMovementValues(), stepAmounts: '4000, 39O0' })),
    );
    expect(bad.error).toMatchObject({ code: 'not-a-number', field: 'stepAmounts[1]' });
    expect(stepMovementFieldPath('stepAmounts[1]')).toBe('stepAmounts');
    expect(stepMovementFieldPath('groups[2].stepAmounts[0]')).toBe('groups.2.stepAmounts');
    expect(stepMovementFieldPath('groups[2].key')).toBe('groups.2.label');
    expect(stepMovementFieldPath('distribution.qualified')).toBe('distribution.qualified');
    expect(stepMovementFieldPath('ratings[3]')).toBe('ratings.3');
  });

  it('refuses a distribution that does not add up to 100 % on the distribution', () => {
    const values = { ...defaultStepMovementValues(), mode: 'team' as const };
    const bad = calculate(() =>
      simulateTeamWageBill(
        teamWageBillInputOf({ ...values, distribution: { ...values.distribution, qualified: '60' } }),
      ),
    );
    expect(bad.error?.code).toBe('not-100-percent');
    expect(stepMovementFieldPath(bad.error?.field ?? '')).toBe('distribution');
  });
});
