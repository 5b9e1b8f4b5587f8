import { type Labels, SKILL_LEVEL_LABELS, SkillLevel, type WageSkillLevel } from '@skillpay/domain';

/** The grade ladders of the sources (domain.md, "Skill levels"); an enterprise picks one or names its own. */
export enum SkillLadderId {
  /** the national "new eight levels" (case D) */
  National = 'national',
  /** Qujing annex 1: eleven grades from probation to "高精尖缺" leading talents */
  Qujing = 'qujing',
}

export interface LadderGrade {
  key: string;
  label: Labels;
  /**
   * The skill level under which wage benchmarks (工资价位) publish this grade's market pay, or null
   * where no benchmark level matches (art. 22: shown beside the grade when benchmarks exist).
   */
  marketSkillLevel: WageSkillLevel | null;
}

const national: LadderGrade[] = Object.values(SkillLevel).map((level) => ({
  key: level,
  label: SKILL_LEVEL_LABELS[level],
  marketSkillLevel: level,
}));

/**
 * Qujing annex 1, low → high. Its 五级 … 一级 are the national levels; probation, general workers,
 * the three expert grades and leading talents have no benchmark level of their own (an enterprise
 * may map them when it builds the table).
 */
const qujing: LadderGrade[] = [
  { key: 'probation', label: { 'zh-CN': '见习期', en: 'Probation' }, marketSkillLevel: null },
  { key: 'general-worker', label: { 'zh-CN': '普工', en: 'General worker' }, marketSkillLevel: null },
  ...[SkillLevel.Level5, SkillLevel.Level4, SkillLevel.Level3, SkillLevel.Level2, SkillLevel.Level1].map(
    (level) => ({ key: level, label: SKILL_LEVEL_LABELS[level], marketSkillLevel: level }),
  ),
  {
    key: 'senior-expert',
    label: { 'zh-CN': '高级技能专家', en: 'Senior skill expert' },
    marketSkillLevel: null,
  },
  {
    key: 'special-expert',
    label: { 'zh-CN': '特级技能专家', en: 'Special-grade skill expert' },
    marketSkillLevel: null,
  },
  {
    key: 'chief-expert',
    label: { 'zh-CN': '首席技能专家', en: 'Chief skill expert' },
    marketSkillLevel: null,
  },
  {
    key: 'leading-talent',
    label: { 'zh-CN': '“高精尖缺”高技能领军人才', en: '"High-end, scarce" high-skill leading talent' },
    marketSkillLevel: null,
  },
];

export const SKILL_LADDERS: Record<SkillLadderId, readonly LadderGrade[]> = {
  [SkillLadderId.National]: national,
  [SkillLadderId.Qujing]: qujing,
};

export const SKILL_LADDER_LABELS: Record<SkillLadderId, Labels> = {
  [SkillLadderId.National]: { 'zh-CN': '国家“新八级”职业技能等级', en: 'National "new eight levels"' },
  [SkillLadderId.Qujing]: { 'zh-CN': '示例：曲靖市指引附件1', en: 'Example from Qujing: guidelines annex 1' },
};
