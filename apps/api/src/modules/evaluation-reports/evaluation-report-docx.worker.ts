import { evaluationReportDocx } from './evaluation-report-docx';
import { type EvaluationReportDocxInput } from './evaluation-report-figures';

/**
 * Runs in a worker thread of the report pool (EvaluationReportDocxPool): renders the charts
 * (ECharts → SVG → PNG) and builds the 评估报告 of one version. Nothing here may import Nest or the
 * API's modules: the thread loads only this file, the document and chart builders, docx, echarts,
 * resvg and Node.
 */
export default async function buildEvaluationReportDocx(
  input: EvaluationReportDocxInput,
): Promise<Uint8Array> {
  const buffer = await evaluationReportDocx(input);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
