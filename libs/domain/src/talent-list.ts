import { type Labels } from './enterprise';
import { ActorRelation, defineWorkflow } from './workflow';

/**
 * 高技能领军人才名录 (中办发〔2018〕16号 三(一)–(五)): the city bureau publishes its database of
 * high-skill leading talents to the departments and to the public as numbered editions. An edition
 * snapshots the confirmed talents of the city when it is generated; the draft is reviewed and
 * published by a second person (maker-checker, as the benchmark releases), and a published
 * edition never changes: the next one is a new edition, and earlier ones stay readable.
 */
export enum TalentListStatus {
  Draft = 'draft',
  Reviewed = 'reviewed',
  Published = 'published',
  Discarded = 'discarded',
}

export enum TalentListAction {
  Review = 'review',
  Publish = 'publish',
  Discard = 'discard',
}

export const TALENT_LIST_STATUS_LABELS: Record<TalentListStatus, Labels> = {
  [TalentListStatus.Draft]: { 'zh-CN': '待审核', en: 'Draft' },
  [TalentListStatus.Reviewed]: { 'zh-CN': '已审核', en: 'Reviewed' },
  [TalentListStatus.Published]: { 'zh-CN': '已发布', en: 'Published' },
  [TalentListStatus.Discarded]: { 'zh-CN': '已作废', en: 'Discarded' },
};

export const TALENT_LIST_ACTION_LABELS: Record<TalentListAction, Labels> = {
  [TalentListAction.Review]: { 'zh-CN': '审核', en: 'Review' },
  [TalentListAction.Publish]: { 'zh-CN': '发布', en: 'Publish' },
  [TalentListAction.Discard]: { 'zh-CN': '作废', en: 'Discard' },
};

/** Whoever generated the draft may discard it, never review or publish it (as the benchmark releases). */
export const TALENT_LIST_WORKFLOW = defineWorkflow<TalentListStatus, TalentListAction>({
  name: 'talent_list',
  subject: { 'zh-CN': '人才名录', en: 'talent list edition' },
  states: TALENT_LIST_STATUS_LABELS,
  editableIn: [],
  actions: {
    [TalentListAction.Review]: {
      from: [TalentListStatus.Draft],
      to: TalentListStatus.Reviewed,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      checksMaker: true,
      label: TALENT_LIST_ACTION_LABELS[TalentListAction.Review],
    },
    [TalentListAction.Publish]: {
      from: [TalentListStatus.Reviewed],
      to: TalentListStatus.Published,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      checksMaker: true,
      label: TALENT_LIST_ACTION_LABELS[TalentListAction.Publish],
    },
    [TalentListAction.Discard]: {
      from: [TalentListStatus.Draft, TalentListStatus.Reviewed],
      to: TalentListStatus.Discarded,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      label: TALENT_LIST_ACTION_LABELS[TalentListAction.Discard],
    },
  },
});

/** The two audiences of an edition: the public list, and the fuller one for the departments. */
export enum TalentListAudience {
  Public = 'public',
  Departments = 'departments',
}

export const TALENT_LIST_AUDIENCE_LABELS: Record<TalentListAudience, Labels> = {
  [TalentListAudience.Public]: { 'zh-CN': '社会公开版', en: 'Public edition' },
  [TalentListAudience.Departments]: { 'zh-CN': '部门版', en: 'Departments’ edition' },
};

/** e.g. 青岛市高技能领军人才名录（2026年第1版）; a draft reads （2026年 待发布）. */
export function talentListTitle(
  regionName: Labels,
  year: number,
  editionNumber: number | null,
  locale: keyof Labels = 'zh-CN',
): string {
  if (locale === 'en') {
    const edition = editionNumber === null ? 'draft' : `edition ${editionNumber}`;
    return `${regionName.en} high-skill leading talents (${year}, ${edition})`;
  }
  const edition = editionNumber === null ? '待发布' : `第${editionNumber}版`;
  return `${regionName['zh-CN']}高技能领军人才名录（${year}年${edition}）`;
}
