import { type Labels, type WageSkillLevel } from '@skillpay/domain';
import {
  type DecimalInput,
  divideRounded,
  formatScaled,
  formatTrimmed,
  hasAtMostDecimals,
  multiply,
  ONE,
  rootRounded,
  type Scaled,
  SCALE_DIGITS,
  scaled,
  toScaled,
} from '../decimal';
import { PaycalcError } from '../errors';
import { requireList, requireUniqueKeys, toInteger, toNonNegative, toPositive } from '../input';
import { CALCULATOR_SOURCES, type SourceArticle } from '../sources';
import { type LadderGrade, SKILL_LADDERS, type SkillLadderId } from './ladders';

/** How grades between two key points are filled (art. 23). */
export enum PayTableFill {
  /** equal differences: smaller gaps toward the top */
  Arithmetic = 'arithmetic',
  /** equal ratios: the gaps widen toward the top */
  Geometric = 'geometric',
}

/** How the standards are expressed (art. 24). */
export enum PayTableForm {
  /** 元 a month */
  Amount = 'amount',
  /** 岗位工资系数, × 基数值 */
  Coefficient = 'coefficient',
  /** 薪点数, × 薪点值 */
  Points = 'points',
}

/** Qujing annex 1 sets up to 30 steps (薪级) per grade. */
export const MAX_PAY_STEPS = 30;
/** Case B has 46 grades over 18 sequences; 60 leaves room for an enterprise's own ladder. */
export const MAX_PAY_GRADES = 60;

/** Places a value keeps unless the input says otherwise: whole 元, three places of a coefficient, whole points. */
export const DEFAULT_PAY_TABLE_DECIMALS: Record<PayTableForm, number> = {
  [PayTableForm.Amount]: 0,
  [PayTableForm.Coefficient]: 3,
  [PayTableForm.Points]: 0,
};
const MAX_DECIMALS: Record<PayTableForm, number> = {
  [PayTableForm.Amount]: 2,
  [PayTableForm.Coefficient]: 4,
  [PayTableForm.Points]: 2,
};

export interface CustomGrade {
  key: string;
  label: string;
}

/** A key post (lowest, highest or a benchmark grade) and its ratio to the lowest grade (which is 1). */
export interface PayKeyPoint {
  grade: string;
  ratio: DecimalInput;
}

/** Within a grade the steps rise by equal increments: a percentage of the grade's first step, or one value for all grades. */
export type StepIncrement = { percent: DecimalInput } | { value: DecimalInput };

export interface PayTableInput {
  /** a ladder of the sources, or the enterprise's own grades low → high */
  ladder: SkillLadderId | readonly CustomGrade[];
  /** low → high; the first is the lowest grade with ratio 1, the last the highest grade */
  keyPoints: readonly PayKeyPoint[];
  fill: PayTableFill;
  form: PayTableForm;
  /** the lowest grade's first step: 元 a month, or its coefficient, or its pay points */
  base: DecimalInput;
  /** 基数值 / 薪点值 in 元 per coefficient unit or point: the table then shows amounts too */
  pointValue?: DecimalInput | null;
  /** steps per grade, 1 (一岗一薪) to 30 */
  steps: DecimalInput;
  stepIncrement: StepIncrement;
  /** places of the values (default by form: 0, 3, 0) */
  decimals?: number;
  /** the benchmark skill level of a grade, overriding the ladder's (null: none) */
  marketSkillLevels?: Readonly<Record<string, WageSkillLevel | null>>;
}

export interface PayTableStep {
  step: number;
  /** in the table's form: 元, coefficient or points */
  value: string;
  /** 元 a month (value × point value to the cent), null for coefficients or points without a point value */
  amount: string | null;
}

