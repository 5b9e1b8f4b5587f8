import {
  RATING_LABELS,
  RATINGS,
  type StepMovementCalculatorInput,
  type StepMovementCalculatorResult,
} from '@skillpay/paycalc';
import { type DocumentSheet } from '../../../common/xlsx/document-workbook';
import { PAY_PLAN_BASIS } from './basis';
import { amountText, listOf, type SheetContext, textOf } from './sheet-context';

/** Step movement (art. 20): a worker's pay path, and a team's post-pay wage bill, year by year. */
export function stepMovementSheets(
  input: StepMovementCalculatorInput,
  result: StepMovementCalculatorResult,
  context: SheetContext,
): DocumentSheet[] {
  const { t, label } = context;
  const moveRule = (move: number | undefined) =>
    move === -1 ? t('不合格降一档', 'Unqualified: down one step') : t('不合格不晋档', 'Unqualified: stay');
  const rules = t(
    '考核合格晋 1 档，优秀晋 2 档，贡献突出晋 3 档',
    'Qualified: up one step; excellent: two; outstanding: three',
  );
  const yearLabel = (year: number) => (year === 0 ? t('起点', 'Start') : t(`第 ${year} 年`, `Year ${year}`));
  const sheets: DocumentSheet[] = [];
  const path = result.payPath;
  if (path && input.payPath) {
    const first = path.years[0];
    const last = path.years[path.years.length - 1];
    sheets.push({
      name: t('个人工资路径', 'Pay path'),
      title: t('技能人才晋档工资路径测算表', "A worker's pay path by annual step movement"),
      subtitle: context.subtitle,
      inputs: [
        {
          label: t(
            '本职级各档月工资（1 档至顶档，元）',
            "The grade's monthly step amounts (step 1 to top, 元)",
          ),
          value: listOf(
            input.payPath.stepAmounts.map((amount) => amountText(amount)),
            context,
          ),
          kind: 'text',
        },
        { label: t('起始档次', 'Starting step'), value: first.step, kind: 'integer' },
        {
          label: t('晋档规则', 'Step rule'),
          value: `${rules}${t('；', '; ')}${moveRule(input.payPath.unqualifiedMove)}`,
          kind: 'text',
        },
      ],
      table: {
        columns: [
          { header: t('年度', 'Year'), kind: 'text', width: 10 },
          { header: t('考核结果', 'Rating'), kind: 'text', width: 12 },
          { header: t('档次', 'Step'), kind: 'integer' },
          { header: t('月工资', 'Monthly pay'), kind: 'yuan' },
          { header: t('年工资', 'Annual pay'), kind: 'yuan' },
          { header: t('月工资比上年增加', 'Monthly increase'), kind: 'yuan' },
          { header: t('说明', 'Note'), kind: 'text', width: 14 },
        ],
        rows: path.years.map((year) => [
          yearLabel(year.year),
          year.rating ? label(RATING_LABELS[year.rating]) : '',
          year.step,
          year.monthly,
          year.annual,
          year.increase,
          year.capped === 'top'
            ? t('已到顶档', 'At the top step')
            : year.capped === 'bottom'
              ? t('已到最低档', 'At the first step')
              : '',
        ]),
      },
      results: [
        { label: t('期初月工资', 'Monthly pay at the start'), value: first.monthly, kind: 'yuan' },
        { label: t('期末月工资', 'Monthly pay at the end'), value: last.monthly, kind: 'yuan' },
        { label: t('累计增长', 'Total growth'), value: path.growthPercent, kind: 'percent' },
      ],
      method: t(
        `从起始档次开始，每年按考核结果调整档次（${rules}，${moveRule(input.payPath.unqualifiedMove)}），最高至顶档、最低至 1 档；月工资取所在档次的金额，年工资 = 月工资 × 12；累计增长 = （期末月工资 − 期初月工资）÷ 期初月工资 × 100%。`,
        `From the starting step, each year's rating moves the step (${rules}; ${moveRule(input.payPath.unqualifiedMove)}), never above the top step nor below step 1; monthly pay is the step's amount, annual pay = monthly × 12; total growth = (end − start) ÷ start × 100 %.`,
      ),
      basis: context.basis(PAY_PLAN_BASIS.payPath),
    });
  }
  const bill = result.teamWageBill;
  if (bill && input.teamWageBill) {
    const team = input.teamWageBill;
    sheets.push({
      name: t('班组工资总额', 'Team wage bill'),
      title: t('班组岗位工资总额增长测算表', "A team's post-pay wage bill by annual step movement"),
      subtitle: context.subtitle,
      inputs: [
        { label: t('测算年数', 'Years'), value: String(team.years), kind: 'integer' },
        ...RATINGS.map((rating) => ({
          label: t(
            `每年考核${label(RATING_LABELS[rating])}的人员占比`,
            `Share rated ${label(RATING_LABELS[rating]).toLowerCase()} each year`,
          ),
          value: String(team.distribution[rating]),
          kind: 'percent' as const,
        })),
        {
          label: t('晋档规则', 'Step rule'),
          value: `${rules}${t('；', '; ')}${moveRule(team.unqualifiedMove)}`,
          kind: 'text',
        },
      ],
      inputTables: [
        {
          caption: t('人员分组', 'Groups'),
          table: {
            columns: [
              { header: t('分组', 'Group'), kind: 'text' },
              { header: t('当前档次', 'Current step'), kind: 'integer' },
              { header: t('人数', 'Headcount'), kind: 'people' },
              { header: t('本职级各档月工资（元）', 'Monthly step amounts (元)'), kind: 'text', width: 30 },
            ],
            rows: team.groups.map((group, index) => [
              textOf(group.key, String(index + 1)),
              String(group.step),
              String(group.headcount),
              listOf(
                group.stepAmounts.map((amount) => amountText(amount)),
                context,
              ),
            ]),
          },
        },
      ],
      table: {
        columns: [
          { header: t('年度', 'Year'), kind: 'text', width: 10 },
          { header: t('月度岗位工资总额', 'Monthly wage bill'), kind: 'yuan', width: 16 },
          { header: t('年度岗位工资总额', 'Annual wage bill'), kind: 'yuan', width: 16 },
          { header: t('比上年增长', 'Growth on the year before'), kind: 'percent' },
        ],
        rows: bill.years.map((year) => [
          yearLabel(year.year),
          year.monthly,
          year.annual,
          year.year === 0 ? null : year.growthPercent,
        ]),
      },
      results: [{ label: t('累计增长', 'Total growth'), value: bill.totalGrowthPercent, kind: 'percent' }],
      method: t(
        '每年各分组人员按考核结果分布调整档次（最高至顶档、最低至 1 档），按期望值计算各档人数；月度岗位工资总额 = Σ 各档人数 × 该档月工资（结果保留到分），年度总额 = 月度总额 × 12；增长率 = （本年 − 上年）÷ 上年 × 100%。',
        "Each year every group's people move steps in the shares of the rating distribution (capped at the top step and step 1), counted as expected values; the monthly wage bill = Σ people on a step × the step's monthly amount (to the cent), the annual bill = monthly × 12; growth = (this year − last year) ÷ last year × 100 %.",
      ),
      basis: context.basis(PAY_PLAN_BASIS.teamWageBill),
    });
  }
  return sheets;
}
