import {
  type EnterpriseSize,
  type IndustrySection,
  type Labels,
  type Ownership,
  SkillLevel,
} from './enterprise';
import { OrganisationType } from './organisation-types';
import { ActorRelation, defineWorkflow } from './workflow';

/**
 * Case studies (典型案例, Qingdao 三(三), 四(三)–(四); 人社厅发〔2021〕7号 art. 45): an enterprise (or its
 * district bureau) writes up what it changed; the district endorses it; reviewers of the unions and
 * federations score it; the city bureau selects the best and publishes them in a collection (案例精选).
 *
 * draft → submitted (author) → endorsed | returned (district bureau; the city for 市直)
 *       → under review (city assigns reviewers) → selected | revision requested | not selected (city)
 *       → published (in a collection edition).
 * Returned and revision-requested cases are edited as a new version and submitted again.
 */
export enum CaseStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Endorsed = 'endorsed',
  Returned = 'returned',
  UnderReview = 'under_review',
  Selected = 'selected',
  RevisionRequested = 'revision_requested',
  NotSelected = 'not_selected',
  Published = 'published',
}

export enum CaseAction {
  Submit = 'submit',
  Endorse = 'endorse',
  Return = 'return',
  StartReview = 'start-review',
  Select = 'select',
  RequestRevision = 'request-revision',
  Reject = 'reject',
  Publish = 'publish',
}

export const CASE_STATUS_LABELS: Record<CaseStatus, Labels> = {
  [CaseStatus.Draft]: { 'zh-CN': '草稿', en: 'Draft' },
  [CaseStatus.Submitted]: { 'zh-CN': '已提交', en: 'Submitted' },
  [CaseStatus.Endorsed]: { 'zh-CN': '已推荐', en: 'Endorsed' },
  [CaseStatus.Returned]: { 'zh-CN': '已退回', en: 'Returned' },
  [CaseStatus.UnderReview]: { 'zh-CN': '评审中', en: 'Under review' },
  [CaseStatus.Selected]: { 'zh-CN': '已入选', en: 'Selected' },
  [CaseStatus.RevisionRequested]: { 'zh-CN': '退回修改', en: 'Revision requested' },
  [CaseStatus.NotSelected]: { 'zh-CN': '未入选', en: 'Not selected' },
  [CaseStatus.Published]: { 'zh-CN': '已刊发', en: 'Published' },
};

export const CASE_ACTION_LABELS: Record<CaseAction, Labels> = {
  [CaseAction.Submit]: { 'zh-CN': '提交', en: 'Submit' },
  [CaseAction.Endorse]: { 'zh-CN': '推荐', en: 'Endorse' },
  [CaseAction.Return]: { 'zh-CN': '退回', en: 'Return' },
  [CaseAction.StartReview]: { 'zh-CN': '开始评审', en: 'Start review' },
  [CaseAction.Select]: { 'zh-CN': '入选', en: 'Select' },
  [CaseAction.RequestRevision]: { 'zh-CN': '退回修改', en: 'Request revision' },
  [CaseAction.Reject]: { 'zh-CN': '不予入选', en: 'Not select' },
  [CaseAction.Publish]: { 'zh-CN': '刊发', en: 'Publish' },
};

/** States in which the author edits the case's current version (a new version after a submission). */
export const CASE_EDITABLE_STATES = [
  CaseStatus.Draft,
  CaseStatus.Returned,
  CaseStatus.RevisionRequested,
] as const;

export const CASE_WORKFLOW = defineWorkflow<CaseStatus, CaseAction>({
  name: 'case',
  subject: { 'zh-CN': '案例', en: 'case' },
  states: CASE_STATUS_LABELS,
  editableIn: CASE_EDITABLE_STATES,
  actions: {
    [CaseAction.Submit]: {
      from: [...CASE_EDITABLE_STATES],
      to: CaseStatus.Submitted,
      actor: ActorRelation.Author,
      reasonRequired: false,
      label: CASE_ACTION_LABELS[CaseAction.Submit],
    },
    [CaseAction.Endorse]: {
      from: [CaseStatus.Submitted],
      to: CaseStatus.Endorsed,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: false,
      // a case the district wrote itself is endorsed by a colleague, not by its writer
      checksMaker: true,
      label: CASE_ACTION_LABELS[CaseAction.Endorse],
    },
    [CaseAction.Return]: {
      from: [CaseStatus.Submitted],
      to: CaseStatus.Returned,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: true,
      label: CASE_ACTION_LABELS[CaseAction.Return],
    },
    // taken by the review service when the city assigns the first reviewer
    [CaseAction.StartReview]: {
      from: [CaseStatus.Endorsed],
      to: CaseStatus.UnderReview,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      label: CASE_ACTION_LABELS[CaseAction.StartReview],
    },
    // the three decisions need two submitted reviews (the decision service checks, 409)
    [CaseAction.Select]: {
      from: [CaseStatus.UnderReview],
      to: CaseStatus.Selected,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      label: CASE_ACTION_LABELS[CaseAction.Select],
    },
    [CaseAction.RequestRevision]: {
      from: [CaseStatus.UnderReview],
      to: CaseStatus.RevisionRequested,
      actor: ActorRelation.CityBureau,
      reasonRequired: true,
      label: CASE_ACTION_LABELS[CaseAction.RequestRevision],
    },
    [CaseAction.Reject]: {
      from: [CaseStatus.UnderReview],
      to: CaseStatus.NotSelected,
      actor: ActorRelation.CityBureau,
      reasonRequired: true,
      label: CASE_ACTION_LABELS[CaseAction.Reject],
    },
    // taken by the collection service when an edition holding the case is published
    [CaseAction.Publish]: {
      from: [CaseStatus.Selected],
      to: CaseStatus.Published,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      label: CASE_ACTION_LABELS[CaseAction.Publish],
    },
  },
});

