import {
  type CheckCondition,
  CheckId,
  CheckOutcome,
  type CheckResult,
  type ChecksCalculatorInput,
  type ChecksCalculatorResult,
  type FigureUnit,
  type InsufficiencyCode,
} from '@skillpay/paycalc';
import { type DocumentSheet } from '../../../common/xlsx/document-workbook';
import { PAY_PLAN_BASIS } from './basis';
import { type SheetContext } from './sheet-context';

type Pair = [string, string];

/** The figures the checks name, by paycalc's key. */
const FIGURES: Record<string, Pair> = {
  wageBill: ['薪酬总额（工资总额）', 'Wage bill'],
  economicBenefit: ['经济效益（利润）', 'Economic benefit (profit)'],
  averagePay: ['员工平均薪酬', 'Average pay'],
  labourProductivity: ['劳动生产率', 'Labour productivity'],
  highSkillAveragePay: ['高技能人才人均工资', 'High-skill talents’ average pay'],
  managementAveragePay: ['管理人员人均工资', 'Management staff’s average pay'],
  educationFund: ['职工教育经费', 'Employee education fund'],
  educationFundFrontLine: ['其中用于一线职工', 'Of which for front-line staff'],
  educationFundShare: ['职工教育经费占工资总额', 'Education fund share of the wage bill'],
  educationFundShareMin: ['职工教育经费占工资总额（应不低于）', 'Education fund share (at least)'],
  frontLineShare: ['用于一线职工占教育经费', 'Front-line share of the fund'],
  frontLineShareMin: ['用于一线职工占教育经费（应不低于）', 'Front-line share (at least)'],
  fixedPay: ['固定薪酬', 'Fixed pay'],
  variablePay: ['浮动薪酬', 'Variable pay'],
  fixedShare: ['固定薪酬占比', 'Fixed share'],
  variableShare: ['浮动薪酬占比', 'Variable share'],
  referenceFixedShare: ['参考固定薪酬占比', 'Reference fixed share'],
  referenceVariableShare: ['参考浮动薪酬占比', 'Reference variable share'],
};

const UNIT: Record<FigureUnit, Pair> = {
  percent: ['%', '%'],
  yuan: ['元', '元'],
  'ten-thousand-yuan': ['万元', '10,000 元'],
  'ten-thousand-yuan-per-person': ['万元/人', '10,000 元 per person'],
};

const TITLES: Record<CheckId, Pair> = {
  [CheckId.TwoLowerThan]: ['“两个低于”检查表', '“Two lower than” check'],
  [CheckId.HighSkillWageGrowth]: ['高技能人才工资增幅检查表', 'High-skill wage growth check'],
  [CheckId.EducationFund]: ['职工教育经费提取与使用检查表', 'Employee education fund check'],
  [CheckId.FixedVariableRatio]: ['固定与浮动薪酬比例测算表', 'Fixed and variable pay split'],
};

const NAMES: Record<CheckId, Pair> = {
  [CheckId.TwoLowerThan]: ['两个低于', 'Two lower than'],
  [CheckId.HighSkillWageGrowth]: ['高技能人才工资增幅', 'High-skill wage growth'],
  [CheckId.EducationFund]: ['职工教育经费', 'Education fund'],
  [CheckId.FixedVariableRatio]: ['固浮比', 'Fixed and variable pay'],
};

const OUTCOMES: Record<CheckOutcome, Pair> = {
  [CheckOutcome.Pass]: ['符合', 'Met'],
  [CheckOutcome.Fail]: ['不符合', 'Not met'],
  [CheckOutcome.InsufficientData]: ['数据不足，无法判断', 'Not enough data to tell'],
  [CheckOutcome.Info]: ['仅供参考', 'For reference'],
};

const INSUFFICIENCY: Record<InsufficiencyCode, Pair> = {
  missing: ['未填写', 'not given'],
  'previous-zero': ['上年数为 0，无法计算增长率', 'last year is 0: no growth rate'],
  'previous-negative': ['上年数为负，增长率没有意义', 'last year is negative: a growth rate would mislead'],
  'zero-total': ['合计为 0，无法计算占比', 'the total is 0: no share'],
};

const METHODS: Record<CheckId, Pair> = {
  [CheckId.TwoLowerThan]: [
    '增长率 = （本年 − 上年）÷ 上年 × 100%。薪酬总额增长率应低于经济效益增长率，员工平均薪酬增长率应低于劳动生产率增长率；两项均严格低于时为符合，增长率相等视为不符合。上年数为 0 或为负（亏损）时无法计算增长率，结论为数据不足。该规则约束国有企业，其他企业作为参考。',
    'Growth = (this year − last year) ÷ last year × 100 %. The wage bill must grow less than the economic benefit, and average pay less than labour productivity; both strictly less is met, equal growth is not. A last-year figure of 0 or below (a loss) gives no growth rate: not enough data. The rule binds state-owned enterprises; for others it is advice.',
  ],
  [CheckId.HighSkillWageGrowth]: [
    '增长率 = （本年 − 上年）÷ 上年 × 100%。高技能人才人均工资增幅不低于管理人员人均工资增幅（相等亦为符合）。该要求约束国有企业，其他企业作为参考。',
    "Growth = (this year − last year) ÷ last year × 100 %. High-skill talents' average pay must grow at least as fast as management staff's (equal growth is met). The rule binds state-owned enterprises; for others it is advice.",
  ],
  [CheckId.EducationFund]: [
    '职工教育经费占工资总额 = 职工教育经费 ÷ 工资总额 × 100%；用于一线职工占比 = 用于一线职工的部分 ÷ 职工教育经费 × 100%。两项均达到表中所列最低比例（含等于）时为符合。',
    'Education fund share = fund ÷ wage bill × 100 %; front-line share = the part for front-line staff ÷ fund × 100 %. Met when both reach the minimums in the table (equal included).',
  ],
  [CheckId.FixedVariableRatio]: [
    '固定薪酬占比 = 固定薪酬 ÷ （固定薪酬 + 浮动薪酬）× 100%，浮动薪酬占比 = 100% − 固定薪酬占比，与参考比例对照。没有规定比例，结果仅供参考。',
    'Fixed share = fixed ÷ (fixed + variable) × 100 %, variable share = 100 % − fixed share, beside the reference split. No rule sets a ratio: the result is for reference.',
  ],
};

