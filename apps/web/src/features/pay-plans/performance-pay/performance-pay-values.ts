import { PostCategory } from '@skillpay/domain';
import {
  type AuxiliaryPoolInput,
  type DecimalInput,
  PerformanceBasis,
  type PerformancePayCalculatorInput,
  type PerformancePayInput,
} from '@skillpay/paycalc';
import { decimalOf, formPathOf } from '../shared/live-calculation';

type Value = DecimalInput | null | undefined;

/**
 * What the performance-pay form holds: the unit pool shared to departments and their members
 * (departments and members keyed by their names), and optionally the auxiliary staff's pool.
 */
export interface PerformancePayFormValues {
  pool?: Value;
  basis: PerformanceBasis;
  management?: Value;
  technical?: Value;
  departments: {
    label?: string;
    points?: Value;
    members: { label?: string; category?: PostCategory; measure?: Value; coefficient?: Value }[];
  }[];
  auxiliaryEnabled: boolean;
  auxiliary: {
    servedAverage?: Value;
    ratioPercent?: Value;
    members: { label?: string; coefficient?: Value; points?: Value }[];
  };
}

/**
 * Two workshops sharing 120,000 元 by points, management at 80 % and technical at 90 %; auxiliary
 * staff at 80 % of case A's 1,420 元 average — figures to change, not a recommendation.
 */
export function defaultPerformancePayValues(): PerformancePayFormValues {
  return {
    pool: '120000',
    basis: PerformanceBasis.Points,
    management: '80',
    technical: '90',
    departments: [
      {
        label: '一车间',
        members: [
          { label: '张工', category: PostCategory.Skilled, measure: '120' },
          { label: '李工', category: PostCategory.Skilled, measure: '100' },
          { label: '王主任', category: PostCategory.Management, measure: '90' },
        ],
      },
      {
        label: '二车间',
        members: [
          { label: '赵工', category: PostCategory.Skilled, measure: '110', coefficient: '1.2' },
          { label: '钱工程师', category: PostCategory.Technical, measure: '95' },
        ],
      },
    ],
    auxiliaryEnabled: false,
    auxiliary: {
      servedAverage: '1420',
      ratioPercent: '80',
      members: [{ label: '仓管员' }, { label: '叉车工' }],
    },
  };
}

const given = (value: Value) => decimalOf(value) !== '';

export function distributionInputOf(values: PerformancePayFormValues): PerformancePayInput {
  const weights = {
    ...(given(values.management) ? { management: decimalOf(values.management) } : {}),
    ...(given(values.technical) ? { technical: decimalOf(values.technical) } : {}),
  };
  return {
    pool: decimalOf(values.pool),
    basis: values.basis,
    departments: (values.departments ?? []).map((department) => ({
      key: (department?.label ?? '').trim(),
      ...(given(department?.points) ? { points: decimalOf(department?.points) } : {}),
      members: (department?.members ?? []).map((member) => ({
        key: (member?.label ?? '').trim(),
        category: member?.category ?? PostCategory.Skilled,
        measure: decimalOf(member?.measure),
        ...(given(member?.coefficient) ? { coefficient: decimalOf(member?.coefficient) } : {}),
      })),
    })),
    ...(Object.keys(weights).length > 0 ? { categoryWeights: weights } : {}),
  };
}

export function auxiliaryInputOf(values: PerformancePayFormValues): AuxiliaryPoolInput {
  const auxiliary = values.auxiliary ?? { members: [] };
  return {
    servedAverage: decimalOf(auxiliary.servedAverage),
    ratioPercent: decimalOf(auxiliary.ratioPercent),
    members: (auxiliary.members ?? []).map((member) => ({
      key: (member?.label ?? '').trim(),
      ...(given(member?.coefficient) ? { coefficient: decimalOf(member?.coefficient) } : {}),
      ...(given(member?.points) ? { points: decimalOf(member?.points) } : {}),
    })),
  };
}

export function performancePayInputOf(values: PerformancePayFormValues): PerformancePayCalculatorInput {
  return {
    distribution: distributionInputOf(values),
    ...(values.auxiliaryEnabled ? { auxiliary: auxiliaryInputOf(values) } : {}),
  };
}

const text = (value: DecimalInput | null | undefined) =>
  value === undefined || value === null ? undefined : String(value);

/** The form's values from a saved input; a part not saved keeps the defaults. */
export function performancePayValuesOf(input: PerformancePayCalculatorInput): PerformancePayFormValues {
  const defaults = defaultPerformancePayValues();
  const { distribution, auxiliary } = input;
  return {
    ...defaults,
    ...(distribution
      ? {
          pool: text(distribution.pool),
          basis: distribution.basis,
          management: text(distribution.categoryWeights?.management),
          technical: text(distribution.categoryWeights?.technical),
          departments: distribution.departments.map((department) => ({
            label: department.label ?? department.key,
            points: text(department.points),
            members: department.members.map((member) => ({
              label: member.label ?? member.key,
              category: member.category ?? PostCategory.Skilled,
              measure: text(member.measure),
              coefficient: text(member.coefficient),
            })),
          })),
        }
      : {}),
    auxiliaryEnabled: Boolean(auxiliary),
    ...(auxiliary
      ? {
          auxiliary: {
            servedAverage: text(auxiliary.servedAverage),
            ratioPercent: text(auxiliary.ratioPercent),
            members: auxiliary.members.map((member) => ({
              label: member.label ?? member.key,
              coefficient: text(member.coefficient),
              points: text(member.points),
            })),
          },
        }
      : {}),
  };
}

/**
 * The form field a calculator error names. The distribution's and the auxiliary pool's fields do
 * not overlap (`pool`, `departments…` / `servedAverage`, `ratioPercent`, `members…`), so one
 * mapping serves both.
 */
export function performancePayFieldPath(field: string): string {
  const keyed = field.replace(/\.key$/, '.label');
  if (/^(servedAverage|ratioPercent|members)\b/.test(field)) return `auxiliary.${formPathOf(keyed)}`;
  if (field === 'categoryWeights.management') return 'management';
  if (field === 'categoryWeights.technical') return 'technical';
  return formPathOf(keyed);
}
