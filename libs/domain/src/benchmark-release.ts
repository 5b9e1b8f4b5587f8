import { BenchmarkReleaseStatus, FootnoteCode } from './benchmark';
import { type Labels } from './enterprise';
import { ActorRelation, defineWorkflow } from './workflow';

/**
 * Publication of wage benchmarks (工资价位发布): a release is a reviewed, numbered, immutable
 * snapshot of the computed cells of one programme and year. A correction is a new release.
 */

export const BENCHMARK_RELEASE_STATUS_LABELS: Record<BenchmarkReleaseStatus, Labels> = {
  [BenchmarkReleaseStatus.Draft]: { 'zh-CN': '待审核', en: 'Draft' },
  [BenchmarkReleaseStatus.Reviewed]: { 'zh-CN': '已审核', en: 'Reviewed' },
  [BenchmarkReleaseStatus.Published]: { 'zh-CN': '已发布', en: 'Published' },
  [BenchmarkReleaseStatus.Discarded]: { 'zh-CN': '已作废', en: 'Discarded' },
};

export enum BenchmarkReleaseAction {
  Review = 'review',
  Publish = 'publish',
  Discard = 'discard',
}

export const BENCHMARK_RELEASE_ACTION_LABELS: Record<BenchmarkReleaseAction, Labels> = {
  [BenchmarkReleaseAction.Review]: { 'zh-CN': '审核', en: 'Review' },
  [BenchmarkReleaseAction.Publish]: { 'zh-CN': '发布', en: 'Publish' },
  [BenchmarkReleaseAction.Discard]: { 'zh-CN': '作废', en: 'Discard' },
};

/**
 * Only the city bureau that owns the programme takes these steps; review and publication are a
 * check by a second person: whoever generated the draft may discard it, never review or publish it.
 */
export const BENCHMARK_RELEASE_WORKFLOW = defineWorkflow<BenchmarkReleaseStatus, BenchmarkReleaseAction>({
  name: 'benchmark_release',
  subject: { 'zh-CN': '发布稿', en: 'release' },
  states: BENCHMARK_RELEASE_STATUS_LABELS,
  editableIn: [],
  actions: {
    [BenchmarkReleaseAction.Review]: {
      from: [BenchmarkReleaseStatus.Draft],
      to: BenchmarkReleaseStatus.Reviewed,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      checksMaker: true,
      label: BENCHMARK_RELEASE_ACTION_LABELS[BenchmarkReleaseAction.Review],
    },
    [BenchmarkReleaseAction.Publish]: {
      from: [BenchmarkReleaseStatus.Reviewed],
      to: BenchmarkReleaseStatus.Published,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      checksMaker: true,
      label: BENCHMARK_RELEASE_ACTION_LABELS[BenchmarkReleaseAction.Publish],
    },
    // a reviewed but unpublished release can still be dropped, or a stale review would block the year
    [BenchmarkReleaseAction.Discard]: {
      from: [BenchmarkReleaseStatus.Draft, BenchmarkReleaseStatus.Reviewed],
      to: BenchmarkReleaseStatus.Discarded,
      actor: ActorRelation.CityBureau,
      reasonRequired: false,
      label: BENCHMARK_RELEASE_ACTION_LABELS[BenchmarkReleaseAction.Discard],
    },
  },
});

/** What the reviewer and publisher are told about how much of a release disclosure control withholds. */
export enum ReleaseDisclosureWarning {
  /** every cell withheld: publishing would put an empty table before the public (refused) */
  NothingPublishable = 'nothing-publishable',
  /** more than half of the cells withheld */
  MostlyWithheld = 'mostly-withheld',
}

/** The warning for a release of `cells` cells of which `publishable` show figures; null when none applies. */
export function releaseDisclosureWarning(
  cells: number,
  publishable: number,
): ReleaseDisclosureWarning | null {
  if (publishable === 0) return ReleaseDisclosureWarning.NothingPublishable;
  if ((cells - publishable) * 2 > cells) return ReleaseDisclosureWarning.MostlyWithheld;
  return null;
}

