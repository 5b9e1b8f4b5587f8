import { type WageFileError } from '@skillpay/domain';
import { type MessagePort } from 'node:worker_threads';
import { type RawWageRow, readWageRows, type WageFileFormat, WageFileProblem } from './read-wage-rows';

/**
 * Runs in a worker thread of the wage worker's reading pool (WageFileThreads): reads one wage file
 * with `readWageRows` and posts its batches on `port`, at most `ahead` of them unacknowledged so
 * that a file is never read faster than its rows are stored. Nothing here may import Nest.
 */
export interface ReadWageFileTask {
  content: Uint8Array;
  format: WageFileFormat;
  maxRows: number;
  port: MessagePort;
}

/** What the thread posts on the task's port, the last message being `done`. */
export type ReadWageFileMessage =
  { batch: RawWageRow[] } | { progress: number } | { done: true; problem: WageFileError[] | null };

/** Batches read ahead of the consumer. */
const AHEAD = 2;

export default async function readWageFileTask(task: ReadWageFileTask): Promise<void> {
  const { port } = task;
  let unacknowledged = 0;
  let acknowledged: (() => void) | null = null;
  port.on('message', () => {
    unacknowledged -= 1;
    acknowledged?.();
  });
  const content = Buffer.from(task.content.buffer, task.content.byteOffset, task.content.byteLength);
  let problem: WageFileError[] | null = null;
  try {
    for await (const batch of readWageRows(content, {
      format: task.format,
      maxRows: task.maxRows,
      size: content.length,
      onProgress: (fraction) => port.postMessage({ progress: fraction } satisfies ReadWageFileMessage),
    })) {
      port.postMessage({ batch } satisfies ReadWageFileMessage);
      unacknowledged += 1;
      while (unacknowledged >= AHEAD) await new Promise<void>((resolve) => (acknowledged = resolve));
      acknowledged = null;
    }
  } catch (error) {
    if (!(error instanceof WageFileProblem)) throw error;
    problem = error.errors;
  }
  // on the port, after the batches: the task's own result travels on another channel
  port.postMessage({ done: true, problem } satisfies ReadWageFileMessage);
  port.close();
}
