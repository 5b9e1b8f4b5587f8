import { PostCategory } from '@skillpay/domain';
import { apportionCents } from '../apportion';
import { type DecimalInput, formatScaled, fractionTo, ONE, type Scaled, scaled } from '../decimal';
import { PaycalcError } from '../errors';
import { requireList, requireUniqueKeys, toMoney, toNonNegative, toPositive } from '../input';
import { CALCULATOR_SOURCES, type SourceArticle } from '../sources';

/** Qujing art. 8 (六) 3: individuals share by accumulated points (积分) or by piece counts (计件). */
export enum PerformanceBasis {
  Points = 'points',
  Pieces = 'pieces',
}

/** How the parts are rounded to the cent; stated with every result. */
export const ROUNDING_RULE = 'largest-remainder';

export const MAX_DEPARTMENTS = 200;
export const MAX_MEMBERS = 2_000;

export interface PerformanceMember {
  key: string;
  label?: string;
  /** default skilled: its measure counts 1; management and technical count a % and b % */
  category?: PostCategory;
  /** accumulated points or pieces */
  measure: DecimalInput;
  /** the post's performance-pay coefficient (绩效工资系数), default 1 */
  coefficient?: DecimalInput;
}

export interface PerformanceDepartment {
  key: string;
  label?: string;
  /** the department's accumulated points (部门积分累计总分); with points, the members' weighted points by default */
  points?: DecimalInput | null;
  members: readonly PerformanceMember[];
}

export interface PerformancePayInput {
  /** 单位可供分配绩效工资总量, 元 with at most two places */
  pool: DecimalInput;
  basis: PerformanceBasis;
  departments: readonly PerformanceDepartment[];
  /** a % and b %: how much a management or technical post's measure counts against a skilled post's 1 (default 100) */
  categoryWeights?: { management?: DecimalInput; technical?: DecimalInput };
}

export interface PerformancePayMember {
  key: string;
  label: string;
  category: PostCategory;
  measure: string;
  /** measure × category weight × coefficient: what the department pool is shared by */
  weighted: string;
  amount: string;
}

export interface PerformancePayDepartment {
  key: string;
  label: string;
  points: string;
  pool: string;
  /** the members' weighted measures added up (部门积分累计总分 or 部门计件总量数) */
  weightedTotal: string;
  /** 元 per weighted point or piece, four places (shown; shares are computed exactly) */
  valuePerUnit: string;
  /** the pool ÷ members: what auxiliary staff's share is taken of (art. 27) */
  averagePerMember: string;
  members: PerformancePayMember[];
}

export interface PerformancePay {
  pool: string;
  basis: PerformanceBasis;
  unitPoints: string;
  /** 元 per department point, four places */
  valuePerPoint: string;
  departments: PerformancePayDepartment[];
  roundingRule: typeof ROUNDING_RULE;
  sources: SourceArticle[];
}

/**
 * Performance pay (Qujing art. 8 (六), MOHRSS arts. 25–27): the unit pool goes to departments by
 * their points, each department's pool to its members by points or pieces weighted by category and
 * coefficient. Both levels are shared out in whole cents by the largest-remainder rule
 * (`apportionCents`), so the departments add up to the pool and each department's members to the
 * department's pool, to the cent.
 */
