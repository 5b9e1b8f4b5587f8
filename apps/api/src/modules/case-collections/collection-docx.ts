import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * 案例汇编: an edition as a Word document — a cover, a table of contents, the foreword, and a
 * section per case with its enterprise, the guideline articles it illustrates, the editor's note,
 * background, measures, and its results as a figures table. Plain data in, bytes out: it runs in
 * a worker thread (collection-docx.worker.ts), so nothing here may import Nest or the API.
 */
export interface CollectionDocxInput {
  /** e.g. 曲靖市 */
  cityName: string;
  /** e.g. 2026年第1辑 */
  title: string;
  foreword: string;
  /** 2026年12月7日, or null for a draft */
  publishedOn: string | null;
  /** the edition this one corrects, e.g. 2026年第1辑 (2026年3月1日) */
  corrects: string | null;
  cases: CollectionDocxCase[];
}

export interface CollectionDocxCase {
  title: string;
  enterpriseName: string;
  /** 曲靖市 · 制造业 · 大型 · 国有 */
  enterpriseLine: string;
  /** 第20条、第25条（岗位工资；绩效工资） */
  articlesLine: string;
  editorNote: string;
  background: string;
  measures: string;
  results: Array<{
    indicator: string;
    before: string;
    after: string;
    unit: string;
    period: string;
  }>;
  resultsNarrative: string;
  wageOutcome: {
    caption: string;
    rows: Array<{ level: string; from: string; to: string; change: string }>;
  } | null;
}

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
/** half-points */
const BODY_SIZE = 24;

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

/** Paragraphs of a text as typed: one per line, blank lines dropped, first line indented. */
function prose(text: string): Paragraph[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.map(
    (line) =>
      new Paragraph({
        children: [new TextRun(line)],
        indent: { firstLine: 480 },
        spacing: { after: 120, line: 360 },
      }),
  );
}

function subheading(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [new TextRun({ text, font: HEADING_FONT })],
    spacing: { before: 240, after: 120 },
  });
}

function cell(text: string, options: { header?: boolean; align?: 'left' | 'right' } = {}): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header, size: 21 })],
      }),
    ],
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF7' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** `widths`: the columns' shares of the text width (twips, a page's text is about 9,000 wide). */
function table(header: string[], rows: string[][], rightFrom: number, widths: number[]): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, { header: true })) }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: row.map((text, index) =>
              cell(text, { align: index >= rightFrom && index < rightFrom + 2 ? 'right' : 'left' }),
            ),
          }),
      ),
    ],
  });
}

function caseSection(entry: CollectionDocxCase, index: number): Array<Paragraph | Table> {
  const anchor = `case-${index + 1}`;
  const blocks: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      spacing: { after: 200 },
      children: [
        new Bookmark({
          id: anchor,
          children: [
            new TextRun({ text: `案例${chineseNumber(index + 1)}  ${entry.title}`, font: HEADING_FONT }),
          ],
        }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({ text: entry.enterpriseName, bold: true }),
        new TextRun(`\u3000${entry.enterpriseLine}`),
      ],
      spacing: { after: 80 },
    }),
    new Paragraph({
      children: [new TextRun({ text: '涉及指引条款：', bold: true }), new TextRun(entry.articlesLine)],
      spacing: { after: 160 },
    }),
  ];
  if (entry.editorNote.trim()) {
    blocks.push(
      new Paragraph({
        children: [
          new TextRun({ text: '编者按：', bold: true }),
          new TextRun({ text: entry.editorNote.trim(), italics: true }),
        ],
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '1F4E79', space: 8 } },
        spacing: { after: 200 },
      }),
    );
  }
  blocks.push(subheading('一、背景与问题'), ...prose(entry.background));
  blocks.push(subheading('二、主要做法'), ...prose(entry.measures));
  blocks.push(subheading('三、取得成效'));
  if (entry.results.length > 0) {
    blocks.push(
      table(
        ['指标', '改革前', '改革后', '单位', '对比期间'],
        entry.results.map((figure) => [
          figure.indicator,
          figure.before,
          figure.after,
          figure.unit,
          figure.period,
        ]),
        1,
        [3400, 1300, 1300, 1100, 1900],
      ),
      new Paragraph({ spacing: { after: 120 }, children: [] }),
    );
  }
  blocks.push(...prose(entry.resultsNarrative));
  if (entry.wageOutcome) {
    blocks.push(
      new Paragraph({
        children: [new TextRun({ text: entry.wageOutcome.caption, bold: true })],
        spacing: { before: 160, after: 80 },
      }),
      table(
        ['技能等级', '前一年人均年收入', '后一年人均年收入', '变化'],
        entry.wageOutcome.rows.map((row) => [row.level, row.from, row.to, row.change]),
        1,
        [2600, 2300, 2300, 1800],
      ),
    );
  }
  return blocks;
}

export function collectionDocument(input: CollectionDocxInput): Document {
  const cover: Paragraph[] = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${input.cityName}技能人才薪酬分配`, font: HEADING_FONT, size: 44 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 600 },
      children: [new TextRun({ text: '典型案例精选', font: HEADING_FONT, size: 56, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 1800 },
      children: [new TextRun({ text: input.title, size: 36 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: `${input.cityName}人力资源和社会保障局`, size: 30 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: input.publishedOn ?? '（草稿，未刊发）', size: 28 })],
    }),
  ];
  if (input.corrects) {
    cover.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 400 },
        children: [new TextRun({ text: `本辑为《${input.corrects}》的更正版，以本辑为准。`, size: 24 })],
      }),
    );
  }
  const contents: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      spacing: { after: 400 },
      children: [new TextRun({ text: '目\u3000录', font: HEADING_FONT, size: 36 })],
    }),
    ...input.cases.map(
      (entry, index) =>
        new Paragraph({
          spacing: { after: 160 },
          children: [
            new InternalHyperlink({
              anchor: `case-${index + 1}`,
              children: [new TextRun({ text: `案例${chineseNumber(index + 1)}\u3000${entry.title}` })],
            }),
            new TextRun({ text: `（${entry.enterpriseName}）`, color: '595959' }),
          ],
        }),
    ),
  ];
  const foreword: Paragraph[] = input.foreword.trim()
    ? [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          alignment: AlignmentType.CENTER,
          pageBreakBefore: true,
          spacing: { after: 300 },
          children: [new TextRun({ text: '前\u3000言', font: HEADING_FONT })],
        }),
        ...prose(input.foreword),
      ]
    : [];
  return new Document({
    creator: `${input.cityName}人力资源和社会保障局`,
    title: `${input.cityName}技能人才薪酬分配典型案例精选 ${input.title}`,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: BODY_SIZE } },
        heading1: { run: { font: HEADING_FONT, size: 32, bold: true, color: '1F1F1F' } },
        heading2: { run: { font: HEADING_FONT, size: 26, bold: true, color: '1F1F1F' } },
        title: { run: { font: HEADING_FONT, size: 36, color: '1F1F1F' } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 20 })],
              }),
            ],
          }),
        },
        children: [
          ...cover,
          ...contents,
          ...foreword,
          ...input.cases.flatMap((entry, index) => caseSection(entry, index)),
        ],
      },
    ],
  });
}

/** The document's bytes (a .docx zip). */
export async function collectionDocx(input: CollectionDocxInput): Promise<Buffer> {
  return Packer.toBuffer(collectionDocument(input));
}
