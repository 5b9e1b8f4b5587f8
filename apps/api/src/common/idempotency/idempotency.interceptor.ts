import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  StreamableFile,
} from '@nestjs/common';
import { type Request, type Response } from 'express';
import { ClsService } from 'nestjs-cls';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { RequestTransaction } from '../../database/request-transaction';
import { type RequestContext } from '../context/request-context';
import { FileResponse } from '../http/file-response';
import { type IdempotencyKeyEntity } from './idempotency-key.entity';
import { IdempotencyException } from './idempotency.exception';
import { IdempotencyRepository } from './idempotency.repository';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set on an answer that is the stored first answer, not a new one (as Stripe does). */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** How long a key is remembered: far longer than any retry of one form submission. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;

const KEY = /^[\x21-\x7e]{1,255}$/;

/** Thrown inside the transaction when a request with the same key committed first. */
class AnsweredMeanwhile extends Error {}

/**
 * `Idempotency-Key` on POST requests of a signed-in caller (IETF draft "The Idempotency-Key
 * HTTP Header Field", as Stripe uses it): the first request runs in one transaction that also
 * stores its answer under the caller's key; a repeat with the same key and the same request gets
 * that answer (status and body) without running again, even when the first answer was lost on
 * the way (a cut connection after the commit); the same key with another request is refused
 * (422). Keys are per user and live 24 h. Errors are not stored: nothing was changed, so a
 * repeat runs again. Without the header nothing changes; anonymous routes (login) ignore it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly cls: ClsService<RequestContext>,
    private readonly transaction: RequestTransaction,
    private readonly repository: IdempotencyRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
    const caller = this.cls.get('caller');
    if (request.method !== 'POST' || header === undefined || !caller) return next.handle();
    const key = Array.isArray(header) ? header.join(',') : header;
    if (!KEY.test(key)) throw IdempotencyException.invalid(IDEMPOTENCY_KEY_HEADER, 'idempotency_key_invalid');
    const response = context.switchToHttp().getResponse<Response>();
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    return from(this.once(caller.userId, key, request, response, handle));
  }

  private async once(
    userId: string,
    key: string,
    request: Request,
    response: Response,
    handle: () => Promise<unknown>,
  ): Promise<unknown> {
    const requestHash = fingerprint(request);
    const route = `${request.method} ${request.path}`.slice(0, 300);
    const stored = await this.repository.find(userId, key);
    if (stored) return this.replay(stored, requestHash, response);
    try {
      return await this.transaction.run(
        async () => {
          const expiresAt = new Date(Date.now() + IDEMPOTENCY_KEY_TTL_MS);
          if (!(await this.repository.claim({ userId, key, requestHash, route, expiresAt }))) {
            throw new AnsweredMeanwhile();
          }
          return handle();
        },
        async (result) => {
          if (replayable(result)) {
            await this.repository.complete(userId, key, response.statusCode, toJson(result));
          } else {
            await this.repository.release(userId, key);
          }
        },
      );
    } catch (error) {
      if (!(error instanceof AnsweredMeanwhile)) throw error;
      const answer = await this.repository.find(userId, key);
      if (!answer) throw error;
      return this.replay(answer, requestHash, response);
    }
  }

  private replay(stored: IdempotencyKeyEntity, requestHash: string, response: Response): unknown {
    if (stored.requestHash !== requestHash) {
      throw new IdempotencyException('idempotency_key_reused', { route: stored.route });
    }
    response.status(stored.statusCode);
    response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return stored.responseBody;
  }
}

/**
 * What makes two requests the same: method, path and body. A multipart body is not parsed yet
 * when this runs (multer is the route's own interceptor), so an upload is compared by its route
 * and size: a different file under the same key is not detected — clients make one key per
 * submission anyway, and wage uploads refuse the same content twice on their own.
 */
function fingerprint(request: Request): string {
  const body = request.is('multipart/form-data')
    ? `multipart ${request.headers['content-length'] ?? ''}`
    : JSON.stringify(request.body ?? null);
  return createHash('sha256').update(`${request.method} ${request.originalUrl}\n${body}`).digest('hex');
}

/** Files and streams are not stored: such an answer releases its key. */
function replayable(result: unknown): boolean {
  return !(
    result instanceof StreamableFile ||
    result instanceof FileResponse ||
    Buffer.isBuffer(result) ||
    typeof (result as { pipe?: unknown } | null)?.pipe === 'function'
  );
}

function toJson(result: unknown): unknown {
  return result === undefined ? null : (JSON.parse(JSON.stringify(result)) as unknown);
}