/** Parts of 人社厅发〔2021〕7号 a case illustrates, by chapter and its article range. */
export enum GuidelineChapter {
  CareerChannel = 'career-channel',
  PayStructure = 'pay-structure',
  PostEvaluation = 'post-evaluation',
  PostPay = 'post-pay',
  PerformancePay = 'performance-pay',
  Allowances = 'allowances',
  CategoryRelations = 'category-relations',
  HighSkillLeaders = 'high-skill-leaders',
}

export interface GuidelineChapterInfo {
  label: Labels;
  /** first and last article of the chapter, inclusive */
  articles: readonly [number, number];
}

export const GUIDELINE_CHAPTERS: Record<GuidelineChapter, GuidelineChapterInfo> = {
  [GuidelineChapter.CareerChannel]: {
    label: { 'zh-CN': '职业发展通道', en: 'Career channels' },
    articles: [5, 12],
  },
  [GuidelineChapter.PayStructure]: {
    label: { 'zh-CN': '工资结构', en: 'Pay structure' },
    articles: [13, 16],
  },
  [GuidelineChapter.PostEvaluation]: {
    label: { 'zh-CN': '岗位评价', en: 'Post evaluation' },
    articles: [17, 19],
  },
  [GuidelineChapter.PostPay]: {
    label: { 'zh-CN': '岗位工资', en: 'Post pay' },
    articles: [20, 24],
  },
  [GuidelineChapter.PerformancePay]: {
    label: { 'zh-CN': '绩效工资', en: 'Performance pay' },
    articles: [25, 27],
  },
  [GuidelineChapter.Allowances]: {
    label: { 'zh-CN': '津贴补贴', en: 'Allowances' },
    articles: [28, 34],
  },
  [GuidelineChapter.CategoryRelations]: {
    label: { 'zh-CN': '各类人员工资关系', en: 'Relations between staff categories' },
    articles: [35, 37],
  },
  [GuidelineChapter.HighSkillLeaders]: {
    label: { 'zh-CN': '高技能领军人才薪酬', en: 'High-skill leading talents' },
    articles: [38, 44],
  },
};

export const GUIDELINE_CHAPTER_KEYS = Object.keys(GUIDELINE_CHAPTERS) as GuidelineChapter[];
export const FIRST_CASE_ARTICLE = 5;
export const LAST_CASE_ARTICLE = 44;

/** The chapter an article of 7号 belongs to, or null outside arts. 5–44. */
export function chapterOfArticle(article: number): GuidelineChapter | null {
  return (
    GUIDELINE_CHAPTER_KEYS.find((key) => {
      const [first, last] = GUIDELINE_CHAPTERS[key].articles;
      return article >= first && article <= last;
    }) ?? null
  );
}

/** One measured result of a case, e.g. 新员工月度绩效工资 495 → 1,420 元 (per month, 2022 vs 2021). */
export interface CaseResultFigure {
  indicator: string;
  before: number | null;
  after: number | null;
  unit: string;
  /** e.g. 2021 → 2022 */
  period: string;
}

/** The enterprise of an imported case that is not registered on the portal (e.g. 曲靖 "D公司"). */
export interface ExternalEnterprise {
  name: string;
  regionCode: string;
  industrySection: IndustrySection;
  size: EnterpriseSize;
  ownership: Ownership;
}

/** A reviewer's recommendation to the city bureau. */
export enum ReviewRecommendation {
  Select = 'select',
  Revise = 'revise',
  Reject = 'reject',
}

export const REVIEW_RECOMMENDATION_LABELS: Record<ReviewRecommendation, Labels> = {
  [ReviewRecommendation.Select]: { 'zh-CN': '建议入选', en: 'Select' },
  [ReviewRecommendation.Revise]: { 'zh-CN': '建议修改后再审', en: 'Revise' },
  [ReviewRecommendation.Reject]: { 'zh-CN': '建议不予入选', en: 'Reject' },
};

