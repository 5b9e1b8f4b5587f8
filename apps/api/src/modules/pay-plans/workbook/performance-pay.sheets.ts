import { POST_CATEGORY_LABELS } from '@skillpay/domain';
import {
  PerformanceBasis,
  type PerformancePayCalculatorInput,
  type PerformancePayCalculatorResult,
} from '@skillpay/paycalc';
import { type DocumentSheet } from '../../../common/xlsx/document-workbook';
import { PAY_PLAN_BASIS } from './basis';
import { type SheetContext } from './sheet-context';

/** Performance pay (arts. 25–27): unit → departments → individuals, and the auxiliary staff's pool. */
export function performancePaySheets(
  input: PerformancePayCalculatorInput,
  result: PerformancePayCalculatorResult,
  context: SheetContext,
): DocumentSheet[] {
  const { t, label } = context;
  const rounding = t(
    '各部分先按比例算到分并舍去零头，剩余的分按零头由大到小逐一补足，各部分之和恰好等于总量。',
    'Each share is first cut to the cent; the cents left over go one each to the largest remainders, so the shares add up to the total exactly.',
  );
  const sheets: DocumentSheet[] = [];
  const pay = result.distribution;
  const given = input.distribution;
  if (pay && given) {
    const byPoints = pay.basis === PerformanceBasis.Points;
    const measure = byPoints ? t('积分', 'Points') : t('计件数', 'Pieces');
    const inputs = [
      {
        label: t('单位可分配绩效工资总量', 'Unit performance pay to distribute'),
        value: pay.pool,
        kind: 'yuan' as const,
      },
      {
        label: t('个人分配依据', 'Individuals share by'),
        value: byPoints ? t('积分', 'points') : t('计件', 'pieces'),
        kind: 'text' as const,
      },
      ...(given.categoryWeights
        ? [
            {
              label: t(
                '管理岗位折算比例 a（技能岗位为 100%）',
                'Management posts count a (skilled posts 100 %)',
              ),
              value: String(given.categoryWeights.management ?? 100),
              kind: 'percent' as const,
            },
            {
              label: t(
                '专业技术岗位折算比例 b（技能岗位为 100%）',
                'Technical posts count b (skilled posts 100 %)',
              ),
              value: String(given.categoryWeights.technical ?? 100),
              kind: 'percent' as const,
            },
          ]
        : []),
    ];
    const basis = context.basis(PAY_PLAN_BASIS.performanceDistribution);
    sheets.push({
      name: t('部门绩效工资', 'Department pools'),
      title: t('部门绩效工资分配表', 'Performance pay by department'),
      subtitle: context.subtitle,
      inputs,
      table: {
        columns: [
          { header: t('部门', 'Department'), kind: 'text', width: 16 },
          { header: t('部门积分', 'Department points'), kind: 'points' },
          { header: t('部门绩效工资', 'Department pool'), kind: 'yuan' },
          {
            header: t(`成员折算${measure}合计`, `Members' weighted ${measure.toLowerCase()}`),
            kind: byPoints ? 'points' : 'coefficient',
          },
          {
            header: t(`每${byPoints ? '分' : '件'}金额`, `Per ${byPoints ? 'point' : 'piece'}`),
            kind: 'yuan-precise',
          },
          { header: t('人数', 'Members'), kind: 'people' },
          { header: t('人均', 'Average per member'), kind: 'yuan' },
        ],
        rows: pay.departments.map((department) => [
          department.label,
          department.points,
          department.pool,
          department.weightedTotal,
          department.valuePerUnit,
          department.members.length,
          department.averagePerMember,
        ]),
        total: [
          t('合计', 'Total'),
          pay.unitPoints,
          pay.pool,
          null,
          null,
          pay.departments.reduce((sum, department) => sum + department.members.length, 0),
          null,
        ],
      },
      results: [
        { label: t('单位积分合计', 'Unit points'), value: pay.unitPoints, kind: 'points' },
        { label: t('每分金额', 'Per department point'), value: pay.valuePerPoint, kind: 'yuan-precise' },
        {
          label: t('各部门绩效工资合计（等于可分配总量）', 'Departments together (equal to the pool)'),
          value: pay.pool,
          kind: 'yuan',
        },
      ],
      method: t(
        `部门绩效工资 = 单位可分配绩效工资总量 ÷ 单位积分合计 × 部门积分；个人绩效工资 = 部门绩效工资 ÷ 部门成员折算${measure}合计 × 个人折算${measure}，折算${measure} = ${measure} × 岗位类别折算比例 × 绩效工资系数（技能岗位按 1 计，管理岗位按 a%、专业技术岗位按 b%）。${rounding}`,
        `Department pool = unit pool ÷ unit points × department points; individual pay = department pool ÷ the members' weighted ${measure.toLowerCase()} × the individual's weighted ${measure.toLowerCase()}, where weighted = ${measure.toLowerCase()} × category share × performance-pay coefficient (skilled posts count 1, management a %, technical b %). ${rounding}`,
      ),
      basis,
    });
    const members = pay.departments.flatMap((department, d) =>
      department.members.map((member, m) => {
        const coefficient = given.departments[d]?.members[m]?.coefficient;
        return [
          department.label,
          member.label,
          label(POST_CATEGORY_LABELS[member.category]),
          member.measure,
          coefficient === undefined || coefficient === '' ? '1' : String(coefficient),
          member.weighted,
          member.amount,
        ];
      }),
    );
    sheets.push({
      name: t('个人绩效工资', 'Individual pay'),
      title: t('个人绩效工资分配表', 'Performance pay by person'),
      subtitle: context.subtitle,
      inputs,
      table: {
        columns: [
          { header: t('部门', 'Department'), kind: 'text', width: 14 },
          { header: t('姓名 / 岗位', 'Name / post'), kind: 'text', width: 16 },
          { header: t('岗位类别', 'Post category'), kind: 'text', width: 12 },
          { header: measure, kind: byPoints ? 'points' : 'coefficient' },
          { header: t('绩效工资系数', 'Performance-pay coefficient'), kind: 'coefficient' },
          { header: t(`折算${measure}`, `Weighted ${measure.toLowerCase()}`), kind: 'coefficient' },
          { header: t('个人绩效工资', 'Performance pay'), kind: 'yuan' },
        ],
        rows: members,
        total: [t('合计', 'Total'), null, null, null, null, null, pay.pool],
      },
      results: [
        { label: t('人数', 'People'), value: members.length, kind: 'people' },
        {
          label: t('个人绩效工资合计（等于可分配总量）', 'Individuals together (equal to the pool)'),
          value: pay.pool,
          kind: 'yuan',
        },
      ],
      method: t(
        `个人绩效工资 = 部门绩效工资 ÷ 部门成员折算${measure}合计 × 个人折算${measure}；折算${measure} = ${measure} × 岗位类别折算比例 × 绩效工资系数。${rounding}`,
        `Individual pay = department pool ÷ the members' weighted ${measure.toLowerCase()} × the individual's; weighted = ${measure.toLowerCase()} × category share × performance-pay coefficient. ${rounding}`,
      ),
      basis,
    });
  }
  const auxiliary = result.auxiliary;
  if (auxiliary && input.auxiliary) {
    const aux = input.auxiliary;
    const range = `${Number(auxiliary.typicalPercent.min)}%–${Number(auxiliary.typicalPercent.max)}%`;
    sheets.push({
      name: t('辅助人员绩效', 'Auxiliary staff'),
      title: t('辅助生产技能岗位人员绩效工资测算表', 'Performance pay of auxiliary production staff'),
      subtitle: context.subtitle,
      inputs: [
        {
          label: t(
            '所服务基本生产人员月绩效工资平均值',
            "Served production staff's average monthly performance pay",
          ),
          value: String(aux.servedAverage),
          kind: 'yuan',
        },
        { label: t('比例', 'Ratio'), value: String(aux.ratioPercent), kind: 'percent' },
      ],
      table: {
        columns: [
          { header: t('姓名 / 岗位', 'Name / post'), kind: 'text', width: 16 },
          { header: t('绩效工资系数', 'Performance-pay coefficient'), kind: 'coefficient' },
          { header: t('考核分', 'Assessment points'), kind: 'points' },
          { header: t('分配权数', 'Weight'), kind: 'coefficient' },
          { header: t('绩效工资', 'Performance pay'), kind: 'yuan' },
        ],
        rows: auxiliary.members.map((member, index) => [
          member.label,
          String(aux.members[index]?.coefficient ?? 1),
          String(aux.members[index]?.points ?? 1),
          member.weight,
          member.amount,
        ]),
        total: [t('合计', 'Total'), null, null, null, auxiliary.pool],
      },
      results: [
        { label: t('人均额度', 'Per head'), value: auxiliary.perHead, kind: 'yuan' },
        { label: t('人数', 'Headcount'), value: auxiliary.headcount, kind: 'people' },
        { label: t('辅助人员绩效工资总额', 'Auxiliary pool'), value: auxiliary.pool, kind: 'yuan' },
      ],
      notes:
        auxiliary.note === null
          ? []
          : [
              auxiliary.note === 'below-typical-range'
                ? t(
                    `比例低于指引所举的 ${range} 区间。`,
                    `The ratio is below the ${range} the guideline gives as an example.`,
                  )
                : t(
                    `比例高于指引所举的 ${range} 区间。`,
                    `The ratio is above the ${range} the guideline gives as an example.`,
                  ),
            ],
      method: t(
        `人均额度 = 所服务基本生产人员月绩效工资平均值 × 比例（指引举例 ${range}），保留到分；总额 = 人均额度 × 人数；个人按 绩效工资系数 × 考核分 的权数分配总额。${rounding}`,
        `Per head = the served staff's monthly average × the ratio (the guideline's example: ${range}), to the cent; pool = per head × headcount; individuals share the pool by coefficient × assessment points. ${rounding}`,
      ),
      basis: context.basis(PAY_PLAN_BASIS.auxiliaryPool),
    });
  }
  return sheets;
}
