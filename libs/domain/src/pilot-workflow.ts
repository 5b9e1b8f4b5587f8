import { Role } from './roles';

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

export interface PilotTransition {
  from: readonly PilotStatus[];
  to: PilotStatus;
  /** who may take the step; district steps for city-direct enterprises fall to the city bureau */
  actor: Role;
  reasonRequired: boolean;
}

export const PILOT_TRANSITIONS: Record<PilotAction, PilotTransition> = {
  [PilotAction.Submit]: {
    from: [PilotStatus.Draft, PilotStatus.Returned],
    to: PilotStatus.Submitted,
    actor: Role.Enterprise,
    reasonRequired: false,
  },
  [PilotAction.Recommend]: {
    from: [PilotStatus.Submitted],
    to: PilotStatus.Recommended,
    actor: Role.DistrictBureau,
    reasonRequired: false,
  },
  [PilotAction.Return]: {
    from: [PilotStatus.Submitted],
    to: PilotStatus.Returned,
    actor: Role.DistrictBureau,
    reasonRequired: true,
  },
  [PilotAction.Approve]: {
    from: [PilotStatus.Recommended],
    to: PilotStatus.Approved,
    actor: Role.CityBureau,
    reasonRequired: false,
  },
  [PilotAction.Reject]: {
    from: [PilotStatus.Recommended],
    to: PilotStatus.Rejected,
    actor: Role.CityBureau,
    reasonRequired: true,
  },
  [PilotAction.Withdraw]: {
    from: [PilotStatus.Draft, PilotStatus.Submitted, PilotStatus.Returned, PilotStatus.Recommended],
    to: PilotStatus.Withdrawn,
    actor: Role.Enterprise,
    reasonRequired: false,
  },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextPilotStatus(status: PilotStatus, action: PilotAction): PilotStatus | null {
  const transition = PILOT_TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

/** Actions open from a status, e.g. to show the right buttons. */
export function pilotActionsFrom(status: PilotStatus): PilotAction[] {
  return (Object.keys(PILOT_TRANSITIONS) as PilotAction[]).filter((action) =>
    nextPilotStatus(status, action),
  );
}

/** Default quotas (Qingdao 三(一)): city-direct 2–3, each district 1–2; the upper bound is the default. */
export const DEFAULT_CITY_DIRECT_QUOTA = 3;
export const DEFAULT_DISTRICT_QUOTA = 2;

export const PILOT_STATUS_LABELS: Record<PilotStatus, { 'zh-CN': string; en: string }> = {
  [PilotStatus.Draft]: { 'zh-CN': '草稿', en: 'Draft' },
  [PilotStatus.Submitted]: { 'zh-CN': '已申报', en: 'Submitted' },
  [PilotStatus.Recommended]: { 'zh-CN': '区（市）已推荐', en: 'Recommended' },
  [PilotStatus.Returned]: { 'zh-CN': '已退回', en: 'Returned' },
  [PilotStatus.Approved]: { 'zh-CN': '已批准', en: 'Approved' },
  [PilotStatus.Rejected]: { 'zh-CN': '未批准', en: 'Rejected' },
  [PilotStatus.Withdrawn]: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};
