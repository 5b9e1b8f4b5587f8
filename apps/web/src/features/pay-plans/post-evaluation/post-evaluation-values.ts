import {
  type DecimalInput,
  EvaluationFactor,
  type FactorInput,
  type PostEvaluationInput,
} from '@skillpay/paycalc';
import { decimalOf, formPathOf } from '../shared/live-calculation';

export type FactorKind = EvaluationFactor | 'custom';

/**
 * What the post-evaluation form holds. Factors are one of art. 18's four or the enterprise's own
 * (keyed `custom-<n>` by position); a post's levels are a list in the order of the factors, so a
 * grid of posts × factors edits them; posts and grades are keyed by their names.
 */
export interface PostEvaluationFormValues {
  totalPoints?: DecimalInput | null;
  factors: {
    kind?: FactorKind;
    label?: string;
    weightPercent?: DecimalInput | null;
    levels?: DecimalInput | null;
  }[];
  posts: { label?: string; levels?: (DecimalInput | null | undefined)[] }[];
  bands: { grade?: string; minPoints?: DecimalInput | null }[];
}

/**
 * Art. 18's four factors weighted 40 / 30 / 15 / 15 of 1,000 points in five levels each, four
 * posts and four grades — figures to change, not a recommendation.
 */
export function defaultPostEvaluationValues(): PostEvaluationFormValues {
  return {
    totalPoints: 1000,
    factors: [
      { kind: EvaluationFactor.Skill, weightPercent: '40', levels: 5 },
      { kind: EvaluationFactor.Responsibility, weightPercent: '30', levels: 5 },
      { kind: EvaluationFactor.Intensity, weightPercent: '15', levels: 5 },
      { kind: EvaluationFactor.Conditions, weightPercent: '15', levels: 5 },
    ],
    posts: [
      { label: '装配工', levels: [3, 2, 3, 3] },
      { label: '数控车工', levels: [4, 3, 3, 2] },
      { label: '焊工', levels: [3, 3, 4, 4] },
      { label: '设备维修工', levels: [5, 4, 3, 3] },
    ],
    bands: [
      { grade: '一岗', minPoints: '0' },
      { grade: '二岗', minPoints: '550' },
      { grade: '三岗', minPoints: '650' },
      { grade: '四岗', minPoints: '800' },
    ],
  };
}

/** A factor's key in the calculator's input: its standard key, or `custom-<position>`. */
export function factorKeyOf(
  factor: PostEvaluationFormValues['factors'][number] | undefined,
  index: number,
): string {
  const kind = factor?.kind;
  return kind === undefined || kind === 'custom' ? `custom-${index + 1}` : kind;
}

export function postEvaluationInputOf(values: PostEvaluationFormValues): PostEvaluationInput {
  const factors = values.factors ?? [];
  const keys = factors.map(factorKeyOf);
  const bands = (values.bands ?? []).filter(Boolean);
  return {
    totalPoints: decimalOf(values.totalPoints),
    factors: factors.map((factor, index): FactorInput => ({
      key: keys[index],
      ...(factor?.kind === 'custom' || factor?.kind === undefined
        ? { label: (factor?.label ?? '').trim() }
        : {}),
      weightPercent: decimalOf(factor?.weightPercent),
      levels: decimalOf(factor?.levels),
    })),
    posts: (values.posts ?? []).map((post) => ({
      key: (post?.label ?? '').trim(),
      levels: Object.fromEntries(keys.map((key, index) => [key, decimalOf(post?.levels?.[index])])),
    })),
    ...(bands.length > 0
      ? {
          bands: bands.map((band) => ({
            grade: (band.grade ?? '').trim(),
            minPoints: decimalOf(band.minPoints),
          })),
        }
      : {}),
  };
}

export function postEvaluationValuesOf(input: PostEvaluationInput): PostEvaluationFormValues {
  const standard = Object.values(EvaluationFactor) as string[];
  return {
    totalPoints: input.totalPoints,
    factors: input.factors.map((factor) => ({
      kind: standard.includes(factor.key) ? (factor.key as EvaluationFactor) : 'custom',
      label: factor.label,
      weightPercent: factor.weightPercent,
      levels: factor.levels,
    })),
    posts: input.posts.map((post) => ({
      label: post.label ?? post.key,
      levels: input.factors.map((factor) => post.levels[factor.key] ?? null),
    })),
    bands: (input.bands ?? []).map((band) => ({ grade: band.grade, minPoints: band.minPoints })),
  };
}

/** The form field a calculator error names, given the factors' keys in form order. */
export function postEvaluationFieldPath(values: PostEvaluationFormValues) {
  const keys = (values.factors ?? []).map(factorKeyOf);
  return (field: string): string => {
    const factorKey = /^factors\[(\d+)\]\.key$/.exec(field);
    if (factorKey) return `factors.${factorKey[1]}.kind`;
    const postKey = /^posts\[(\d+)\]\.key$/.exec(field);
    if (postKey) return `posts.${postKey[1]}.label`;
    const level = /^posts\[(\d+)\]\.levels\.(.+)$/.exec(field);
    if (level) return `posts.${level[1]}.levels.${keys.indexOf(level[2])}`;
    return formPathOf(field);
  };
}
