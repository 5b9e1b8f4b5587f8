import { type Labels } from './enterprise';
import { isPolicyTopic } from './policy-topic';
import { ActorRelation, defineWorkflow } from './workflow';

/**
 * 舆情 (public-opinion notes). Qingdao 青人社字〔2021〕61号 四(三): after the guideline is issued the
 * bureaus follow the public opinion on it and its effects, analyse the hot questions, explain and
 * respond (密切跟踪《指引》实施后的舆情动态…对社会关切的热点问题，要加强分析研究、认真解释、积极回应);
 * 人社部发〔2018〕24号 二(四): 加强宣传解读…回应社会关切. A note records where a question came up, what
 * it is about, how it is felt and how hot it is, who answers it, the agreed explanation
 * (解释口径) and the response actually given.
 */
export enum OpinionSource {
  Media = 'media',
  Online = 'online',
  Hotline = 'hotline-12333',
  Petition = 'petition',
  Symposium = 'symposium',
  Other = 'other',
}

export const OPINION_SOURCE_LABELS: Record<OpinionSource, Labels> = {
  [OpinionSource.Media]: { 'zh-CN': '媒体', en: 'Press and media' },
  [OpinionSource.Online]: { 'zh-CN': '网络', en: 'Online' },
  [OpinionSource.Hotline]: { 'zh-CN': '12333 热线', en: '12333 hotline' },
  [OpinionSource.Petition]: { 'zh-CN': '信访', en: 'Letters and visits' },
  [OpinionSource.Symposium]: { 'zh-CN': '座谈会', en: 'Symposium' },
  [OpinionSource.Other]: { 'zh-CN': '其他', en: 'Other' },
};

/** 其他 needs the source named in free text (at most this long). */
export const MAX_OPINION_SOURCE_DETAIL = 100;

export enum OpinionSentiment {
  Positive = 'positive',
  Neutral = 'neutral',
  Negative = 'negative',
}

export const OPINION_SENTIMENT_LABELS: Record<OpinionSentiment, Labels> = {
  [OpinionSentiment.Positive]: { 'zh-CN': '正面', en: 'Positive' },
  [OpinionSentiment.Neutral]: { 'zh-CN': '中性', en: 'Neutral' },
  [OpinionSentiment.Negative]: { 'zh-CN': '负面', en: 'Negative' },
};

/** 热度: 1 (a single voice) to 5 (widely spread, needs a response today). */
export const OPINION_HEAT_MIN = 1;
export const OPINION_HEAT_MAX = 5;

export const OPINION_HEAT_LABELS: Record<number, Labels> = {
  1: { 'zh-CN': '个别', en: 'Isolated' },
  2: { 'zh-CN': '较低', en: 'Low' },
  3: { 'zh-CN': '一般', en: 'Moderate' },
  4: { 'zh-CN': '较高', en: 'High' },
  5: { 'zh-CN': '很高', en: 'Very high' },
};

/** A note names at most this many topics. */
export const MAX_OPINION_TOPICS = 6;

/** How the response was given (回应渠道). */
export enum OpinionResponseChannel {
  PressRelease = 'press-release',
  OnlineReply = 'online-reply',
  HotlineReply = 'hotline-reply',
  WrittenReply = 'written-reply',
  Briefing = 'briefing',
  PolicyInterpretation = 'policy-interpretation',
}

export const OPINION_RESPONSE_CHANNEL_LABELS: Record<OpinionResponseChannel, Labels> = {
  [OpinionResponseChannel.PressRelease]: { 'zh-CN': '新闻发布/通稿', en: 'Press release' },
  [OpinionResponseChannel.OnlineReply]: { 'zh-CN': '网上答复', en: 'Online reply' },
  [OpinionResponseChannel.HotlineReply]: { 'zh-CN': '12333 回复', en: '12333 call-back' },
  [OpinionResponseChannel.WrittenReply]: { 'zh-CN': '书面答复', en: 'Written reply' },
  [OpinionResponseChannel.Briefing]: { 'zh-CN': '座谈/宣讲解释', en: 'Explained at a meeting or briefing' },
  [OpinionResponseChannel.PolicyInterpretation]: {
    'zh-CN': '政策解读文章',
    en: 'Policy interpretation article',
  },
};

/**
 * monitoring (recorded, being watched) → responding (the responsible unit takes it up and agrees
 * the explanation, 解释口径) → responded (the response given: text, date, channel) → closed.
 * A closed note is reopened, with a reason, when the question comes up again: back to responding.
 */
export enum OpinionNoteStatus {
  Monitoring = 'monitoring',
  Responding = 'responding',
  Responded = 'responded',
  Closed = 'closed',
}

export enum OpinionNoteAction {
  Take = 'take',
  Respond = 'respond',
  Close = 'close',
  Reopen = 'reopen',
}

export const OPINION_NOTE_STATUS_LABELS: Record<OpinionNoteStatus, Labels> = {
  [OpinionNoteStatus.Monitoring]: { 'zh-CN': '监测中', en: 'Monitoring' },
  [OpinionNoteStatus.Responding]: { 'zh-CN': '回应中', en: 'Responding' },
  [OpinionNoteStatus.Responded]: { 'zh-CN': '已回应', en: 'Responded' },
  [OpinionNoteStatus.Closed]: { 'zh-CN': '已关闭', en: 'Closed' },
};

