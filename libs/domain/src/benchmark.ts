import { type Labels } from './enterprise';

/**
 * Market wage benchmarks (工资价位): percentiles of annual pay by occupation × skill level ×
 * region × year, published under disclosure control.
 */

/** Why a cell's figures are withheld; shown as a footnote on the public page. */
export enum FootnoteCode {
  /** fewer enterprises than the programme's minimum */
  TooFewEnterprises = 'A',
  /** one enterprise holds more than the programme's maximum share of the cell's employees */
  Dominance = 'B',
  /** published figures (the city total and sibling districts) would reveal it */
  Secondary = 'C',
}

export const FOOTNOTE_LABELS: Record<FootnoteCode, Labels> = {
  [FootnoteCode.TooFewEnterprises]: { 'zh-CN': '样本企业数不足', en: 'Too few enterprises' },
  [FootnoteCode.Dominance]: { 'zh-CN': '单一企业占比过高', en: 'One enterprise dominates' },
  [FootnoteCode.Secondary]: { 'zh-CN': '为防止反推而隐去', en: 'Withheld to prevent recovery' },
};

/** Disclosure thresholds; a programme may set its own. */
export const DEFAULT_DISCLOSURE_RULES = {
  minEnterprises: 3,
  maxEnterpriseSharePercent: 70,
} as const;

export enum BenchmarkReleaseStatus {
  /** a snapshot of the computed cells, awaiting the city bureau's review */
  Draft = 'draft',
  Reviewed = 'reviewed',
  /** immutable; the public pages serve the latest published release of a programme and year */
  Published = 'published',
  /** a draft the bureau dropped before publication */
  Discarded = 'discarded',
}

/** How often pilot enterprises report progress (进展报送), set per programme. */
export enum ReportCadence {
  Monthly = 'monthly',
  Quarterly = 'quarterly',
}
