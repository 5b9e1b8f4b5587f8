import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type Readable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import { AppConfig } from '../../../common/config/app-config';
import { ParseFailure, ParsePool, workerFile } from '../../../common/xlsx/xlsx-thread-pool';
import { type ReadWageFileMessage, type ReadWageFileTask } from './read-wage-file.worker';
import { fileError, type RawWageRow, type ReadWageRowsOptions, WageFileProblem } from './read-wage-rows';

/**
 * The wage worker reads each file in a worker thread of its own (one per concurrent job), bounded
 * in heap (WAGE_PARSE_MAX_HEAP_MB) and time (WAGE_PARSE_TIMEOUT_MS): a file that needs more is
 * refused with its own message (`wage_file_too_complex`, `wage_file_too_slow`) like any unusable
 * file — stored once as rejected, not retried — the thread is terminated, and the worker process
 * and its other jobs carry on. An idle thread ends after a few seconds, and its memory with it.
 */
@Injectable()
export class WageFileThreads implements OnModuleDestroy {
  private readonly pool: ParsePool<ReadWageFileTask, void>;

  constructor(config: AppConfig) {
    this.pool = new ParsePool({
      filename: workerFile(__dirname, 'read-wage-file.worker'),
      maxThreads: config.wageImportConcurrency,
      maxQueue: config.wageImportConcurrency,
      ...config.wageParse,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }

  /** `readWageRows` in a thread: the same batches and WageFileProblems. */
  readonly read = (
    content: Buffer | Readable,
    options: ReadWageRowsOptions,
  ): AsyncGenerator<RawWageRow[]> => {
    if (!Buffer.isBuffer(content)) throw new TypeError('a wage file is read in a thread from a Buffer');
    return this.readInThread(content, options);
  };

  private async *readInThread(content: Buffer, options: ReadWageRowsOptions): AsyncGenerator<RawWageRow[]> {
    const { port1, port2 } = new MessageChannel();
    const inbox: ReadWageFileMessage[] = [];
    let failure: unknown = null;
    let wake: (() => void) | null = null;
    port1.on('message', (message: ReadWageFileMessage) => {
      inbox.push(message);
      wake?.();
    });
    const cancel = new AbortController();
    const task = this.pool
      .run(
        { content, format: options.format, maxRows: options.maxRows, port: port2 },
        { transferList: [port2], signal: cancel.signal },
      )
      .catch((error: unknown) => {
        failure = error;
        wake?.();
      });
    let done = false;
    try {
      for (;;) {
        while (inbox.length === 0 && failure === null) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        const message = inbox.shift();
        if (!message) throw this.problem(failure);
        if ('progress' in message) options.onProgress?.(message.progress);
        else if ('batch' in message) {
          port1.postMessage(0); // room for one more batch
          yield message.batch;
        } else {
          done = true;
          if (message.problem) throw new WageFileProblem(message.problem);
          return;
        }
      }
    } finally {
      // the consumer stopped early (a failed COPY) or the thread failed: end it
      if (!done) cancel.abort();
      port1.close();
      await task;
    }
  }

  /** A thread that ran out of heap or time refuses the file; anything else fails the job. */
  private problem(failure: unknown): unknown {
    if (!(failure instanceof ParseFailure) || failure.kind === 'busy') return failure;
    const { maxHeapMb, timeoutMs } = this.pool.limits;
    return new WageFileProblem([
      failure.kind === 'timeout'
        ? fileError('wage_file_too_slow', { seconds: Math.ceil(timeoutMs / 1000) })
        : fileError('wage_file_too_complex', { maxMb: maxHeapMb }),
    ]);
  }
}
