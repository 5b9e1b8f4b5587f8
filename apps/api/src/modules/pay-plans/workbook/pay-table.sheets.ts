import {
  type PayTable,
  PayTableFill,
  PayTableForm,
  type PayTableInput,
  SKILL_LADDER_LABELS,
  type SkillLadderId,
} from '@skillpay/paycalc';
import { type DocumentSheet, type FigureKind } from '../../../common/xlsx/document-workbook';
import { PAY_PLAN_BASIS } from './basis';
import { amountText, type SheetContext } from './sheet-context';

const FILLS: Record<PayTableFill, [string, string]> = {
  [PayTableFill.Arithmetic]: ['等差数列（差距较小）', 'Arithmetic progression (smaller gaps)'],
  [PayTableFill.Geometric]: ['等比数列（差距较大）', 'Geometric progression (larger gaps)'],
};

const FORMS: Record<PayTableForm, [string, string]> = {
  [PayTableForm.Amount]: ['金额（元/月）', 'Amounts (元 a month)'],
  [PayTableForm.Coefficient]: ['岗位工资系数', 'Pay coefficients'],
  [PayTableForm.Points]: ['薪点数', 'Pay points'],
};

/** The post pay table (arts. 20–24): the grade × step table, and its gaps between and within grades. */
export function payTableSheets(
  input: PayTableInput,
  table: PayTable,
  context: SheetContext,
): DocumentSheet[] {
  const { t, label } = context;
  const valueKind: FigureKind = table.form === PayTableForm.Amount ? 'yuan' : 'coefficient';
  const gradeName = new Map(table.grades.map((grade) => [grade.key, label(grade.label)]));
  const ladder =
    typeof input.ladder === 'string'
      ? label(SKILL_LADDER_LABELS[input.ladder as SkillLadderId])
      : t('企业自定职级', "The enterprise's own grades");
  const keyPoints = input.keyPoints
    .map((point) => `${gradeName.get(point.grade) ?? point.grade} ${point.ratio}`)
    .join(t('；', '; '));
  const increment =
    'percent' in input.stepIncrement
      ? {
          label: t('档差（本级起点的百分比）', "Step increment (percent of the grade's first step)"),
          value: input.stepIncrement.percent,
          kind: 'percent' as const,
        }
      : {
          label: t('档差（固定数值）', 'Step increment (fixed value)'),
          value: input.stepIncrement.value,
          kind: valueKind,
        };
  const inputs = [
    { label: t('职级体系', 'Grade ladder'), value: ladder, kind: 'text' as const },
    {
      label: t('关键岗位及与最低职级之比', 'Key posts and their ratio to the lowest grade'),
      value: keyPoints,
      kind: 'text' as const,
    },
    { label: t('插值方式', 'Fill between key posts'), value: t(...FILLS[table.fill]), kind: 'text' as const },
    { label: t('表现形式', 'Form'), value: t(...FORMS[table.form]), kind: 'text' as const },
    { label: t('最低职级起点', "Lowest grade's first step"), value: String(input.base), kind: valueKind },
    ...(table.pointValue === null
      ? []
      : [
          {
            label: t('基数值 / 薪点值', 'Base / point value'),
            value: table.pointValue,
            kind: 'yuan' as const,
          },
        ]),
    { label: t('每级档数', 'Steps per grade'), value: table.stepCount, kind: 'integer' as const },
    { label: increment.label, value: String(increment.value), kind: increment.kind },
  ];
  const lowest = table.grades[0];
  const highest = table.grades[table.grades.length - 1];
  const top = (grade: typeof lowest) => grade.steps[grade.steps.length - 1];
  const warnings = table.warnings.map((warning) =>
    warning.code === 'equal-grades-after-rounding'
      ? t(
          `${gradeName.get(warning.lowerGrade)}与${gradeName.get(warning.upperGrade)}取整后起点相同（${warning.value}），请调整比例或小数位。`,
          `${gradeName.get(warning.lowerGrade)} and ${gradeName.get(warning.upperGrade)} start at the same value once rounded (${warning.value}); change the ratios or the decimal places.`,
        )
      : t(
          `${gradeName.get(warning.grade)}的档差 ${warning.withinGap} 大于${gradeName.get(warning.lowerGrade)}与${gradeName.get(warning.upperGrade)}之间的级差 ${warning.crossGap}（第二十三条：同一职级内部差距可适当缩小）。`,
          `${gradeName.get(warning.grade)}: step increment ${warning.withinGap} exceeds the gap ${warning.crossGap} between ${gradeName.get(warning.lowerGrade)} and ${gradeName.get(warning.upperGrade)} (art. 23: narrower gaps within a grade).`,
        ),
  );
  const stepColumns = (kind: FigureKind) =>
    Array.from({ length: table.stepCount }, (_, index) => ({
      header: t(`${index + 1}档`, `Step ${index + 1}`),
      kind,
      width: 10,
    }));
  const gradeColumn = { header: t('职级', 'Grade'), kind: 'text' as const, width: 16 };
  const method = t(
    `先定最低职级（比例 1）、最高职级及标杆岗位与最低职级的比例，以最低职级起点乘以比例得出关键岗位的起点；关键岗位之间的职级按${table.fill === PayTableFill.Arithmetic ? '等差' : '等比'}数列插值；每个职级内各档按同一档差递增（档差为本级起点的百分比或固定数值），形成“一岗多薪”；各值按表现形式保留 ${table.decimals} 位小数，四舍五入${table.form === PayTableForm.Amount ? '' : '，金额 = 系数或薪点 × 基数值/薪点值'}。`,
    `The lowest grade (ratio 1), the highest grade and any benchmark posts are fixed by their ratio to the lowest grade; the lowest grade's first step × ratio gives each key post's first step; the grades between key posts follow an ${table.fill === PayTableFill.Arithmetic ? 'arithmetic' : 'geometric'} progression; within a grade the steps rise by one increment (a percentage of the grade's first step or a fixed value). Values keep ${table.decimals} decimal places, rounded half up${table.form === PayTableForm.Amount ? '' : '; amount = coefficient or points × base or point value'}.`,
  );
  const basis = context.basis(PAY_PLAN_BASIS.payTable);
  const results = [
    { label: t('最低职级起点', "Lowest grade's first step"), value: lowest.steps[0].value, kind: valueKind },
    { label: t('最高职级顶档', "Highest grade's top step"), value: top(highest).value, kind: valueKind },
    {
      label: t('最高职级起点与最低职级起点之比', "Highest to lowest grade's first step"),
      value: highest.ratio,
      kind: 'coefficient' as const,
    },
  ];
  const sheets: DocumentSheet[] = [
    {
      name: t('工资表', 'Pay table'),
      title: t('岗位工资表', 'Post pay table'),
      subtitle: context.subtitle,
      inputs,
      table: {
        columns: [gradeColumn, ...stepColumns(valueKind)],
        rows: table.grades.map((grade) => [label(grade.label), ...grade.steps.map((step) => step.value)]),
      },
      results,
      notes: warnings,
      method,
      basis,
    },
  ];
  if (table.form !== PayTableForm.Amount && table.pointValue !== null) {
    sheets.push({
      name: t('工资表（金额）', 'Pay table (元)'),
      title: t('岗位工资表（金额）', 'Post pay table in 元'),
      subtitle: context.subtitle,
      inputs: [
        { label: t('表现形式', 'Form'), value: t(...FORMS[table.form]), kind: 'text' },
        { label: t('基数值 / 薪点值', 'Base / point value'), value: table.pointValue, kind: 'yuan' },
      ],
      table: {
        columns: [gradeColumn, ...stepColumns('yuan')],
        rows: table.grades.map((grade) => [label(grade.label), ...grade.steps.map((step) => step.amount)]),
      },
      results: [
        {
          label: t('最低职级起点', "Lowest grade's first step"),
          value: lowest.steps[0].amount,
          kind: 'yuan',
        },
        { label: t('最高职级顶档', "Highest grade's top step"), value: top(highest).amount, kind: 'yuan' },
      ],
      method: t(
        `各档金额 = 系数或薪点数 × 基数值/薪点值（${amountText(table.pointValue)} 元），保留两位小数。`,
        `Each step's amount = coefficient or points × the base or point value (${amountText(table.pointValue)} 元), to the cent.`,
      ),
      basis: context.basis([PAY_PLAN_BASIS.payTable[3]]),
    });
  }
  sheets.push({
    name: t('级差与档差', 'Gaps'),
    title: t('岗位工资级差与档差', 'Gaps across and within grades'),
    subtitle: context.subtitle,
    inputs: [],
    table: {
      columns: [
        gradeColumn,
        { header: t('关键岗位', 'Key post'), kind: 'text', width: 9 },
        { header: t('与最低职级之比', 'Ratio to the lowest grade'), kind: 'coefficient' },
        { header: t('起点', 'First step'), kind: valueKind },
        { header: t('档差', 'Step increment'), kind: valueKind },
        { header: t('级内幅度', 'Spread within grade'), kind: 'percent' },
        { header: t('与低一级的级差', 'Gap to the grade below'), kind: valueKind },
        { header: t('级差率', 'Gap'), kind: 'percent' },
      ],
      rows: table.grades.map((grade, index) => {
        const gap = index > 0 ? table.crossGradeGaps[index - 1] : null;
        return [
          label(grade.label),
          grade.keyPoint ? t('是', 'yes') : '',
          grade.ratio,
          grade.steps[0].value,
          grade.stepIncrement,
          grade.spreadPercent,
          gap?.value ?? null,
          gap?.percent ?? null,
        ];
      }),
    },
    results: [],
    notes:
      warnings.length > 0
        ? warnings
        : [t('各职级档差均不大于相邻职级级差。', 'No step increment exceeds a gap between adjacent grades.')],
    method: t(
      '与最低职级之比 = 本级起点 ÷ 最低职级起点；级内幅度 = （顶档 − 起点）÷ 起点 × 100%；级差 = 本级起点 − 下一级起点，级差率 = 级差 ÷ 下一级起点 × 100%。跨职级的差距宜大于同一职级内部的档差。',
      "Ratio = the grade's first step ÷ the lowest grade's first step; spread = (top step − first step) ÷ first step × 100 %; gap = first step − the first step of the grade below, gap % = gap ÷ the first step below × 100 %. Gaps across grades should exceed the steps within a grade.",
    ),
    basis: context.basis([PAY_PLAN_BASIS.payTable[2]]),
  });
  return sheets;
}
