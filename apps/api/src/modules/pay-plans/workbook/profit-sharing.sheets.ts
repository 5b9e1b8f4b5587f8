import {
  PROFIT_TARGET_LABELS,
  PROFIT_TARGET_NAMES,
  type ProfitSharing,
  type ProfitSharingInput,
} from '@skillpay/paycalc';
import { type DocumentSheet } from '../../../common/xlsx/document-workbook';
import { PAY_PLAN_BASIS } from './basis';
import { type SheetContext } from './sheet-context';

/** Excess-profit sharing (art. 43): the pool band by band, and each participant's share. */
export function profitSharingSheets(
  input: ProfitSharingInput,
  result: ProfitSharing,
  context: SheetContext,
): DocumentSheet[] {
  const { t, label } = context;
  const bandName = (name: string, index: number) =>
    (PROFIT_TARGET_NAMES as readonly string[]).includes(name)
      ? label(PROFIT_TARGET_LABELS[name as (typeof PROFIT_TARGET_NAMES)[number]])
      : /^tier-\d+$/.test(name)
        ? t(`第 ${index + 1} 档目标`, `Target ${index + 1}`)
        : name;
  const inputs = [
    {
      label: t('本年度实际净利润', "This year's net profit"),
      value: String(input.actualNetProfit),
      kind: 'yuan' as const,
    },
    ...result.bands.map((band, index) => ({
      label: t(`${bandName(band.name, index)}（净利润）`, `${bandName(band.name, index)} (net profit)`),
      value: band.from,
      kind: 'yuan' as const,
    })),
    {
      label: t('企业综合绩效系数', 'Company performance coefficient'),
      value: result.companyCoefficient,
      kind: 'coefficient' as const,
    },
  ];
  const basis = context.basis(PAY_PLAN_BASIS.profitSharing);
  return [
    {
      name: t('激励总量', 'Pool'),
      title: t('超额利润分享激励总量测算表', 'Excess-profit sharing: the pool'),
      subtitle: context.subtitle,
      inputs,
      table: {
        columns: [
          { header: t('利润目标档', 'Target band'), kind: 'text', width: 14 },
          { header: t('起点', 'From'), kind: 'yuan', width: 16 },
          { header: t('止点', 'To'), kind: 'yuan', width: 16 },
          { header: t('计提比例', 'Rate'), kind: 'percent' },
          { header: t('落入本档的净利润', 'Net profit in the band'), kind: 'yuan', width: 16 },
          { header: t('计提额', 'Provision'), kind: 'yuan', width: 16 },
        ],
        rows: result.bands.map((band, index) => [
          bandName(band.name, index),
          band.from,
          band.to ?? t('以上', 'and above'),
          band.ratePercent,
          band.profitInBand,
          band.provision,
        ]),
        total: [t('合计', 'Total'), null, null, null, result.excess, result.provisionTotal],
      },
      results: [
        {
          label: t('超目标净利润（实际净利润 − 基本目标）', 'Profit above the basic target'),
          value: result.excess,
          kind: 'yuan',
        },
        { label: t('计提合计', 'Provisions together'), value: result.provisionTotal, kind: 'yuan' },
        {
          label: t('企业综合绩效系数', 'Company performance coefficient'),
          value: result.companyCoefficient,
          kind: 'coefficient',
        },
        { label: t('激励总量', 'Pool'), value: result.pool, kind: 'yuan' },
      ],
      method: t(
        '以超过基本目标的净利润为基数，按净利润落入各目标档（基本目标至激励目标、激励目标至挑战目标、挑战目标以上）的部分分段乘以各档计提比例；各档计提额之和乘以企业综合绩效系数，得出激励总量（保留到分）。',
        'The net profit above the basic target is provisioned band by band (basic to incentive target, incentive to challenge target, above the challenge target) at each band’s rate; the provisions together × the company performance coefficient give the pool, to the cent.',
      ),
      basis,
    },
    {
      name: t('个人分享额', 'Shares'),
      title: t('超额利润分享个人激励额度表', 'Excess-profit sharing: individual shares'),
      subtitle: context.subtitle,
      inputs: [{ label: t('激励总量', 'Pool'), value: result.pool, kind: 'yuan' }],
      table: {
        columns: [
          { header: t('激励对象', 'Participant'), kind: 'text', width: 16 },
          { header: t('岗位系数', 'Post coefficient'), kind: 'coefficient' },
          { header: t('个人绩效考核结果系数', 'Performance coefficient'), kind: 'coefficient' },
          { header: t('综合系数', 'Combined coefficient'), kind: 'coefficient' },
          { header: t('个人激励额度', 'Share'), kind: 'yuan' },
          { header: t('占激励总量', 'Share of the pool'), kind: 'percent' },
        ],
        rows: result.participants.map((participant) => [
          participant.label,
          participant.postCoefficient,
          participant.performanceCoefficient,
          participant.weight,
          participant.amount,
          participant.sharePercent,
        ]),
        total: [t('合计', 'Total'), null, null, null, result.pool, null],
      },
      results: [
        { label: t('激励对象人数', 'Participants'), value: result.participants.length, kind: 'people' },
        {
          label: t('个人激励额度合计（等于激励总量）', 'Shares together (equal to the pool)'),
          value: result.pool,
          kind: 'yuan',
        },
      ],
      method: t(
        '综合系数 = 岗位系数 × 个人绩效考核结果系数；个人激励额度 = 激励总量 × 本人综合系数 ÷ 全部激励对象综合系数之和。各额度先算到分并舍去零头，剩余的分按零头由大到小逐一补足，合计恰好等于激励总量。',
        "Combined coefficient = post coefficient × performance coefficient; share = pool × one's combined coefficient ÷ all participants' together. Shares are cut to the cent and the cents left over go to the largest remainders, so they add up to the pool exactly.",
      ),
      basis,
    },
  ];
}
