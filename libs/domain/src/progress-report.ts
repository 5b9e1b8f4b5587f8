import { ReportCadence } from './benchmark';
import { type Labels, SkillLevel } from './enterprise';
import { ActorRelation, defineWorkflow } from './workflow';

/**
 * Progress reports (进展报送): each period a pilot enterprise reports how far it has adopted the
 * guideline (人社厅发〔2021〕7号) and its key pay indicators; the district bureau (the city bureau for
 * 市直企业) accepts it or returns it with comments. A resubmission after a return is a new version.
 */

// ---- workflow ----

/** The status of one version of a report; the report's status is that of its latest version. */
export enum ProgressReportStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Accepted = 'accepted',
  Returned = 'returned',
}

export enum ProgressReportAction {
  Submit = 'submit',
  Accept = 'accept',
  Return = 'return',
  /** start the next version of a returned report (a draft copied from the returned one) */
  Revise = 'revise',
}

export const PROGRESS_REPORT_STATUS_LABELS: Record<ProgressReportStatus, Labels> = {
  [ProgressReportStatus.Draft]: { 'zh-CN': '草稿', en: 'Draft' },
  [ProgressReportStatus.Submitted]: { 'zh-CN': '已报送', en: 'Submitted' },
  [ProgressReportStatus.Accepted]: { 'zh-CN': '已通过', en: 'Accepted' },
  [ProgressReportStatus.Returned]: { 'zh-CN': '已退回', en: 'Returned' },
};

export const PROGRESS_REPORT_ACTION_LABELS: Record<ProgressReportAction, Labels> = {
  [ProgressReportAction.Submit]: { 'zh-CN': '报送', en: 'Submit' },
  [ProgressReportAction.Accept]: { 'zh-CN': '通过', en: 'Accept' },
  [ProgressReportAction.Return]: { 'zh-CN': '退回', en: 'Return' },
  [ProgressReportAction.Revise]: { 'zh-CN': '修改后重新报送', en: 'Revise and resubmit' },
};

/** District steps for city-direct (市直) enterprises fall to the city bureau (ActorRelation). */
export const PROGRESS_REPORT_WORKFLOW = defineWorkflow<ProgressReportStatus, ProgressReportAction>({
  name: 'progress-report',
  subject: { 'zh-CN': '进展报告', en: 'report' },
  states: PROGRESS_REPORT_STATUS_LABELS,
  editableIn: [ProgressReportStatus.Draft],
  actions: {
    [ProgressReportAction.Submit]: {
      from: [ProgressReportStatus.Draft],
      to: ProgressReportStatus.Submitted,
      actor: ActorRelation.SubjectEnterprise,
      reasonRequired: false,
      label: PROGRESS_REPORT_ACTION_LABELS[ProgressReportAction.Submit],
    },
    [ProgressReportAction.Accept]: {
      from: [ProgressReportStatus.Submitted],
      to: ProgressReportStatus.Accepted,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: false,
      label: PROGRESS_REPORT_ACTION_LABELS[ProgressReportAction.Accept],
    },
    [ProgressReportAction.Return]: {
      from: [ProgressReportStatus.Submitted],
      to: ProgressReportStatus.Returned,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: true,
      label: PROGRESS_REPORT_ACTION_LABELS[ProgressReportAction.Return],
    },
    // the new version's state: a draft copied from the returned one
    [ProgressReportAction.Revise]: {
      from: [ProgressReportStatus.Returned],
      to: ProgressReportStatus.Draft,
      actor: ActorRelation.SubjectEnterprise,
      reasonRequired: false,
      label: PROGRESS_REPORT_ACTION_LABELS[ProgressReportAction.Revise],
    },
  },
});

// ---- guideline elements (人社厅发〔2021〕7号) ----

/** How far an element of the guideline is adopted. */
export enum AdoptionStatus {
  NotStarted = 'not-started',
  InProgress = 'in-progress',
  Adopted = 'adopted',
}

export const ADOPTION_STATUS_LABELS: Record<AdoptionStatus, Labels> = {
  [AdoptionStatus.NotStarted]: { 'zh-CN': '未启动', en: 'Not started' },
  [AdoptionStatus.InProgress]: { 'zh-CN': '推进中', en: 'In progress' },
  [AdoptionStatus.Adopted]: { 'zh-CN': '已建立', en: 'Adopted' },
};

