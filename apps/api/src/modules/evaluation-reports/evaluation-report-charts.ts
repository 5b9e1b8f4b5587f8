import { Resvg } from '@resvg/resvg-js';
import { EVALUATION_ELEMENT_LABELS, SKILL_LEVEL_LABELS } from '@skillpay/domain';
import * as echarts from 'echarts';
import { existsSync } from 'node:fs';
import { type EvaluationReportFigures } from './evaluation-report-figures';

/**
 * The report's charts as PNG images, rendered on the server: ECharts draws each chart to an SVG
 * string (server-side rendering, no DOM), resvg rasterises it with a CJK font loaded from a file
 * (the machine's fonts are not scanned, so the output does not depend on what else is installed).
 * Runs in the document thread; nothing here may import Nest.
 */

/** The font family fonts-noto-cjk's Sans collection registers for simplified Chinese. */
export const CHART_FONT_FAMILY = 'Noto Sans CJK SC';

/** Where fonts-noto-cjk (Debian/Ubuntu) and the Noto CJK packages of other distributions put the Sans collection. */
export const CJK_FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc',
];

/** The CJK font file: the configured one if given (it must exist), else the first of the candidates present. */
export function locateCjkFont(configured?: string): string | null {
  if (configured) return existsSync(configured) ? configured : null;
  return CJK_FONT_CANDIDATES.find((file) => existsSync(file)) ?? null;
}

/** Chart size in CSS pixels (the document shows it at this size; the PNG has twice the pixels). */
export interface ChartSize {
  width: number;
  height: number;
}

export const CHART_SIZE: ChartSize = { width: 560, height: 300 };
const SCALE = 2;

const COLOURS = ['#8C8C8C', '#C00000', '#1F4E79', '#D48806'];

function render(option: echarts.EChartsOption, size: ChartSize, fontFile: string): Buffer {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  chart.setOption({
    animation: false,
    backgroundColor: '#FFFFFF',
    color: COLOURS,
    textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12, color: '#262626' },
    ...option,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const resvg = new Resvg(svg, {
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
    fitTo: { mode: 'width', value: size.width * SCALE },
    background: '#FFFFFF',
  });
  return Buffer.from(resvg.render().asPng());
}

/** 五级/初级工 → 初级工: the short name fits under a bar. */
function shortLevel(label: string): string {
  return label.includes('/') ? label.split('/')[1] : label;
}

/**
 * Mean annualised pay per skill level before and after (grouped bars, yuan). Levels whose means
 * are both withheld or empty are left out; null when no level has a figure.
 */
export function levelChart(figures: EvaluationReportFigures, fontFile: string): Buffer | null {
  const { outcomes } = figures;
  const levels = outcomes.levels.filter((row) => row.fromMean !== null || row.toMean !== null);
  if (levels.length === 0 || outcomes.fromYear === null || outcomes.toYear === null) return null;
  return render(
    {
      title: {
        text: '技能人才人均年收入（按技能等级，元）',
        left: 'center',
        textStyle: { fontSize: 14, fontWeight: 'normal' },
      },
      legend: { bottom: 0 },
      grid: { left: 70, right: 20, top: 40, bottom: 60 },
      xAxis: {
        type: 'category',
        data: levels.map((row) => shortLevel(SKILL_LEVEL_LABELS[row.level]['zh-CN'])),
        axisLabel: { interval: 0 },
      },
      yAxis: { type: 'value' },
      series: [
        { name: `${outcomes.fromYear}年`, type: 'bar', data: levels.map((row) => row.fromMean) },
        { name: `${outcomes.toYear}年`, type: 'bar', data: levels.map((row) => row.toMean) },
      ],
    },
    CHART_SIZE,
    fontFile,
  );
}

/** Share of reporting pilots adopting each element (horizontal bars, percent); null without reports. */
export function adoptionChart(figures: EvaluationReportFigures, fontFile: string): Buffer | null {
  const elements = figures.adoption.elements;
  if (figures.adoption.reporting === 0 || elements.length === 0) return null;
  // the guideline's first element on top: a category axis draws its first entry at the bottom
  const rows = [...elements].reverse();
  return render(
    {
      title: {
        text: '试点企业各要素采纳比例（%）',
        left: 'center',
        textStyle: { fontSize: 14, fontWeight: 'normal' },
      },
      grid: { left: 130, right: 50, top: 40, bottom: 30 },
      xAxis: { type: 'value', max: 100 },
      yAxis: {
        type: 'category',
        data: rows.map((row) => EVALUATION_ELEMENT_LABELS[row.element]['zh-CN']),
        axisLabel: { interval: 0 },
      },
      series: [
        {
          type: 'bar',
          data: rows.map((row) => row.adoptedPercent ?? 0),
          itemStyle: { color: '#1F4E79' },
          label: { show: true, position: 'right', fontSize: 10, formatter: '{c}%' },
        },
      ],
    },
    { width: CHART_SIZE.width, height: 360 },
    fontFile,
  );
}

/**
 * Adoption index against measured high-skill growth, one point per pilot (the city's report);
 * null with fewer than two points.
 */
export function scatterChart(figures: EvaluationReportFigures, fontFile: string): Buffer | null {
  if (figures.scatter.length < 2) return null;
  return render(
    {
      title: {
        text: '采纳指数与高技能人才薪酬增长',
        left: 'center',
        textStyle: { fontSize: 14, fontWeight: 'normal' },
      },
      grid: { left: 60, right: 30, top: 40, bottom: 50 },
      xAxis: {
        type: 'value',
        name: '采纳指数',
        nameLocation: 'middle',
        nameGap: 28,
        min: 0,
        max: 100,
      },
      yAxis: { type: 'value', name: '增长（%）', nameLocation: 'end' },
      series: [
        {
          type: 'scatter',
          symbolSize: 9,
          itemStyle: { color: '#C00000' },
          data: figures.scatter.map((point) => [point.index, point.highSkillGrowth]),
        },
      ],
    },
    CHART_SIZE,
    fontFile,
  );
}