export interface PayTableGrade {
  key: string;
  label: Labels;
  /** the benchmark skill level to show market P25 / P50 / P75 beside this grade (art. 22), see `placeBesideMarket` */
  marketSkillLevel: WageSkillLevel | null;
  keyPoint: boolean;
  /** the first step ÷ the lowest grade's first step, four places */
  ratio: string;
  /** the within-grade gap: the difference between adjacent steps */
  stepIncrement: string;
  /** (top step − first step) ÷ first step, percent */
  spreadPercent: string;
  steps: PayTableStep[];
}

/** The cross-grade gap between the first steps of two adjacent grades. */
export interface PayTableGap {
  lowerGrade: string;
  upperGrade: string;
  value: string;
  percent: string;
}

export type PayTableWarning =
  | {
      /** art. 23: gaps within a grade should be narrower than across grades */
      code: 'within-grade-gap-exceeds-cross-grade-gap';
      grade: string;
      lowerGrade: string;
      upperGrade: string;
      withinGap: string;
      crossGap: string;
    }
  | {
      /** two grades' first steps are equal once rounded to the table's places */
      code: 'equal-grades-after-rounding';
      lowerGrade: string;
      upperGrade: string;
      value: string;
    };

export interface PayTable {
  form: PayTableForm;
  fill: PayTableFill;
  decimals: number;
  pointValue: string | null;
  stepCount: number;
  /** low → high */
  grades: PayTableGrade[];
  crossGradeGaps: PayTableGap[];
  warnings: PayTableWarning[];
  sources: SourceArticle[];
}

interface KeyPoint {
  index: number;
  /** base × ratio, scaled twice (10^12), exact */
  value: bigint;
}

/**
 * The post pay table (arts. 20–24, Qujing annex 1). Key points fix the ratios of the lowest, the
 * highest and any benchmark grades; the grades between them follow an arithmetic or a geometric
 * progression; each grade's steps rise by one increment. Every value is rounded once, half away
 * from zero (geometric values from an exact integer root), to the table's places, and the steps are
 * built from the rounded first step and the rounded increment, so within a grade the differences
 * are exactly equal (Qujing art. 8: 等差数列).
 */