/** The guideline elements a report states its adoption of, in the guideline's order. */
export enum GuidelineElement {
  CareerChannel = 'careerChannel',
  PayUnits = 'payUnits',
  PostEvaluation = 'postEvaluation',
  BroadBand = 'broadBand',
  PerformancePay = 'performancePay',
  Allowances = 'allowances',
  HighSkillIncentives = 'highSkillIncentives',
}

export const GUIDELINE_ELEMENTS: readonly GuidelineElement[] = Object.values(GuidelineElement);

export const GUIDELINE_ELEMENT_LABELS: Record<GuidelineElement, Labels & { articles: string }> = {
  [GuidelineElement.CareerChannel]: { 'zh-CN': '职业发展通道', en: 'Career channel', articles: '5–12' },
  [GuidelineElement.PayUnits]: { 'zh-CN': '工资单元', en: 'Pay units', articles: '13–16' },
  [GuidelineElement.PostEvaluation]: { 'zh-CN': '岗位评价', en: 'Post evaluation', articles: '17–19' },
  [GuidelineElement.BroadBand]: {
    'zh-CN': '宽带薪酬（一岗多薪）',
    en: 'Broad-band pay (steps per grade)',
    articles: '20–24',
  },
  [GuidelineElement.PerformancePay]: { 'zh-CN': '绩效工资', en: 'Performance pay', articles: '25–27' },
  [GuidelineElement.Allowances]: { 'zh-CN': '津贴补贴', en: 'Allowances', articles: '28–34' },
  [GuidelineElement.HighSkillIncentives]: {
    'zh-CN': '高技能领军人才激励',
    en: 'Incentives for high-skill leaders',
    articles: '38–44',
  },
};

/** 工资单元 (arts. 13–16). */
export enum PayUnit {
  Post = 'post',
  Ability = 'ability',
  Performance = 'performance',
  Base = 'base',
  Seniority = 'seniority',
  Allowances = 'allowances',
}

export const PAY_UNIT_LABELS: Record<PayUnit, Labels> = {
  [PayUnit.Post]: { 'zh-CN': '岗位工资', en: 'Post pay' },
  [PayUnit.Ability]: { 'zh-CN': '能力工资', en: 'Ability pay' },
  [PayUnit.Performance]: { 'zh-CN': '绩效工资', en: 'Performance pay' },
  [PayUnit.Base]: { 'zh-CN': '基础工资', en: 'Base pay' },
  [PayUnit.Seniority]: { 'zh-CN': '年功工资', en: 'Seniority pay' },
  [PayUnit.Allowances]: { 'zh-CN': '津贴补贴', en: 'Allowances' },
};

/** 岗位评价方法 (arts. 17–19). */
export enum PostEvaluationMethod {
  Ranking = 'ranking',
  Classification = 'classification',
  FactorComparison = 'factor-comparison',
  PointFactor = 'point-factor',
}

export const POST_EVALUATION_METHOD_LABELS: Record<PostEvaluationMethod, Labels> = {
  [PostEvaluationMethod.Ranking]: { 'zh-CN': '排序法', en: 'Ranking' },
  [PostEvaluationMethod.Classification]: { 'zh-CN': '分类套级法', en: 'Classification' },
  [PostEvaluationMethod.FactorComparison]: { 'zh-CN': '因素比较法', en: 'Factor comparison' },
  [PostEvaluationMethod.PointFactor]: { 'zh-CN': '要素计分法', en: 'Point factor' },
};

/** How performance pay is allocated (arts. 25–27; Qujing art. 8(六)). */
export enum PerformancePayMethod {
  /** 计点（积分）: pool ÷ points × individual points */
  Points = 'points',
  /** 计件: pool ÷ pieces × individual pieces, or a piece rate above a base quota (art. 27) */
  Pieces = 'pieces',
  /** team pool allocated to the team or workshop, then by individual work and performance (art. 27) */
  TeamAllocation = 'team-allocation',
  /** 考核系数: pay by appraisal grade or coefficient, without points or pieces */
  Appraisal = 'appraisal',
}

