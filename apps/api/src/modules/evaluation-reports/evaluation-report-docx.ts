import {
  DEMONSTRATION_UNIT_KIND_LABELS,
  EVALUATION_ELEMENT_LABELS,
  EVALUATION_REPORT_SECTION_LABELS,
  EvaluationReportSection,
  REFERENCE_VARIABLE_SHARE_PERCENT,
  SKILL_LEVEL_LABELS,
} from '@skillpay/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { adoptionChart, CHART_SIZE, levelChart, scatterChart } from './evaluation-report-charts';
import {
  type EvaluationDistrictSummary,
  type EvaluationReportDocxInput,
  type EvaluationReportFigures,
} from './evaluation-report-figures';

/**
 * 评估报告 as a Word document in the layout of Chinese official documents (GB/T 9704-2012 党政机关
 * 公文格式): A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; the title in 2号小标宋,
 * the body in 3号仿宋 at a fixed 28 pt line, level-1 headings "一、" in 3号黑体, level-2 "（一）" in
 * 3号楷体; page numbers "— 1 —" in 4号 at the bottom, on the outer side (odd pages right, even
 * pages left, one character in). Always Chinese: it is a government document, whatever the
 * language of the portal's user who generates it. Plain data in, bytes out: it runs in a worker
 * thread (evaluation-report-docx.worker.ts), so nothing here may import Nest or the API.
 */

// ---- GB/T 9704 measures ----

/** 1 mm in twips (1/20 pt): 1 mm = 72 / 25.4 pt. */
const mm = (value: number) => Math.round((value * 72 * 20) / 25.4);

export const PAGE_MARGINS = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
/** A4 in twips */
const A4 = { width: 11906, height: 16838 };

/** Chinese point sizes (字号) in half-points, as docx sizes runs. */
const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24 } as const;

/** fixed 28 pt lines (GB/T 9704 7.1: 22 lines a page), twips */
const LINE = 560;
/** two characters of 3号 (16 pt) */
const INDENT = 640;

/** The fonts, by role; `FONT_TABLE` names what each falls back to where it is not installed. */
const FONT = {
  title: '方正小标宋简体',
  body: '仿宋',
  heading1: '黑体',
  heading2: '楷体',
  number: '宋体',
  latin: 'Times New Roman',
} as const;

const run = (eastAsia: string) => ({ ascii: FONT.latin, hAnsi: FONT.latin, eastAsia });

/**
 * word/fontTable.xml: the fonts the document uses with their alternate names, so a machine
 * without 方正小标宋简体 (not shipped with Windows) sets the title in 宋体, and 仿宋/楷体/黑体 are
 * found under their English names (FangSong, KaiTi, SimHei) on systems that list them so. The
 * docx library writes only embedded fonts into the table, so the table is written here.
 */
const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
${[
  { name: FONT.title, alt: '宋体', panose: '02010601030101010101', family: 'script' },
  { name: '宋体', alt: 'SimSun', panose: '02010600030101010101', family: 'auto' },
  { name: FONT.body, alt: 'FangSong', panose: '02010609060101010101', family: 'modern' },
  { name: '仿宋_GB2312', alt: '仿宋', panose: '02010609030101010101', family: 'modern' },
  { name: FONT.heading1, alt: 'SimHei', panose: '02010609060101010101', family: 'modern' },
  { name: FONT.heading2, alt: 'KaiTi', panose: '02010609060101010101', family: 'modern' },
  { name: FONT.latin, alt: null, panose: '02020603050405020304', family: 'roman' },
]
  .map(
    (font) =>
      `  <w:font w:name="${font.name}">${font.alt ? `<w:altName w:val="${font.alt}"/>` : ''}` +
      `<w:panose1 w:val="${font.panose}"/><w:charset w:val="${font.name === FONT.latin ? '00' : '86'}"/>` +
      `<w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`,
  )
  .join('\n')}
