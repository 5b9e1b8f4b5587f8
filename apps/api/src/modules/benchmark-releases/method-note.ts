import { FOOTNOTE_LABELS, FootnoteCode } from '@skillpay/domain';

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
 * The method note of a release in both languages: source and size of the data, the pay concept
 * and annualisation, the grouping, the percentile definition (linear interpolation, as
 * PostgreSQL's percentile_cont), the disclosure rules with how many cells each withheld, and the
 * release itself.
 */
export function buildMethodNote(facts: MethodNoteFacts): MethodNote {
  const suppressed = facts.cells - facts.published;
  const counts = facts.suppressedByFootnote;
  const zhCN = [
    `数据来源：本工资价位依据《${facts.programmeTitle}》试点企业报送的 ${facts.year} 年度职工薪酬数据汇总，` +
      `共 ${zhNumber(facts.enterpriseCount)} 家企业、${zhNumber(facts.employeeCount)} 名职工；每家企业采用其最新的有效版本，被替代的版本不参与汇总。`,
    '统计口径：年度工资为应发工资，包括基本工资、岗位工资、绩效工资、津贴补贴和其他工资；' +
      '未满一年的职工按实际工作月数折算为全年，即年度工资 = 应发工资合计 ÷ 工作月数 × 12。',
    `分组：按职业（《中华人民共和国职业分类大典》）× 职业技能等级 × 区域（${facts.districts} 个区（市）及${facts.regionName}合计）汇总，` +
      `专业技术岗位和管理岗位不分等级；共 ${zhNumber(facts.cells)} 个单元格，涉及 ${zhNumber(facts.occupations)} 个职业。`,
    '分位数：P10、P25、P50（中位数）、P75、P90 采用线性插值法（与 PostgreSQL 的 percentile_cont 相同）：' +
      '将单元格内 n 名职工的年度工资升序排列，第 p 分位数位于第 1 + p × (n − 1) 位，落在两个数值之间时按距离线性插值；均值为算术平均数。',
    `披露控制：单元格须有不少于 ${facts.minEnterprises} 家企业的数据，且任一企业的职工不超过该单元格职工总数的 ${facts.maxEnterpriseShare}%，方公布数值；` +
      `否则以脚注代替数值，不公布任何工资、职工数或企业数：` +
      `A ${FOOTNOTE_LABELS[FootnoteCode.TooFewEnterprises]['zh-CN']}（${counts.A} 个），` +
      `B ${FOOTNOTE_LABELS[FootnoteCode.Dominance]['zh-CN']}（${counts.B} 个），` +
      `C 可由${facts.regionName}合计和其他区（市）数值、或与此前发布的数值相减反推而隐去（${counts.C} 个）。` +
      `本次公布 ${zhNumber(facts.published)} 个单元格，隐去 ${zhNumber(suppressed)} 个。`,
    `历次发布之间的差值：更正以新的发布号发布后，任何人都可以将两次发布的数值相减，因此差值同样视为公布的数值，须满足上述规则。` +
      `某单元格若与此前任一次发布相比，其变化仅来自少于 ${facts.minEnterprises} 家企业或由单一企业主导（例如被隐去的区（市）中一家企业更正数据，全市合计随之变化而其他区（市）不变），` +
      `或公布后可与此前发布的数值组合反推出被隐去单元格的数据，则该单元格沿用此前发布的数值并注明所沿用的发布号；此前从未公布过的单元格则以脚注 C 隐去。` +
      `本次沿用此前数值的单元格 ${zhNumber(facts.carried)} 个。`,
    facts.label && facts.publishedAt
      ? `发布：第 ${facts.label} 号，${chinaDate(facts.publishedAt)} 由${facts.regionName}人力资源和社会保障部门审核发布；发布后内容不可更改，更正以新的发布号发布，历次发布均可下载和比较。`
      : '发布：本稿尚未发布，数值可能随审核而变化。',
  ];
  const en = [
    `Source: pay data for ${facts.year} reported by the pilot enterprises of “${facts.programmeTitle}”: ` +
      `${enNumber(facts.enterpriseCount)} enterprises, ${enNumber(facts.employeeCount)} employees. Each enterprise’s latest valid version counts; superseded versions do not.`,
    'Pay concept: gross annual pay — base, post, performance pay, allowances and other pay. ' +
      'Employees who worked part of the year are annualised: annual pay = total pay ÷ months worked × 12.',
    `Grouping: occupation (Occupational Classification of the PRC) × skill level × region (${facts.districts} districts and the ${facts.regionNameEn} total); ` +
      `technical and management posts are not rated. ${enNumber(facts.cells)} cells covering ${enNumber(facts.occupations)} occupations.`,
    'Percentiles: P10, P25, P50 (median), P75 and P90 by linear interpolation (as PostgreSQL’s percentile_cont): ' +
      'with the n annual pays of a cell in ascending order, percentile p lies at position 1 + p × (n − 1), interpolated linearly between neighbours; the mean is the arithmetic mean.',
    `Disclosure control: a cell is published only with data from at least ${facts.minEnterprises} enterprises and when no enterprise employs more than ${facts.maxEnterpriseShare}% of its employees; ` +
      'otherwise a footnote replaces all its figures (pay, employees and enterprises): ' +
      `A ${FOOTNOTE_LABELS[FootnoteCode.TooFewEnterprises].en.toLowerCase()} (${counts.A}), ` +
      `B ${FOOTNOTE_LABELS[FootnoteCode.Dominance].en.toLowerCase()} (${counts.B}), ` +
      `C withheld because the ${facts.regionNameEn} total and the other districts, or the figures of an earlier release subtracted from it, would reveal withheld data (${counts.C}). ` +
      `${enNumber(facts.published)} cells published, ${enNumber(suppressed)} withheld.`,
    'Changes between releases: once a correction is published as a new release, anyone can subtract one release from another, so the changes count as published figures and must pass the same rules. ' +
      `A cell whose change since any earlier release comes from fewer than ${facts.minEnterprises} enterprises or is dominated by one (for instance, one enterprise of a withheld district corrects its data: the ${facts.regionNameEn} total changes while the other districts stay the same), ` +
      'or whose new figures could be combined with earlier ones to recover withheld data, keeps the figures of the earlier release, marked with that release; a cell never published before is withheld under footnote C. ' +
      `Cells keeping earlier figures in this release: ${enNumber(facts.carried)}.`,
    facts.label && facts.publishedAt
      ? `Release: ${facts.label}, published on ${chinaDate(facts.publishedAt)} after review by the ${facts.regionNameEn} human resources and social security bureau. It cannot change; a correction is published as a new release, and every release stays downloadable and comparable.`
      : 'Release: this draft is not published yet; its figures may change in review.',
  ];
  if (facts.description) {
    zhCN.push(`说明：${facts.description}`);
    en.push(`Note (as written by the bureau): ${facts.description}`);
  }
  return { zhCN, en };
}
