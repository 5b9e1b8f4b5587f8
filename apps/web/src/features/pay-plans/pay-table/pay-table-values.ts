import { type WageSkillLevel } from '@skillpay/domain';
import {
  type DecimalInput,
  type PayTableInput,
  PayTableFill,
  PayTableForm,
  SKILL_LADDERS,
  SkillLadderId,
} from '@skillpay/paycalc';
import { decimalOf, formPathOf } from '../shared/live-calculation';

export type LadderChoice = SkillLadderId | 'custom';
export type IncrementMode = 'percent' | 'value';

/**
 * What the pay-table form holds. It follows `PayTableInput` except where a form needs a
 * different shape: the ladder choice with the enterprise's own grades beside it (their names are
 * their keys), and the step increment as a mode plus one number.
 */
export interface PayTableFormValues {
  ladder: LadderChoice;
  customGrades: { label?: string; marketSkillLevel?: WageSkillLevel | null }[];
  keyPoints: { grade?: string; ratio?: DecimalInput | null }[];
  fill: PayTableFill;
  form: PayTableForm;
  base?: DecimalInput | null;
  pointValue?: DecimalInput | null;
  steps?: DecimalInput | null;
  incrementMode: IncrementMode;
  increment?: DecimalInput | null;
  /** empty: the form's default places (0 元, 3 for coefficients, 0 points) */
  decimals?: number | null;
}

/**
 * A starting table on the national ladder: 3,000 元 a month for 学徒工, 三级 at 1.6 times and
 * 首席技师 at 4 times, ten steps of 3 % each — something to change, not a recommendation.
 */
export function defaultPayTableValues(): PayTableFormValues {
  return {
    ladder: SkillLadderId.National,
    customGrades: [],
    keyPoints: [
      { grade: 'apprentice', ratio: '1' },
      { grade: 'level-3', ratio: '1.6' },
      { grade: 'chief', ratio: '4' },
    ],
    fill: PayTableFill.Arithmetic,
    form: PayTableForm.Amount,
    base: '3000',
    pointValue: null,
    steps: 10,
    incrementMode: 'percent',
    increment: '3',
    decimals: null,
  };
}

/** The grades the form offers for key points: the ladder's, or the enterprise's own (keyed by name). */
export function gradesOf(
  values: Pick<PayTableFormValues, 'ladder' | 'customGrades'>,
): { key: string; label: string | null }[] {
  if (values.ladder !== 'custom')
    return SKILL_LADDERS[values.ladder].map((grade) => ({ key: grade.key, label: null }));
  return (values.customGrades ?? [])
    .map((grade) => (grade?.label ?? '').trim())
    .filter((label) => label !== '')
    .map((label) => ({ key: label, label }));
}

/** The calculator's input from the form. */
export function payTableInputOf(values: PayTableFormValues): PayTableInput {
  const custom = values.ladder === 'custom';
  const customGrades = values.customGrades ?? [];
  const marketSkillLevels = custom
    ? Object.fromEntries(
        customGrades
          .filter((grade) => grade?.marketSkillLevel && (grade.label ?? '').trim() !== '')
          .map((grade) => [(grade.label ?? '').trim(), grade.marketSkillLevel ?? null]),
      )
    : {};
  const pointValue = decimalOf(values.pointValue);
  const increment = decimalOf(values.increment);
  return {
    ladder:
      values.ladder === 'custom'
        ? customGrades.map((grade) => ({
            key: (grade?.label ?? '').trim(),
            label: (grade?.label ?? '').trim(),
          }))
        : values.ladder,
    keyPoints: (values.keyPoints ?? []).map((point) => ({
      grade: point?.grade ?? '',
      ratio: decimalOf(point?.ratio),
    })),
    fill: values.fill,
    form: values.form,
    base: decimalOf(values.base),
    ...(values.form !== PayTableForm.Amount && pointValue !== '' ? { pointValue } : {}),
    steps: decimalOf(values.steps),
    stepIncrement: values.incrementMode === 'value' ? { value: increment } : { percent: increment },
    ...(values.decimals === null || values.decimals === undefined ? {} : { decimals: values.decimals }),
    ...(Object.keys(marketSkillLevels).length > 0 ? { marketSkillLevels } : {}),
  };
}

/** The form's values from a saved input (a plan being revised). */
export function payTableValuesOf(input: PayTableInput): PayTableFormValues {
  const custom = typeof input.ladder !== 'string';
  const customGrades = typeof input.ladder === 'string' ? [] : input.ladder;
  const labelOf = (key: string) => customGrades.find((grade) => grade.key === key)?.label ?? key;
  return {
    ladder: typeof input.ladder === 'string' ? input.ladder : 'custom',
    customGrades: customGrades.map((grade) => ({
      label: grade.label,
      marketSkillLevel: input.marketSkillLevels?.[grade.key] ?? null,
    })),
    keyPoints: input.keyPoints.map((point) => ({
      grade: custom ? labelOf(point.grade) : point.grade,
      ratio: String(point.ratio),
    })),
    fill: input.fill,
    form: input.form,
    base: String(input.base),
    pointValue: input.pointValue === null || input.pointValue === undefined ? null : String(input.pointValue),
    steps: input.steps,
    incrementMode: 'value' in input.stepIncrement ? 'value' : 'percent',
    increment: String(
      'value' in input.stepIncrement ? input.stepIncrement.value : input.stepIncrement.percent,
    ),
    decimals: input.decimals ?? null,
  };
}

/** The form field a calculator error names. */
export function payTableFieldPath(field: string): string {
  if (field.startsWith('stepIncrement.')) return 'increment';
  const grade = /^ladder\[(\d+)\]\.key$/.exec(field);
  if (grade) return `customGrades.${grade[1]}.label`;
  if (field === 'ladder' || field.startsWith('marketSkillLevels.')) return 'customGrades';
  return formPathOf(field);
}
