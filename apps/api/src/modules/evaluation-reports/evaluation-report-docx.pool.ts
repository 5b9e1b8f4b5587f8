import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../common/config/app-config';
import { ParseFailure, ParsePool, workerFile } from '../../common/xlsx/xlsx-thread-pool';
import { CJK_FONT_CANDIDATES, locateCjkFont } from './evaluation-report-charts';
import { type EvaluationReportDocxInput } from './evaluation-report-figures';
import { EvaluationReportException } from './evaluation-report.exception';

/**
 * One generation's bounds: the charts (ECharts, resvg with a 20 MB font collection) and the
 * document take well under two seconds; resvg's memory lies outside the thread's heap.
 */
const DOCX_LIMITS = { maxThreads: 1, maxQueue: 8, maxHeapMb: 384, timeoutMs: 60_000 };

/**
 * Builds 评估报告 documents off the API's event loop, in a worker thread bounded in heap and time
 * (the pool of the xlsx imports and of 案例汇编). Versions are stored as generated, so nothing is
 * cached here. The CJK font the charts need is looked for at start: production refuses to start
 * without it, elsewhere generation answers 503 naming the missing package.
 */
@Injectable()
export class EvaluationReportDocxPool implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(EvaluationReportDocxPool.name);
  private pool?: ParsePool<EvaluationReportDocxInput, Uint8Array>;
  private fontFile: string | null = null;

  constructor(private readonly config: AppConfig) {}

  onModuleInit(): void {
    this.fontFile = locateCjkFont(this.config.reportFontFile);
    if (this.fontFile) return;
    const where = this.config.reportFontFile
      ? `REPORT_FONT_FILE (${this.config.reportFontFile}) does not exist`
      : `none of ${CJK_FONT_CANDIDATES.join(', ')} exists`;
    const message = `The evaluation reports' charts need a CJK font: ${where}. Install fonts-noto-cjk or set REPORT_FONT_FILE.`;
    if (this.config.isProduction) throw new Error(message);
    this.logger.warn(message);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
  }

  /** The font file the charts are drawn with; 503 without one. */
  font(): string {
    if (!this.fontFile) throw new EvaluationReportException('evaluation_font_missing');
    return this.fontFile;
  }

  /** The document of `input`. A full queue answers 503. */
  async build(input: EvaluationReportDocxInput): Promise<Buffer> {
    // started on first use: the API's other requests never pay for a thread they do not need
    this.pool ??= new ParsePool({
      filename: workerFile(__dirname, 'evaluation-report-docx.worker'),
      ...DOCX_LIMITS,
    });
    let bytes: Uint8Array;
    try {
      bytes = await this.pool.run(input);
    } catch (error) {
      if (error instanceof ParseFailure && error.kind === 'busy') {
        throw new EvaluationReportException('evaluation_docx_busy');
      }
      throw error;
    }
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}
