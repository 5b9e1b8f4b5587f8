import { existsSync } from 'node:fs';
import path from 'node:path';
import { type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';

/**
 * Parsing uploaded files off the event loop: a piscina pool of worker threads, each with a heap of
 * its own bounded by `resourceLimits`, each task bounded in time by an abort signal. A thread that
 * runs out of heap or time is terminated (piscina starts a fresh one), and only its task fails:
 * the process, its event loop and its other requests carry on.
 */
export interface ParseLimits {
  /** old-generation heap of one thread, MB */
  maxHeapMb: number;
  /** from the task's submission to its result, ms */
  timeoutMs: number;
}

export interface ParsePoolOptions extends ParseLimits {
  /** the worker module (compiled .js) */
  filename: string;
  maxThreads: number;
  /** tasks waiting for a thread beyond these are refused (`ParseFailure` 'busy') */
  maxQueue: number;
}

export type ParseFailureKind = 'timeout' | 'memory' | 'busy';

/** A task that exceeded its bounds, or found the pool full; the caller names the file to the user. */
export class ParseFailure extends Error {
  constructor(
    readonly kind: ParseFailureKind,
    cause: unknown,
  ) {
    super(`parsing thread: ${kind}`, { cause });
  }
}

/**
 * The compiled worker module `name` beside `dir` (a folder of src/ or dist/). From dist it is the
 * file next to the caller. Under jest the code runs from the TypeScript source, which a worker
 * thread cannot load: the build's copy is used, which the integration tests build first.
 */
export function workerFile(dir: string, name: string): string {
  if (!__filename.endsWith('.ts')) return path.join(dir, `${name}.js`);
  const src = path.resolve(__dirname, '..', '..');
  const compiled = path.join(src, '..', 'dist', path.relative(src, dir), `${name}.js`);
  if (!existsSync(compiled)) {
    throw new Error(`${compiled} is missing: build the API first (npx nx run @skillpay/api:build)`);
  }
  return compiled;
}

export class ParsePool<Task, Result> {
  private readonly pool: Piscina<Task, Result>;
  readonly limits: ParseLimits;

  constructor(options: ParsePoolOptions) {
    this.limits = { maxHeapMb: options.maxHeapMb, timeoutMs: options.timeoutMs };
    this.pool = new Piscina<Task, Result>({
      filename: options.filename,
      minThreads: 0,
      maxThreads: options.maxThreads,
      maxQueue: options.maxQueue,
      // an idle thread ends, and the memory of its last parse with it
      idleTimeout: 5_000,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb },
    });
  }

  /**
   * Runs `task` in a thread within the limits. `signal` ends it early (the caller gave up).
   * Rejects with ParseFailure when it ran out of time or heap or the queue was full.
   */
  async run(
    task: Task,
    options: { transferList?: MessagePort[]; signal?: AbortSignal } = {},
  ): Promise<Result> {
    const timeout = AbortSignal.timeout(this.limits.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    try {
      return await this.pool.run(task, { signal, transferList: options.transferList });
    } catch (error) {
      const kind = failureKind(error, timeout.aborted);
      throw kind ? new ParseFailure(kind, error) : error;
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** By its fields, not `instanceof`: a worker's errors come from Node's realm, not a test's. */
function failureKind(error: unknown, timedOut: boolean): ParseFailureKind | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'memory';
  if (name === 'AbortError') return timedOut ? 'timeout' : null;
  if (message === 'Task queue is at limit') return 'busy';
  return null;
}
