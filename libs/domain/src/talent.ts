import { type Labels, SkillLevel } from './enterprise';
import { ActorRelation, defineWorkflow } from './workflow';

/**
 * 高技能领军人才库 (中办发〔2018〕16号 三; 人社部发〔2018〕24号 三; Lüliang 二(一)): every bureau sorts
 * out the high-skill leading talents of its area, keeps them in a database kept current, and
 * publishes the list. A talent qualifies by at least one qualifying honour (人社厅发〔2021〕7号
 * art. 38); the pay treatments an enterprise adopts for them are arts. 39–44.
 *
 * draft → submitted (the enterprise, or its district bureau, registers) → verified | returned
 * (the district bureau checks the certificates; the city for 市直) → confirmed | returned (the city
 * bureau takes it into the database). A returned record is edited and submitted again; a confirmed
 * record is kept current by reconfirmation (its last confirmation date), and edited as a new
 * submission that leaves the confirmed record in the database until the city confirms again.
 */
export enum TalentStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Verified = 'verified',
  Returned = 'returned',
  Confirmed = 'confirmed',
}

export enum TalentAction {
  Submit = 'submit',
  Verify = 'verify',
  Return = 'return',
  CityReturn = 'city-return',
  Confirm = 'confirm',
}

export const TALENT_STATUS_LABELS: Record<TalentStatus, Labels> = {
  [TalentStatus.Draft]: { 'zh-CN': '草稿', en: 'Draft' },
  [TalentStatus.Submitted]: { 'zh-CN': '待核实', en: 'Awaiting verification' },
  [TalentStatus.Verified]: { 'zh-CN': '待确认', en: 'Awaiting confirmation' },
  [TalentStatus.Returned]: { 'zh-CN': '已退回', en: 'Returned' },
  [TalentStatus.Confirmed]: { 'zh-CN': '已入库', en: 'In the database' },
};

export const TALENT_ACTION_LABELS: Record<TalentAction, Labels> = {
  [TalentAction.Submit]: { 'zh-CN': '提交', en: 'Submit' },
  [TalentAction.Verify]: { 'zh-CN': '核实', en: 'Verify' },
  [TalentAction.Return]: { 'zh-CN': '退回', en: 'Return' },
  [TalentAction.CityReturn]: { 'zh-CN': '退回', en: 'Return' },
  [TalentAction.Confirm]: { 'zh-CN': '确认入库', en: 'Confirm' },
};

export const TALENT_EDITABLE_STATES = [TalentStatus.Draft, TalentStatus.Returned] as const;

export const TALENT_WORKFLOW = defineWorkflow<TalentStatus, TalentAction>({
  name: 'talent',
  subject: { 'zh-CN': '人才信息', en: 'talent record' },
  states: TALENT_STATUS_LABELS,
  editableIn: TALENT_EDITABLE_STATES,
  actions: {
    [TalentAction.Submit]: {
      from: [...TALENT_EDITABLE_STATES],
      to: TalentStatus.Submitted,
      actor: ActorRelation.Author,
      reasonRequired: false,
      label: TALENT_ACTION_LABELS[TalentAction.Submit],
    },
    // against the honour certificates; a record the district registered itself is checked by a colleague
    [TalentAction.Verify]: {
      from: [TalentStatus.Submitted],
      to: TalentStatus.Verified,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: false,
      checksMaker: true,
      label: TALENT_ACTION_LABELS[TalentAction.Verify],
    },
    [TalentAction.Return]: {
      from: [TalentStatus.Submitted],
      to: TalentStatus.Returned,
      actor: ActorRelation.DistrictBureau,
      reasonRequired: true,
      label: TALENT_ACTION_LABELS[TalentAction.Return],
    },
    [TalentAction.CityReturn]: {
      from: [TalentStatus.Verified],
      to: TalentStatus.Returned,
      actor: ActorRelation.CityBureau,
      reasonRequired: true,
      label: TALENT_ACTION_LABELS[TalentAction.CityReturn],
    },
    // needs a qualifying honour (art. 38): the service answers 400 naming `honours` otherwise
    [TalentAction.Confirm]: {
      from: [TalentStatus.Verified],
      to: TalentStatus.Confirmed,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      label: TALENT_ACTION_LABELS[TalentAction.Confirm],
    },
  },
});

export enum Gender {
  Male = 'male',
  Female = 'female',
}

export const GENDER_LABELS: Record<Gender, Labels> = {
  [Gender.Male]: { 'zh-CN': '男', en: 'Male' },
  [Gender.Female]: { 'zh-CN': '女', en: 'Female' },
};

/** Who confers an honour; the reference table keeps national ones and those an administrator adds. */
export enum HonourLevel {
  National = 'national',
  Provincial = 'provincial',
  Municipal = 'municipal',
}

export const HONOUR_LEVEL_LABELS: Record<HonourLevel, Labels> = {
  [HonourLevel.National]: { 'zh-CN': '国家级', en: 'National' },
  [HonourLevel.Provincial]: { 'zh-CN': '省级', en: 'Provincial' },
  [HonourLevel.Municipal]: { 'zh-CN': '市级', en: 'Municipal' },
};

export interface HonourDefinition {
  code: string;
  name: Labels;
  level: HonourLevel;
  /** counts as the qualifying basis of a leading talent (art. 38) */
  qualifying: boolean;
}

