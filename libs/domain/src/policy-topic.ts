import { GUIDELINE_CHAPTER_KEYS, GUIDELINE_CHAPTERS, type GuidelineChapter } from './case-study';
import { type Labels } from './enterprise';

/*
 * The topics the bureaus tag what the public asks about: the public-opinion notes (舆情) and the
 * policy Q&A (政策问答) share them, so a note's topics carry over to the answer it leads to.
 */

/**
 * The programme's own measures a question may be about, beside the chapters of the guideline
 * (青人社字〔2021〕61号 三–四; 中办发〔2018〕16号).
 */
export enum ProgrammeMeasureTopic {
  /** 试点（样本）企业 selection and duties */
  PilotEnterprises = 'pilot-enterprises',
  /** 工资价位发布 (wage benchmarks by occupation and skill level) */
  WageBenchmarks = 'wage-benchmarks',
  /** 薪酬数据采集 (enterprise pay surveys and wage data reporting) */
  PayDataCollection = 'pay-data-collection',
  /** 一企一策指导 */
  EnterpriseGuidance = 'enterprise-guidance',
  /** 宣传发动 and 专项培训 (青人社字〔2021〕61号 四(二)) */
  PublicityTraining = 'publicity-training',
  /** 高技能人才 treatment, the talent database and the service window */
  HighSkillTalents = 'high-skill-talents',
}

/**
 * The topic vocabulary of the policy Q&A and of the public-opinion notes (舆情): the chapters of
 * 人社厅发〔2021〕7号 as the case studies tag them (GuidelineChapter), and the programme's measures.
 * Stored and exchanged as these string keys.
 */
export type PolicyTopic = GuidelineChapter | ProgrammeMeasureTopic;

export interface PolicyTopicInfo {
  label: Labels;
  /** a chapter of the guideline (its articles) or a measure of the programme */
  kind: 'chapter' | 'measure';
  /** first and last article of a chapter of 7号 */
  articles?: readonly [number, number];
}

const MEASURE_TOPICS: Record<ProgrammeMeasureTopic, PolicyTopicInfo> = {
  [ProgrammeMeasureTopic.PilotEnterprises]: {
    label: { 'zh-CN': '试点企业', en: 'Pilot enterprises' },
    kind: 'measure',
  },
  [ProgrammeMeasureTopic.WageBenchmarks]: {
    label: { 'zh-CN': '工资价位发布', en: 'Wage benchmarks' },
    kind: 'measure',
  },
  [ProgrammeMeasureTopic.PayDataCollection]: {
    label: { 'zh-CN': '薪酬数据采集', en: 'Pay data collection' },
    kind: 'measure',
  },
  [ProgrammeMeasureTopic.EnterpriseGuidance]: {
    label: { 'zh-CN': '一企一策指导', en: 'One-enterprise-one-plan guidance' },
    kind: 'measure',
  },
  [ProgrammeMeasureTopic.PublicityTraining]: {
    label: { 'zh-CN': '宣传培训', en: 'Publicity and training' },
    kind: 'measure',
  },
  [ProgrammeMeasureTopic.HighSkillTalents]: {
    label: { 'zh-CN': '高技能人才', en: 'High-skill talents' },
    kind: 'measure',
  },
};

/** Every topic with its label, the guideline's chapters first (in article order), then the measures. */
export const POLICY_TOPICS: Record<PolicyTopic, PolicyTopicInfo> = {
  ...(Object.fromEntries(
    GUIDELINE_CHAPTER_KEYS.map((chapter) => [
      chapter,
      {
        label: GUIDELINE_CHAPTERS[chapter].label,
        kind: 'chapter',
        articles: GUIDELINE_CHAPTERS[chapter].articles,
      },
    ]),
  ) as Record<GuidelineChapter, PolicyTopicInfo>),
  ...MEASURE_TOPICS,
};

export const POLICY_TOPIC_KEYS = Object.keys(POLICY_TOPICS) as PolicyTopic[];

export const POLICY_TOPIC_LABELS = Object.fromEntries(
  POLICY_TOPIC_KEYS.map((topic) => [topic, POLICY_TOPICS[topic].label]),
) as Record<PolicyTopic, Labels>;

export function isPolicyTopic(value: unknown): value is PolicyTopic {
  return typeof value === 'string' && value in POLICY_TOPICS;
}