export const PERFORMANCE_PAY_METHOD_LABELS: Record<PerformancePayMethod, Labels> = {
  [PerformancePayMethod.Points]: { 'zh-CN': '计点（积分）分配', en: 'By points' },
  [PerformancePayMethod.Pieces]: { 'zh-CN': '计件分配', en: 'By pieces' },
  [PerformancePayMethod.TeamAllocation]: {
    'zh-CN': '班组（车间）二次分配',
    en: 'Team pool, then individual',
  },
  [PerformancePayMethod.Appraisal]: { 'zh-CN': '按考核等级系数', en: 'By appraisal coefficient' },
};

/** 津贴补贴 (arts. 28–34; Qujing art. 8(五)). */
export enum AllowanceType {
  NightShift = 'night-shift',
  WorkingEnvironment = 'working-environment',
  Skill = 'skill',
  TeamLeader = 'team-leader',
  Mentor = 'mentor',
}

export const ALLOWANCE_TYPE_LABELS: Record<AllowanceType, Labels> = {
  [AllowanceType.NightShift]: { 'zh-CN': '夜班津贴', en: 'Night-shift allowance' },
  [AllowanceType.WorkingEnvironment]: { 'zh-CN': '作业环境津贴', en: 'Working-environment allowance' },
  [AllowanceType.Skill]: { 'zh-CN': '技能津贴', en: 'Skill allowance' },
  [AllowanceType.TeamLeader]: { 'zh-CN': '班组长津贴', en: 'Team-leader allowance' },
  [AllowanceType.Mentor]: { 'zh-CN': '师带徒津贴', en: 'Mentor allowance' },
};

/** Incentives for high-skill leading talents (arts. 38–44). */
export enum HighSkillIncentive {
  AnnualSalary = 'annual-salary',
  NegotiatedPay = 'negotiated-pay',
  SpecialAward = 'special-award',
  Equity = 'equity',
  ExcessProfitSharing = 'excess-profit-sharing',
  Dividends = 'dividends',
}

export const HIGH_SKILL_INCENTIVE_LABELS: Record<HighSkillIncentive, Labels> = {
  [HighSkillIncentive.AnnualSalary]: { 'zh-CN': '年薪制', en: 'Annual salary' },
  [HighSkillIncentive.NegotiatedPay]: { 'zh-CN': '协议工资', en: 'Negotiated pay' },
  [HighSkillIncentive.SpecialAward]: { 'zh-CN': '专项特殊奖励', en: 'Special awards' },
  [HighSkillIncentive.Equity]: { 'zh-CN': '股权激励', en: 'Equity incentives' },
  [HighSkillIncentive.ExcessProfitSharing]: { 'zh-CN': '超额利润分享', en: 'Excess-profit sharing' },
  [HighSkillIncentive.Dividends]: { 'zh-CN': '岗位分红、项目分红', en: 'Post and project dividends' },
};

/** 高技能人才: senior workers (三级/高级工) and above. */
export const HIGH_SKILL_LEVELS: readonly SkillLevel[] = [
  SkillLevel.Level3,
  SkillLevel.Level2,
  SkillLevel.Level1,
  SkillLevel.Special,
  SkillLevel.Chief,
];

/** Qujing annex 1 allows up to 30 steps per grade; case B runs 46 grades over 18 sequences. */
export const MAX_BROAD_BAND_STEPS = 30;
export const MAX_CAREER_GRADES = 100;
export const MAX_REPORT_NARRATIVE = 5000;
/** Amounts are entered with at most two decimals (元 or 万元). */
export const MAX_REPORT_AMOUNT = 1_000_000_000_000;

// ---- report content ----

export interface ProgressReportAdoption {
  careerChannel: { status: AdoptionStatus; gradeCount: number | null };
  payUnits: { status: AdoptionStatus; units: PayUnit[] };
  postEvaluation: { status: AdoptionStatus; method: PostEvaluationMethod | null };
  broadBand: { status: AdoptionStatus; steps: number | null };
  /** absent from reports written before it was asked (read them through `withAdoptionDefaults`) */
  performancePay: { status: AdoptionStatus; method: PerformancePayMethod | null };
  /** amounts in 元 per person and month */
  allowances: { status: AdoptionStatus; items: Array<{ type: AllowanceType; amount: number }> };
  highSkillIncentives: { status: AdoptionStatus; incentives: HighSkillIncentive[] };
}

