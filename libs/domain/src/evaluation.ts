import { type FootnoteCode } from './benchmark';
import { type Labels, SkillLevel } from './enterprise';
import {
  AdoptionStatus,
  AllowanceType,
  HIGH_SKILL_LEVELS,
  type ProgressReportAdoption,
  type ProgressReportIndicators,
} from './progress-report';
import { PostCategory } from './wage-data';

/**
 * The evaluation phase (总结评估, 青人社字〔2021〕61号 三(三), 四(三)): what the programme changed,
 * measured from the data the portal holds — adoption of the guideline's elements from accepted
 * progress reports, wage outcomes from stored wage uploads. Pure functions, no I/O; the reasoning
 * behind the weights and thresholds is in docs/evaluation.md.
 */

// ---- adoption ----

/**
 * The elements the adoption index weighs, in the guideline's order (人社厅发〔2021〕7号). The four
 * allowances of arts. 28–33 count on their own: an enterprise with a skill allowance but no mentor
 * allowance has adopted part of chapter 5, and the visit agenda should say which part.
 */
export enum EvaluationElement {
  CareerChannel = 'careerChannel',
  PayUnits = 'payUnits',
  PostEvaluation = 'postEvaluation',
  BroadBand = 'broadBand',
  PerformancePay = 'performancePay',
  SkillAllowance = 'skillAllowance',
  MentorAllowance = 'mentorAllowance',
  TeamLeaderAllowance = 'teamLeaderAllowance',
  NightShiftAllowance = 'nightShiftAllowance',
  HighSkillIncentives = 'highSkillIncentives',
}

export const EVALUATION_ELEMENTS: readonly EvaluationElement[] = Object.values(EvaluationElement);

export const EVALUATION_ELEMENT_LABELS: Record<EvaluationElement, Labels & { articles: string }> = {
  [EvaluationElement.CareerChannel]: { 'zh-CN': '职业发展通道', en: 'Career channel', articles: '5–12' },
  [EvaluationElement.PayUnits]: { 'zh-CN': '工资单元', en: 'Pay units', articles: '13–16' },
  [EvaluationElement.PostEvaluation]: { 'zh-CN': '岗位评价', en: 'Post evaluation', articles: '17–19' },
  [EvaluationElement.BroadBand]: { 'zh-CN': '一岗多薪', en: 'Steps per grade', articles: '20–24' },
  [EvaluationElement.PerformancePay]: { 'zh-CN': '绩效工资分配', en: 'Performance pay', articles: '25–27' },
  [EvaluationElement.SkillAllowance]: { 'zh-CN': '技能津贴', en: 'Skill allowance', articles: '31' },
  [EvaluationElement.MentorAllowance]: { 'zh-CN': '师带徒津贴', en: 'Mentor allowance', articles: '33' },
  [EvaluationElement.TeamLeaderAllowance]: {
    'zh-CN': '班组长津贴',
    en: 'Team-leader allowance',
    articles: '32',
  },
  [EvaluationElement.NightShiftAllowance]: {
    'zh-CN': '夜班津贴',
    en: 'Night-shift allowance',
    articles: '29',
  },
  [EvaluationElement.HighSkillIncentives]: {
    'zh-CN': '高技能领军人才激励',
    en: 'Incentives for high-skill leaders',
    articles: '38–44',
  },
};

/** Weight of each element, in points; a programme's weights sum to 100. */
export type AdoptionWeights = Record<EvaluationElement, number>;

/**
 * Defaults (docs/evaluation.md gives the reasoning): the structure of the pay system — channel,
 * post evaluation, steps per grade, performance pay — weighs most, since everything else hangs on
 * it; the allowances together weigh 20, the skill allowance most as the one every skilled worker
 * sees; the night-shift allowance least, as many enterprises run no night shifts.
 */
export const DEFAULT_ADOPTION_WEIGHTS: AdoptionWeights = {
  [EvaluationElement.CareerChannel]: 15,
  [EvaluationElement.PayUnits]: 10,
  [EvaluationElement.PostEvaluation]: 15,
  [EvaluationElement.BroadBand]: 15,
  [EvaluationElement.PerformancePay]: 15,
  [EvaluationElement.SkillAllowance]: 8,
  [EvaluationElement.MentorAllowance]: 5,
  [EvaluationElement.TeamLeaderAllowance]: 4,
  [EvaluationElement.NightShiftAllowance]: 3,
  [EvaluationElement.HighSkillIncentives]: 10,
};

