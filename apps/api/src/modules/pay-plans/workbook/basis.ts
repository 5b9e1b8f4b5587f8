import { CALCULATOR_SOURCES, type SourceArticle } from '@skillpay/paycalc';

/**
 * The articles each exported calculator cites as its basis, in one place: the national texts only
 * (人社厅发〔2021〕7号 and the central opinions on technical workers' treatment), never another
 * city's guideline or case — a programme's own basis may replace these one day, entry by entry.
 */

const MOHRSS = CALCULATOR_SOURCES.broadbandSteps.document;

const CENTRAL_OPINIONS = {
  'zh-CN': '中共中央办公厅 国务院办公厅《关于提高技术工人待遇的意见》',
  en: 'General Offices of the CPC Central Committee and the State Council: Opinions on improving the treatment of technical workers (2018)',
};

function mohrss(article: [string, string], excerpt: [string, string]): SourceArticle {
  return {
    document: MOHRSS,
    article: { 'zh-CN': article[0], en: article[1] },
    excerpt: { 'zh-CN': excerpt[0], en: excerpt[1] },
  };
}

const ART_13 = mohrss(
  ['第十三条', 'Art. 13'],
  [
    '按照为岗位付酬、为能力付酬、为绩效付酬的付酬因素，技能人才工资结构可由体现岗位价值的岗位工资单元、体现能力差别的能力工资单元和体现绩效贡献的绩效工资单元等组成。',
    'Paying for the post, for ability and for performance, skilled workers’ pay may consist of a post unit, an ability unit and a performance unit.',
  ],
);

const ART_19 = mohrss(
  ['第十九条', 'Art. 19'],
  [
    '企业在评价要素的选择、评价权重的设置、评价过程的组织等方面应贯彻公正、公开原则，得到员工认可。',
    'The choice of factors, their weights and the conduct of the evaluation follow fairness and openness and need the employees’ acceptance.',
  ],
);

const ART_21 = mohrss(
  ['第二十一条', 'Art. 21'],
  [
    '岗位工资采用一岗多薪、宽带薪酬，具体晋档条件有三种表现形式。一是条件规定形式……二是综合系数表现形式……三是特殊贡献表现形式。',
    'With several steps per post, step conditions take three forms: stated conditions, a composite coefficient, or special contributions.',
  ],
);

const ART_25 = mohrss(
  ['第二十五条', 'Art. 25'],
  [
    '绩效工资单元是体现员工实际业绩差别的工资单元，根据绩效考核结果浮动发放……建立绩效工资与企业效益情况、本部门绩效考核结果、本人绩效考核结果联动的分配机制。',
    'The performance unit reflects actual performance and varies with appraisal results, linked to the enterprise’s results, the department’s appraisal and the individual’s.',
  ],
);

const ART_27 = mohrss(
  ['第二十七条', 'Art. 27'],
  [
    '对于以班组、车间为单元集体作业的基本生产技能岗位人员，可参照上述办法将团队绩效工资总额分配到班组、车间，再由班组长、车间主任根据规定程序，按照个人工作量和个人绩效进行合理分配。',
    'For teams and workshops working collectively, the performance pay is allotted to the team or workshop and then shared by individual workload and performance under set procedures.',
  ],
);

const ART_33 = mohrss(
  ['第三十三条', 'Art. 33'],
  [
    '师带徒津贴是对师傅培养培训徒弟额外劳动付出的补偿。对于签订带徒协议、明确师傅徒弟权利义务的，可向师傅支付一定额度带徒津贴。',
    'The mentor allowance compensates a mentor’s extra effort; mentors with an apprenticeship agreement may be paid a mentor allowance.',
  ],
);

const ART_34 = mohrss(
  ['第三十四条', 'Art. 34'],
  [
    '津贴设置应坚持不重复体现原则……如在岗位评价要素或者职级成长通道任职资格条件中已有充分体现的，应本着不重复的原则不再单独设置。',
    'Allowances are not counted twice: where post evaluation or the grade requirements already reflect them, none is set separately.',
  ],
);

const CENTRAL_WAGE_GROWTH = {
  document: CENTRAL_OPINIONS,
  article: { 'zh-CN': '四（二）', en: 'Part IV (2)' },
  excerpt: {
    'zh-CN':
      '推动企业建立健全反映劳动力市场供求关系和企业经济效益的工资决定及正常增长机制……国有企业工资总额分配要向高技能人才倾斜，高技能人才人均工资增幅应不低于本单位管理人员人均工资增幅。',
    en: "Enterprises set wages and their growth by the labour market and their economic results; state-owned enterprises favour high-skill talents, whose average pay growth shall not be lower than management staff's.",
  },
} satisfies SourceArticle;

const CENTRAL_TRAINING_FUND = {
  document: CENTRAL_OPINIONS,
  article: { 'zh-CN': '五（一）', en: 'Part V (1)' },
  excerpt: {
    'zh-CN': '确保企业职工教育培训资金落实到位，并向一线技术工人倾斜。',
    en: 'Enterprises make sure the employee training funds are in place and favour front-line technical workers.',
  },
} satisfies SourceArticle;

export const PAY_PLAN_BASIS = {
  payTable: [
    CALCULATOR_SOURCES.broadbandSteps,
    CALCULATOR_SOURCES.marketReference,
    CALCULATOR_SOURCES.payTableConstruction,
    CALCULATOR_SOURCES.payTableForm,
  ],
  payPath: [CALCULATOR_SOURCES.stepMovement, ART_21],
  teamWageBill: [CALCULATOR_SOURCES.stepMovement],
  postEvaluation: [CALCULATOR_SOURCES.pointFactorEvaluation, ART_19],
  performanceDistribution: [ART_25, ART_27],
  auxiliaryPool: [CALCULATOR_SOURCES.auxiliaryPool],
  skillAllowance: [CALCULATOR_SOURCES.skillAllowance, ART_34],
  teamLeaderAllowance: [CALCULATOR_SOURCES.teamLeaderAllowance, ART_34],
  mentorAllowance: [ART_33],
  nightShift: [CALCULATOR_SOURCES.nightShiftAllowance],
  profitSharing: [CALCULATOR_SOURCES.excessProfitSharing],
  twoLowerThan: [CENTRAL_WAGE_GROWTH],
  highSkillWageGrowth: [CENTRAL_WAGE_GROWTH],
  educationFund: [CENTRAL_TRAINING_FUND],
  fixedVariableRatio: [ART_13, ART_25],
} as const satisfies Record<string, readonly SourceArticle[]>;