export function buildPayTable(input: PayTableInput): PayTable {
  const ladder = readLadder(input.ladder, input.marketSkillLevels);
  const form = readEnum(input.form, PayTableForm, 'form');
  const fill = readEnum(input.fill, PayTableFill, 'fill');
  const decimals = toInteger(input.decimals ?? DEFAULT_PAY_TABLE_DECIMALS[form], 'decimals', {
    min: 0,
    max: MAX_DECIMALS[form],
  });
  const base = toPositive(input.base, 'base');
  if (!hasAtMostDecimals(base, decimals))
    throw new PaycalcError('too-many-decimals', 'base', input.base, decimals);
  const pointValue =
    input.pointValue === null || input.pointValue === undefined || input.pointValue === ''
      ? null
      : toPositive(input.pointValue, 'pointValue');
  const stepCount = toInteger(input.steps, 'steps', { min: 1, max: MAX_PAY_STEPS });
  const keyPoints = readKeyPoints(input.keyPoints, ladder, base);

  const unit = 10n ** BigInt(SCALE_DIGITS - decimals);
  const firstSteps = fillGrades(keyPoints, fill, decimals).map((units) => units * unit);
  const increments = firstSteps.map((first) => readIncrement(input.stepIncrement, first, decimals));
  const amountOf = (value: Scaled): string | null => {
    if (form === PayTableForm.Amount) return formatScaled(value, 2);
    return pointValue === null ? null : formatScaled(multiply(value, pointValue), 2);
  };
  const lowest = firstSteps[0];
  const keyIndexes = new Set(keyPoints.map((point) => point.index));

  const grades: PayTableGrade[] = ladder.map((grade, index) => {
    const first = firstSteps[index];
    const increment = increments[index];
    const top = first + BigInt(stepCount - 1) * increment;
    return {
      key: grade.key,
      label: grade.label,
      marketSkillLevel: grade.marketSkillLevel,
      keyPoint: keyIndexes.has(index),
      ratio: formatScaled(divideRounded(first * ONE, lowest), 4),
      stepIncrement: formatScaled(increment, decimals),
      spreadPercent: formatScaled(divideRounded((top - first) * 100n * ONE, first), 2),
      steps: Array.from({ length: stepCount }, (_, step) => {
        const value = first + BigInt(step) * increment;
        return { step: step + 1, value: formatScaled(value, decimals), amount: amountOf(value) };
      }),
    };
  });

  const crossGradeGaps: PayTableGap[] = [];
  const warnings: PayTableWarning[] = [];
  for (let index = 0; index + 1 < ladder.length; index++) {
    const lower = ladder[index].key;
    const upper = ladder[index + 1].key;
    const gap = firstSteps[index + 1] - firstSteps[index];
    crossGradeGaps.push({
      lowerGrade: lower,
      upperGrade: upper,
      value: formatScaled(gap, decimals),
      percent: formatScaled(divideRounded(gap * 100n * ONE, firstSteps[index]), 2),
    });
    if (gap === 0n) {
      warnings.push({
        code: 'equal-grades-after-rounding',
        lowerGrade: lower,
        upperGrade: upper,
        value: formatScaled(firstSteps[index], decimals),
      });
    }
    // a step gap only exists with two steps or more; either grade's step gap may outgrow the gap between them
    if (stepCount > 1) {
      for (const side of [index, index + 1]) {
        if (increments[side] > gap) {
          warnings.push({
            code: 'within-grade-gap-exceeds-cross-grade-gap',
            grade: ladder[side].key,
            lowerGrade: lower,
            upperGrade: upper,
            withinGap: formatScaled(increments[side], decimals),
            crossGap: formatScaled(gap, decimals),
          });
        }
      }
    }
  }

  return {
    form,
    fill,
    decimals,
    pointValue: pointValue === null ? null : formatTrimmed(pointValue),
    stepCount,
    grades,
    crossGradeGaps,
    warnings,
    sources: [
      CALCULATOR_SOURCES.payTableConstruction,
      CALCULATOR_SOURCES.payTableForm,
      CALCULATOR_SOURCES.broadbandSteps,
      CALCULATOR_SOURCES.qujingPayTable,
    ],
  };
}

/** The monthly amounts of a grade's steps, e.g. for the step-movement simulation. */
export function gradeStepAmounts(table: PayTable, gradeKey: string): string[] {
  const grade = table.grades.find((candidate) => candidate.key === gradeKey);
  if (!grade) throw new PaycalcError('unknown', 'grade', gradeKey);
  return grade.steps.map((step) => {
    if (step.amount === null) throw new PaycalcError('missing', 'pointValue', null);
    return step.amount;
  });
}

function readEnum<T extends string>(value: T, values: Record<string, T>, field: string): T {
  if (!Object.values(values).includes(value)) throw new PaycalcError('unknown', field, value);
  return value;
}

function readLadder(
  ladder: PayTableInput['ladder'],
  marketSkillLevels: PayTableInput['marketSkillLevels'],
): LadderGrade[] {
  let grades: LadderGrade[];
  if (typeof ladder === 'string') {
    if (!(ladder in SKILL_LADDERS)) throw new PaycalcError('unknown', 'ladder', ladder);
    grades = [...SKILL_LADDERS[ladder]];
  } else {
    const custom = requireList(ladder, 'ladder', MAX_PAY_GRADES);
    requireUniqueKeys(
      custom.map((grade) => grade.key),
      (index) => `ladder[${index}].key`,
    );
    // an enterprise's own grade names are its own words in either language
    grades = custom.map((grade) => ({
      key: grade.key,
      label: { 'zh-CN': grade.label, en: grade.label },
      marketSkillLevel: null,
    }));
  }
  if (grades.length < 2) throw new PaycalcError('out-of-range', 'ladder', grades.length, 2);
  for (const [key, level] of Object.entries(marketSkillLevels ?? {})) {
    const grade = grades.find((candidate) => candidate.key === key);
    if (!grade) throw new PaycalcError('unknown', `marketSkillLevels.${key}`, key);
    grade.marketSkillLevel = level;
  }
  return grades;
}

