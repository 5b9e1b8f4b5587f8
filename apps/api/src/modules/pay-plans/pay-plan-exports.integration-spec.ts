import { OrganisationType, Role } from '@skillpay/domain';
import ExcelJS from 'exceljs';
import {
  bearer,
  createTestApp,
  login,
  newOrganisation,
  newUser,
  type Session,
  type TestApp,
} from '../../../test/test-app';

/**
 * Every calculator's export is a document a clerk takes to the workers' congress: titled sheets
 * with headers and units, the inputs, the result, the method, the national basis and an A4 print
 * set-up — and not one of paycalc's internal key names. Figures are the worked examples of the
 * seeds (Qujing cases B and D, case A's 1,420 元, the guideline's 15–20 % night-shift share).
 */

/** camelCase or dotted paths (`valuePerPoint`, `skillAllowance.rows.0.level`) and paycalc's own words */
const INTERNAL_KEY = /^[a-z]+([A-Z.][A-Za-z0-9.]*)+$/;
const KNOWN_KEYS = new Set([
  'pool',
  'valuePerPoint',
  'largest-remainder',
  'arithmetic',
  'geometric',
  'amount',
  'points',
  'pieces',
  'skilled',
  'qualified',
  'excellent',
  'outstanding',
  'unqualified',
  'pass',
  'fail',
  'info',
  'insufficient-data',
  'below-typical-range',
  'above-typical-range',
  'basic',
  'incentive',
  'challenge',
  'level-1',
  'national',
]);

interface Expected {
  title: string;
  headers: string[];
  /** figures the sheet must hold as numbers */
  figures?: number[];
  /** a phrase of its method paragraph */
  method: string;
  /** article numbers of its basis */
  articles: string[];
}

function texts(sheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      // a header's unit stands on a line of its own
      if (typeof cell.value === 'string') found.push(cell.value.replace(/\n(?=（)/, '').replace(/\n/, ' '));
    }),
  );
  return found;
}

function numbers(sheet: ExcelJS.Worksheet): Array<{ value: number; numFmt: string }> {
  const found: Array<{ value: number; numFmt: string }> = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'number') found.push({ value: cell.value, numFmt: cell.numFmt });
    }),
  );
  return found;
}

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(body).buffer);
  return workbook;
}

/** The sheets in order, each a document as `expected` says; no internal key anywhere. */
function expectDocuments(
  workbook: ExcelJS.Workbook,
  expected: Expected[],
  language: 'zh-CN' | 'en' = 'zh-CN',
) {
  const sheets = workbook.worksheets;
  expect(sheets.map((sheet) => sheet.getCell('A1').value)).toEqual(expected.map((entry) => entry.title));
  sheets.forEach((sheet, index) => {
    const want = expected[index];
    const all = texts(sheet);
    for (const header of want.headers) expect(all).toContain(header);
    expect(all.find((text) => text.includes(want.method))).toBeDefined();
    const headingOf = language === 'zh-CN' ? ['计算方法', '政策依据'] : ['Method', 'Basis'];
    for (const heading of headingOf) expect(all.some((text) => text.endsWith(heading))).toBe(true);
    // signed before it goes to the congress
    expect(all.at(-1)).toMatch(
      language === 'zh-CN' ? /^制表人：.*审核人：.*日期：/ : /^Prepared by: .*Checked by: .*Date: /,
    );
    const basis = all.filter((text) =>
      language === 'zh-CN'
        ? text.startsWith('人社厅发〔2021〕7号') || text.startsWith('中共中央办公厅')
        : text.includes(': “'),
    );
    for (const article of want.articles) expect(basis.some((line) => line.includes(article))).toBe(true);
    // the national texts only: no other city's guideline or case as the basis
    expect(all.filter((text) => /曲靖|吕梁|吕产改|Qujing|Lüliang/.test(text))).toEqual([]);
    for (const text of all) {
      expect({ sheet: sheet.name, text, internal: INTERNAL_KEY.test(text) || KNOWN_KEYS.has(text) }).toEqual({
        sheet: sheet.name,
        text,
        internal: false,
      });
    }
    const figures = numbers(sheet);
    for (const figure of want.figures ?? []) {
      const cell = figures.find((candidate) => candidate.value === figure);
      expect({ figure, formatted: cell !== undefined && cell.numFmt !== undefined }).toEqual({
        figure,
        formatted: true,
      });
    }
    // print set-up: A4, fitted to the width, the table's header row on every page, page numbers
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
    const titles = sheet.pageSetup.printTitlesRow!;
    expect(titles).toMatch(/^\d+:\d+$/);
    const headerRow = Number(titles.split(':')[0]);
    expect(sheet.getRow(headerRow).getCell(1).value).toBe(want.headers[0]);
    expect(sheet.headerFooter.oddFooter).toMatch(/&P.*&N/);
  });
}

