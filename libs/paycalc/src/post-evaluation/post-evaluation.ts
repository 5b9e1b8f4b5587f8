import { type Labels } from '@skillpay/domain';
import { type DecimalInput, formatScaled, fractionTo, type Scaled } from '../decimal';
import { PaycalcError } from '../errors';
import {
  requireHundredPercent,
  requireList,
  requireUniqueKeys,
  toInteger,
  toNonNegative,
  toPositive,
} from '../input';
import { CALCULATOR_SOURCES, type SourceArticle } from '../sources';

/** The four factors art. 18 names; an enterprise weights them and may add its own. */
export enum EvaluationFactor {
  /** 技能水平要求 */
  Skill = 'skill',
  /** 工作量及质量责任 */
  Responsibility = 'responsibility',
  /** 体力或脑力劳动强度 */
  Intensity = 'intensity',
  /** 工作条件 */
  Conditions = 'conditions',
}

export const EVALUATION_FACTOR_LABELS: Record<EvaluationFactor, Labels> = {
  [EvaluationFactor.Skill]: { 'zh-CN': '技能水平要求', en: 'Skill required' },
  [EvaluationFactor.Responsibility]: {
    'zh-CN': '工作量及质量责任',
    en: 'Workload and quality responsibility',
  },
  [EvaluationFactor.Intensity]: { 'zh-CN': '劳动强度', en: 'Physical or mental intensity' },
  [EvaluationFactor.Conditions]: { 'zh-CN': '工作条件', en: 'Working conditions' },
};

export const MAX_FACTORS = 12;
export const MAX_FACTOR_LEVELS = 10;
export const MAX_POSTS = 500;
export const MAX_BANDS = 60;

export interface FactorInput {
  /** one of EvaluationFactor, or the enterprise's own key */
  key: string;
  /** the enterprise's name for a custom factor; the four standard factors have theirs */
  label?: string;
  /** percent of the total points; the weights add up to 100 */
  weightPercent: DecimalInput;
  /** how many levels the factor is graded in (1–10) */
  levels: DecimalInput;
}

export interface PostInput {
  key: string;
  label?: string;
  /** the level of each factor, 1 … the factor's levels */
  levels: Readonly<Record<string, DecimalInput>>;
}

/** A grade and the fewest points a post needs for it; thresholds rise from band to band. */
export interface PointsBand {
  grade: string;
  minPoints: DecimalInput;
}

export interface PostEvaluationInput {
  /** the points of a post at the top level of every factor, e.g. 1000 */
  totalPoints: DecimalInput;
  factors: readonly FactorInput[];
  posts: readonly PostInput[];
  /** grades by points, lowest band first; optional */
  bands?: readonly PointsBand[];
}

export interface EvaluatedFactor {
  key: string;
  label: Labels;
  weightPercent: string;
  /** the points of levels 1 … n, to two places */
  levelPoints: string[];
}

export interface EvaluatedPost {
  key: string;
  label: string;
  /** per factor, the points of the post's level */
  factorPoints: Record<string, string>;
  points: string;
  /** 1 for the most points; equal points share a rank */
  rank: number;
  /** points ÷ the lowest post's points, four places: the multiples art. 22 lets pay standards follow */
  ratioToLowest: string;
  /** the band the points fall in; null below the lowest band or without bands */
  grade: string | null;
}

export interface PostEvaluation {
  factors: EvaluatedFactor[];
  /** in input order */
  posts: EvaluatedPost[];
  /** per band, the posts in it (by points, highest first) */
  bands: { grade: string; minPoints: string; posts: string[] }[];
  /** posts below the lowest band's threshold */
  ungraded: string[];
  source: SourceArticle;
}

/**
 * Point-factor post evaluation (arts. 17–19). A factor with weight w of a table of T points gives
 * level l of n levels T · w % · l ÷ n points, rounded to two places; a post's points are the sum
 * of its factors' level points as shown, so ranks and bands follow the figures the committee sees.
 */