/** The organisations whose accounts review cases; an assignment needs two different ones. */
export const REVIEWER_ORGANISATION_TYPES = [
  OrganisationType.TradeUnion,
  OrganisationType.EnterpriseConfederation,
  OrganisationType.IndustryCommerceFederation,
] as const;

/** The least number of submitted reviews, from different organisations, before a decision. */
export const MIN_CASE_REVIEWS = 2;

/** A link between a reviewer (organisation or account) and an enterprise that bars reviewing its cases. */
export enum ConflictLinkKind {
  Membership = 'membership',
  BoardSeat = 'board-seat',
  Employment = 'employment',
  Kinship = 'kinship',
}

export const CONFLICT_LINK_KIND_LABELS: Record<ConflictLinkKind, Labels> = {
  [ConflictLinkKind.Membership]: { 'zh-CN': '会员关系', en: 'Membership' },
  [ConflictLinkKind.BoardSeat]: { 'zh-CN': '董事/理事任职', en: 'Board seat' },
  [ConflictLinkKind.Employment]: { 'zh-CN': '任职/雇佣关系', en: 'Employment' },
  [ConflictLinkKind.Kinship]: { 'zh-CN': '亲属关系', en: 'Kinship' },
};

/** One criterion of a review rubric: its weight and what each score means. */
export interface RubricCriterion {
  key: string;
  label: Labels;
  /** share of the total, in percent; the criteria's weights sum to 100 */
  weight: number;
  /** scores 1..n, each with what it means */
  scale: Array<{ score: number; description: Labels }>;
}

export interface CaseRubric {
  criteria: RubricCriterion[];
  /** weighted totals (0–100) further apart than this flag a disagreement, so a third reviewer is added */
  disagreementThreshold: number;
}

const scale = (descriptions: Array<[string, string]>): RubricCriterion['scale'] =>
  descriptions.map(([zh, en], index) => ({ score: index + 1, description: { 'zh-CN': zh, en } }));

/**
 * The default rubric (docs/case-studies.md): what the work plan asks of a case worth spreading —
 * "指导一个，带动一批，影响一片" — in five weighted criteria scored 1–5.
 */
export const DEFAULT_CASE_RUBRIC: CaseRubric = {
  disagreementThreshold: 15,
  criteria: [
    {
      key: 'skill-value',
      label: { 'zh-CN': '技能价值导向', en: 'Rewards skill' },
      weight: 25,
      scale: scale([
        ['薪酬与技能等级基本无关', 'Pay hardly follows skill level'],
        ['个别单元体现技能', 'Skill shows in a single pay unit'],
        ['技能等级进入岗位或能力工资', 'Skill level enters post or ability pay'],
        ['技能等级贯穿工资结构与晋升', 'Skill runs through pay structure and promotion'],
        ['以技能价值为核心的完整体系', 'A whole system built on the value of skill'],
      ]),
    },
    {
      key: 'replicable',
      label: { 'zh-CN': '可复制推广', en: 'Replicable by SMEs' },
      weight: 20,
      scale: scale([
        ['依赖企业特殊条件', 'Depends on conditions only this firm has'],
        ['仅同类大型企业可借鉴', 'Only similar large firms could follow'],
        ['同行业企业可借鉴', 'Firms of the industry could follow'],
        ['多数中小企业稍加调整可用', 'Most SMEs could use it with small changes'],
        ['步骤清晰，中小企业可直接套用', 'Clear steps an SME can apply directly'],
      ]),
    },
    {
      key: 'evidence',
      label: { 'zh-CN': '成效有数据支撑', en: 'Results backed by figures' },
      weight: 25,
      scale: scale([
        ['无数据', 'No figures'],
        ['个别数据，口径不清', 'A few figures, unclear basis'],
        ['有前后对比数据', 'Before and after figures'],
        ['多项指标前后对比，口径清楚', 'Several indicators compared, clear basis'],
        ['数据完整，可核验', 'Complete, verifiable figures'],
      ]),
    },
    {
      key: 'participation',
      label: { 'zh-CN': '职工参与和认可', en: 'Employee participation' },
      weight: 15,
      scale: scale([
        ['未听取职工意见', 'Employees not consulted'],
        ['个别征求意见', 'Some consultation'],
        ['经职代会或工会讨论', 'Discussed by the workers’ congress or union'],
        ['职代会审议通过并公示', 'Adopted by the workers’ congress and made public'],
        ['职工广泛认可，有满意度等证据', 'Broad approval with evidence (surveys)'],
      ]),
    },
    {
      key: 'compliance',
      label: { 'zh-CN': '合规（两个低于等）', en: 'Compliance ("two lower than" etc.)' },
      weight: 15,
      scale: scale([
        ['存在明显不合规', 'Clearly non-compliant'],
        ['合规情况不明', 'Compliance unclear'],
        ['基本合规', 'Broadly compliant'],
        ['合规并有说明', 'Compliant and explained'],
        ['合规且有核验数据', 'Compliant with verified figures'],
      ]),
    },
  ],
};