/** The public name of a published release: year and number, e.g. `2026-R2`. */
export function benchmarkReleaseLabel(year: number, releaseNumber: number | null): string | null {
  return releaseNumber === null ? null : `${year}-R${releaseNumber}`;
}

/** Where an enterprise's mean pay falls against the published quartiles. */
export enum PayBand {
  BelowP25 = 'below-p25',
  P25ToP50 = 'p25-p50',
  P50ToP75 = 'p50-p75',
  AboveP75 = 'above-p75',
}

export const PAY_BAND_LABELS: Record<PayBand, Labels> = {
  [PayBand.BelowP25]: { 'zh-CN': '低于 P25', en: 'Below P25' },
  [PayBand.P25ToP50]: { 'zh-CN': 'P25–P50', en: 'P25–P50' },
  [PayBand.P50ToP75]: { 'zh-CN': 'P50–P75', en: 'P50–P75' },
  [PayBand.AboveP75]: { 'zh-CN': '高于 P75', en: 'Above P75' },
};

/** The band of `pay`; a value on a boundary belongs to the band above it (P50 itself is P50–P75). */
export function payBand(pay: number, p25: number, p50: number, p75: number): PayBand {
  if (pay < p25) return PayBand.BelowP25;
  if (pay < p50) return PayBand.P25ToP50;
  if (pay < p75) return PayBand.P50ToP75;
  return PayBand.AboveP75;
}

/** Compa-ratio (比较比率): own mean pay ÷ the market median, to two decimals; null without a median. */
export function compaRatio(pay: number, p50: number): number | null {
  if (!(p50 > 0)) return null;
  return Math.round((pay / p50) * 100) / 100;
}

/** What each footnote means, for the public page and the method note. */
export const FOOTNOTE_EXPLANATIONS: Record<FootnoteCode, Labels> = {
  [FootnoteCode.TooFewEnterprises]: {
    'zh-CN': '该单元格的数据来自少于发布规则规定数量（默认 3 家）的企业，为保护企业薪酬信息，不公布数值。',
    en: 'The cell’s data come from fewer enterprises than the publication rules require (3 by default); its figures are withheld to protect the enterprises’ pay data.',
  },
  [FootnoteCode.Dominance]: {
    'zh-CN':
      '单一企业的职工占该单元格职工总数的比例超过发布规则规定的上限（默认 70%），公布将暴露该企业的薪酬水平，不公布数值。',
    en: 'One enterprise employs more than the share of the cell’s employees the publication rules allow (70% by default); publishing would reveal that enterprise’s pay, so the figures are withheld.',
  },
  [FootnoteCode.Secondary]: {
    'zh-CN':
      '该单元格本身满足公布条件，但结合全市合计和其他区（市）的公布数值，或与此前发布的数值相减，可以反推出被隐去单元格的数据，因此一并隐去（二次隐去）。',
    en: 'The cell meets the rules itself, but together with the city total and the other districts, or subtracted from the figures of an earlier release, it would let withheld data be recovered, so it is withheld as well (secondary suppression).',
  },
};

/**
 * What a cell marked as carried forward means: a correction shows the earlier release's figures
 * where its own change would reveal withheld data (see benchmark-release-changes.ts).
 */
export const CARRIED_FORWARD_EXPLANATION: Labels = {
  'zh-CN':
    '该单元格沿用所注明的此前发布的数值：本次更正中它的变化仅来自少于发布规则规定数量的企业（或由单一企业主导），或来自被隐去的单元格，公布新数值将使人通过两次发布相减推算出这些企业或被隐去单元格的数据。',
  en: 'The cell shows the figures of the earlier release named: in this correction its change comes from fewer enterprises than the publication rules require (or is dominated by one), or from withheld cells, so publishing the new figures would let anyone subtract the two releases and recover those enterprises’ or cells’ data.',
};
