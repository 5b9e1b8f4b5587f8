import { PostCategory } from '@skillpay/domain';
import { auxiliaryPool, distributePerformancePay, PerformanceBasis } from '@skillpay/paycalc';
import { calculate } from '../shared/live-calculation';
import {
  auxiliaryInputOf,
  defaultPerformancePayValues,
  distributionInputOf,
  performancePayFieldPath,
  performancePayInputOf,
  performancePayValuesOf,
} from './performance-pay-values';

const cents = (amount: string) => Math.round(Number(amount) * 100);

describe('performance-pay form ↔ distributePerformancePay / auxiliaryPool input', () => {
  it('shares the default pool so that departments and members add up to it to the cent', () => {
    const pay = distributePerformancePay(distributionInputOf(defaultPerformancePayValues()));
    expect(pay.departments.reduce((sum, department) => sum + cents(department.pool), 0)).toBe(12_000_000);
    for (const department of pay.departments) {
      expect(department.members.reduce((sum, member) => sum + cents(member.amount), 0)).toBe(
        cents(department.pool),
      );
    }
    // management at 80 %: 王主任's 90 points weigh 72
    expect(pay.departments[0].members[2]).toMatchObject({
      category: PostCategory.Management,
      weighted: '72.0000',
    });
  });

  it('leaves out what the form leaves empty, so the calculator applies its defaults', () => {
    const values = { ...defaultPerformancePayValues(), management: null, technical: '' };
    const input = distributionInputOf(values);
    expect(input.categoryWeights).toBeUndefined();
    expect(input.departments[0]).not.toHaveProperty('points');
    expect(input.departments[0].members[0]).not.toHaveProperty('coefficient');
    expect(input.departments[1].members[0].coefficient).toBe('1.2');
  });

  it('sends the auxiliary pool only when switched on, and gives the form back from the input', () => {
    const values = defaultPerformancePayValues();
    expect(Object.keys(performancePayInputOf(values))).toEqual(['distribution']);
    const both = performancePayInputOf({ ...values, auxiliaryEnabled: true });
    expect(Object.keys(both)).toEqual(['distribution', 'auxiliary']);
    expect(performancePayInputOf(performancePayValuesOf(both))).toEqual(both);
    // 80 % of 1,420 元 = 1,136 元 a head, two heads
    expect(auxiliaryPool(auxiliaryInputOf(values))).toMatchObject({
      perHead: '1136.00',
      pool: '2272.00',
      note: null,
    });
  });

  it('names the form field of each calculator error', () => {
    const values = defaultPerformancePayValues();
    const pieces = calculate(() =>
      distributePerformancePay(distributionInputOf({ ...values, basis: PerformanceBasis.Pieces })),
    );
    expect(pieces.error).toMatchObject({ code: 'missing', field: 'departments[0].points' });
    expect(performancePayFieldPath(pieces.error?.field ?? '')).toBe('departments.0.points');

    const empty = calculate(() =>
      distributePerformancePay(
        distributionInputOf({ ...values, departments: [{ label: '三车间', members: [] }] }),
      ),
    );
    expect(empty.error).toMatchObject({ code: 'empty', field: 'departments[0].members' });

    expect(performancePayFieldPath('departments[1].members[0].key')).toBe('departments.1.members.0.label');
    expect(performancePayFieldPath('members[1].coefficient')).toBe('auxiliary.members.1.coefficient');
    expect(performancePayFieldPath('ratioPercent')).toBe('auxiliary.ratioPercent');
    expect(performancePayFieldPath('categoryWeights.management')).toBe('management');
  });
});
