import { type Labels } from './enterprise';
import { ActorRelation, defineWorkflow } from './workflow';

/**
 * 服务窗口 (中办发〔2018〕16号 三(一)–(五); 人社部发〔2018〕24号 三; Lüliang 二(一)1–4): the bureaus keep
 * a window through which a leading talent's needs (housing, children's schooling, a spouse's job,
 * household registration, health checks, the treatment policies) are routed to the responsible
 * department and followed until they are met; Party committees and bureaus contact each talent
 * regularly (Lüliang: at least monthly) and turn what they hear into requests.
 */
export enum ServiceCategory {
  Housing = 'housing',
  Schooling = 'schooling',
  SpouseEmployment = 'spouse-employment',
  Hukou = 'hukou',
  HealthCheck = 'health-check',
  TreatmentPolicy = 'treatment-policy',
  Training = 'training',
  Research = 'research',
  Other = 'other',
}

/** How a service level counts: working days (Monday–Friday) or calendar days. */
export enum ServiceDayUnit {
  WorkingDays = 'working',
  CalendarDays = 'calendar',
}

export interface ServiceLevel {
  days: number;
  unit: ServiceDayUnit;
}

export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, Labels> = {
  [ServiceCategory.Housing]: { 'zh-CN': '住房/安家补贴', en: 'Housing / settling-in allowance' },
  [ServiceCategory.Schooling]: { 'zh-CN': '子女入学', en: "Children's schooling" },
  [ServiceCategory.SpouseEmployment]: { 'zh-CN': '配偶就业', en: "Spouse's employment" },
  [ServiceCategory.Hukou]: { 'zh-CN': '落户', en: 'Household registration' },
  [ServiceCategory.HealthCheck]: { 'zh-CN': '体检/疗休养', en: 'Health check / recuperation' },
  [ServiceCategory.TreatmentPolicy]: { 'zh-CN': '待遇政策落实', en: 'Treatment policies applied' },
  [ServiceCategory.Training]: { 'zh-CN': '培训研修', en: 'Training and study' },
  [ServiceCategory.Research]: { 'zh-CN': '科研攻关支持', en: 'Support for research projects' },
  [ServiceCategory.Other]: { 'zh-CN': '其他', en: 'Other' },
};

/**
 * The default service level of each category (服务时限), from the day the window receives the
 * request. Chosen after the usual processing times of the departments concerned: 落户 within 15
 * calendar days (户籍迁移 is handled in days), 子女入学 within 20 working days (a school place is
 * decided by the enrolment calendar), 配偶就业 and research support within 30 working days (they
 * need a post or a project found), the treatment policies within 15 working days, anything else
 * within 10 working days. Public holidays are not modelled: a working day is Monday to Friday.
 */
export const SERVICE_LEVELS: Record<ServiceCategory, ServiceLevel> = {
  [ServiceCategory.Housing]: { days: 15, unit: ServiceDayUnit.WorkingDays },
  [ServiceCategory.Schooling]: { days: 20, unit: ServiceDayUnit.WorkingDays },
  [ServiceCategory.SpouseEmployment]: { days: 30, unit: ServiceDayUnit.WorkingDays },
  [ServiceCategory.Hukou]: { days: 15, unit: ServiceDayUnit.CalendarDays },
  [ServiceCategory.HealthCheck]: { days: 30, unit: ServiceDayUnit.CalendarDays },
  [ServiceCategory.TreatmentPolicy]: { days: 15, unit: ServiceDayUnit.WorkingDays },
  [ServiceCategory.Training]: { days: 20, unit: ServiceDayUnit.WorkingDays },
  [ServiceCategory.Research]: { days: 30, unit: ServiceDayUnit.WorkingDays },
  [ServiceCategory.Other]: { days: 10, unit: ServiceDayUnit.WorkingDays },
};

/** `15 个工作日` / `15 working days`. */
export function serviceLevelLabel(level: ServiceLevel): Labels {
  return level.unit === ServiceDayUnit.WorkingDays
    ? { 'zh-CN': `${level.days} 个工作日`, en: `${level.days} working days` }
    : { 'zh-CN': `${level.days} 天`, en: `${level.days} days` };
}

