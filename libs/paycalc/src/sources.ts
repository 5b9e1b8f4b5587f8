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

const MOHRSS_GUIDELINES: Labels = {
  'zh-CN': '人社厅发〔2021〕7号《技能人才薪酬分配指引》',
  en: 'MOHRSS 2021 No. 7: Guidelines on pay for skilled workers',
};

const QUJING_CASES: Labels = {
  'zh-CN': '《曲靖市企业技能人才薪酬分配指引（试行）》附件2 典型案例',
  en: 'Qujing guidelines, annex 2: typical cases',
};

/** The sources of the calculators, by input or rule: the web links each input to its article. */
export const CALCULATOR_SOURCES = {
  /** MOHRSS art. 20: 一岗多薪, steps within a grade */
  broadbandSteps: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第二十条', en: 'Art. 20' },
    excerpt: {
      'zh-CN':
        '一岗多薪、宽带薪酬指的是在每个岗位等级内设多个工资档次，以体现同岗级人员不同能力、资历和不同业绩贡献的差别。',
      en: 'Several pay steps within each post grade reflect differences in ability, seniority and contribution among staff of the same grade.',
    },
  },
  /** MOHRSS art. 20, second paragraph: annual step movement by rating */
  stepMovement: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第二十条第二款', en: 'Art. 20 (2)' },
    excerpt: {
      'zh-CN':
        '合格及以上的技能人才每年可在本岗级上晋升1档，少部分优秀的可晋升2档，个别贡献突出的还可以奖励更多晋档，极少数表现不合格的可不晋升或降档。',
      en: 'Qualified staff move up one step a year, a few excellent ones two, outstanding contributors more; the very few unqualified stay or move down a step.',
    },
  },
  /** MOHRSS art. 22: market wage levels beside the pay standards */
  marketReference: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第二十二条', en: 'Art. 22' },
    excerpt: {
      'zh-CN': '企业可参考人力资源市场类似岗位工资价位的绝对水平，确定技能操作类岗位工资标准',
      en: 'Enterprises may set skilled posts’ pay standards with reference to the market wage levels of similar posts.',
    },
  },
  /** MOHRSS art. 23: key points, arithmetic or geometric fill, wider gaps across grades */
  payTableConstruction: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第二十三条', en: 'Art. 23' },
    excerpt: {
      'zh-CN':
        '首先确定内部关键点岗位（最高岗位、最低岗位、主体标杆岗位等）工资标准之间的比例关系……一般可以用等差数列关系确定（差别相对较小），也可以用等比数列确定（差别相对较大）……跨职级的差距可适当拉大，同一职级内部差距可适当缩小。',
      en: 'First fix the ratios between key posts (highest, lowest, main benchmark posts); fill between them by arithmetic (smaller gaps) or geometric progression (larger gaps); widen gaps across grades, narrow them within a grade.',
    },
  },
  /** MOHRSS art. 24: amounts, or coefficients / pay points × a base or point value */
  payTableForm: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第二十四条', en: 'Art. 24' },
    excerpt: {
      'zh-CN':
        '一是以工资水平绝对值的形式表现；二是以岗位工资系数值（或薪点数）的形式表现。……基数值或薪点值可结合企业效益情况、工资总额承受能力、市场价位变动情况等相应确定。',
      en: 'Pay standards are expressed as amounts, or as coefficients (or pay points) whose base or point value follows the enterprise’s results, wage-bill capacity and the market.',
    },
  },
  /** Qujing art. 8 (四) and annex 1: grades × up to 30 steps, arithmetic step differences */
  qujingPayTable: {
    document: QUJING_GUIDELINES,
    article: { 'zh-CN': '第八条（四）及附件1', en: 'Art. 8 (4) and annex 1' },
    excerpt: {
      'zh-CN':
        '技能人才岗位工资可采用岗位等级和一岗多薪的形式确定岗位工资，各岗位薪级之间的差额应形成等差数列。',
      en: 'Post pay by post grade with several pay steps per post; the differences between steps form an arithmetic series.',
    },
  },
  /** MOHRSS arts. 17–18: point-factor evaluation of skilled posts */
  pointFactorEvaluation: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第十七条、第十八条', en: 'Arts. 17–18' },
    excerpt: {
      'zh-CN':
        '要素计分法，根据预先规定的衡量标准，对岗位的主要影响因素逐一进行评比、估量，由此得出各个岗位的量值。……通常考虑岗位对上岗人员技能水平要求的高低，岗位工作量及质量责任的轻重，体力或脑力劳动强度的大小和岗位工作条件的好差等进行评价。',
      en: 'The point-factor method scores each post on its main factors — skill required, workload and quality responsibility, physical or mental intensity, working conditions — to give each post a value.',
    },
  },
  /** Qujing art. 8 (六) 3: department and individual performance pay by points or piece counts */
  performancePayFormulas: {
    document: QUJING_GUIDELINES,
    article: { 'zh-CN': '第八条（六）3', en: 'Art. 8 (6) 3' },
    excerpt: {
      'zh-CN':
        '部门绩效工资总量=单位可供分配绩效工资总量÷单位积分累计总分×部门积分累计总分；技能人才个人绩效工资分配=部门可供分配绩效工资总量÷部门积分累计总分×技能人才个人积分累计总分；个人考核采用计件的……=部门可供分配绩效工资总量÷部门计件总量数×技能人才个人计件数量',
      en: 'Department pool = unit pool ÷ unit total points × department points; individual = department pool ÷ department points × individual points; with piece counts, individual = department pool ÷ department pieces × individual pieces.',
    },
  },
  /** Qujing art. 8 (六) 2: skilled 1, management 1 × a %, technical 1 × b % */
  categoryWeights: {
    document: QUJING_GUIDELINES,
    article: { 'zh-CN': '第八条（六）2', en: 'Art. 8 (6) 2' },
    excerpt: {
      'zh-CN': '技能岗位人员计件数量为“1”，要合理确定管理、专业技术岗位人员计件数量分别为1×a%、1×b%',
      en: 'A skilled post’s piece counts 1; management and technical posts count 1 × a % and 1 × b %.',
    },
  },
  /** MOHRSS art. 27, third paragraph: auxiliary staff at 70–95 % of the served staff's average */
  auxiliaryPool: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第二十七条第三款', en: 'Art. 27 (3)' },
    excerpt: {
      'zh-CN':
        '对于辅助生产技能岗位人员，可依据其支持服务的基本生产技能岗位人员月绩效工资平均值的一定比例（比如70%至95%），作为人均绩效工资分配额度',
      en: 'Auxiliary production staff get a per-head performance pay of a share (e.g. 70–95 %) of the monthly average of the production staff they serve.',
    },
  },
  /** MOHRSS art. 29: night shift 15–20 % of monthly gross for 四班三运转 posts */
  nightShiftAllowance: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第二十九条', en: 'Art. 29' },
    excerpt: {
      'zh-CN': '部分“四班三运转”岗位人员的月度夜班津贴水平一般占月度应发工资收入的15%至20%。',
      en: 'For some four-crew three-shift posts the monthly night-shift allowance is typically 15–20 % of monthly gross pay.',
    },
  },
  /** MOHRSS art. 31: skill allowance for 高级工, 技师, 高级技师 */
  skillAllowance: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第三十一条', en: 'Art. 31' },
    excerpt: {
      'zh-CN': '对于取得高级工、技师、高级技师，并在相关技能操作类岗位工作的技能人才，发放一定额度的技能津贴',
      en: 'Skilled staff holding senior-worker, technician or senior-technician certificates in skilled posts may receive a skill allowance.',
    },
  },
  /** Qujing case 4 (company D): skill pay 800 / 500 / 300 / 100 元 a month */
  caseDSkillPay: {
    document: QUJING_CASES,
    article: { 'zh-CN': '案例4（D公司）二（二）', en: 'Case 4 (company D), II (2)' },
    excerpt: {
      'zh-CN':
        '设立技能工资标准为：高级技师（一级）800元/月、技师（二级）500元/月、高级工（三级）300元/月、中级工（四级）100元/月。……核心技能工资每月增加82400元，每年增加工资总额988800元。',
      en: 'Skill pay of 800 / 500 / 300 / 100 元 a month for senior technicians, technicians, senior and intermediate workers; 82,400 元 more a month, 988,800 元 a year.',
    },
  },
  /** MOHRSS art. 32: team-leader allowance, base plus per extra member, or by team category */
  teamLeaderAllowance: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第三十二条', en: 'Art. 32' },
    excerpt: {
      'zh-CN':
        '一是按照班组管理幅度，按照具体人数确定适用津贴标准。可在基本标准基础上，每增加1名技能人才，相应增加津贴标准。二是按照班组类别和难度大小，设置不同的档次标准。',
      en: 'By team size (a base rate, raised for each additional skilled member) or by team category and difficulty.',
    },
  },
  /** MOHRSS art. 33: mentor allowance per apprentice and month (case B's 300 元 is Qujing's example) */
  mentorAllowance: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第三十三条', en: 'Art. 33' },
    excerpt: {
      'zh-CN': '对于签订带徒协议、明确师傅徒弟权利义务的，可向师傅支付一定额度带徒津贴。',
      en: 'Mentors with an apprenticeship agreement may be paid a mentor allowance.',
    },
  },
  /** MOHRSS art. 43: excess-profit sharing */
  excessProfitSharing: {
    document: MOHRSS_GUIDELINES,
    article: { 'zh-CN': '第四十三条', en: 'Art. 43' },
    excerpt: {
      'zh-CN':
        '激励总量可以本年度超目标净利润增量（或减亏额）为基数，按一定比例计提，并与企业综合绩效系数挂钩调节。其中，净利润目标一般可分为基本目标、激励目标和挑战目标，计提比例可根据净利润实际达成情况按不同比例分段提取。……员工个人激励额度一般可依据激励对象的岗位系数和个人绩效考核结果系数综合确定。',
      en: 'The pool is a share of net profit above target (or of the loss reduction), by bands between the basic, incentive and challenge targets, adjusted by the company performance coefficient; individuals share by post coefficient and individual performance coefficient.',
    },
  },
} as const satisfies Record<string, SourceArticle>;

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
    document: QUJING_CASES,
    article: { 'zh-CN': '案例2（B公司）二（二）4', en: 'Case 2 (company B), II (2) 4' },
    excerpt: {
      'zh-CN': '目前B公司技能人才的固定薪酬和浮动薪酬比例大概为4:6',
      en: "Company B's skilled staff now earn fixed and variable pay at about 4 : 6",
    },
  },
} as const satisfies Record<string, SourceArticle>;
