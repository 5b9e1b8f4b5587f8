import { SkillLevel } from '@skillpay/domain';
import { buildPayTable, PayTableForm, SkillLadderId } from '@skillpay/paycalc';
import { calculate } from '../shared/live-calculation';
import {
  defaultPayTableValues,
  gradesOf,
  payTableFieldPath,
  payTableInputOf,
  type PayTableFormValues,
  payTableValuesOf,
} from './pay-table-values';

describe('pay-table form ↔ buildPayTable input', () => {
  it('builds the default national table live: 3,000 元 at the bottom, 4 × at the top, ten steps of 3 %', () => {
    const table = buildPayTable(payTableInputOf(defaultPayTableValues()));
    expect(table.grades).toHaveLength(8);
    expect(table.grades[0].steps[0].value).toBe('3000');
    // 3 % of 3,000 = 90 a step: step 10 = 3,000 + 9 × 90
    expect(table.grades[0].steps[9].value).toBe('3810');
    expect(table.grades[7].steps[0].value).toBe('12000');
  });

  it('sends a percent or a fixed increment, and a point value only for coefficients and points', () => {
    const values: PayTableFormValues = {
      ...defaultPayTableValues(),
      form: PayTableForm.Points,
      base: '100',
      pointValue: '30',
      incrementMode: 'value',
      increment: '5',
    };
    const input = payTableInputOf(values);
    expect(input.stepIncrement).toEqual({ value: '5' });
    expect(input.pointValue).toBe('30');
    const table = buildPayTable(input);
    // 100 points × 30 元 = 3,000 元; the next step 105 points = 3,150 元
    expect(table.grades[0].steps[1]).toEqual({ step: 2, value: '105', amount: '3150.00' });
    expect(payTableInputOf({ ...values, form: PayTableForm.Amount }).pointValue).toBeUndefined();
  });

  it("keys the enterprise's own grades by their names and maps their benchmark levels", () => {
    const values: PayTableFormValues = {
      ...defaultPayTableValues(),
      ladder: 'custom',
      customGrades: [
        { label: ' 操作一岗 ' },
        { label: '操作二岗', marketSkillLevel: null },
        { label: '操作三岗', marketSkillLevel: SkillLevel.Level3 },
      ],
      keyPoints: [
        { grade: '操作一岗', ratio: '1' },
        { grade: '操作三岗', ratio: '2' },
      ],
    };
    const input = payTableInputOf(values);
    expect(input.ladder).toEqual([
      { key: '操作一岗', label: '操作一岗' },
      { key: '操作二岗', label: '操作二岗' },
      { key: '操作三岗', label: '操作三岗' },
    ]);
    expect(input.marketSkillLevels).toEqual({ 操作三岗: 'level-3' });
    expect(gradesOf(values).map((grade) => grade.key)).toEqual(['操作一岗', '操作二岗', '操作三岗']);
    // arithmetic: 3,000 → 4,500 → 6,000
    expect(buildPayTable(input).grades.map((grade) => grade.steps[0].value)).toEqual([
      '3000',
      '4500',
      '6000',
    ]);
  });

  it('gives back the same form from a saved input (a plan being revised)', () => {
    const custom: PayTableFormValues = {
      ...defaultPayTableValues(),
      ladder: 'custom',
      customGrades: [
        { label: 'A', marketSkillLevel: null },
        { label: 'B', marketSkillLevel: null },
      ],
      keyPoints: [
        { grade: 'A', ratio: '1' },
        { grade: 'B', ratio: '1.5' },
      ],
      decimals: 1,
    };
    for (const values of [
      defaultPayTableValues(),
      { ...defaultPayTableValues(), ladder: SkillLadderId.Qujing },
      custom,
    ]) {
      const input = payTableInputOf(values);
      expect(payTableInputOf(payTableValuesOf(input))).toEqual(input);
    }
  });

  it('names the form field of each calculator error', () => {
    const rising = calculate(() =>
      buildPayTable(
        payTableInputOf({
          ...defaultPayTableValues(),
          keyPoints: [
            { grade: 'apprentice', ratio: '1' },
            { grade: 'level-3', ratio: '0.9' },
            { grade: 'chief', ratio: '4' },
          ],
        }),
      ),
    );
    expect(rising.error?.code).toBe('not-rising');
    expect(payTableFieldPath(rising.error?.field ?? '')).toBe('keyPoints.1.ratio');

    const empty = calculate(() => buildPayTable(payTableInputOf({ ...defaultPayTableValues(), base: null })));
    expect(empty.error).toMatchObject({ code: 'not-a-number', field: 'base', value: '' });

    const steps = calculate(() => buildPayTable(payTableInputOf({ ...defaultPayTableValues(), steps: 31 })));
    expect(steps.error).toMatchObject({ code: 'out-of-range', field: 'steps', limit: 30 });

    expect(payTableFieldPath('stepIncrement.percent')).toBe('increment');
    expect(payTableFieldPath('ladder[1].key')).toBe('customGrades.1.label');
    expect(payTableFieldPath('ladder')).toBe('customGrades');
  });
});