const PARTS: Array<{ key: keyof ChecksCalculatorResult; basis: keyof typeof PAY_PLAN_BASIS }> = [
  { key: 'twoLowerThan', basis: 'twoLowerThan' },
  { key: 'highSkillWageGrowth', basis: 'highSkillWageGrowth' },
  { key: 'educationFund', basis: 'educationFund' },
  { key: 'fixedVariableRatio', basis: 'fixedVariableRatio' },
];

/** Compliance checks: per check, its figures (last year, this year, growth where the rule compares growth), conditions and outcome. */
export function checksSheets(
  _input: ChecksCalculatorInput,
  result: ChecksCalculatorResult,
  context: SheetContext,
): DocumentSheet[] {
  const sheets: DocumentSheet[] = [];
  for (const part of PARTS) {
    const check = result[part.key];
    if (check) sheets.push(checkSheet(check, context, PAY_PLAN_BASIS[part.basis]));
  }
  return sheets;
}

function checkSheet(
  check: CheckResult,
  context: SheetContext,
  basis: (typeof PAY_PLAN_BASIS)[keyof typeof PAY_PLAN_BASIS],
): DocumentSheet {
  const { t } = context;
  const name = (key: string) => {
    const pair = FIGURES[key.replace(/(Previous|Growth)$/, '')] ?? FIGURES[key];
    return pair ? t(...pair) : key;
  };
  const unitOf = (unit: FigureUnit) => t(...UNIT[unit]);
  const figure = (key: string) => check.figures.find((candidate) => candidate.key === key);
  const growthRule = check.check === CheckId.TwoLowerThan || check.check === CheckId.HighSkillWageGrowth;
  const seriesNames = [
    ...new Set(
      check.figures
        .map((candidate) => candidate.key.replace(/(Previous|Growth)$/, ''))
        .concat(check.insufficient.map((gap) => gap.field.replace(/Previous$/, ''))),
    ),
  ].filter((key) => FIGURES[key]);
  const table = growthRule
    ? {
        columns: [
          { header: t('指标', 'Figure'), kind: 'text' as const, width: 24 },
          { header: t('单位', 'Unit'), kind: 'text' as const, width: 10 },
          { header: t('上年', 'Last year'), kind: 'number' as const },
          { header: t('本年', 'This year'), kind: 'number' as const },
          { header: t('增长率', 'Growth'), kind: 'percent' as const },
        ],
        rows: seriesNames.map((key) => {
          const current = figure(key);
          const previous = figure(`${key}Previous`);
          const unit = current?.unit ?? previous?.unit;
          return [
            name(key),
            unit ? unitOf(unit) : '',
            previous?.value ?? null,
            current?.value ?? null,
            figure(`${key}Growth`)?.value ?? null,
          ];
        }),
      }
    : {
        columns: [
          { header: t('指标', 'Figure'), kind: 'text' as const, width: 34 },
          { header: t('单位', 'Unit'), kind: 'text' as const, width: 10 },
          { header: t('数值', 'Value'), kind: 'number' as const },
        ],
        rows: check.figures.map((candidate) => [
          name(candidate.key),
          unitOf(candidate.unit),
          candidate.value,
        ]),
      };
  const condition = (entry: CheckCondition) =>
    `${name(entry.left)}${t('增长率', ' growth')} ${entry.operator === '<' ? t('低于', 'below') : t('不低于', 'at least')} ${name(entry.right)}${t('增长率', ' growth')}`;
  const conditionText = (entry: CheckCondition) =>
    growthRule
      ? condition(entry)
      : `${name(entry.left)} ${t('不低于', 'at least')} ${name(entry.right).replace(/（应不低于）| \(at least\)/, '')}${t('最低比例', ' minimum')}`;
  const notes = [
    ...check.insufficient.map((gap) =>
      t(
        `${name(gap.field)}${gap.field.endsWith('Previous') ? '（上年）' : ''}：${INSUFFICIENCY[gap.code][0]}。`,
        `${name(gap.field)}${gap.field.endsWith('Previous') ? ' (last year)' : ''}: ${INSUFFICIENCY[gap.code][1]}.`,
      ),
    ),
    ...(!check.binding && check.check !== CheckId.FixedVariableRatio
      ? [
          t(
            '本企业不是国有企业，该规则仅作参考。',
            'The enterprise is not state-owned: the rule is advice only.',
          ),
        ]
      : []),
  ];
  return {
    name: t(...NAMES[check.check]),
    title: t(...TITLES[check.check]),
    subtitle: context.subtitle,
    inputs: [],
    table,
    results: [
      ...check.conditions.map((entry) => ({
        label: conditionText(entry),
        value: t(...OUTCOMES[entry.outcome]),
        kind: 'text' as const,
      })),
      { label: t('结论', 'Outcome'), value: t(...OUTCOMES[check.result]), kind: 'text' as const },
    ],
    notes,
    method: t(...METHODS[check.check]),
    basis: context.basis(basis),
  };
}