export function evaluatePosts(input: PostEvaluationInput): PostEvaluation {
  const total = toPositive(input.totalPoints, 'totalPoints');
  const factorList = requireList(input.factors, 'factors', MAX_FACTORS);
  requireUniqueKeys(
    factorList.map((factor) => factor.key),
    (index) => `factors[${index}].key`,
  );
  const weights = factorList.map((factor, index) =>
    toNonNegative(factor.weightPercent, `factors[${index}].weightPercent`),
  );
  requireHundredPercent(weights, 'factors');
  const factors = factorList.map((factor, index) => {
    const levels = toInteger(factor.levels, `factors[${index}].levels`, { min: 1, max: MAX_FACTOR_LEVELS });
    const levelPoints = Array.from({ length: levels }, (_, level) =>
      fractionTo(total * weights[index] * BigInt(level + 1), 100n * BigInt(levels) * 10n ** 12n, 2),
    );
    const standard = Object.values(EvaluationFactor).includes(factor.key as EvaluationFactor)
      ? EVALUATION_FACTOR_LABELS[factor.key as EvaluationFactor]
      : null;
    const own = factor.label?.trim();
    const label = own ? { 'zh-CN': own, en: own } : standard;
    if (!label) throw new PaycalcError('missing', `factors[${index}].label`, factor.label);
    return { key: factor.key, label, weight: weights[index], levelPoints };
  });

  const postList = requireList(input.posts, 'posts', MAX_POSTS);
  requireUniqueKeys(
    postList.map((post) => post.key),
    (index) => `posts[${index}].key`,
  );
  const scored = postList.map((post, index) => {
    for (const key of Object.keys(post.levels ?? {})) {
      if (!factors.some((factor) => factor.key === key)) {
        throw new PaycalcError('unknown', `posts[${index}].levels.${key}`, key);
      }
    }
    const factorPoints = factors.map((factor) => {
      const field = `posts[${index}].levels.${factor.key}`;
      const level = post.levels?.[factor.key];
      if (level === undefined || level === null || level === '')
        throw new PaycalcError('missing', field, level);
      const chosen = toInteger(level, field, { min: 1, max: factor.levelPoints.length });
      return factor.levelPoints[chosen - 1];
    });
    return { post, factorPoints, points: factorPoints.reduce((sum, points) => sum + points, 0n) };
  });

  const bands = readBands(input.bands ?? []);
  const lowest = scored.reduce((min, entry) => (entry.points < min ? entry.points : min), scored[0].points);
  const gradeOf = (points: Scaled): string | null => {
    let grade: string | null = null;
    for (const band of bands) if (points >= band.minPoints) grade = band.grade;
    return grade;
  };
  const posts: EvaluatedPost[] = scored.map((entry) => ({
    key: entry.post.key,
    label: entry.post.label?.trim() || entry.post.key,
    factorPoints: Object.fromEntries(
      factors.map((factor, i) => [factor.key, formatScaled(entry.factorPoints[i], 2)]),
    ),
    points: formatScaled(entry.points, 2),
    rank: 1 + scored.filter((other) => other.points > entry.points).length,
    // a post's points are above zero unless every factor it scores on weighs nothing
    ratioToLowest: lowest === 0n ? '0.0000' : formatScaled(fractionTo(entry.points, lowest, 4), 4),
    grade: gradeOf(entry.points),
  }));
  const byPoints = [...scored].sort((a, b) => (b.points > a.points ? 1 : b.points < a.points ? -1 : 0));
  return {
    factors: factors.map((factor) => ({
      key: factor.key,
      label: factor.label,
      weightPercent: formatScaled(factor.weight, 2),
      levelPoints: factor.levelPoints.map((points) => formatScaled(points, 2)),
    })),
    posts,
    bands: bands.map((band) => ({
      grade: band.grade,
      minPoints: formatScaled(band.minPoints, 2),
      posts: byPoints.filter((entry) => gradeOf(entry.points) === band.grade).map((entry) => entry.post.key),
    })),
    ungraded:
      bands.length === 0
        ? []
        : byPoints.filter((entry) => gradeOf(entry.points) === null).map((entry) => entry.post.key),
    source: CALCULATOR_SOURCES.pointFactorEvaluation,
  };
}

function readBands(list: readonly PointsBand[]): { grade: string; minPoints: Scaled }[] {
  if (list.length > MAX_BANDS) throw new PaycalcError('too-many', 'bands', list.length, MAX_BANDS);
  requireUniqueKeys(
    list.map((band) => band.grade),
    (index) => `bands[${index}].grade`,
  );
  return list.map((band, index) => {
    const minPoints = toNonNegative(band.minPoints, `bands[${index}].minPoints`);
    if (index > 0 && minPoints <= toNonNegative(list[index - 1].minPoints, `bands[${index - 1}].minPoints`)) {
      throw new PaycalcError('not-rising', `bands[${index}].minPoints`, band.minPoints);
    }
    return { grade: band.grade, minPoints };
  });
}