/** Headcount and average annual pay (元) of one skill level, this year and the previous one. */
export interface SkillLevelIndicators {
  level: SkillLevel;
  headcount: number | null;
  averagePay: number | null;
  previousHeadcount: number | null;
  previousAveragePay: number | null;
}

/**
 * Key indicators. Average pay in 元 per person and year; totals (wage bill, economic benefit,
 * education fund, fixed and variable pay) in 万元; labour productivity in 万元 per person. Every
 * figure may be left empty in a draft; checks that lack it report insufficient data.
 */
export interface ProgressReportIndicators {
  skillLevels: SkillLevelIndicators[];
  averagePay: number | null;
  averagePayPrevious: number | null;
  managementAveragePay: number | null;
  managementAveragePayPrevious: number | null;
  technicalAveragePay: number | null;
  technicalAveragePayPrevious: number | null;
  wageBill: number | null;
  wageBillPrevious: number | null;
  /** 经济效益 (profit); may be negative */
  economicBenefit: number | null;
  economicBenefitPrevious: number | null;
  labourProductivity: number | null;
  labourProductivityPrevious: number | null;
  /** 职工教育经费 extracted this year */
  educationFund: number | null;
  /** the part of it spent on front-line staff */
  educationFundFrontLine: number | null;
  /** skilled staff's fixed and variable (performance) pay this year */
  fixedPay: number | null;
  variablePay: number | null;
}

export function emptyAdoption(): ProgressReportAdoption {
  return {
    careerChannel: { status: AdoptionStatus.NotStarted, gradeCount: null },
    payUnits: { status: AdoptionStatus.NotStarted, units: [] },
    postEvaluation: { status: AdoptionStatus.NotStarted, method: null },
    broadBand: { status: AdoptionStatus.NotStarted, steps: null },
    performancePay: { status: AdoptionStatus.NotStarted, method: null },
    allowances: { status: AdoptionStatus.NotStarted, items: [] },
    highSkillIncentives: { status: AdoptionStatus.NotStarted, incentives: [] },
  };
}

/**
 * A stored adoption with every element present: reports written before performance pay was asked
 * for lack it, and read as not started.
 */
export function withAdoptionDefaults(adoption: Partial<ProgressReportAdoption>): ProgressReportAdoption {
  return { ...emptyAdoption(), ...adoption };
}

export function emptyIndicators(): ProgressReportIndicators {
  return {
    skillLevels: [],
    averagePay: null,
    averagePayPrevious: null,
    managementAveragePay: null,
    managementAveragePayPrevious: null,
    technicalAveragePay: null,
    technicalAveragePayPrevious: null,
    wageBill: null,
    wageBillPrevious: null,
    economicBenefit: null,
    economicBenefitPrevious: null,
    labourProductivity: null,
    labourProductivityPrevious: null,
    educationFund: null,
    educationFundFrontLine: null,
    fixedPay: null,
    variablePay: null,
  };
}

/** A problem that keeps a report from being submitted: the field path and a message key. */
export interface ReportProblem {
  field: string;
  code: 'detail-required' | 'narrative-required' | 'skill-levels-required' | 'value-required';
}

/**
 * What a report needs before it can be submitted: the details of each adopted element, a
 * narrative, at least one skill level with headcount and average pay, and this year's wage bill.
 * Drafts may be saved incomplete.
 */
export function submissionProblems(
  adoption: ProgressReportAdoption,
  indicators: ProgressReportIndicators,
  narrative: string,
): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const adopted = (element: GuidelineElement) => adoption[element].status === AdoptionStatus.Adopted;
  const detail = (element: GuidelineElement, field: string, missing: boolean) => {
    if (adopted(element) && missing) {
      problems.push({ field: `adoption.${element}.${field}`, code: 'detail-required' });
    }
  };
  detail(GuidelineElement.CareerChannel, 'gradeCount', !adoption.careerChannel.gradeCount);
  detail(GuidelineElement.PayUnits, 'units', adoption.payUnits.units.length === 0);
  detail(GuidelineElement.PostEvaluation, 'method', !adoption.postEvaluation.method);
  detail(GuidelineElement.BroadBand, 'steps', !adoption.broadBand.steps);
  detail(GuidelineElement.PerformancePay, 'method', !adoption.performancePay.method);
  detail(GuidelineElement.Allowances, 'items', adoption.allowances.items.length === 0);
  detail(
    GuidelineElement.HighSkillIncentives,
    'incentives',
    adoption.highSkillIncentives.incentives.length === 0,
  );
  if (!narrative.trim()) problems.push({ field: 'narrative', code: 'narrative-required' });
  if (indicators.skillLevels.length === 0) {
    problems.push({ field: 'indicators.skillLevels', code: 'skill-levels-required' });
  }
  indicators.skillLevels.forEach((row, index) => {
    for (const field of ['headcount', 'averagePay'] as const) {
      if (row[field] === null) {
        problems.push({ field: `indicators.skillLevels.${index}.${field}`, code: 'value-required' });
      }
    }
  });
  if (indicators.wageBill === null) problems.push({ field: 'indicators.wageBill', code: 'value-required' });
  return problems;
}