function addCalendarDays(day: string, days: number): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

/**
 * The due date (YYYY-MM-DD) of a request received on `receivedOn` (YYYY-MM-DD): the service level's
 * days after it, counting only Monday–Friday for working days (received Friday, 1 working day → Monday).
 */
export function serviceDueOn(category: ServiceCategory, receivedOn: string): string {
  const level = SERVICE_LEVELS[category];
  if (level.unit === ServiceDayUnit.CalendarDays) {
    return addCalendarDays(receivedOn, level.days).toISOString().slice(0, 10);
  }
  const date = new Date(`${receivedOn}T00:00:00Z`);
  let left = level.days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD), e.g. for the days a request took. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * received (the window has it) → assigned (to a responsible department) → in-progress (the
 * department works on it, its replies recorded) → resolved (the window records the outcome; the
 * requester rates it) → closed. The window reopens a resolved or closed request, with a reason,
 * when the need was not met; it goes back to in-progress. A request may be reassigned to another
 * department until it is resolved.
 */
export enum ServiceRequestStatus {
  Received = 'received',
  Assigned = 'assigned',
  InProgress = 'in-progress',
  Resolved = 'resolved',
  Closed = 'closed',
}

export enum ServiceRequestAction {
  Assign = 'assign',
  Start = 'start',
  Resolve = 'resolve',
  Close = 'close',
  Reopen = 'reopen',
}

export const SERVICE_REQUEST_STATUS_LABELS: Record<ServiceRequestStatus, Labels> = {
  [ServiceRequestStatus.Received]: { 'zh-CN': '已受理', en: 'Received' },
  [ServiceRequestStatus.Assigned]: { 'zh-CN': '已转办', en: 'Assigned' },
  [ServiceRequestStatus.InProgress]: { 'zh-CN': '办理中', en: 'In progress' },
  [ServiceRequestStatus.Resolved]: { 'zh-CN': '已办结', en: 'Resolved' },
  [ServiceRequestStatus.Closed]: { 'zh-CN': '已关闭', en: 'Closed' },
};

export const SERVICE_REQUEST_ACTION_LABELS: Record<ServiceRequestAction, Labels> = {
  [ServiceRequestAction.Assign]: { 'zh-CN': '转办', en: 'Assign' },
  [ServiceRequestAction.Start]: { 'zh-CN': '开始办理', en: 'Start' },
  [ServiceRequestAction.Resolve]: { 'zh-CN': '办结', en: 'Resolve' },
  [ServiceRequestAction.Close]: { 'zh-CN': '关闭', en: 'Close' },
  [ServiceRequestAction.Reopen]: { 'zh-CN': '重新办理', en: 'Reopen' },
};

/** Not yet met: counts as open, and as overdue once past its due date. */
export const OPEN_SERVICE_REQUEST_STATES = [
  ServiceRequestStatus.Received,
  ServiceRequestStatus.Assigned,
  ServiceRequestStatus.InProgress,
] as const;

/**
 * Every step is the window's: the district bureau of the talent's district (the city bureau for
 * a talent of a 市直 enterprise) — ActorRelation.DistrictBureau, no new relation needed.
 */
export const SERVICE_REQUEST_WORKFLOW = defineWorkflow<ServiceRequestStatus, ServiceRequestAction>({
  name: 'service-request',
  subject: { 'zh-CN': '服务诉求', en: 'service request' },
  states: SERVICE_REQUEST_STATUS_LABELS,
  editableIn: [ServiceRequestStatus.Received],
  actions: {
    // the department is named in the step; reassigning moves it back to assigned
    [ServiceRequestAction.Assign]: {
      from: [ServiceRequestStatus.Received, ServiceRequestStatus.Assigned, ServiceRequestStatus.InProgress],
      to: ServiceRequestStatus.Assigned,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: false,
      label: SERVICE_REQUEST_ACTION_LABELS[ServiceRequestAction.Assign],
    },
    [ServiceRequestAction.Start]: {
      from: [ServiceRequestStatus.Assigned],
      to: ServiceRequestStatus.InProgress,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: false,
      label: SERVICE_REQUEST_ACTION_LABELS[ServiceRequestAction.Start],
    },
    // the outcome is required (the service answers 400 naming `outcome`)
    [ServiceRequestAction.Resolve]: {
      from: [ServiceRequestStatus.InProgress],
      to: ServiceRequestStatus.Resolved,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: false,
      label: SERVICE_REQUEST_ACTION_LABELS[ServiceRequestAction.Resolve],
    },
    [ServiceRequestAction.Close]: {
      from: [ServiceRequestStatus.Resolved],
      to: ServiceRequestStatus.Closed,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: false,
      label: SERVICE_REQUEST_ACTION_LABELS[ServiceRequestAction.Close],
    },
    [ServiceRequestAction.Reopen]: {
      from: [ServiceRequestStatus.Resolved, ServiceRequestStatus.Closed],
      to: ServiceRequestStatus.InProgress,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: true,
      label: SERVICE_REQUEST_ACTION_LABELS[ServiceRequestAction.Reopen],
    },
  },
});

