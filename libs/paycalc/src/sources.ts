import { type Labels } from '@skillpay/domain';

/** The document and article a rule comes from, with its words, as the sources in ../shared/seeds print them. */
export interface SourceArticle {
  document: Labels;
  article: Labels;
  excerpt: Labels;
}

const QUJING_GUIDELINES: Labels = {
  'zh-CN': '《曲靖市企业技能人才薪酬分配指引（试行）》',
  en: 'Qujing guidelines on pay for skilled workers in enterprises (trial)',
};

/** The sources of the checks, by rule. */
export const SOURCES = {
  /** Qujing art. 5: "两个低于" for state-owned enterprises */
  twoLowerThan: {
    document: QUJING_GUIDELINES,
    article: { 'zh-CN': '第五条', en: 'Art. 5' },
    excerpt: {
      'zh-CN':
        '“两个低于”原则（即：薪酬总额的增长低于企业经济效益的增长，员工平均薪酬的增长低于企业劳动生产率的增长）',
      en: '"Two lower than": wage-bill growth below economic-benefit growth, average-pay growth below labour-productivity growth',
    },
  },
  /** Central opinions 四(二): high-skill talents' pay grows at least as fast as management's (SOEs) */
  highSkillWageGrowth: {
    document: {
      'zh-CN': '中共中央办公厅 国务院办公厅《关于提高技术工人待遇的意见》',
      en: 'General Offices of the CPC Central Committee and the State Council: Opinions on improving the treatment of technical workers (2018)',
    },
    article: { 'zh-CN': '四（二）', en: 'Part IV (2)' },
    excerpt: {
      'zh-CN':
        '国有企业工资总额分配要向高技能人才倾斜，高技能人才人均工资增幅应不低于本单位管理人员人均工资增幅。',
      en: "State-owned enterprises favour high-skill talents in the wage bill: their average pay growth shall not be lower than management staff's.",
    },
  },
  /** Lüliang 二(二)2: education fund 8 % of the wage bill, 60 % of it for front-line staff */
  educationFund: {
    document: {
      'zh-CN': '吕产改办发〔2023〕6号《关于建立健全全市推进产业工人队伍建设改革分类指导机制的实施方案》',
      en: 'Lüliang 2023 No. 6: Implementation plan for classified guidance of the industrial workforce reform',
    },
    article: { 'zh-CN': '二（二）2', en: 'Part II (2) 2' },
    excerpt: {
      'zh-CN': '按照职工工资总额的 8% 足额提取职工教育经费，并确保 60% 以上专项用于一线职工的教育和培训',
      en: "Set aside 8 % of the wage bill as the employee education fund and spend at least 60 % of it on front-line staff's training",
    },
  },
  /** Qujing case 2 (company B): fixed : variable pay about 4 : 6 */
  fixedVariableRatio: {
    document: {
      'zh-CN': '《曲靖市企业技能人才薪酬分配指引（试行）》附件2 典型案例',
      en: 'Qujing guidelines, annex 2: typical cases',
    },
    article: { 'zh-CN': '案例2（B公司）二（二）4', en: 'Case 2 (company B), II (2) 4' },
    excerpt: {
      'zh-CN': '目前B公司技能人才的固定薪酬和浮动薪酬比例大概为4:6',
      en: "Company B's skilled staff now earn fixed and variable pay at about 4 : 6",
    },
  },
} as const satisfies Record<string, SourceArticle>;