export function distributePerformancePay(input: PerformancePayInput): PerformancePay {
  const pool = toMoney(input.pool, 'pool');
  if (!Object.values(PerformanceBasis).includes(input.basis))
    throw new PaycalcError('unknown', 'basis', input.basis);
  const categoryWeight = readCategoryWeights(input.categoryWeights);
  const list = requireList(input.departments, 'departments', MAX_DEPARTMENTS);
  requireUniqueKeys(
    list.map((department) => department.key),
    (index) => `departments[${index}].key`,
  );
  let memberCount = 0;
  const departments = list.map((department, d) => {
    const field = `departments[${d}]`;
    const members = requireList(department.members, `${field}.members`, MAX_MEMBERS);
    memberCount += members.length;
    if (memberCount > MAX_MEMBERS)
      throw new PaycalcError('too-many', 'departments', memberCount, MAX_MEMBERS);
    requireUniqueKeys(
      members.map((member) => member.key),
      (index) => `${field}.members[${index}].key`,
    );
    const read = members.map((member, m) => readMember(member, `${field}.members[${m}]`, categoryWeight));
    const weightedTotal = read.reduce((sum, member) => sum + member.weighted, 0n);
    const given = department.points;
    let points: Scaled;
    if (given === undefined || given === null || given === '') {
      // piece counts say nothing about how a department scored: its points must be given
      if (input.basis === PerformanceBasis.Pieces)
        throw new PaycalcError('missing', `${field}.points`, given);
      points = weightedTotal;
    } else {
      points = toNonNegative(given, `${field}.points`) * (WEIGHT_SCALE / ONE);
    }
    return { department, field, members, read, weightedTotal, points };
  });

  const unitPoints = departments.reduce((sum, department) => sum + department.points, 0n);
  const departmentPools = apportionCents(
    pool,
    departments.map((department) => department.points),
    'departments',
  );
  return {
    pool: formatScaled(pool, 2),
    basis: input.basis,
    unitPoints: formatWeight(unitPoints, 2),
    valuePerPoint: perUnit(pool, unitPoints),
    departments: departments.map((department, d) => {
      const departmentPool = departmentPools[d];
      const amounts = apportionCents(
        departmentPool,
        department.read.map((member) => member.weighted),
        `${department.field}.members`,
      );
      return {
        key: department.department.key,
        label: department.department.label?.trim() || department.department.key,
        points: formatWeight(department.points, 2),
        pool: formatScaled(departmentPool, 2),
        weightedTotal: formatWeight(department.weightedTotal, 4),
        valuePerUnit: perUnit(departmentPool, department.weightedTotal),
        averagePerMember: formatScaled(
          fractionTo(departmentPool, BigInt(department.members.length) * ONE, 2),
          2,
        ),
        members: department.read.map((member, m) => ({
          key: member.key,
          label: member.label,
          category: member.category,
          measure: formatScaled(member.measure, 2),
          weighted: formatWeight(member.weighted, 4),
          amount: formatScaled(amounts[m], 2),
        })),
      };
    }),
    roundingRule: ROUNDING_RULE,
    sources: [
      CALCULATOR_SOURCES.performancePayFormulas,
      ...(input.categoryWeights ? [CALCULATOR_SOURCES.categoryWeights] : []),
    ],
  };
}

/**
 * Weighted measures are exact products measure × category weight % × coefficient of three scaled
 * values: integers over 10^18 · 100. Department points given in the input are brought to the same
 * scale, so given and summed points compare.
 */
const WEIGHT_SCALE = ONE * ONE * ONE * 100n;

function formatWeight(weight: bigint, decimals: number): string {
  return formatScaled(fractionTo(weight, WEIGHT_SCALE, decimals), decimals);
}

/** 元 per weighted unit, four places; 0 when nothing was scored. */
function perUnit(amount: Scaled, weight: bigint): string {
  if (weight === 0n) return '0.0000';
  return formatScaled(fractionTo(amount * WEIGHT_SCALE, weight * ONE, 4), 4);
}

function readCategoryWeights(weights: PerformancePayInput['categoryWeights']): Record<PostCategory, Scaled> {
  const read = (value: DecimalInput | undefined, field: string) => {
    if (value === undefined || value === '') return scaled(100);
    const weight = toNonNegative(value, field);
    // a % and b % weigh other posts' work against a skilled post's 1; more than 1 : 1 reverses the rule's point
    if (weight > scaled(100)) throw new PaycalcError('out-of-range', field, value, 100);
    return weight;
  };
  return {
    [PostCategory.Skilled]: scaled(100),
    [PostCategory.Management]: read(weights?.management, 'categoryWeights.management'),
    [PostCategory.Technical]: read(weights?.technical, 'categoryWeights.technical'),
  };
}