/** The national honours every installation starts with (人社厅发〔2021〕7号 art. 38; 中办发〔2018〕16号). */
export const NATIONAL_HONOURS: readonly HonourDefinition[] = [
  {
    code: 'national-model-worker',
    name: { 'zh-CN': '全国劳动模范', en: 'National Model Worker' },
    level: HonourLevel.National,
    qualifying: true,
  },
  {
    code: 'may-day-medal',
    name: { 'zh-CN': '全国五一劳动奖章', en: 'National May Day Labour Medal' },
    level: HonourLevel.National,
    qualifying: true,
  },
  {
    code: 'china-skill-award',
    name: { 'zh-CN': '中华技能大奖', en: 'China Skills Award' },
    level: HonourLevel.National,
    qualifying: true,
  },
  {
    code: 'national-technical-expert',
    name: { 'zh-CN': '全国技术能手', en: 'National Technical Expert' },
    level: HonourLevel.National,
    qualifying: true,
  },
  {
    code: 'special-government-allowance',
    name: { 'zh-CN': '享受省级以上政府特殊津贴', en: 'Special government allowance (provincial or above)' },
    level: HonourLevel.National,
    qualifying: true,
  },
  {
    code: 'provincial-scarce-talent',
    name: { 'zh-CN': '省级政府认定"高精尖缺"人才', en: 'Provincially recognised high-end, scarce talent' },
    level: HonourLevel.National,
    qualifying: true,
  },
];

/** Whether a talent's honours give the qualifying basis (at least one qualifying honour, art. 38). */
export function hasQualifyingBasis(honours: readonly { qualifying: boolean }[]): boolean {
  return honours.some((honour) => honour.qualifying);
}

/** Pay treatments an enterprise adopts for a leading talent (人社厅发〔2021〕7号 arts. 39–44). */
export enum PayTreatment {
  AnnualSalary = 'annual-salary',
  NegotiatedPay = 'negotiated-pay',
  SpecialAward = 'special-award',
  EquityIncentive = 'equity-incentive',
  ExcessProfitSharing = 'excess-profit-sharing',
  PostProjectDividend = 'post-project-dividend',
}

export const PAY_TREATMENT_LABELS: Record<PayTreatment, Labels & { article: number }> = {
  [PayTreatment.AnnualSalary]: { 'zh-CN': '年薪制', en: 'Annual salary', article: 39 },
  [PayTreatment.NegotiatedPay]: { 'zh-CN': '协议薪酬', en: 'Negotiated pay', article: 40 },
  [PayTreatment.SpecialAward]: { 'zh-CN': '专项特殊奖励', en: 'Special award', article: 41 },
  [PayTreatment.EquityIncentive]: { 'zh-CN': '股权激励', en: 'Equity incentive', article: 42 },
  [PayTreatment.ExcessProfitSharing]: { 'zh-CN': '超额利润分享', en: 'Excess-profit sharing', article: 43 },
  [PayTreatment.PostProjectDividend]: {
    'zh-CN': '岗位/项目分红',
    en: 'Post or project dividend',
    article: 44,
  },
};

/** A treatment adopted, with an optional yearly amount in yuan (shown to the city bureau only). */
export interface TalentPayTreatment {
  treatment: PayTreatment;
  annualAmountYuan?: number | null;
}

/** Roles a leading talent holds (中办发〔2018〕16号 三(四); Lüliang 二(一)1). */
export enum TalentRole {
  MassOrganisationPost = 'mass-organisation-post',
  PartyContactExpert = 'party-contact-expert',
  MasterStudioLead = 'master-studio-lead',
}

export const TALENT_ROLE_LABELS: Record<TalentRole, Labels> = {
  [TalentRole.MassOrganisationPost]: { 'zh-CN': '群团组织挂职/兼职', en: 'Post in a mass organisation' },
  [TalentRole.PartyContactExpert]: {
    'zh-CN': '党委联系专家',
    en: 'Expert in contact with the Party committee',
  },
  [TalentRole.MasterStudioLead]: { 'zh-CN': '技能大师工作室领办人', en: 'Skill-master studio lead' },
};

/** Levels a leading talent holds: senior technician and above, or a chief technician. */
export const TALENT_SKILL_LEVELS = [
  SkillLevel.Level2,
  SkillLevel.Level1,
  SkillLevel.Special,
  SkillLevel.Chief,
] as const;

/** How a talent is named where they have not consented to public listing. */
export const UNNAMED_TALENT: Labels = { 'zh-CN': '某某', en: '(name withheld)' };

/** The name a public list shows. */
export function publicTalentName(
  name: string,
  publicConsent: boolean,
  locale: keyof Labels = 'zh-CN',
): string {
  return publicConsent ? name : UNNAMED_TALENT[locale];
}

/** Age bands of the statistics, by age in the year of the count. */
export const TALENT_AGE_BANDS = [
  { key: 'under-35', max: 34, label: { 'zh-CN': '35岁以下', en: 'Under 35' } },
  { key: '35-44', max: 44, label: { 'zh-CN': '35–44岁', en: '35–44' } },
  { key: '45-54', max: 54, label: { 'zh-CN': '45–54岁', en: '45–54' } },
  { key: '55-plus', max: Number.POSITIVE_INFINITY, label: { 'zh-CN': '55岁及以上', en: '55 and over' } },
] as const satisfies readonly { key: string; max: number; label: Labels }[];

export type TalentAgeBand = (typeof TALENT_AGE_BANDS)[number]['key'];

export function talentAgeBand(birthYear: number, year: number): TalentAgeBand {
  const age = year - birthYear;
  return TALENT_AGE_BANDS.find((band) => age <= band.max)!.key;
}

/** A record not reconfirmed for this many months shows as stale (programme setting's default). */
export const DEFAULT_TALENT_STALE_MONTHS = 12;