</w:fonts>`;

// ---- numbers as printed ----

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二 (up to 99). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

/** 104800 → 104,800 (whole yuan) */
export function yuan(value: number | null): string {
  return value === null ? '—' : Math.round(value).toLocaleString('en-US');
}

/** 4.8 → +4.80%, -1 → -1.00% */
export function signedPercent(value: number | null): string {
  if (value === null) return '—';
  return `${value > 0 ? '+' : ''}${value.toFixed(2)}%`;
}

const decimal = (value: number | null, digits = 1) => (value === null ? '—' : value.toFixed(digits));

/** The central opinions' rule as a verdict sentence. */
export function ruleVerdict(holds: boolean | null): string {
  if (holds === null) return '数据不足，无法判断';
  return holds ? '符合（高技能人才薪酬增长不低于管理人员）' : '不符合（高技能人才薪酬增长低于管理人员）';
}

// ---- building blocks ----

function bodyParagraph(text: string, options: { indent?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: INDENT },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: run(FONT.body), size: SIZE.san, bold: options.bold })],
  });
}

/** A narrative as typed: one paragraph per line, blank lines dropped. */
function prose(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => bodyParagraph(line));
}

function heading1(ordinal: number, text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: INDENT },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    keepNext: true,
    children: [
      new TextRun({ text: `${chineseOrdinal(ordinal)}、${text}`, font: run(FONT.heading1), size: SIZE.san }),
    ],
  });
}

function heading2(ordinal: number, text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: INDENT },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    keepNext: true,
    children: [
      new TextRun({
        text: `（${chineseOrdinal(ordinal)}）${text}`,
        font: run(FONT.heading2),
        size: SIZE.san,
      }),
    ],
  });
}

function centred(
  text: string,
  font: string,
  size: number,
  spacing: { before?: number; after?: number } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, ...spacing },
    children: [new TextRun({ text, font: run(font), size })],
  });
}

/** A table's caption above it: 表1 … in 4号黑体. */
function caption(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 60, line: 360, lineRule: LineRuleType.AT_LEAST },
    children: [new TextRun({ text, font: run(FONT.heading1), size: SIZE.si })],
  });
}

function tableCell(text: string, header: boolean, align: 'left' | 'right' | 'center'): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment:
          align === 'right'
            ? AlignmentType.RIGHT
            : align === 'center'
              ? AlignmentType.CENTER
              : AlignmentType.LEFT,
        spacing: { line: 320, lineRule: LineRuleType.AT_LEAST },
        children: [new TextRun({ text, font: run(header ? FONT.heading1 : FONT.body), size: SIZE.xiaosi })],
      }),
    ],
  });
}

/**
 * A table in 小四: a header row (repeated on each page), the first `textColumns` columns left, the
 * figures right. `widths`: twips, summing to about the text width (8,845).
 */
function table(header: string[], rows: string[][], widths: number[], textColumns = 1): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((text) => tableCell(text, true, 'center')),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, index) =>
              tableCell(text, false, index < textColumns ? 'left' : 'right'),
            ),
          }),
      ),
    ],
  });
}

/** Space after a table (a paragraph, since Word puts the next paragraph right under it). */
const gap = () =>
  new Paragraph({ spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO }, children: [] });

/** A chart at its size in the text, centred, on automatic line spacing (a fixed line would clip it). */
function chart(png: Buffer, height = CHART_SIZE.height): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: false,
    spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    children: [new ImageRun({ type: 'png', data: png, transformation: { width: CHART_SIZE.width, height } })],
  });
}

type Block = Paragraph | Table;

// ---- the parts ----

/** （较上期提高3.5） */
export function indexChange(change: number | null): string {
  if (change === null) return '';
  if (change === 0) return '（与上期持平）';
  return `（较上期${change > 0 ? '提高' : '下降'}${Math.abs(change).toFixed(1)}）`;
}

/** The opening sentence of the figures: what the evaluation measured. */
export function summarySentence(figures: EvaluationReportFigures): string {
  const { adoption, outcomes } = figures;
  const parts = [
    `${figures.regionName}共有试点企业${adoption.pilots}家，其中${adoption.reporting}家的进展报告已审核通过`,
  ];
  if (adoption.meanIndex !== null) {
    parts.push(`平均采纳指数${decimal(adoption.meanIndex)}${indexChange(adoption.meanIndexChange)}`);
  }
  if (adoption.influenced.recorded > 0) {
    parts.push(
      `带动非试点企业${adoption.influenced.recorded}家，其中${adoption.influenced.adopting}家已采纳指引要素`,
    );
  }
  if (outcomes.fromYear !== null && outcomes.toYear !== null && outcomes.enterprises > 0) {
    parts.push(
      `据${outcomes.enterprises}家企业${outcomes.fromYear}年、${outcomes.toYear}年工资数据测算，高技能人才人均年收入增长${signedPercent(outcomes.highSkillGrowth)}，管理人员增长${signedPercent(outcomes.managementGrowth)}，${ruleVerdict(outcomes.ruleHolds).replace(/（.*）/, '')}“高技能人才薪酬增长不低于管理人员”的要求`,
    );
  }
  return `${parts.join('；')}。`;
}

function summaryTable(figures: EvaluationReportFigures): Table {
  const { adoption, outcomes } = figures;
  const years =
    outcomes.fromYear !== null && outcomes.toYear !== null ? `${outcomes.fromYear}→${outcomes.toYear}` : '—';
  const rows: string[][] = [
    ['试点企业', `${adoption.pilots} 家`],
    ['进展报告审核通过的试点企业', `${adoption.reporting} 家`],
    ['平均采纳指数（0—100）', `${decimal(adoption.meanIndex)}${indexChange(adoption.meanIndexChange)}`],
    [
      '培训和示范班覆盖的非试点企业 / 登记带动 / 其中已采纳',
      `${adoption.influenced.reached} 家 / ${adoption.influenced.recorded} 家 / ${adoption.influenced.adopting} 家`,
    ],
    [`有连续两年工资数据的企业（${years}）`, `${outcomes.enterprises} 家`],
    ['高技能人才人均年收入增长', signedPercent(outcomes.highSkillGrowth)],
    ['管理人员人均年收入增长', signedPercent(outcomes.managementGrowth)],
    ['高技能人才薪酬增长不低于管理人员', ruleVerdict(outcomes.ruleHolds).replace(/（.*）/, '')],
  ];
  return table(['指标', '数值'], rows, [4800, 4045]);
}

function adoptionBlocks(figures: EvaluationReportFigures, fontFile: string, tables: { n: number }): Block[] {
  const { adoption } = figures;
  const blocks: Block[] = [];
  blocks.push(
    bodyParagraph(
      adoption.reporting === 0
        ? '本期尚无审核通过的进展报告，暂无法测算指引要素采纳情况。'
        : `按最近一期审核通过的进展报告，${adoption.reporting}家试点企业各项指引要素的采纳情况如下（“推进中”的要素按半项计入采纳指数，不计入采纳比例）。`,
    ),
  );
  if (adoption.reporting > 0) {
    blocks.push(
      caption(`表${++tables.n}  指引要素采纳情况`),
      table(
        ['指引要素', '指引条款', '采纳比例', '较上期变化'],
        adoption.elements.map((row) => [
          EVALUATION_ELEMENT_LABELS[row.element]['zh-CN'],
          `第${EVALUATION_ELEMENT_LABELS[row.element].articles}条`,
          row.adoptedPercent === null ? '—' : `${decimal(row.adoptedPercent)}%`,
          row.changePoints === null
            ? '—'
            : `${row.changePoints > 0 ? '+' : ''}${decimal(row.changePoints)}个百分点`,
        ]),
        [2845, 1800, 1800, 2400],
        2,
      ),
    );
    const png = adoptionChart(figures, fontFile);
    if (png) blocks.push(chart(png, 360));
    blocks.push(
      caption(`表${++tables.n}  采纳指数分布`),
      table(
        ['采纳指数', ...adoption.bands.map((band) => `${band.lower}—${band.upper}`)],
        [['试点企业（家）', ...adoption.bands.map((band) => String(band.count))]],
        [2345, ...adoption.bands.map(() => Math.floor(6500 / Math.max(1, adoption.bands.length)))],
      ),
      gap(),
    );
  }
  if (figures.scope === 'city' && adoption.districts.length > 0) {
    blocks.push(
      caption(`表${++tables.n}  各区市试点企业采纳情况`),
      table(
        ['区市', '试点企业（家）', '审核通过（家）', '平均采纳指数'],
        adoption.districts.map((row) => [
          row.regionName,
          String(row.pilots),
          String(row.reporting),
          decimal(row.meanIndex),
        ]),
        [2845, 2000, 2000, 2000],
      ),
      gap(),
    );
  }
  return blocks;
}

function outcomeBlocks(figures: EvaluationReportFigures, fontFile: string, tables: { n: number }): Block[] {
  const { outcomes } = figures;
  if (outcomes.fromYear === null || outcomes.toYear === null || outcomes.enterprises === 0) {
    return [bodyParagraph('尚无企业上传连续两年的工资数据，暂无法测算薪酬变化。')];
  }
  const { fromYear, toYear } = outcomes;
  const blocks: Block[] = [
    bodyParagraph(
      `据${outcomes.enterprises}家企业上传的${fromYear}年、${toYear}年职工工资数据（年化，仅使用汇总数据），技能人才人均年收入按技能等级变化如下；样本不足的单元格按数据发布规则不予公布。`,
    ),
    caption(`表${++tables.n}  技能人才人均年收入（元）`),
    table(
      ['技能等级', `${fromYear}年`, `${toYear}年`, '增长'],
      outcomes.levels.map((row) => {
        const mean = (value: number | null) =>
          value === null && row.withheldReason ? '不予公布' : yuan(value);
        return [
          SKILL_LEVEL_LABELS[row.level]['zh-CN'],
          mean(row.fromMean),
          mean(row.toMean),
          row.growthPercent === null && row.withheldReason
            ? row.withheldReason
            : signedPercent(row.growthPercent),
        ];
      }),
      [2845, 2000, 2000, 2000],
    ),
  ];
  const png = levelChart(figures, fontFile);
  if (png) blocks.push(chart(png));
  blocks.push(
    caption(`表${++tables.n}  薪酬结构主要指标`),
    table(
      ['指标', '试点企业', '非试点企业'],
      [
        [
          '企业数',
          `${outcomes.enterprises} 家`,
          outcomes.nonPilots ? `${outcomes.nonPilots.enterprises} 家` : '—',
        ],
        [
          `高技能人才人均年收入增长（${fromYear}→${toYear}）`,
          signedPercent(outcomes.highSkillGrowth),
          signedPercent(outcomes.nonPilots?.highSkillGrowth ?? null),
        ],
        [
          `管理人员人均年收入增长（${fromYear}→${toYear}）`,
          signedPercent(outcomes.managementGrowth),
          signedPercent(outcomes.nonPilots?.managementGrowth ?? null),
        ],
        [`薪酬级差（${toYear}年，最高技能等级÷初级工）`, decimal(outcomes.spread, 2), '—'],
        [
          `浮动工资占比（${fromYear}→${toYear}，参考值约${REFERENCE_VARIABLE_SHARE_PERCENT}%）`,
          `${outcomes.variableShare.from === null ? '—' : `${decimal(outcomes.variableShare.from)}%`} → ${
            outcomes.variableShare.to === null ? '—' : `${decimal(outcomes.variableShare.to)}%`
          }`,
          '—',
        ],
      ],
      [4645, 2100, 2100],
    ),
    gap(),
    bodyParagraph(
      `对照《关于提高技术工人待遇的意见》（中办发〔2018〕16号）“高技能人才人均工资增幅不低于本单位管理人员人均工资增幅”的要求：${ruleVerdict(outcomes.ruleHolds)}。` +
        (outcomes.declaredDiffers > 0
          ? `另有${outcomes.declaredDiffers}家企业进展报告中填报的增幅与工资数据测算结果不一致，已列入下一步核实。`
          : ''),
    ),
  );
  return blocks;
}

function demonstrationBlocks(figures: EvaluationReportFigures, tables: { n: number }): Block[] {
  if (figures.demonstrationUnits.length === 0) return [bodyParagraph('本次评估尚未确定示范企业和典型区市。')];
  return [
    caption(`表${++tables.n}  示范企业和典型区市`),
    table(
      ['类别', '名称', '确定理由'],
      figures.demonstrationUnits.map((unit) => [
        DEMONSTRATION_UNIT_KIND_LABELS[unit.kind]['zh-CN'],
        unit.name,
        unit.reason,
      ]),
      [1500, 2600, 4745],
      3,
    ),
    gap(),
  ];
}

function districtBlocks(districts: EvaluationDistrictSummary[], pending: string[]): Block[] {
  const blocks: Block[] = [];
  districts.forEach((district, index) => {
    blocks.push(heading2(index + 1, district.regionName));
    blocks.push(
      bodyParagraph(
        `${district.regionName}于${district.submittedOn}报送评估报告（第${district.versionNo}版）。${summarySentence(district.figures)}`,
      ),
    );
    if (district.results.trim()) {
      blocks.push(bodyParagraph('取得成效：', { bold: true }), ...prose(district.results));
    }
    if (district.problems.trim()) {
      blocks.push(bodyParagraph('存在的问题：', { bold: true }), ...prose(district.problems));
    }
  });
  if (pending.length > 0)
    blocks.push(bodyParagraph(`截至本报告生成时，${pending.join('、')}尚未报送评估报告。`));
  if (districts.length === 0 && pending.length === 0) blocks.push(bodyParagraph('尚无区市报送评估报告。'));
  return blocks;
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // one character of 4号 in from the edge (GB/T 9704 7.5)
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: run(FONT.number), size: SIZE.si }),
        ],
      }),
    ],
  });
}

export function evaluationReportDocument(input: EvaluationReportDocxInput): Document {
  const { figures, sections } = input;
  const title = `${input.programmeTitle}评估报告`;
  const cover: Block[] = [
    new Paragraph({ spacing: { before: 2800 }, children: [] }),
    centred(input.programmeTitle, FONT.title, SIZE.er, { after: 240 }),
    centred('评估报告', FONT.title, SIZE.er, { after: 480 }),
  ];
  if (input.documentNumber) cover.push(centred(`（依据${input.documentNumber}）`, FONT.heading2, SIZE.san));
  cover.push(
    new Paragraph({ spacing: { before: 4200 }, children: [] }),
    centred(input.bureauName, FONT.body, SIZE.san),
    centred(input.dateLine, FONT.body, SIZE.san),
  );

  const tables = { n: 0 };
  const section = (key: EvaluationReportSection) => EVALUATION_REPORT_SECTION_LABELS[key]['zh-CN'];
  const body: Block[] = [centred(title, FONT.title, SIZE.er, { after: LINE })];
  let ordinal = 0;
  body.push(heading1(++ordinal, section(EvaluationReportSection.Overview)), ...prose(sections.overview));
  body.push(
    bodyParagraph(summarySentence(figures)),
    caption(`表${++tables.n}  主要数据`),
    summaryTable(figures),
    gap(),
  );
  body.push(heading1(++ordinal, section(EvaluationReportSection.Measures)), ...prose(sections.measures));
  body.push(heading1(++ordinal, section(EvaluationReportSection.Results)), ...prose(sections.results));
  let sub = 0;
  body.push(heading2(++sub, '指引要素采纳情况'), ...adoptionBlocks(figures, input.fontFile, tables));
  body.push(heading2(++sub, '技能人才薪酬变化'), ...outcomeBlocks(figures, input.fontFile, tables));
  if (figures.scope === 'city') {
    const png = scatterChart(figures, input.fontFile);
    if (png) {
      body.push(
        heading2(sub + 1, '采纳程度与薪酬增长'),
        bodyParagraph('每一点代表一家同时有采纳指数和高技能人才薪酬增长测算结果的试点企业（不列企业名称）。'),
        chart(png),
      );
    }
  }
  body.push(heading1(++ordinal, '示范企业和典型区市'), ...demonstrationBlocks(figures, tables));
  if (figures.scope === 'city') {
    body.push(
      heading1(++ordinal, '各区市评估情况'),
      ...districtBlocks(input.districts, input.pendingDistricts),
    );
  }
  body.push(heading1(++ordinal, section(EvaluationReportSection.Problems)), ...prose(sections.problems));
  body.push(heading1(ordinal + 1, section(EvaluationReportSection.NextSteps)), ...prose(sections.nextSteps));

  const page = { size: A4, margin: { ...PAGE_MARGINS, header: mm(15), footer: mm(23) } };
  return new Document({
    creator: input.bureauName,
    title,
    description: `第${input.versionNo}版`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: run(FONT.body), size: SIZE.san },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      { properties: { page }, children: cover },
      {
        properties: { page: { ...page, pageNumbers: { start: 1 } } },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: body,
      },
    ],
  });
}

/** The document's bytes (a .docx zip), with the font table of GB/T 9704's fonts and their fallbacks. */
export async function evaluationReportDocx(input: EvaluationReportDocxInput): Promise<Buffer> {
  return Packer.toBuffer(evaluationReportDocument(input), false, [
    { path: 'word/fontTable.xml', data: FONT_TABLE },
  ]);
}
