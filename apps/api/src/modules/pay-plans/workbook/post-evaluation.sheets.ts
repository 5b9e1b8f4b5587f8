import { type PostEvaluation, type PostEvaluationInput } from '@skillpay/paycalc';
import { type DocumentSheet } from '../../../common/xlsx/document-workbook';
import { PAY_PLAN_BASIS } from './basis';
import { listOf, type SheetContext } from './sheet-context';

/** Point-factor post evaluation (arts. 17–19): factors and their level points, each post's points, rank and grade. */
export function postEvaluationSheets(
  input: PostEvaluationInput,
  result: PostEvaluation,
  context: SheetContext,
): DocumentSheet[] {
  const { t, label } = context;
  const postName = new Map(result.posts.map((post) => [post.key, post.label]));
  const hasBands = result.bands.length > 0;
  const inputTables = [
    {
      caption: t('评价要素及各等级点数', 'Factors and the points of their levels'),
      table: {
        columns: [
          { header: t('评价要素', 'Factor'), kind: 'text' as const, width: 18 },
          { header: t('权重', 'Weight'), kind: 'percent' as const },
          { header: t('等级数', 'Levels'), kind: 'integer' as const },
          {
            header: t('各等级点数（1 级至最高级，分）', 'Points of levels 1 … n'),
            kind: 'text' as const,
            width: 36,
          },
        ],
        rows: result.factors.map((factor) => [
          label(factor.label),
          factor.weightPercent,
          factor.levelPoints.length,
          listOf(factor.levelPoints, context),
        ]),
      },
    },
    ...(hasBands
      ? [
          {
            caption: t('岗级划分', 'Grades by points'),
            table: {
              columns: [
                { header: t('岗级', 'Grade'), kind: 'text' as const, width: 18 },
                { header: t('最低点数', 'Minimum points'), kind: 'points' as const },
                { header: t('该岗级的岗位', 'Posts in the grade'), kind: 'text' as const, width: 36 },
              ],
              rows: result.bands.map((band) => [
                band.grade,
                band.minPoints,
                listOf(
                  band.posts.map((key) => postName.get(key) ?? key),
                  context,
                ),
              ]),
            },
          },
        ]
      : []),
  ];
  return [
    {
      name: t('岗位评价', 'Post evaluation'),
      title: t(
        '技能操作岗位评价结果表（要素计分法）',
        'Post evaluation of skilled posts (point-factor method)',
      ),
      subtitle: context.subtitle,
      inputs: [
        {
          label: t('总点数（各要素最高等级点数之和）', "Total points (every factor's top level)"),
          value: String(input.totalPoints),
          kind: 'points',
        },
        { label: t('参评岗位数', 'Posts evaluated'), value: result.posts.length, kind: 'integer' },
      ],
      inputTables,
      table: {
        columns: [
          { header: t('岗位', 'Post'), kind: 'text', width: 18 },
          ...result.factors.map((factor) => ({
            header: label(factor.label),
            kind: 'points' as const,
            width: 12,
          })),
          { header: t('合计点数', 'Total points'), kind: 'points' },
          { header: t('排序', 'Rank'), kind: 'integer' },
          { header: t('与最低岗位之比', 'Ratio to the lowest post'), kind: 'coefficient' },
          ...(hasBands ? [{ header: t('岗级', 'Grade'), kind: 'text' as const, width: 12 }] : []),
        ],
        rows: result.posts.map((post) => [
          post.label,
          ...result.factors.map((factor) => post.factorPoints[factor.key]),
          post.points,
          post.rank,
          post.ratioToLowest,
          ...(hasBands ? [post.grade ?? t('未达最低岗级', 'Below the lowest grade')] : []),
        ]),
      },
      results: [],
      notes:
        result.ungraded.length > 0
          ? [
              t(
                `未达最低岗级的岗位：${listOf(
                  result.ungraded.map((key) => postName.get(key) ?? key),
                  context,
                )}。`,
                `Posts below the lowest grade: ${listOf(
                  result.ungraded.map((key) => postName.get(key) ?? key),
                  context,
                )}.`,
              ),
            ]
          : [],
      method: t(
        '各评价要素按权重分配总点数，要素第 l 级（共 n 级）的点数 = 总点数 × 权重 × l ÷ n（保留两位小数）；岗位点数为其各要素所评等级点数之和，按点数由高到低排序（点数相同者并列），与最低岗位之比可作为岗位工资标准之间的倍数关系（第二十二条）；设岗级的，按点数落入的区间定岗级。评价要素、权重和评价过程应公开，经员工认可。',
        "Each factor gets the total points by its weight; level l of n is worth total × weight × l ÷ n (two places); a post's points add up its factors' level points, ranked high to low (equal points share a rank); the ratio to the lowest post can set the multiples between pay standards (art. 22); with grades, a post's points decide its grade. Factors, weights and the process are open and accepted by the employees.",
      ),
      basis: context.basis(PAY_PLAN_BASIS.postEvaluation),
    },
  ];
}
