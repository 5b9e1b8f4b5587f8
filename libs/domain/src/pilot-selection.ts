import {
  EnterpriseSize,
  FOCUS_INDUSTRY,
  type IndustrySection,
  isSmallOrMedium,
  Ownership,
  type PriorityCategory,
} from './enterprise';
import { GuidelinePart } from './guidance';
import { DEFAULT_CITY_DIRECT_QUOTA, DEFAULT_DISTRICT_QUOTA } from './pilot-workflow';

/** Sizes from the largest down: the work plan favours large enterprises (三(三)). */
export const ENTERPRISE_SIZE_ORDER: readonly EnterpriseSize[] = [
  EnterpriseSize.Large,
  EnterpriseSize.Medium,
  EnterpriseSize.Small,
  EnterpriseSize.Micro,
];

/** What the focus order looks at. */
export interface FocusFacts {
  name: string;
  industrySection: IndustrySection | string;
  ownership: Ownership;
  size: EnterpriseSize;
  priorityCategories: readonly PriorityCategory[];
}

/**
 * The priority-focus order of enterprises and applications (Qingdao 三(一), 三(三)): more
 * priority categories first, then manufacturing, then large before small, then state-owned,
 * then by name. Negative when `a` comes first.
 */
export function compareByFocus(a: FocusFacts, b: FocusFacts): number {
  return (
    b.priorityCategories.length - a.priorityCategories.length ||
    Number(b.industrySection === FOCUS_INDUSTRY) - Number(a.industrySection === FOCUS_INDUSTRY) ||
    ENTERPRISE_SIZE_ORDER.indexOf(a.size) - ENTERPRISE_SIZE_ORDER.indexOf(b.size) ||
    Number(b.ownership === Ownership.StateOwned) - Number(a.ownership === Ownership.StateOwned) ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}

/**
 * A region's pilot quota when the programme sets none: the city node itself stands for the
 * city-direct enterprises (市直企业, 2–3), every other region is a district (1–2).
 */
export function defaultPilotQuota(regionCode: string, cityCode: string): number {
  return regionCode === cityCode ? DEFAULT_CITY_DIRECT_QUOTA : DEFAULT_DISTRICT_QUOTA;
}

/** The most pilots a programme may set for one region. */
export const MAX_PILOT_QUOTA = 10;

/** Why a quota cannot be set for a region: not a whole number 0–10, or below its approved pilots. */
export type QuotaProblem =
  { code: 'invalid' | 'above-max'; max: number } | { code: 'below-approved'; approved: number };

/** What is wrong with `quota` for a region with `approved` pilots (the API's rules), or null. */
export function quotaProblem(quota: number | null, approved: number): QuotaProblem | null {
  if (quota === null || !Number.isInteger(quota) || quota < 0)
    return { code: 'invalid', max: MAX_PILOT_QUOTA };
  if (quota > MAX_PILOT_QUOTA) return { code: 'above-max', max: MAX_PILOT_QUOTA };
  if (quota < approved) return { code: 'below-approved', approved };
  return null;
}

/** 一企一策 plan variants (Qingdao 四(二)). */
export enum PlanVariant {
  /** small and medium enterprises: start from the concepts, avoid heavy systems */
  Light = 'light',
  /** large enterprises: the whole system incl. mid/long-term incentives for high-skill leaders */
  Full = 'full',
}

export const PLAN_VARIANT_LABELS: Record<PlanVariant, { 'zh-CN': string; en: string }> = {
  [PlanVariant.Light]: { 'zh-CN': '中小企业简化版', en: 'Light (small and medium enterprises)' },
  [PlanVariant.Full]: { 'zh-CN': '大型企业完整版', en: 'Full (large enterprises)' },
};

export function planVariantFor(size: EnterpriseSize): PlanVariant {
  return isSmallOrMedium(size) ? PlanVariant.Light : PlanVariant.Full;
}

/** The guideline parts a new plan adopts by default. */
export function defaultPlanParts(variant: PlanVariant): GuidelinePart[] {
  return variant === PlanVariant.Light
    ? [GuidelinePart.CareerChannel, GuidelinePart.PayUnits, GuidelinePart.PerformancePay]
    : [
        GuidelinePart.CareerChannel,
        GuidelinePart.PayUnits,
        GuidelinePart.PostEvaluation,
        GuidelinePart.PostPayTable,
        GuidelinePart.PerformancePay,
        GuidelinePart.Allowances,
        GuidelinePart.HighSkillLeaderIncentives,
      ];
}

/** The milestones a new plan starts with, as offsets in days from its approval. */
export function defaultPlanMilestones(
  variant: PlanVariant,
): Array<{ title: { 'zh-CN': string; en: string }; dueInDays: number }> {
  const common = [
    { title: { 'zh-CN': '完成现状诊断与调研', en: 'Assess the current pay system' }, dueInDays: 30 },
    { title: { 'zh-CN': '形成薪酬分配方案初稿', en: 'Draft the pay distribution plan' }, dueInDays: 75 },
  ];
  const full = [
    {
      title: {
        'zh-CN': '制定高技能领军人才中长期激励办法',
        en: 'Set mid/long-term incentives for high-skill leaders',
      },
      dueInDays: 100,
    },
  ];
  return [
    ...common,
    ...(variant === PlanVariant.Full ? full : []),
    {
      title: { 'zh-CN': '方案经职代会审议并实施', en: 'Adopt the plan and put it into effect' },
      dueInDays: 120,
    },
  ];
}
