import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ParseFailure, ParsePool, workerFile } from '../../common/xlsx/xlsx-thread-pool';
import { type CollectionDocxInput } from './collection-docx';
import { CaseCollectionException } from './case-collection.exception';

/** One compilation's bounds: an edition of a hundred cases builds in well under a second. */
const DOCX_LIMITS = { maxThreads: 1, maxQueue: 8, maxHeapMb: 256, timeoutMs: 30_000 };

/** Published editions never change, so their compilations are kept (the few most recent). */
const CACHE_SIZE = 8;

/**
 * Builds 案例汇编 documents off the API's event loop, in a worker thread bounded in heap and
 * time (the pool of the xlsx imports). A published edition's document is built once and kept.
 */
@Injectable()
export class CollectionDocxPool implements OnModuleDestroy {
  private pool?: ParsePool<CollectionDocxInput, Uint8Array>;
  private readonly cache = new Map<string, Buffer>();

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
  }

  /**
   * The document of `input`; `cacheKey` (a published edition's id and version) keeps it for the
   * next download. A full queue answers 503.
   */
  async build(input: CollectionDocxInput, cacheKey?: string): Promise<Buffer> {
    const cached = cacheKey ? this.cache.get(cacheKey) : undefined;
    if (cached) return cached;
    // started on first use: the API's other requests never pay for a thread they do not need
    this.pool ??= new ParsePool({
      filename: workerFile(__dirname, 'collection-docx.worker'),
      ...DOCX_LIMITS,
    });
    let bytes: Uint8Array;
    try {
      bytes = await this.pool.run(input);
    } catch (error) {
      if (error instanceof ParseFailure && error.kind === 'busy')
        throw new CaseCollectionException('docx_busy');
      throw error;
    }
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (cacheKey) {
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(cacheKey, buffer);
    }
    return buffer;
  }
}