describe('pay-tool exports as documents', () => {
  let t: TestApp;
  let city: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const cityBureau = await newOrganisation(t.dataSource, {
      type: OrganisationType.CityBureau,
      regionCode: '370200',
    });
    city = await login(t, (await newUser(t.dataSource, cityBureau, Role.CityBureau)).username);
  });
  afterAll(() => t.close());

  async function exportOf(calculator: string, input: object, language = 'zh-CN', title?: string) {
    const response = await t
      .http()
      .post('/api/pay-tools/export.xlsx')
      .set(bearer(city))
      .set('Accept-Language', language)
      .send({ calculator, input, ...(title ? { title } : {}) })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return readWorkbook(response.body as Buffer);
  }

  it('pay table: the grade × step table and its gaps (arts. 20–24)', async () => {
    const workbook = await exportOf('pay-table', {
      ladder: 'national',
      keyPoints: [
        { grade: 'apprentice', ratio: 1 },
        { grade: 'chief', ratio: '3.8' },
      ],
      fill: 'arithmetic',
      form: 'amount',
      base: 2000,
      steps: 5,
      stepIncrement: { percent: 3 },
    });
    expectDocuments(workbook, [
      {
        title: '岗位工资表',
        headers: ['职级', '1档（元）', '5档（元）', '职级体系', '插值方式', '最高职级顶档'],
        figures: [2000, 2060, 2240, 7600],
        method: '按等差数列插值',
        articles: ['第二十条', '第二十二条', '第二十三条', '第二十四条'],
      },
      {
        title: '岗位工资级差与档差',
        headers: ['职级', '关键岗位', '与最低职级之比', '档差（元）', '级内幅度（%）', '级差率（%）'],
        figures: [3.8, 228, 12],
        method: '级内幅度 = （顶档 − 起点）÷ 起点 × 100%',
        articles: ['第二十三条'],
      },
    ]);
    const table = workbook.worksheets[0];
    expect(texts(table)).toEqual(expect.arrayContaining(['学徒工', '首席技师', '等差数列（差距较小）']));
  });

  it('step movement: a worker’s pay path and a team’s wage bill (art. 20)', async () => {
    const workbook = await exportOf('step-movement', {
      payPath: {
        stepAmounts: [2000, 2060, 2120, 2180, 2240],
        startStep: 1,
        ratings: ['qualified', 'excellent', 'outstanding', 'unqualified'],
        unqualifiedMove: -1,
      },
      teamWageBill: {
        groups: [{ key: '一班', stepAmounts: [2000, 2060, 2120, 2180, 2240], step: 1, headcount: 10 }],
        distribution: { unqualified: 0, qualified: 100, excellent: 0, outstanding: 0 },
        years: 2,
      },
    });
    expectDocuments(workbook, [
      {
        title: '技能人才晋档工资路径测算表',
        headers: [
          '年度',
          '考核结果',
          '档次',
          '月工资（元）',
          '年工资（元）',
          '起始档次',
          '期末月工资',
          '累计增长',
        ],
        // 2,000 → 2,060 → 2,180 → 2,240 (capped at the top) → 2,180
        figures: [2000, 2060, 2180, 2240, 26160, 9],
        method: '考核合格晋 1 档，优秀晋 2 档，贡献突出晋 3 档',
        articles: ['第二十条第二款', '第二十一条'],
      },
      {
        title: '班组岗位工资总额增长测算表',
        headers: [
          '年度',
          '月度岗位工资总额（元）',
          '年度岗位工资总额（元）',
          '比上年增长（%）',
          '分组',
          '人数（人）',
        ],
        // ten people step 1 → 2 → 3: 20,000 → 20,600 → 21,200 元 a month
        figures: [20000, 20600, 21200, 254400, 3],
        method: '月度岗位工资总额 = Σ 各档人数 × 该档月工资',
        articles: ['第二十条第二款'],
      },
    ]);
    expect(texts(workbook.worksheets[0])).toEqual(
      expect.arrayContaining(['合格', '优秀', '贡献突出', '不合格', '已到顶档', '第 4 年']),
    );
  });

  it('post evaluation: points per factor, rank, ratio and grade (arts. 17–19)', async () => {
    const workbook = await exportOf('post-evaluation', {
      totalPoints: 1000,
      factors: [
        { key: 'skill', weightPercent: 40, levels: 5 },
        { key: 'responsibility', weightPercent: 30, levels: 5 },
        { key: 'intensity', weightPercent: 15, levels: 5 },
        { key: 'conditions', weightPercent: 15, levels: 5 },
      ],
      posts: [
        {
          key: 'p1',
          label: '数控车工',
          levels: { skill: 5, responsibility: 4, intensity: 3, conditions: 3 },
        },
        {
          key: 'p2',
          label: '仓库保管',
          levels: { skill: 2, responsibility: 2, intensity: 2, conditions: 1 },
        },
      ],
      bands: [
        { grade: '一岗', minPoints: 0 },
        { grade: '三岗', minPoints: 600 },
      ],
    });
    expectDocuments(workbook, [
      {
        title: '技能操作岗位评价结果表（要素计分法）',
        headers: [
          '岗位',
          '技能水平要求（分）',
          '合计点数（分）',
          '排序',
          '与最低岗位之比',
          '岗级',
          '评价要素',
          '权重（%）',
        ],
        // 400 + 240 + 90 + 90 = 820; 160 + 120 + 60 + 30 = 370; 820 ÷ 370 = 2.2162
        figures: [820, 370, 2.2162, 1000],
        method: '总点数 × 权重 × l ÷ n',
        articles: ['第十七条、第十八条', '第十九条'],
      },
    ]);
    expect(texts(workbook.worksheets[0])).toEqual(expect.arrayContaining(['数控车工', '三岗', '一岗']));
  });

  it('performance pay: departments, individuals and auxiliary staff (arts. 25–27; case A’s 1,420 元)', async () => {
    const workbook = await exportOf('performance-pay', {
      distribution: {
        pool: 28400,
        basis: 'points',
        departments: [
          {
            key: 'd1',
            label: '普雄供电所',
            members: [
              { key: 'm1', label: '新员工甲', measure: 100 },
              { key: 'm2', label: '班长乙', measure: 100, category: 'management' },
            ],
          },
          { key: 'd2', label: '运维班', members: [{ key: 'm3', label: '技师丙', measure: 100 }] },
        ],
        categoryWeights: { management: 100, technical: 80 },
      },
      auxiliary: {
        servedAverage: 1420,
        ratioPercent: 80,
        members: [
          { key: 'a1', label: '仓管丁' },
          { key: 'a2', label: '司机戊', coefficient: 1.2 },
        ],
      },
    });
    expectDocuments(workbook, [
      {
        title: '部门绩效工资分配表',
        headers: [
          '部门',
          '部门积分（分）',
          '部门绩效工资（元）',
          '每分金额（元）',
          '人均（元）',
          '单位可分配绩效工资总量',
        ],
        // 28,400 元 over 300 points: 18,933.33 and 9,466.67; 94.6667 元 a point
        figures: [28400, 18933.33, 9466.67, 94.6667],
        method: '部门绩效工资 = 单位可分配绩效工资总量 ÷ 单位积分合计 × 部门积分',
        articles: ['第二十五条', '第二十七条'],
      },
      {
        title: '个人绩效工资分配表',
        headers: ['部门', '姓名 / 岗位', '岗位类别', '积分（分）', '个人绩效工资（元）'],
        figures: [9466.67, 9466.66, 28400],
        method: '个人绩效工资 = 部门绩效工资 ÷ 部门成员折算积分合计 × 个人折算积分',
        articles: ['第二十五条'],
      },
      {
        title: '辅助生产技能岗位人员绩效工资测算表',
        headers: ['姓名 / 岗位', '绩效工资系数', '考核分（分）', '绩效工资（元）', '比例', '人均额度'],
        // 1,420 × 80 % = 1,136 per head, 2,272 for two, shared 1 : 1.2
        figures: [1136, 2272, 1032.73, 1239.27],
        method: '人均额度 = 所服务基本生产人员月绩效工资平均值 × 比例',
        articles: ['第二十七条第三款'],
      },
    ]);
    expect(texts(workbook.worksheets[1])).toEqual(expect.arrayContaining(['管理岗位', '技能岗位']));
  });

  it('allowances: case D’s skill pay, case B’s mentor and team-leader rates, the night-shift share (arts. 29–34)', async () => {
    const workbook = await exportOf(
      'allowances',
      {
        skillAllowance: {
          rows: [
            { level: 'level-1', monthlyAmount: '800', headcount: 14 },
            { level: 'level-2', monthlyAmount: '500', headcount: 20 },
            { level: 'level-3', monthlyAmount: '300', headcount: 139 },
            { level: 'level-4', monthlyAmount: '100', headcount: 195 },
          ],
        },
        teamLeaderByHeadcount: {
          base: 100,
          includedMembers: 5,
          perExtraMember: 50,
          cap: 500,
          teams: [
            { key: 't1', label: '装配一班', members: 8 },
            { key: 't2', label: '装配二班', members: 20 },
          ],
        },
        teamLeaderByCategory: {
          categories: [
            { key: 'c1', label: '一类班组', monthly: 500 },
            { key: 'c2', label: '二类班组', monthly: 300 },
          ],
          teams: [{ key: 't3', label: '检修班', category: 'c1' }],
        },
        mentor: {
          ratePerApprentice: 300,
          mentors: [{ key: 'x1', label: '首席技师张', apprentices: 2, months: 12 }],
        },
        nightShift: { nightAllowance: '900', grossPay: '6000' },
      },
      'zh-CN',
      '案例D技能工资',
    );
    expectDocuments(workbook, [
      {
        title: '技能津贴测算表',
        headers: [
          '技能等级',
          '每人月津贴标准（元）',
          '人数（人）',
          '月度金额（元）',
          '年度金额（元）',
          '月度合计',
        ],
        figures: [800, 14, 11200, 82400, 988800, 368],
        method: '月度金额 = 月津贴标准 × 人数',
        articles: ['第三十一条', '第三十四条'],
      },
      {
        title: '班组长津贴测算表（按班组管理幅度）',
        headers: ['班组', '班组人数（人）', '月津贴（元）', '基本标准（每月）', '上限（每月）'],
        // 100 + 3 × 50 = 250; 100 + 15 × 50 = 850 capped at 500
        figures: [250, 500, 750, 9000],
        method: '不超过上限',
        articles: ['第三十二条'],
      },
      {
        title: '班组长津贴测算表（按班组类别）',
        headers: ['班组', '班组类别', '月津贴（元）', '月津贴标准（元）'],
        figures: [500, 6000],
        method: '按班组类别和难度设置档次标准',
        articles: ['第三十二条'],
      },
      {
        title: '师带徒津贴测算表',
        headers: ['师傅', '徒弟人数（人）', '协议期（月）', '月津贴（元）', '协议期合计（元）'],
        figures: [300, 600, 7200],
        method: '月津贴 = 每名徒弟的月津贴 × 徒弟人数',
        articles: ['第三十三条'],
      },
      {
        title: '夜班津贴水平测算表',
        headers: ['项目', '占月度应发工资（%）', '月度夜班津贴（元）'],
        figures: [15, 900, 1200, 20],
        method: '占比 = 月度夜班津贴 ÷ 月度应发工资 × 100%',
        articles: ['第二十九条'],
      },
    ]);
    const skill = workbook.worksheets[0];
    expect(texts(skill)).toEqual(
      expect.arrayContaining(['一级/高级技师', '合计', '案例D技能工资（津贴测算）']),
    );
    // the subtitle names the export and its date
    expect(String(skill.getCell('A3').value)).toMatch(/^导出日期：\d{4}-\d{2}-\d{2}$/);
    expect(skill.getColumn(4).values).toContain(82400);
  });

  it('profit sharing: the pool band by band and each share (art. 43)', async () => {
    const workbook = await exportOf('profit-sharing', {
      actualNetProfit: 13000000,
      tiers: [
        { target: 10000000, ratePercent: 10 },
        { target: 12000000, ratePercent: 15 },
      ],
      companyCoefficient: '1.1',
      participants: [
        { key: 'p1', label: '首席技师', postCoefficient: 2, performanceCoefficient: '1.2' },
        { key: 'p2', label: '高级技师', postCoefficient: '1.5', performanceCoefficient: 1 },
      ],
    });
    expectDocuments(workbook, [
      {
        title: '超额利润分享激励总量测算表',
        headers: [
          '利润目标档',
          '起点（元）',
          '计提比例（%）',
          '落入本档的净利润（元）',
          '计提额（元）',
          '激励总量',
        ],
        // 2,000,000 × 10 % + 1,000,000 × 15 % = 350,000; × 1.1 = 385,000
        figures: [200000, 150000, 350000, 385000, 3000000],
        method: '各档计提额之和乘以企业综合绩效系数',
        articles: ['第四十三条'],
      },
      {
        title: '超额利润分享个人激励额度表',
        headers: ['激励对象', '岗位系数', '个人绩效考核结果系数', '个人激励额度（元）', '占激励总量（%）'],
        // weights 2.4 : 1.5 of 385,000
        figures: [236923.08, 148076.92, 2.4],
        method: '综合系数 = 岗位系数 × 个人绩效考核结果系数',
        articles: ['第四十三条'],
      },
    ]);
    expect(texts(workbook.worksheets[0])).toEqual(expect.arrayContaining(['基本目标', '激励目标']));
  });

  it('checks: growth rules with last year, this year and growth; shares; case B’s 4 : 6 for reference', async () => {
    const workbook = await exportOf('checks', {
      stateOwned: true,
      twoLowerThan: {
        wageBill: { current: 1100, previous: 1000 },
        economicBenefit: { current: 600, previous: 500 },
        averagePay: { current: 88000, previous: 80000 },
        labourProductivity: { current: 30, previous: 28 },
      },
      highSkillWageGrowth: {
        highSkillAveragePay: { current: 110000, previous: 100000 },
        managementAveragePay: { current: 126000, previous: 120000 },
      },
      educationFund: { wageBill: 1000, educationFund: 80, educationFundFrontLine: 40 },
      fixedVariableRatio: { fixedPay: 400, variablePay: 600 },
    });
    expectDocuments(workbook, [
      {
        title: '“两个低于”检查表',
        headers: ['指标', '单位', '上年', '本年', '增长率（%）', '结论'],
        // wage bill +10 % < benefit +20 %; average pay +10 % ≥ productivity +7.14 %
        figures: [1000, 1100, 10, 20, 7.14],
        method: '薪酬总额增长率应低于经济效益增长率',
        articles: ['四（二）'],
      },
      {
        title: '高技能人才工资增幅检查表',
        headers: ['指标', '上年', '本年', '增长率（%）'],
        figures: [100000, 110000, 10, 5],
        method: '高技能人才人均工资增幅不低于管理人员人均工资增幅',
        articles: ['四（二）'],
      },
      {
        title: '职工教育经费提取与使用检查表',
        headers: ['指标', '单位', '数值'],
        figures: [1000, 80, 8, 50, 60],
        method: '职工教育经费占工资总额 = 职工教育经费 ÷ 工资总额 × 100%',
        articles: ['五（一）'],
      },
      {
        title: '固定与浮动薪酬比例测算表',
        headers: ['指标', '单位', '数值'],
        figures: [400, 600, 40, 60],
        method: '没有规定比例，结果仅供参考',
        articles: ['第十三条', '第二十五条'],
      },
    ]);
    const [twoLower, highSkill, fund] = workbook.worksheets;
    expect(texts(twoLower)).toEqual(expect.arrayContaining(['薪酬总额（工资总额）', '万元', '不符合']));
    expect(texts(highSkill)).toEqual(expect.arrayContaining(['符合']));
    expect(texts(fund)).toEqual(expect.arrayContaining(['不符合']));
  });

  it('speaks English when the request does, and writes what a user typed as text, never as a formula', async () => {
    const workbook = await exportOf(
      'allowances',
      {
        mentor: {
          ratePerApprentice: 300,
          mentors: [{ key: 'x1', label: '=HYPERLINK("http://evil.example","x")', apprentices: 1, months: 3 }],
        },
      },
      'en',
    );
    expectDocuments(
      workbook,
      [
        {
          title: 'Mentor allowance',
          headers: [
            'Mentor',
            'Apprentices (people)',
            'Monthly allowance (元)',
            'Monthly rate per apprentice',
          ],
          figures: [300, 900],
          method: 'Monthly allowance = rate per apprentice × apprentices',
          articles: ['Art. 33'],
        },
      ],
      'en',
    );
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Mentor allowance');
    expect(sheet.headerFooter.oddFooter).toBe('&CPage &P of &N');
    expect(texts(sheet)).toContain(`'=HYPERLINK("http://evil.example","x")`);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });
});
