import { type Labels } from '@skillpay/domain';
import { type SourceArticle } from '../sources';

/** The article a result cites, and whose example it is when another city's text is cited. */
export interface CitedSource extends SourceArticle {
  /** the city whose text this is, when it is neither national nor the programme's city's own; else null */
  exampleOf: Labels | null;
}

/** The rules a report is checked against (domain.md, "Checks bureaus and enterprises care about"). */
export enum CheckId {
  TwoLowerThan = 'two-lower-than',
  HighSkillWageGrowth = 'high-skill-wage-growth',
  EducationFund = 'education-fund',
  FixedVariableRatio = 'fixed-variable-ratio',
}

/**
 * pass / fail for a rule; insufficient-data when a figure is missing or a growth rate has no base
 * (previous year zero); info for a reference figure that is no rule (case B's 4 : 6 ratio).
 */
export enum CheckOutcome {
  Pass = 'pass',
  Fail = 'fail',
  InsufficientData = 'insufficient-data',
  Info = 'info',
}

export type FigureUnit = 'percent' | 'yuan' | 'ten-thousand-yuan' | 'ten-thousand-yuan-per-person';

/** A number behind a result, as an exact decimal string (two places). */
export interface CheckFigure {
  key: string;
  value: string;
  unit: FigureUnit;
}

/** One comparison of two figures, e.g. wageBillGrowth < economicBenefitGrowth. */
export interface CheckCondition {
  key: string;
  outcome: CheckOutcome.Pass | CheckOutcome.Fail | CheckOutcome.InsufficientData;
  left: string;
  operator: '<' | '>=';
  right: string;
}

export type InsufficiencyCode =
  /** the figure was not given */
  | 'missing'
  /** the previous year's figure is zero: no growth rate exists */
  | 'previous-zero'
  /** the previous year's figure is negative (a loss): a growth rate would mislead */
  | 'previous-negative'
  /** a share of zero (e.g. of an education fund of zero) */
  | 'zero-total';

export interface Insufficiency {
  /** the input's name, e.g. `wageBillPrevious` */
  field: string;
  code: InsufficiencyCode;
}

export interface CheckResult {
  check: CheckId;
  result: CheckOutcome;
  conditions: CheckCondition[];
  figures: CheckFigure[];
  /** why the result is insufficient-data (or a condition could not be evaluated) */
  insufficient: Insufficiency[];
  /** false where the rule binds state-owned enterprises only and this one is not (shown as advice) */
  binding: boolean;
  /** the basis the programme's rule cites (another city's text is marked as its example) */
  source: CitedSource;
}

/** The overall result of conditions that must all hold: any failure fails, any gap is insufficient. */
export function combine(conditions: readonly CheckCondition[]): CheckOutcome {
  if (conditions.some((c) => c.outcome === CheckOutcome.Fail)) return CheckOutcome.Fail;
  if (conditions.some((c) => c.outcome === CheckOutcome.InsufficientData)) {
    return CheckOutcome.InsufficientData;
  }
  return CheckOutcome.Pass;
}