function readMember(member: PerformanceMember, field: string, categoryWeight: Record<PostCategory, Scaled>) {
  const category = member.category ?? PostCategory.Skilled;
  if (!Object.values(PostCategory).includes(category)) {
    throw new PaycalcError('unknown', `${field}.category`, member.category);
  }
  const measure = toNonNegative(member.measure, `${field}.measure`);
  const coefficient =
    member.coefficient === undefined || member.coefficient === ''
      ? ONE
      : toNonNegative(member.coefficient, `${field}.coefficient`);
  // exact: measure × weight % × coefficient as an integer over WEIGHT_SCALE, never rounded
  const weighted = measure * categoryWeight[category] * coefficient;
  return {
    key: member.key,
    label: member.label?.trim() || member.key,
    category,
    measure,
    weighted,
  };
}

/** The typical range of art. 27: auxiliary staff at 70 %–95 % of the served staff's average. */
export const AUXILIARY_TYPICAL_PERCENT = { min: '70', max: '95' } as const;

export interface AuxiliaryMember {
  key: string;
  label?: string;
  /** the post's performance-pay coefficient, default 1 */
  coefficient?: DecimalInput;
  /** the member's assessment points, default 1 (then shares follow the coefficients alone) */
  points?: DecimalInput;
}

export interface AuxiliaryPoolInput {
  /** the average monthly performance pay of the production staff served, 元 */
  servedAverage: DecimalInput;
  /** the share of it each auxiliary head is allotted, percent (typically 70–95) */
  ratioPercent: DecimalInput;
  /** auxiliary staff, shared by coefficient × points */
  members: readonly AuxiliaryMember[];
}

export interface AuxiliaryPool {
  /** 元 per head, rounded to the cent */
  perHead: string;
  /** per head × headcount */
  pool: string;
  headcount: number;
  /** null inside 70–95 %, otherwise which side of it the ratio lies */
  note: 'below-typical-range' | 'above-typical-range' | null;
  typicalPercent: { min: string; max: string };
  members: { key: string; label: string; weight: string; amount: string }[];
  roundingRule: typeof ROUNDING_RULE;
  source: SourceArticle;
}

/**
 * The auxiliary production staff's pool (art. 27): per head a share of the monthly average of the
 * production staff they serve, times their headcount, then shared among them by coefficient ×
 * points in whole cents (largest remainder), adding up to the pool exactly.
 */
export function auxiliaryPool(input: AuxiliaryPoolInput): AuxiliaryPool {
  const served = toMoney(input.servedAverage, 'servedAverage');
  const ratio = toPositive(input.ratioPercent, 'ratioPercent');
  if (ratio > scaled(100)) throw new PaycalcError('out-of-range', 'ratioPercent', input.ratioPercent, 100);
  const members = requireList(input.members, 'members', MAX_MEMBERS);
  requireUniqueKeys(
    members.map((member) => member.key),
    (index) => `members[${index}].key`,
  );
  const perHead = fractionTo(served * ratio, 100n * ONE * ONE, 2);
  const pool = perHead * BigInt(members.length);
  const weights = members.map((member, index) => {
    const read = (value: DecimalInput | undefined, key: string) =>
      value === undefined || value === '' ? ONE : toNonNegative(value, `members[${index}].${key}`);
    // exact product over 10^12
    return read(member.coefficient, 'coefficient') * read(member.points, 'points');
  });
  const amounts = apportionCents(pool, weights, 'members');
  const note =
    ratio < scaled(AUXILIARY_TYPICAL_PERCENT.min)
      ? 'below-typical-range'
      : ratio > scaled(AUXILIARY_TYPICAL_PERCENT.max)
        ? 'above-typical-range'
        : null;
  return {
    perHead: formatScaled(perHead, 2),
    pool: formatScaled(pool, 2),
    headcount: members.length,
    note,
    typicalPercent: { min: '70.00', max: '95.00' },
    members: members.map((member, index) => ({
      key: member.key,
      label: member.label?.trim() || member.key,
      weight: formatScaled(fractionTo(weights[index], ONE * ONE, 4), 4),
      amount: formatScaled(amounts[index], 2),
    })),
    roundingRule: ROUNDING_RULE,
    source: CALCULATOR_SOURCES.auxiliaryPool,
  };
}