export const ADOPTION_WEIGHT_TOTAL = 100;

/** The problem with a set of weights, or null: every element 0–100 in whole points, summing to 100. */
export function adoptionWeightsProblem(weights: Record<string, unknown>): string | null {
  for (const element of EVALUATION_ELEMENTS) {
    const weight = weights[element];
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100) return element;
  }
  const unknown = Object.keys(weights).find((key) => !EVALUATION_ELEMENTS.includes(key as EvaluationElement));
  if (unknown) return unknown;
  const total = EVALUATION_ELEMENTS.reduce((sum, element) => sum + (weights[element] as number), 0);
  return total === ADOPTION_WEIGHT_TOTAL ? null : 'total';
}

/** Credit of an element: adopted with what the guideline asks of it 1, under way ½, otherwise 0. */
export const ADOPTION_CREDIT: Record<AdoptionStatus, number> = {
  [AdoptionStatus.Adopted]: 1,
  [AdoptionStatus.InProgress]: 0.5,
  [AdoptionStatus.NotStarted]: 0,
};

const ALLOWANCE_OF: Partial<Record<EvaluationElement, AllowanceType>> = {
  [EvaluationElement.SkillAllowance]: AllowanceType.Skill,
  [EvaluationElement.MentorAllowance]: AllowanceType.Mentor,
  [EvaluationElement.TeamLeaderAllowance]: AllowanceType.TeamLeader,
  [EvaluationElement.NightShiftAllowance]: AllowanceType.NightShift,
};

/**
 * The status an element has in a report. A career channel of one grade and a "broad band" of one
 * step are no channel and no band (arts. 5, 20): adopted counts as under way until they have two.
 * An allowance takes the status of the report's allowances when it is among their items.
 */
export function elementStatus(adoption: ProgressReportAdoption, element: EvaluationElement): AdoptionStatus {
  const allowance = ALLOWANCE_OF[element];
  if (allowance) {
    return adoption.allowances.items.some((item) => item.type === allowance)
      ? adoption.allowances.status
      : AdoptionStatus.NotStarted;
  }
  const capped = (status: AdoptionStatus, enough: boolean) =>
    status === AdoptionStatus.Adopted && !enough ? AdoptionStatus.InProgress : status;
  switch (element) {
    case EvaluationElement.CareerChannel:
      return capped(adoption.careerChannel.status, (adoption.careerChannel.gradeCount ?? 0) >= 2);
    case EvaluationElement.BroadBand:
      return capped(adoption.broadBand.status, (adoption.broadBand.steps ?? 0) >= 2);
    case EvaluationElement.PayUnits:
      return capped(adoption.payUnits.status, adoption.payUnits.units.length > 0);
    case EvaluationElement.PostEvaluation:
      return capped(adoption.postEvaluation.status, adoption.postEvaluation.method !== null);
    case EvaluationElement.PerformancePay:
      return capped(adoption.performancePay.status, adoption.performancePay.method !== null);
    default:
      return capped(adoption.highSkillIncentives.status, adoption.highSkillIncentives.incentives.length > 0);
  }
}

export interface ElementScore {
  element: EvaluationElement;
  status: AdoptionStatus;
  weight: number;
  /** weight × credit, in index points */
  points: number;
}

