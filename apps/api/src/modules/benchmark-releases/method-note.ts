import { FOOTNOTE_LABELS, FootnoteCode, quoteTitle } from '@skillpay/domain';

/** What a release's method note (方法说明) is generated from: its data, never hand-written. */
export interface MethodNoteFacts {
  programmeTitle: string;
  regionName: string;
  regionNameEn: string;
  year: number;
  /** `2026-R2`, or null while unpublished */
  label: string | null;
  publishedAt: Date | null;
  description: string | null;
  enterpriseCount: number;
  employeeCount: number;
  minEnterprises: number;
  maxEnterpriseShare: number;
  cells: number;
  published: number;
  suppressedByFootnote: Record<FootnoteCode, number>;
  /** published cells showing an earlier release's figures */
  carried: number;
  occupations: number;
  districts: number;
}

export interface MethodNote {
  zhCN: string[];
  en: string[];
}

const zhNumber = (value: number) => value.toLocaleString('zh-CN');
const enNumber = (value: number) => value.toLocaleString('en-GB');

/** YYYY-MM-DD in China time, the portal's calendar. */
function chinaDate(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The method note of a release in both languages, written for the public that reads the figures:
 * where they come from, what pay they count, how the percentiles are read (in plain words, with
 * an example, not as a formula), what is withheld and why, and what a correction and a figure
 * carried forward from an earlier release mean.
 */
export function buildMethodNote(facts: MethodNoteFacts): MethodNote {
  const suppressed = facts.cells - facts.published;
  const counts = facts.suppressedByFootnote;
  const footnote = (code: FootnoteCode, language: 'zh-CN' | 'en') => FOOTNOTE_LABELS[code][language];
  const zhCN = [
    `数据来源：本工资价位反映${facts.regionName}参加${quoteTitle(facts.programmeTitle)}试点的企业 ${facts.year} 年度实际支付给职工的工资水平，` +
      `由 ${zhNumber(facts.enterpriseCount)} 家企业报送的 ${zhNumber(facts.employeeCount)} 名职工的薪酬数据汇总而成；每家企业以其最后一次报送的有效数据为准。`,
    '工资口径：工资指税前应发工资，包括基本工资、岗位工资、绩效工资、津贴补贴和其他工资。' +
      '全年工作不满 12 个月的职工，按实际工作月数折算为全年工资，例如工作 6 个月、应发工资合计 4 万元的职工，按全年 8 万元计算。',
    `分组：按职业（依据《中华人民共和国职业分类大典》）、职业技能等级和区域（${facts.districts} 个区（市）及${facts.regionName}合计）分别统计，` +
      `专业技术岗位和管理岗位不分技能等级。本次共 ${zhNumber(facts.cells)} 个统计单元，涉及 ${zhNumber(facts.occupations)} 个职业。`,
    '如何阅读分位数：把同一职业、同一技能等级、同一区域职工的年度工资从低到高排列，P10、P25、P50、P75、P90 分别是排在 10%、25%、50%、75%、90% 位置上的工资。' +
      '例如 P25 为 6 万元，表示约四分之一职工的年度工资低于 6 万元；P50 即中位数，一半职工的工资低于它、一半高于它。' +
      '该位置恰好落在两名职工之间时，按两人工资之差按比例取中间的数值。平均数是全部工资之和除以人数，容易受少数高工资影响，参考时宜以中位数为主。',
    `公布规则：为保护企业的薪酬信息，一个统计单元的数据须来自不少于 ${facts.minEnterprises} 家企业，且任何一家企业的职工不超过该单元职工总数的 ${facts.maxEnterpriseShare}%，才公布数值；` +
      '不满足的单元不公布任何工资、人数或企业数，只标注脚注：' +
      `A ${footnote(FootnoteCode.TooFewEnterprises, 'zh-CN')}（${counts.A} 个）；` +
      `B ${footnote(FootnoteCode.Dominance, 'zh-CN')}（${counts.B} 个）；` +
      `C 本身满足条件，但与${facts.regionName}合计、其他区（市）的数值或此前发布的数值相减，可以推算出不公布单元的数据，因此一并不公布（${counts.C} 个）。` +
      `本次公布 ${zhNumber(facts.published)} 个统计单元，不公布 ${zhNumber(suppressed)} 个。`,
    '更正与“沿用”：发现数据有误时，以新的发布号发布更正版本，此前的发布仍可查阅和下载。' +
      `由于任何人都可以把两次发布的数值相减，更正中某个统计单元的变化如果只来自少于 ${facts.minEnterprises} 家企业（或由一家企业决定），或者可能推算出不公布单元的数据，` +
      '该单元继续使用此前发布的数值，并标注“沿用”及所沿用的发布号（如“沿用 2025-R1”）；此前从未公布过的单元则以脚注 C 不公布。' +
      `本次沿用此前数值的统计单元 ${zhNumber(facts.carried)} 个。`,
    facts.label && facts.publishedAt
      ? `发布：发布号 ${facts.label}，${chinaDate(facts.publishedAt)} 经${facts.regionName}人力资源和社会保障部门审核后发布；发布后内容不再改动，更正以新的发布号发布。`
      : '发布：本稿尚未发布，数值可能随审核而变化。',
  ];
  const en = [
    `Source: the pay that the pilot enterprises of “${facts.programmeTitle}” in ${facts.regionNameEn} actually paid their employees in ${facts.year}, ` +
      `as reported by ${enNumber(facts.enterpriseCount)} enterprises for ${enNumber(facts.employeeCount)} employees; each enterprise’s latest valid report counts.`,
    'Pay: gross pay before tax — base, post and performance pay, allowances and other pay. ' +
      'Employees who worked less than 12 months are counted at a full year’s rate: someone paid 40,000 yuan for 6 months counts as 80,000 yuan a year.',
    `Grouping: by occupation (Occupational Classification of the PRC), skill level and region (${facts.districts} districts and the ${facts.regionNameEn} total); ` +
      `technical and management posts have no skill level. ${enNumber(facts.cells)} groups covering ${enNumber(facts.occupations)} occupations.`,
    'Reading the percentiles: line up the annual pay of the employees of one occupation, skill level and region from lowest to highest; P10, P25, P50, P75 and P90 are the pay at 10%, 25%, 50%, 75% and 90% of the way along. ' +
      'A P25 of 60,000 yuan means about a quarter of the employees earn less than 60,000 yuan a year; P50, the median, has half below it and half above. ' +
      'When the point falls between two employees, the figure lies between their two pays in proportion. The mean is total pay divided by the number of employees; a few high earners pull it up, so the median is the better guide.',
    `Publication rules: to protect enterprises’ pay data, a group’s figures are published only when they come from at least ${facts.minEnterprises} enterprises and no enterprise employs more than ${facts.maxEnterpriseShare}% of its employees; ` +
      'otherwise none of its figures (pay, employees, enterprises) is shown, only a footnote: ' +
      `A ${footnote(FootnoteCode.TooFewEnterprises, 'en').toLowerCase()} (${counts.A}); ` +
      `B ${footnote(FootnoteCode.Dominance, 'en').toLowerCase()} (${counts.B}); ` +
      `C meets the rules itself, but subtracted from the ${facts.regionNameEn} total, the other districts or an earlier release it would reveal a withheld group, so it is withheld too (${counts.C}). ` +
      `${enNumber(facts.published)} groups published, ${enNumber(suppressed)} withheld.`,
    'Corrections and carried-forward figures: an error is corrected by a new release under a new number; earlier releases stay readable and downloadable. ' +
      `Because anyone can subtract one release from another, a group whose change comes from fewer than ${facts.minEnterprises} enterprises (or is decided by one), or would reveal a withheld group, ` +
      'keeps the figures of the earlier release, marked “carried forward” with that release’s number (e.g. “2025-R1”); a group never published before is withheld under footnote C. ' +
      `Groups carrying earlier figures in this release: ${enNumber(facts.carried)}.`,
    facts.label && facts.publishedAt
      ? `Release: ${facts.label}, published on ${chinaDate(facts.publishedAt)} after review by the ${facts.regionNameEn} human resources and social security bureau. It does not change afterwards; a correction is a new release.`
      : 'Release: this draft is not published yet; its figures may change in review.',
  ];
  if (facts.description) {
    zhCN.push(`说明：${facts.description}`);
    en.push(`Note (as written by the bureau): ${facts.description}`);
  }
  return { zhCN, en };
}
