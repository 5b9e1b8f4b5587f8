import {
  type AllowancesCalculatorInput,
  type AllowancesCalculatorResult,
  type TeamLeaderAllowance,
} from '@skillpay/paycalc';
import { type DocumentSheet } from '../../../common/xlsx/document-workbook';
import { PAY_PLAN_BASIS } from './basis';
import { type SheetContext, textOf } from './sheet-context';

/** Allowances (arts. 28–34): skill, team-leader (two ways), mentor and night-shift allowances. */
export function allowancesSheets(
  input: AllowancesCalculatorInput,
  result: AllowancesCalculatorResult,
  context: SheetContext,
): DocumentSheet[] {
  const { t, label } = context;
  const sheets: DocumentSheet[] = [];
  const totals = (allowance: { monthlyTotal: string; annualTotal: string }) => [
    { label: t('月度合计', 'Monthly total'), value: allowance.monthlyTotal, kind: 'yuan' as const },
    { label: t('年度合计', 'Annual total'), value: allowance.annualTotal, kind: 'yuan' as const },
  ];
  const skill = result.skillAllowance;
  if (skill) {
    sheets.push({
      name: t('技能津贴', 'Skill allowance'),
      title: t('技能津贴测算表', 'Skill allowance'),
      subtitle: context.subtitle,
      inputs: [],
      table: {
        columns: [
          { header: t('技能等级', 'Skill level'), kind: 'text', width: 20 },
          { header: t('每人月津贴标准', 'Monthly rate per person'), kind: 'yuan' },
          { header: t('人数', 'Headcount'), kind: 'people' },
          { header: t('月度金额', 'Monthly cost'), kind: 'yuan' },
          { header: t('年度金额', 'Annual cost'), kind: 'yuan' },
        ],
        rows: skill.rows.map((row) => [
          label(row.label),
          row.monthlyAmount,
          row.headcount,
          row.monthlyCost,
          row.annualCost,
        ]),
        total: [t('合计', 'Total'), null, skill.headcount, skill.monthlyTotal, skill.annualTotal],
      },
      results: [
        { label: t('享受人数', 'People receiving it'), value: skill.headcount, kind: 'people' },
        ...totals(skill),
      ],
      method: t(
        '各技能等级月度金额 = 月津贴标准 × 人数，年度金额 = 月度金额 × 12；合计为各等级之和。技能津贴适用于取得高级工、技师、高级技师等级并在相关技能操作岗位工作的人员；已在岗位评价或职级任职资格中体现的，不再重复设置。',
        "Each level's monthly cost = monthly rate × headcount, annual = monthly × 12; totals add the levels up. The allowance is for holders of senior-worker, technician or senior-technician levels in skilled posts, and is not set where post evaluation or grade requirements already reflect it.",
      ),
      basis: context.basis(PAY_PLAN_BASIS.skillAllowance),
    });
  }
  const teamTable = (
    allowance: TeamLeaderAllowance,
    byHeadcount: boolean,
    categories: Map<string, string>,
  ) => ({
    columns: [
      { header: t('班组', 'Team'), kind: 'text' as const, width: 18 },
      ...(byHeadcount
        ? [
            { header: t('班组人数', 'Members'), kind: 'people' as const },
            { header: t('超出基本标准覆盖的人数', 'Members beyond the base'), kind: 'people' as const },
          ]
        : [{ header: t('班组类别', 'Team category'), kind: 'text' as const, width: 16 }]),
      { header: t('月津贴', 'Monthly allowance'), kind: 'yuan' as const },
      { header: t('年津贴', 'Annual allowance'), kind: 'yuan' as const },
      ...(byHeadcount ? [{ header: t('说明', 'Note'), kind: 'text' as const, width: 12 }] : []),
    ],
    rows: allowance.teams.map((team) => [
      team.label,
      ...(byHeadcount
        ? [team.members, team.extraMembers]
        : [categories.get(team.category ?? '') ?? team.category]),
      team.monthly,
      (Number(team.monthly) * 12).toFixed(2),
      ...(byHeadcount ? [team.capped ? t('已按上限', 'Capped') : ''] : []),
    ]),
    total: [
      t('合计', 'Total'),
      ...(byHeadcount ? [null, null] : [null]),
      allowance.monthlyTotal,
      allowance.annualTotal,
      ...(byHeadcount ? [null] : []),
    ],
  });
  const byHeadcount = result.teamLeaderByHeadcount;
  const headcountInput = input.teamLeaderByHeadcount;
  if (byHeadcount && headcountInput) {
    const hasCap =
      headcountInput.cap !== undefined && headcountInput.cap !== null && headcountInput.cap !== '';
    sheets.push({
      name: t('班组长津贴（按人数）', 'Team leaders by size'),
      title: t('班组长津贴测算表（按班组管理幅度）', 'Team-leader allowance by team size'),
      subtitle: context.subtitle,
      inputs: [
        {
          label: t('基本标准（每月）', 'Base rate a month'),
          value: String(headcountInput.base),
          kind: 'yuan',
        },
        {
          label: t('基本标准覆盖人数', 'Members covered by the base'),
          value: String(headcountInput.includedMembers),
          kind: 'people',
        },
        {
          label: t('每增加 1 人增加（每月）', 'Per extra member a month'),
          value: String(headcountInput.perExtraMember),
          kind: 'yuan',
        },
        ...(hasCap
          ? [
              {
                label: t('上限（每月）', 'Cap a month'),
                value: String(headcountInput.cap),
                kind: 'yuan' as const,
              },
            ]
          : []),
      ],
      table: teamTable(byHeadcount, true, new Map()),
      results: totals(byHeadcount),
      method: t(
        `月津贴 = 基本标准 + 每增加 1 人的标准 × 超出基本标准覆盖人数的班组人数${hasCap ? '，不超过上限' : ''}；年津贴 = 月津贴 × 12。班组长待遇已在岗位工资等级或档次中体现的，不再重复设置。`,
        `Monthly allowance = base rate + rate per extra member × members beyond those the base covers${hasCap ? ', up to the cap' : ''}; annual = monthly × 12. Not set where the leader's grade or step already pays for it.`,
      ),
      basis: context.basis(PAY_PLAN_BASIS.teamLeaderAllowance),
    });
  }
  const byCategory = result.teamLeaderByCategory;
  const categoryInput = input.teamLeaderByCategory;
  if (byCategory && categoryInput) {
    const names = new Map(
      categoryInput.categories.map((category) => [category.key, textOf(category.label, category.key)]),
    );
    sheets.push({
      name: t('班组长津贴（按类别）', 'Team leaders by category'),
      title: t('班组长津贴测算表（按班组类别）', 'Team-leader allowance by team category'),
      subtitle: context.subtitle,
      inputs: [],
      inputTables: [
        {
          caption: t('班组类别及标准', 'Team categories and rates'),
          table: {
            columns: [
              { header: t('班组类别', 'Team category'), kind: 'text', width: 18 },
              { header: t('月津贴标准', 'Monthly rate'), kind: 'yuan' },
            ],
            rows: categoryInput.categories.map((category) => [
              names.get(category.key) ?? category.key,
              String(category.monthly),
            ]),
          },
        },
      ],
      table: teamTable(byCategory, false, names),
      results: totals(byCategory),
      method: t(
        '按班组类别和难度设置档次标准，各班组长按所在班组类别的标准领取月津贴；年津贴 = 月津贴 × 12。',
        "Rates are set per team category and difficulty; each leader gets the rate of the team's category a month; annual = monthly × 12.",
      ),
      basis: context.basis(PAY_PLAN_BASIS.teamLeaderAllowance),
    });
  }
  const mentor = result.mentor;
  if (mentor && input.mentor) {
    sheets.push({
      name: t('带徒津贴', 'Mentor allowance'),
      title: t('师带徒津贴测算表', 'Mentor allowance'),
      subtitle: context.subtitle,
      inputs: [
        {
          label: t('每带 1 名徒弟的月津贴', 'Monthly rate per apprentice'),
          value: String(input.mentor.ratePerApprentice),
          kind: 'yuan',
        },
      ],
      table: {
        columns: [
          { header: t('师傅', 'Mentor'), kind: 'text', width: 16 },
          { header: t('徒弟人数', 'Apprentices'), kind: 'people' },
          { header: t('协议期（月）', 'Agreement (months)'), kind: 'integer' },
          { header: t('月津贴', 'Monthly allowance'), kind: 'yuan' },
          { header: t('协议期合计', 'Over the agreement'), kind: 'yuan' },
        ],
        rows: mentor.mentors.map((row) => [
          row.label,
          row.apprentices,
          row.months,
          row.monthly,
          row.agreementTotal,
        ]),
        total: [
          t('合计', 'Total'),
          mentor.mentors.reduce((sum, row) => sum + row.apprentices, 0),
          null,
          mentor.monthlyTotal,
          mentor.agreementTotal,
        ],
      },
      results: [
        {
          label: t('各协议同时执行时的月度合计', 'Monthly total while all agreements run'),
          value: mentor.monthlyTotal,
          kind: 'yuan',
        },
        {
          label: t('全部协议期合计', 'All agreements over their terms'),
          value: mentor.agreementTotal,
          kind: 'yuan',
        },
      ],
      method: t(
        '月津贴 = 每名徒弟的月津贴 × 徒弟人数；协议期合计 = 月津贴 × 协议月数。适用于签订带徒协议、明确师徒权利义务的师傅。',
        'Monthly allowance = rate per apprentice × apprentices; over the agreement = monthly × its months. For mentors with an apprenticeship agreement that sets out both sides’ rights and duties.',
      ),
      basis: context.basis(PAY_PLAN_BASIS.mentorAllowance),
    });
  }
  const night = result.nightShift;
  if (night && input.nightShift) {
    const range = `${Number(night.typicalPercent.min)}%–${Number(night.typicalPercent.max)}%`;
    sheets.push({
      name: t('夜班津贴', 'Night-shift allowance'),
      title: t('夜班津贴水平测算表', 'Night-shift allowance level'),
      subtitle: context.subtitle,
      inputs: [
        {
          label: t('月度夜班津贴', 'Monthly night-shift allowance'),
          value: String(input.nightShift.nightAllowance),
          kind: 'yuan',
        },
        {
          label: t('月度应发工资（含夜班津贴）', 'Monthly gross pay (with the allowance)'),
          value: String(input.nightShift.grossPay),
          kind: 'yuan',
        },
      ],
      table: {
        columns: [
          { header: t('项目', 'Item'), kind: 'text', width: 30 },
          { header: t('占月度应发工资', 'Share of monthly gross pay'), kind: 'percent' },
          { header: t('月度夜班津贴', 'Monthly allowance'), kind: 'yuan' },
        ],
        rows: [
          [t('本岗位', 'This post'), night.sharePercent, String(input.nightShift.nightAllowance)],
          [
            t('指引所述实践水平下限', 'Lower end of the practice the guideline reports'),
            night.typicalPercent.min,
            night.typicalAllowance.min,
          ],
          [
            t('指引所述实践水平上限', 'Upper end of the practice the guideline reports'),
            night.typicalPercent.max,
            night.typicalAllowance.max,
          ],
        ],
      },
      results: [
        {
          label: t('夜班津贴占月度应发工资', 'Share of monthly gross pay'),
          value: night.sharePercent,
          kind: 'percent',
        },
      ],
      notes: [
        night.note === null
          ? t(
              `处于“四班三运转”岗位一般水平 ${range} 之内。`,
              `Within the ${range} usual for four-crew three-shift posts.`,
            )
          : night.note === 'below-typical-range'
            ? t(
                `低于“四班三运转”岗位一般水平 ${range}。`,
                `Below the ${range} usual for four-crew three-shift posts.`,
              )
            : t(
                `高于“四班三运转”岗位一般水平 ${range}。`,
                `Above the ${range} usual for four-crew three-shift posts.`,
              ),
      ],
      method: t(
        `占比 = 月度夜班津贴 ÷ 月度应发工资 × 100%，保留两位小数，与“四班三运转”岗位的一般水平 ${range} 对照；下限、上限金额 = 月度应发工资 × ${range.replace('–', ' 或 ')}。该区间是实践中的一般水平，具体标准由企业结合职工收入水平和当地实际确定。`,
        `Share = monthly night-shift allowance ÷ monthly gross pay × 100 %, two places, beside the ${range} usual for four-crew three-shift posts; the amounts at either end = gross pay × ${range.replace('–', ' or ')}. The range describes practice; the enterprise sets its own level.`,
      ),
      basis: context.basis(PAY_PLAN_BASIS.nightShift),
    });
  }
  return sheets;
}