export interface AdoptionIndex {
  /** 0–100, one decimal */
  index: number;
  elements: ElementScore[];
  /** elements with weight not fully adopted, in the guideline's order: the next visit's agenda */
  missing: EvaluationElement[];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The adoption index of one report: Σ weight × credit over the elements, out of the weights'
 * total (100). Worked example (default weights): channel with 8 grades adopted 15, pay units
 * adopted 10, post evaluation under way 7.5, performance pay by points adopted 15, skill allowance
 * adopted 8, everything else not started → 55.5; missing: post evaluation, steps per grade, the
 * mentor, team-leader and night-shift allowances, the incentives for high-skill leaders.
 */
export function adoptionIndex(
  adoption: ProgressReportAdoption,
  weights: AdoptionWeights = DEFAULT_ADOPTION_WEIGHTS,
): AdoptionIndex {
  const total = EVALUATION_ELEMENTS.reduce((sum, element) => sum + weights[element], 0);
  const elements = EVALUATION_ELEMENTS.map((element) => {
    const status = elementStatus(adoption, element);
    return { element, status, weight: weights[element], points: weights[element] * ADOPTION_CREDIT[status] };
  });
  const points = elements.reduce((sum, score) => sum + score.points, 0);
  return {
    index: total === 0 ? 0 : oneDecimal((points * 100) / total),
    elements,
    missing: elements
      .filter((score) => score.weight > 0 && score.status !== AdoptionStatus.Adopted)
      .map((score) => score.element),
  };
}

/** Whether a report adopts anything at all (an influenced enterprise counts once it does). */
export function adoptsAnything(adoption: ProgressReportAdoption): boolean {
  return EVALUATION_ELEMENTS.some((element) => elementStatus(adoption, element) === AdoptionStatus.Adopted);
}

/** The bands of the index distribution: [0, 20), [20, 40), [40, 60), [60, 80), [80, 100]. */
export const ADOPTION_INDEX_BANDS = [0, 20, 40, 60, 80] as const;

export function adoptionIndexBand(index: number): number {
  return ADOPTION_INDEX_BANDS.filter((lower) => index >= lower).length - 1;
}

// ---- wage outcomes ----

/** 高技能人才 in wage rows: skilled posts at 三级/高级工 and above. */
export function isHighSkillRow(postCategory: PostCategory, skillLevel: string): boolean {
  return postCategory === PostCategory.Skilled && HIGH_SKILL_LEVELS.includes(skillLevel as SkillLevel);
}

/**
 * The growth of a mean from one year to the next, in percent with two decimals:
 * 100,000 → 104,800 is +4.80 %. Null without both means or from zero.
 */
export function growthPercent(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from <= 0) return null;
  return Math.round(((to - from) * 10_000) / from) / 100;
}

/**
 * The central opinions' rule (中办发〔2018〕16号 四(二)): high-skill talents' mean pay grows at least
 * as fast as management's. Null when either growth is unknown.
 */
export function highSkillRuleHolds(
  highSkillGrowth: number | null,
  managementGrowth: number | null,
): boolean | null {
  if (highSkillGrowth === null || managementGrowth === null) return null;
  return highSkillGrowth >= managementGrowth;
}

/**
 * A declared growth differs from the measured one when they are more than this many percentage
 * points apart, or give the rule a different verdict: report figures are typed by the enterprise
 * from its payroll, which may count bonuses or part-year staff differently (docs/evaluation.md).
 */
export const DECLARED_GROWTH_TOLERANCE_POINTS = 1;

/**
 * The high-skill and management growth an enterprise declared in a report: the headcount-weighted
 * mean of its high-skill levels' average pay this year against the previous one, and the
 * management average pay against the previous one.
 */
export function declaredGrowth(indicators: ProgressReportIndicators): {
  highSkill: number | null;
  management: number | null;
} {
  const rows = indicators.skillLevels.filter(
    (row) =>
      HIGH_SKILL_LEVELS.includes(row.level) &&
      row.headcount !== null &&
      row.headcount > 0 &&
      row.averagePay !== null &&
      row.previousAveragePay !== null,
  );
  const weighted = (pick: (row: (typeof rows)[number]) => number) => {
    const heads = rows.reduce((sum, row) => sum + row.headcount!, 0);
    return heads === 0 ? null : rows.reduce((sum, row) => sum + pick(row) * row.headcount!, 0) / heads;
  };
  return {
    highSkill: growthPercent(
      weighted((row) => row.previousAveragePay!),
      weighted((row) => row.averagePay!),
    ),
    management: growthPercent(indicators.managementAveragePayPrevious, indicators.managementAveragePay),
  };
}

