import { type Labels } from './enterprise';
import { ActorRelation, defineWorkflow } from './workflow';

/**
 * Pilot-enterprise selection (样本/试点企业申报, Qingdao 三(一)):
 * draft → submitted (enterprise) → recommended | returned (district bureau)
 *       → approved | rejected (city bureau); withdrawn by the enterprise any time before approval.
 */
export enum PilotStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Recommended = 'recommended',
  Returned = 'returned',
  Approved = 'approved',
  Rejected = 'rejected',
  Withdrawn = 'withdrawn',
}

export enum PilotAction {
  Submit = 'submit',
  Recommend = 'recommend',
  Return = 'return',
  Approve = 'approve',
  Reject = 'reject',
  Withdraw = 'withdraw',
}

export const PILOT_STATUS_LABELS: Record<PilotStatus, Labels> = {
  [PilotStatus.Draft]: { 'zh-CN': '草稿', en: 'Draft' },
  [PilotStatus.Submitted]: { 'zh-CN': '已申报', en: 'Submitted' },
  [PilotStatus.Recommended]: { 'zh-CN': '区（市）已推荐', en: 'Recommended' },
  [PilotStatus.Returned]: { 'zh-CN': '已退回', en: 'Returned' },
  [PilotStatus.Approved]: { 'zh-CN': '已批准', en: 'Approved' },
  [PilotStatus.Rejected]: { 'zh-CN': '未批准', en: 'Rejected' },
  [PilotStatus.Withdrawn]: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};

export const PILOT_ACTION_LABELS: Record<PilotAction, Labels> = {
  [PilotAction.Submit]: { 'zh-CN': '提交申报', en: 'Submit' },
  [PilotAction.Recommend]: { 'zh-CN': '推荐', en: 'Recommend' },
  [PilotAction.Return]: { 'zh-CN': '退回', en: 'Return' },
  [PilotAction.Approve]: { 'zh-CN': '批准', en: 'Approve' },
  [PilotAction.Reject]: { 'zh-CN': '不予批准', en: 'Reject' },
  [PilotAction.Withdraw]: { 'zh-CN': '撤回', en: 'Withdraw' },
};

/** District steps for city-direct (市直) enterprises fall to the city bureau (ActorRelation). */
export const PILOT_WORKFLOW = defineWorkflow<PilotStatus, PilotAction>({
  name: 'pilot',
  subject: { 'zh-CN': '申报', en: 'application' },
  states: PILOT_STATUS_LABELS,
  editableIn: [PilotStatus.Draft, PilotStatus.Returned],
  actions: {
    [PilotAction.Submit]: {
      from: [PilotStatus.Draft, PilotStatus.Returned],
      to: PilotStatus.Submitted,
      actor: ActorRelation.SubjectEnterprise,
      reasonRequired: false,
      label: PILOT_ACTION_LABELS[PilotAction.Submit],
    },
    [PilotAction.Recommend]: {
      from: [PilotStatus.Submitted],
      to: PilotStatus.Recommended,
      actor: ActorRelation.DistrictBureau,
      // the district's opinion (推荐意见) goes on record with the step, as on the paper form
      reasonRequired: true,
      label: PILOT_ACTION_LABELS[PilotAction.Recommend],
    },
    [PilotAction.Return]: {
      from: [PilotStatus.Submitted],
      to: PilotStatus.Returned,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: true,
      label: PILOT_ACTION_LABELS[PilotAction.Return],
    },
    [PilotAction.Approve]: {
      from: [PilotStatus.Recommended],
      to: PilotStatus.Approved,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      label: PILOT_ACTION_LABELS[PilotAction.Approve],
    },
    [PilotAction.Reject]: {
      from: [PilotStatus.Recommended],
      to: PilotStatus.Rejected,
      actor: ActorRelation.CityBureau,
      reasonRequired: true,
      label: PILOT_ACTION_LABELS[PilotAction.Reject],
    },
    [PilotAction.Withdraw]: {
      from: [PilotStatus.Draft, PilotStatus.Submitted, PilotStatus.Returned, PilotStatus.Recommended],
      to: PilotStatus.Withdrawn,
      actor: ActorRelation.SubjectEnterprise,
      reasonRequired: false,
      label: PILOT_ACTION_LABELS[PilotAction.Withdraw],
    },
  },
});

/** Default quotas (Qingdao 三(一)): city-direct 2–3, each district 1–2; the upper bound is the default. */
export const DEFAULT_CITY_DIRECT_QUOTA = 3;
export const DEFAULT_DISTRICT_QUOTA = 2;
