import {
  EVALUATION_ELEMENT_LABELS,
  EvaluationReportSection,
  REFERENCE_VARIABLE_SHARE_PERCENT,
} from '@skillpay/domain';
import { indexChange, ruleVerdict, signedPercent } from './evaluation-report-docx';
import { type EvaluationReportFigures } from './evaluation-report-figures';

/**
 * The narrative a new report starts with: each section opens with what was measured, in a
 * sentence the bureau edits; 存在的问题 gathers the open problems the portal already holds.
 * Always Chinese: the sections print into a government document.
 */

/** Where an open problem was read. */
export interface ProblemSource {
  kind: 'report' | 'returned' | 'guidance';
  /** the enterprise, or the guidance activity's title */
  subject: string;
  /** 2026-Q3 for reports, 2026-11-03 for guidance */
  when: string;
  text: string;
}

/**
 * Words that mark a sentence of a narrative as a problem (遇到的问题 in the report's prompt): a
 * report's narrative mixes work done, results, problems and plans, and only the problems belong
 * in 存在的问题. Return comments are problems by nature and are taken whole.
 */
const PROBLEM_WORDS = /问题|困难|难点|不足|尚未|未能|滞后|短板|偏低|阻力|顾虑|缺乏|不够|不到位|不愿/;

/** The most problems prefilled: beyond this the section is a list nobody edits. */
export const MAX_PREFILLED_PROBLEMS = 30;

/** A narrative's sentences (split at 。！？；and line breaks), trimmed, empty ones dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])|\r?\n/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The sentences of a narrative naming a problem. */
export function problemSentences(text: string): string[] {
  return sentences(text).filter((sentence) => PROBLEM_WORDS.test(sentence));
}

const ending = (text: string) => (/[。！？.!?]$/.test(text) ? text : `${text}。`);

/**
 * 存在的问题 as prefilled: an opening line, then one numbered line per problem with where it was
 * read, duplicates once. Worked example: a report narrative "完成岗位评价。部分班组长对津贴标准
 * 有顾虑" gives "1. 某公司（2026-Q3进展报告）：部分班组长对津贴标准有顾虑。"; a return comment
 * "绩效工资占比未填写" gives "2. 某公司（2026-Q3进展报告退回意见）：绩效工资占比未填写。".
 */
export function problemsSection(sources: readonly ProblemSource[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const source of sources) {
    const texts = source.kind === 'returned' ? [source.text.trim()] : problemSentences(source.text);
    for (const text of texts) {
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const where =
        source.kind === 'report'
          ? `${source.when}进展报告`
          : source.kind === 'returned'
            ? `${source.when}进展报告退回意见`
            : `${source.when}服务指导`;
      lines.push(`${source.subject}（${where}）：${ending(text)}`);
    }
  }
  if (lines.length === 0) {
    return '从试点企业进展报告、退回意见和服务指导记录中未发现需要列出的问题。';
  }
  const shown = lines.slice(0, MAX_PREFILLED_PROBLEMS);
  return [
    '从试点企业进展报告、退回意见和服务指导记录中梳理，主要问题有：',
    ...shown.map((line, index) => `${index + 1}. ${line}`),
    ...(lines.length > shown.length ? [`另有${lines.length - shown.length}条，见各企业进展报告。`] : []),
  ].join('\n');
}

const one = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** The opening sentences of the other sections, from the measured figures. */
export function openingSections(
  figures: EvaluationReportFigures,
  problems: string,
  documentNumber: string | null,
): Record<EvaluationReportSection, string> {
  const { adoption, outcomes } = figures;
  const region = figures.regionName;
  const elements = adoption.elements
    .filter((row): row is typeof row & { adoptedPercent: number } => row.adoptedPercent !== null)
    .sort((a, b) => b.adoptedPercent - a.adoptedPercent);
  const leading = elements.slice(0, 3).filter((row) => row.adoptedPercent > 0);
  const lagging = elements
    .slice(-3)
    .reverse()
    .filter((row) => row.adoptedPercent < 100);
  const label = (rows: typeof elements) =>
    rows
      .map((row) => `${EVALUATION_ELEMENT_LABELS[row.element]['zh-CN']}（${one(row.adoptedPercent)}%）`)
      .join('、');
  const results: string[] = [];
  if (adoption.reporting > 0) {
    results.push(
      `试点企业平均采纳指数${one(adoption.meanIndex)}${indexChange(adoption.meanIndexChange)}；采纳比例较高的要素是${label(leading) || '—'}。`,
    );
  }
  if (outcomes.fromYear !== null && outcomes.toYear !== null && outcomes.enterprises > 0) {
    results.push(
      `${outcomes.fromYear}年至${outcomes.toYear}年，高技能人才人均年收入增长${signedPercent(outcomes.highSkillGrowth)}，管理人员增长${signedPercent(outcomes.managementGrowth)}，${ruleVerdict(outcomes.ruleHolds)}。` +
        (outcomes.variableShare.to !== null
          ? `浮动工资占比${one(outcomes.variableShare.to)}%（参考值约${REFERENCE_VARIABLE_SHARE_PERCENT}%）。`
          : ''),
    );
  }
  if (adoption.influenced.recorded > 0) {
    results.push(
      `通过培训和示范班带动非试点企业${adoption.influenced.recorded}家，其中${adoption.influenced.adopting}家已采纳指引要素。`,
    );
  }
  return {
    // the background the bureau completes: the figures follow this section in the document itself
    [EvaluationReportSection.Overview]: `按照${documentNumber ?? '工作方案'}部署，${region}组织开展技能人才薪酬分配指引试点工作，通过服务指导推动试点企业建立符合指引的薪酬分配制度。`,
    [EvaluationReportSection.Measures]:
      adoption.influenced.recorded > 0
        ? `${region}通过服务指导、培训和示范班推进试点，带动非试点企业${adoption.influenced.recorded}家。`
        : `${region}通过服务指导推进试点企业落实技能人才薪酬分配指引。`,
    [EvaluationReportSection.Results]: results.join('\n') || '尚无可测算的成效数据。',
    [EvaluationReportSection.Problems]: problems,
    [EvaluationReportSection.NextSteps]: lagging.length
      ? `针对${label(lagging)}等采纳比例较低的要素，安排下一轮服务指导。`
      : '巩固试点成果，向其他行业、地区和中小民营企业推广。',
  };
}