/**
 * A review's weighted total on 0–100: Σ weight × score ÷ top score of the criterion's scale.
 * Null until every criterion has a score.
 */
export function weightedTotal(rubric: CaseRubric, scores: Record<string, number | undefined>): number | null {
  let total = 0;
  for (const criterion of rubric.criteria) {
    const score = scores[criterion.key];
    if (score === undefined) return null;
    const top = Math.max(...criterion.scale.map((step) => step.score));
    total += (criterion.weight * score) / top;
  }
  return Math.round(total * 100) / 100;
}

/** Whether the reviews' totals lie further apart than the rubric allows (a third reviewer is due). */
export function reviewsDisagree(rubric: CaseRubric, totals: readonly number[]): boolean {
  if (totals.length < 2) return false;
  return Math.max(...totals) - Math.min(...totals) > rubric.disagreementThreshold;
}

/** Collection editions (案例精选): drafted by the city bureau, immutable once published. */
export enum CaseCollectionStatus {
  Draft = 'draft',
  Published = 'published',
}

export const CASE_COLLECTION_STATUS_LABELS: Record<CaseCollectionStatus, Labels> = {
  [CaseCollectionStatus.Draft]: { 'zh-CN': '编辑中', en: 'Draft' },
  [CaseCollectionStatus.Published]: { 'zh-CN': '已刊发', en: 'Published' },
};

/**
 * The wage-outcome panel of a case shows a skill level's mean only when at least this many skilled
 * employees stand behind it in the year: with fewer, a reader who knows the workshop could tell one
 * person's pay (the panel shows aggregates only, never a row).
 */
export const MIN_CASE_WAGE_CELL = 5;

/** One year's skilled employees of a skill level, as stored wage uploads give them. */
export interface CaseWageCell {
  skillLevel: string;
  headcount: number;
  /** mean annualised pay (total × 12 ÷ months worked), yuan */
  meanAnnual: number;
}

export interface CaseWageOutcomeLevel {
  skillLevel: string;
  fromHeadcount: number;
  toHeadcount: number;
  fromMeanAnnual: number | null;
  toMeanAnnual: number | null;
  /** percent change of the mean, one decimal; null unless both years show a mean */
  changePercent: number | null;
}

export interface CaseWageOutcomePanel {
  fromYear: number;
  toYear: number;
  levels: CaseWageOutcomeLevel[];
}

/**
 * The panel from two years' cells: a level appears when either year has employees at it, in the
 * order of the skill levels; a mean of fewer than `minHeadcount` employees is suppressed (null), and
 * so is the change that would follow from it. Means are rounded to whole yuan.
 */
export function caseWageOutcome(
  fromYear: number,
  toYear: number,
  fromCells: readonly CaseWageCell[],
  toCells: readonly CaseWageCell[],
  minHeadcount = MIN_CASE_WAGE_CELL,
): CaseWageOutcomePanel {
  const order = [...Object.values(SkillLevel), 'unrated'] as string[];
  const levels = [...new Set([...fromCells, ...toCells].map((cell) => cell.skillLevel))].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  );
  const shown = (cell: CaseWageCell | undefined) =>
    cell && cell.headcount >= minHeadcount ? Math.round(cell.meanAnnual) : null;
  return {
    fromYear,
    toYear,
    levels: levels.map((skillLevel) => {
      const from = fromCells.find((cell) => cell.skillLevel === skillLevel);
      const to = toCells.find((cell) => cell.skillLevel === skillLevel);
      const fromMeanAnnual = shown(from);
      const toMeanAnnual = shown(to);
      return {
        skillLevel,
        fromHeadcount: from?.headcount ?? 0,
        toHeadcount: to?.headcount ?? 0,
        fromMeanAnnual,
        toMeanAnnual,
        changePercent:
          fromMeanAnnual !== null && toMeanAnnual !== null && fromMeanAnnual > 0
            ? Math.round(((toMeanAnnual - fromMeanAnnual) * 1000) / fromMeanAnnual) / 10
            : null,
      };
    }),
  };
}

/** The chapters the articles of a case fall in, in the guideline's order. */
export function chaptersOfArticles(articles: readonly number[]): GuidelineChapter[] {
  const chapters = new Set(articles.map(chapterOfArticle));
  return GUIDELINE_CHAPTER_KEYS.filter((key) => chapters.has(key));
}
