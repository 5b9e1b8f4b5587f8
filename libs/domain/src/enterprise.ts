/** Reference data describing an enterprise (企业). */
export type Labels = { 'zh-CN': string; en: string };

/** GB/T 4754-2017 sections (门类). */
export const INDUSTRY_SECTIONS = {
  A: { 'zh-CN': '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' },
  B: { 'zh-CN': '采矿业', en: 'Mining' },
  C: { 'zh-CN': '制造业', en: 'Manufacturing' },
  D: { 'zh-CN': '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water supply' },
  E: { 'zh-CN': '建筑业', en: 'Construction' },
  F: { 'zh-CN': '批发和零售业', en: 'Wholesale and retail trade' },
  G: { 'zh-CN': '交通运输、仓储和邮政业', en: 'Transport, storage and postal services' },
  H: { 'zh-CN': '住宿和餐饮业', en: 'Accommodation and catering' },
  I: { 'zh-CN': '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' },
  J: { 'zh-CN': '金融业', en: 'Finance' },
  K: { 'zh-CN': '房地产业', en: 'Real estate' },
  L: { 'zh-CN': '租赁和商务服务业', en: 'Leasing and business services' },
  M: { 'zh-CN': '科学研究和技术服务业', en: 'Scientific research and technical services' },
  N: { 'zh-CN': '水利、环境和公共设施管理业', en: 'Water, environment and public facilities management' },
  O: { 'zh-CN': '居民服务、修理和其他服务业', en: 'Residential, repair and other services' },
  P: { 'zh-CN': '教育', en: 'Education' },
  Q: { 'zh-CN': '卫生和社会工作', en: 'Health and social work' },
  R: { 'zh-CN': '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
  S: {
    'zh-CN': '公共管理、社会保障和社会组织',
    en: 'Public administration, social security and social organisations',
  },
  T: { 'zh-CN': '国际组织', en: 'International organisations' },
} as const satisfies Record<string, Labels>;

export type IndustrySection = keyof typeof INDUSTRY_SECTIONS;
export const INDUSTRY_SECTION_CODES = Object.keys(INDUSTRY_SECTIONS) as IndustrySection[];
/** The work plan's focus (三(三)): manufacturing first. */
export const FOCUS_INDUSTRY: IndustrySection = 'C';

export enum Ownership {
  StateOwned = 'state-owned',
  NonPublic = 'non-public',
}

export const OWNERSHIP_LABELS: Record<Ownership, Labels> = {
  [Ownership.StateOwned]: { 'zh-CN': '国有', en: 'State-owned' },
  [Ownership.NonPublic]: { 'zh-CN': '非公有制', en: 'Non-public' },
};

export enum EnterpriseSize {
  Large = 'large',
  Medium = 'medium',
  Small = 'small',
  Micro = 'micro',
}

export const ENTERPRISE_SIZE_LABELS: Record<EnterpriseSize, Labels> = {
  [EnterpriseSize.Large]: { 'zh-CN': '大型', en: 'Large' },
  [EnterpriseSize.Medium]: { 'zh-CN': '中型', en: 'Medium' },
  [EnterpriseSize.Small]: { 'zh-CN': '小型', en: 'Small' },
  [EnterpriseSize.Micro]: { 'zh-CN': '微型', en: 'Micro' },
};

/** Small and medium enterprises get the light 一企一策 plan (Qingdao 四(二)). */
export function isSmallOrMedium(size: EnterpriseSize): boolean {
  return size !== EnterpriseSize.Large;
}

/** Categories that may apply with priority (Qingdao 三(一)). */
export enum PriorityCategory {
  /** 市级以上劳动关系和谐企业 */
  HarmoniousLabourRelations = 'harmonious-labour-relations',
  /** 技能人才自主评价企业 */
  SkillSelfEvaluation = 'skill-self-evaluation',
  /** 大师工作室企业 */
  SkillMasterStudio = 'skill-master-studio',
}

export const PRIORITY_CATEGORY_LABELS: Record<PriorityCategory, Labels> = {
  [PriorityCategory.HarmoniousLabourRelations]: {
    'zh-CN': '市级以上劳动关系和谐企业',
    en: 'Harmonious labour-relations enterprise (city level or above)',
  },
  [PriorityCategory.SkillSelfEvaluation]: {
    'zh-CN': '技能人才自主评价企业',
    en: 'Skill self-evaluation enterprise',
  },
  [PriorityCategory.SkillMasterStudio]: { 'zh-CN': '大师工作室企业', en: 'Hosts a skill-master studio' },
};

/** The national "new eight levels" (新八级) skill ladder, low → high. */
export enum SkillLevel {
  Apprentice = 'apprentice',
  Level5 = 'level-5',
  Level4 = 'level-4',
  Level3 = 'level-3',
  Level2 = 'level-2',
  Level1 = 'level-1',
  Special = 'special',
  Chief = 'chief',
}

export const SKILL_LEVEL_LABELS: Record<SkillLevel, Labels> = {
  [SkillLevel.Apprentice]: { 'zh-CN': '学徒工', en: 'Apprentice' },
  [SkillLevel.Level5]: { 'zh-CN': '五级/初级工', en: 'Level 5 / junior worker' },
  [SkillLevel.Level4]: { 'zh-CN': '四级/中级工', en: 'Level 4 / intermediate worker' },
  [SkillLevel.Level3]: { 'zh-CN': '三级/高级工', en: 'Level 3 / senior worker' },
  [SkillLevel.Level2]: { 'zh-CN': '二级/技师', en: 'Level 2 / technician' },
  [SkillLevel.Level1]: { 'zh-CN': '一级/高级技师', en: 'Level 1 / senior technician' },
  [SkillLevel.Special]: { 'zh-CN': '特级技师', en: 'Special-grade technician' },
  [SkillLevel.Chief]: { 'zh-CN': '首席技师', en: 'Chief technician' },
};

/** Skilled headcount per level, e.g. `{ "level-3": 139, "level-2": 20 }`. */
export type SkilledHeadcount = Partial<Record<SkillLevel, number>>;