/** Overdue is derived, never stored: open and past its due date (China calendar). */
export function isServiceRequestOverdue(
  request: { status: ServiceRequestStatus; dueOn: string },
  today: string,
): boolean {
  return (OPEN_SERVICE_REQUEST_STATES as readonly string[]).includes(request.status) && request.dueOn < today;
}

/** The requester's satisfaction with the outcome (满意度), 1 (very dissatisfied) to 5 (very satisfied). */
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

export const SATISFACTION_LABELS: Record<number, Labels> = {
  1: { 'zh-CN': '很不满意', en: 'Very dissatisfied' },
  2: { 'zh-CN': '不满意', en: 'Dissatisfied' },
  3: { 'zh-CN': '基本满意', en: 'Fairly satisfied' },
  4: { 'zh-CN': '满意', en: 'Satisfied' },
  5: { 'zh-CN': '非常满意', en: 'Very satisfied' },
};

/** How a talent was contacted (Lüliang 二(一)1: 定期走访、座谈、电话或线上联系). */
export enum ContactForm {
  Visit = 'visit',
  Symposium = 'symposium',
  Phone = 'phone',
  Online = 'online',
  Other = 'other',
}

export const CONTACT_FORM_LABELS: Record<ContactForm, Labels> = {
  [ContactForm.Visit]: { 'zh-CN': '走访', en: 'Visit' },
  [ContactForm.Symposium]: { 'zh-CN': '座谈', en: 'Symposium' },
  [ContactForm.Phone]: { 'zh-CN': '电话', en: 'Phone' },
  [ContactForm.Online]: { 'zh-CN': '微信/线上', en: 'WeChat / online' },
  [ContactForm.Other]: { 'zh-CN': '其他', en: 'Other' },
};

/** Who made the contact (中办发〔2018〕16号 三(四): 党委联系服务专家; Lüliang 二(一)1). */
export enum ContactBody {
  PartyCommittee = 'party-committee',
  HrBureau = 'hr-bureau',
  TradeUnion = 'trade-union',
  TalentOffice = 'talent-office',
  Enterprise = 'enterprise',
  Other = 'other',
}

export const CONTACT_BODY_LABELS: Record<ContactBody, Labels> = {
  [ContactBody.PartyCommittee]: { 'zh-CN': '党委', en: 'Party committee' },
  [ContactBody.HrBureau]: { 'zh-CN': '人社局', en: 'HR and social security bureau' },
  [ContactBody.TradeUnion]: { 'zh-CN': '总工会', en: 'Trade-union federation' },
  [ContactBody.TalentOffice]: { 'zh-CN': '人才工作领导小组办公室', en: 'Talent work office' },
  [ContactBody.Enterprise]: { 'zh-CN': '所在企业', en: 'The enterprise' },
  [ContactBody.Other]: { 'zh-CN': '其他', en: 'Other' },
};

/** Lüliang 二(一)1: each talent is contacted at least once a month. */
export const CONTACTS_PER_MONTH = 1;

/** `2026-11` → its first and last day (YYYY-MM-DD); null when not a month. */
export function monthRange(month: string): { first: string; last: string } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]);
  const last = new Date(Date.UTC(year, monthIndex, 0)).toISOString().slice(0, 10);
  return { first: `${month}-01`, last };
}