// ---- periods and due dates ----

/**
 * A report is due a fixed number of days after its period ends: the 10th of the following month
 * for monthly reports, the 15th of the month after the quarter for quarterly ones.
 */
export const REPORT_DUE_DAYS_AFTER_PERIOD: Record<ReportCadence, number> = {
  [ReportCadence.Monthly]: 10,
  [ReportCadence.Quarterly]: 15,
};

export const REPORT_CADENCE_LABELS: Record<ReportCadence, Labels> = {
  [ReportCadence.Monthly]: { 'zh-CN': '按月报送', en: 'Monthly' },
  [ReportCadence.Quarterly]: { 'zh-CN': '按季度报送', en: 'Quarterly' },
};

export interface ReportPeriod {
  /** `2026-03` (monthly) or `2026-Q1` (quarterly) */
  key: string;
  cadence: ReportCadence;
  year: number;
  startsOn: string;
  endsOn: string;
  dueOn: string;
}

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The day `days` after an ISO date. */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

function period(cadence: ReportCadence, year: number, firstMonth: number, months: number, key: string) {
  const startsOn = `${year}-${pad(firstMonth)}-01`;
  const endsOn = isoDay(new Date(Date.UTC(year, firstMonth - 1 + months, 0)));
  return {
    key,
    cadence,
    year,
    startsOn,
    endsOn,
    dueOn: addDays(endsOn, REPORT_DUE_DAYS_AFTER_PERIOD[cadence]),
  };
}

/** The period a key names, or null when the key is not a period. */
export function parseReportPeriod(key: string): ReportPeriod | null {
  const month = MONTH_KEY.exec(key);
  if (month) return period(ReportCadence.Monthly, Number(month[1]), Number(month[2]), 1, key);
  const quarter = QUARTER_KEY.exec(key);
  if (quarter) {
    const q = Number(quarter[2]);
    return period(ReportCadence.Quarterly, Number(quarter[1]), q * 3 - 2, 3, key);
  }
  return null;
}

/** The periods of a year for a cadence, in order. */
export function reportPeriods(year: number, cadence: ReportCadence): ReportPeriod[] {
  return cadence === ReportCadence.Monthly
    ? Array.from({ length: 12 }, (_, i) => parseReportPeriod(`${year}-${pad(i + 1)}`)!)
    : Array.from({ length: 4 }, (_, i) => parseReportPeriod(`${year}-Q${i + 1}`)!);
}

/**
 * The periods a pilot owes reports for: those of the programme's year and cadence that end on or
 * after the day it became a pilot (`since`), and have begun by `today`.
 */
export function owedReportPeriods(
  year: number,
  cadence: ReportCadence,
  since: string,
  today: string,
): ReportPeriod[] {
  return reportPeriods(year, cadence).filter((p) => p.endsOn >= since && p.startsOn <= today);
}

/** A period is overdue from the day after its due date until a report has been submitted. */
export function isReportOverdue(period: ReportPeriod, today: string): boolean {
  return today > period.dueOn;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function reportPeriodLabel(key: string, language: 'zh-CN' | 'en'): string {
  const parsed = parseReportPeriod(key);
  if (!parsed) return key;
  if (parsed.cadence === ReportCadence.Quarterly) {
    const q = key.slice(-1);
    return language === 'en' ? `Q${q} ${parsed.year}` : `${parsed.year}年第${q}季度`;
  }
  const month = Number(key.slice(5));
  return language === 'en' ? `${MONTH_NAMES[month - 1]} ${parsed.year}` : `${parsed.year}年${month}月`;
}