export const OPINION_NOTE_ACTION_LABELS: Record<OpinionNoteAction, Labels> = {
  [OpinionNoteAction.Take]: { 'zh-CN': '研判回应', en: 'Take up' },
  [OpinionNoteAction.Respond]: { 'zh-CN': '登记回应', en: 'Record the response' },
  [OpinionNoteAction.Close]: { 'zh-CN': '关闭', en: 'Close' },
  [OpinionNoteAction.Reopen]: { 'zh-CN': '重新回应', en: 'Reopen' },
};

/**
 * Every step is the responsible unit's (责任单位: the recording bureau, or the district the city
 * assigned the note to). The explanation (take) and the response (respond) are required by the
 * API, which names the missing field; reopening needs a reason.
 */
export const OPINION_NOTE_WORKFLOW = defineWorkflow<OpinionNoteStatus, OpinionNoteAction>({
  name: 'opinion-note',
  subject: { 'zh-CN': '舆情', en: 'public-opinion note' },
  states: OPINION_NOTE_STATUS_LABELS,
  editableIn: [OpinionNoteStatus.Monitoring, OpinionNoteStatus.Responding],
  actions: {
    [OpinionNoteAction.Take]: {
      from: [OpinionNoteStatus.Monitoring],
      to: OpinionNoteStatus.Responding,
      actor: ActorRelation.ResponsibleUnit,
      reasonRequired: false,
      label: OPINION_NOTE_ACTION_LABELS[OpinionNoteAction.Take],
    },
    [OpinionNoteAction.Respond]: {
      from: [OpinionNoteStatus.Responding],
      to: OpinionNoteStatus.Responded,
      actor: ActorRelation.ResponsibleUnit,
      reasonRequired: false,
      label: OPINION_NOTE_ACTION_LABELS[OpinionNoteAction.Respond],
    },
    [OpinionNoteAction.Close]: {
      from: [OpinionNoteStatus.Responded],
      to: OpinionNoteStatus.Closed,
      actor: ActorRelation.ResponsibleUnit,
      reasonRequired: false,
      label: OPINION_NOTE_ACTION_LABELS[OpinionNoteAction.Close],
    },
    [OpinionNoteAction.Reopen]: {
      from: [OpinionNoteStatus.Closed],
      to: OpinionNoteStatus.Responding,
      actor: ActorRelation.ResponsibleUnit,
      reasonRequired: true,
      label: OPINION_NOTE_ACTION_LABELS[OpinionNoteAction.Reopen],
    },
  },
});

/** The content of a note as entered (create or edit), checked before it is stored. */
export interface OpinionNoteContent {
  source: OpinionSource;
  sourceDetail?: string | null;
  notedOn: string;
  topics: readonly string[];
  heat: number;
}

export type OpinionNoteProblem =
  | { field: 'sourceDetail'; code: 'opinion_source_detail_required' }
  | { field: 'notedOn'; code: 'opinion_noted_in_future' }
  | { field: 'topics'; code: 'opinion_topics_required' | 'opinion_topic_unknown' | 'opinion_topics_too_many' }
  | { field: 'heat'; code: 'opinion_heat_range' };

/**
 * What is wrong with a note's content, field by field (empty when nothing): 其他 needs the source
 * named; the date is not after `today` (China day); one to six known topics; heat 1–5.
 */
export function opinionNoteProblems(content: OpinionNoteContent, today: string): OpinionNoteProblem[] {
  const problems: OpinionNoteProblem[] = [];
  if (content.source === OpinionSource.Other && !content.sourceDetail?.trim()) {
    problems.push({ field: 'sourceDetail', code: 'opinion_source_detail_required' });
  }
  if (content.notedOn > today) problems.push({ field: 'notedOn', code: 'opinion_noted_in_future' });
  if (content.topics.length === 0) problems.push({ field: 'topics', code: 'opinion_topics_required' });
  else if (!content.topics.every(isPolicyTopic))
    problems.push({ field: 'topics', code: 'opinion_topic_unknown' });
  else if (new Set(content.topics).size > MAX_OPINION_TOPICS) {
    problems.push({ field: 'topics', code: 'opinion_topics_too_many' });
  }
  if (!Number.isInteger(content.heat) || content.heat < OPINION_HEAT_MIN || content.heat > OPINION_HEAT_MAX) {
    problems.push({ field: 'heat', code: 'opinion_heat_range' });
  }
  return problems;
}

/** The response's date: not before the note's date and not after today. */
export function respondedOnProblem(
  respondedOn: string,
  notedOn: string,
  today: string,
): 'opinion_responded_before_noted' | 'opinion_responded_in_future' | null {
  if (respondedOn < notedOn) return 'opinion_responded_before_noted';
  if (respondedOn > today) return 'opinion_responded_in_future';
  return null;
}

/** Every month from `from` to `to` (YYYY-MM, inclusive), for a statistics axis without gaps. */
export function monthsFromTo(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const [lastYear, lastMonth] = to.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    if (months.length > 240) break;
  }
  return months;
}