function readKeyPoints(points: readonly PayKeyPoint[], ladder: LadderGrade[], base: Scaled): KeyPoint[] {
  const list = requireList(points, 'keyPoints', ladder.length);
  let previous: { index: number; ratio: Scaled } | null = null;
  const result = list.map((point, position) => {
    const index = ladder.findIndex((grade) => grade.key === point.grade);
    if (index < 0) throw new PaycalcError('unknown', `keyPoints[${position}].grade`, point.grade);
    const ratio = toPositive(point.ratio, `keyPoints[${position}].ratio`);
    if (previous && index <= previous.index) {
      throw new PaycalcError('not-rising', `keyPoints[${position}].grade`, point.grade);
    }
    if (previous && ratio <= previous.ratio) {
      throw new PaycalcError('not-rising', `keyPoints[${position}].ratio`, point.ratio);
    }
    previous = { index, ratio };
    return { index, value: base * ratio, ratio };
  });
  const first = result[0];
  const last = result[result.length - 1];
  if (first.index !== 0) throw new PaycalcError('missing', 'keyPoints', ladder[0].key);
  if (first.ratio !== ONE) throw new PaycalcError('out-of-range', 'keyPoints[0].ratio', list[0].ratio, 1);
  if (last.index !== ladder.length - 1) {
    throw new PaycalcError('missing', 'keyPoints', ladder[ladder.length - 1].key);
  }
  return result.map(({ index, value }) => ({ index, value }));
}

/**
 * Each grade's first step in units of 10^−decimals. Key-point values are exact (base × ratio,
 * scaled 10^12); arithmetic values are one rounded division, geometric values the rounded n-th
 * root of Kᵢ^(n−t) · Kⱼ^t.
 */
function fillGrades(keyPoints: KeyPoint[], fill: PayTableFill, decimals: number): bigint[] {
  const twice = 2 * SCALE_DIGITS;
  const units: bigint[] = [divideRounded(keyPoints[0].value * 10n ** BigInt(decimals), 10n ** BigInt(twice))];
  for (let k = 0; k + 1 < keyPoints.length; k++) {
    const from = keyPoints[k];
    const to = keyPoints[k + 1];
    const n = to.index - from.index;
    for (let t = 1; t <= n; t++) {
      if (fill === PayTableFill.Arithmetic) {
        const numerator = (from.value * BigInt(n - t) + to.value * BigInt(t)) * 10n ** BigInt(decimals);
        units.push(divideRounded(numerator, BigInt(n) * 10n ** BigInt(twice)));
      } else {
        const product = from.value ** BigInt(n - t) * to.value ** BigInt(t);
        units.push(rootRounded(product, n, twice - decimals));
      }
    }
  }
  return units;
}

function readIncrement(increment: StepIncrement, first: Scaled, decimals: number): Scaled {
  if ('percent' in increment) {
    const percent = toNonNegative(increment.percent, 'stepIncrement.percent');
    if (percent > scaled(100)) {
      throw new PaycalcError('out-of-range', 'stepIncrement.percent', increment.percent, 100);
    }
    const unit = 10n ** BigInt(SCALE_DIGITS - decimals);
    return divideRounded(first * percent, 100n * ONE * unit) * unit;
  }
  const value = toScaled(increment.value, 'stepIncrement.value', { nonNegative: true });
  if (!hasAtMostDecimals(value, decimals)) {
    throw new PaycalcError('too-many-decimals', 'stepIncrement.value', increment.value, decimals);
  }
  return value;
}