/** Whether declared and measured growth disagree (see DECLARED_GROWTH_TOLERANCE_POINTS). */
export function declaredDiffers(
  declared: { highSkill: number | null; management: number | null },
  measured: { highSkill: number | null; management: number | null },
): boolean {
  const apart = (a: number | null, b: number | null) =>
    a !== null && b !== null && Math.abs(a - b) > DECLARED_GROWTH_TOLERANCE_POINTS;
  const declaredVerdict = highSkillRuleHolds(declared.highSkill, declared.management);
  const measuredVerdict = highSkillRuleHolds(measured.highSkill, measured.management);
  return (
    apart(declared.highSkill, measured.highSkill) ||
    apart(declared.management, measured.management) ||
    (declaredVerdict !== null && measuredVerdict !== null && declaredVerdict !== measuredVerdict)
  );
}

/** Case B (曲靖 附件2): fixed to variable pay about 4 : 6 — the reference for the variable share. */
export const REFERENCE_VARIABLE_SHARE_PERCENT = 60;

/**
 * The pay ladder's spread: the mean of the highest skill level with employees ÷ the mean of
 * 五级/初级工, two decimals; null without 初级工 or with nothing above it.
 */
export function payLadderSpread(means: ReadonlyMap<string, number>): number | null {
  const junior = means.get(SkillLevel.Level5);
  if (!junior) return null;
  const order = Object.values(SkillLevel);
  const top = order
    .slice(order.indexOf(SkillLevel.Level5) + 1)
    .reverse()
    .find((level) => means.has(level));
  return top ? Math.round((means.get(top)! * 100) / junior) / 100 : null;
}

/** Variable (performance) pay as a share of total pay, percent with one decimal. */
export function variableSharePercent(performance: number, total: number): number | null {
  return total > 0 ? oneDecimal((performance * 100) / total) : null;
}

/**
 * A figure shown beyond the enterprise it belongs to (a bureau, a roll-up): a mean of fewer than
 * this many employees is withheld, as on a case's wage panel (MIN_CASE_WAGE_CELL); roll-ups across
 * enterprises apply the programme's benchmark disclosure rules instead (benchmark-rules.ts).
 */
export const MIN_OUTCOME_CELL = 5;

/** One mean as shown: the figure, or why it is withheld. */
export interface OutcomeCell {
  headcount: number;
  /** enterprises behind it (1 for an enterprise's own figures) */
  enterprises: number;
  /** mean annualised pay, whole yuan; null when withheld or empty */
  mean: number | null;
  /** A/B (benchmark rules) in roll-ups; 'small' for an enterprise's cell under MIN_OUTCOME_CELL */
  withheld: FootnoteCode | 'small' | null;
}

// ---- demonstration units ----

export enum DemonstrationUnitKind {
  /** 示范企业 */
  Enterprise = 'enterprise',
  /** 典型区市 */
  District = 'district',
}

export const DEMONSTRATION_UNIT_KIND_LABELS: Record<DemonstrationUnitKind, Labels> = {
  [DemonstrationUnitKind.Enterprise]: { 'zh-CN': '示范企业', en: 'Demonstration enterprise' },
  [DemonstrationUnitKind.District]: { 'zh-CN': '典型区市', en: 'Model district' },
};

// ---- the evaluation report ----

/** The narrative sections a bureau edits before generating the report, in the report's order. */
export enum EvaluationReportSection {
  /** 基本情况 */
  Overview = 'overview',
  /** 主要做法 */
  Measures = 'measures',
  /** 取得成效 (opens with the measured figures) */
  Results = 'results',
  /** 存在的问题 (gathered from reports and briefs, edited) */
  Problems = 'problems',
  /** 下一步工作 */
  NextSteps = 'nextSteps',
}

export const EVALUATION_REPORT_SECTIONS: readonly EvaluationReportSection[] =
  Object.values(EvaluationReportSection);

export const EVALUATION_REPORT_SECTION_LABELS: Record<EvaluationReportSection, Labels> = {
  [EvaluationReportSection.Overview]: { 'zh-CN': '基本情况', en: 'Overview' },
  [EvaluationReportSection.Measures]: { 'zh-CN': '主要做法', en: 'What was done' },
  [EvaluationReportSection.Results]: { 'zh-CN': '取得成效', en: 'Results' },
  [EvaluationReportSection.Problems]: { 'zh-CN': '存在的问题', en: 'Open problems' },
  [EvaluationReportSection.NextSteps]: { 'zh-CN': '下一步工作', en: 'Next steps' },
};

export const MAX_EVALUATION_SECTION_LENGTH = 20_000;
