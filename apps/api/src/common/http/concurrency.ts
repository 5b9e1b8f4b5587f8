import {
  applyDecorators,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Global,
  HttpStatus,
  Injectable,
  Module,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiPreconditionFailedResponse, ApiProperty } from '@nestjs/swagger';
import { type Labels } from '@skillpay/domain';
import { type Request, type Response } from 'express';
import { map, type Observable } from 'rxjs';
import { type Tx } from '../../database/unit-of-work';
import { AuditService } from '../../modules/audit/audit.service';
import { ApiErrorDto } from '../errors/api-error.dto';
import { featureException } from '../errors/feature-errors';

/**
 * Optimistic concurrency for every editable resource (see docs/architecture.md, "Editing: versions
 * and If-Match"). A resource's detail DTO carries `version`, an integer the database raises on
 * every change (TypeORM's @VersionColumn); GET and the write answer it as a strong ETag
 * `"<key>:<version>"`. A PATCH/PUT/DELETE with `If-Match` changes the row only when one of its
 * tags is the current one: the service locks the row (SELECT … FOR UPDATE), compares, and answers
 * 412 naming the last editor otherwise. Without If-Match the lock still serialises the writes, so
 * each audit record's "before" is the previous one's "after".
 */

export class ConcurrencyException extends featureException({
  edit_conflict: {
    status: HttpStatus.PRECONDITION_FAILED,
    'zh-CN': '已被 {{name}} 于 {{time}} 修改，请刷新后再改',
    en: 'Changed by {{name}} at {{time}}; please reload before editing',
  },
  edit_conflict_unknown: {
    status: HttpStatus.PRECONDITION_FAILED,
    'zh-CN': '该记录已被他人修改，请刷新后再改',
    en: 'Someone else has changed this record; please reload before editing',
  },
}) {}

/** What If-Match asked for: any current version (`*`), or one of these opaque tags. */
export type Precondition = { kind: 'any' } | { kind: 'tags'; tags: readonly string[] };

/** The strong ETag of a version of a resource; `key` is its id (or code), so tags of two resources differ. */
export function etagOf(key: string, version: number): string {
  return `"${key}:${version}"`;
}

/**
 * Parses an If-Match header (RFC 9110 §13.1.1): `*`, or a comma-separated list of entity tags.
 * Weak tags (`W/"…"`) never match a strong comparison, so they are kept as given and fail.
 */
export function parseIfMatch(header: string | string[] | undefined): Precondition | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value.trim() === '') return undefined;
  if (value.trim() === '*') return { kind: 'any' };
  const tags = value.match(/(?:W\/)?"[^"]*"|[^\s,]+/g) ?? [];
  return { kind: 'tags', tags };
}

export function preconditionHolds(
  precondition: Precondition | undefined,
  key: string,
  version: number,
): boolean {
  if (!precondition || precondition.kind === 'any') return true;
  return precondition.tags.includes(etagOf(key, version));
}

/** The parsed If-Match of the request (undefined without one): pass it to the service's write. */
export const IfMatch = createParamDecorator(
  (_: unknown, context: ExecutionContext): Precondition | undefined =>
    parseIfMatch(context.switchToHttp().getRequest<Request>().headers['if-match']),
);

/** Sets `ETag` from the answered DTO's key and version fields. */
@Injectable()
class ETagInterceptor implements NestInterceptor {
  constructor(
    private readonly keyField: string,
    private readonly versionField: string,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        if (typeof body === 'object' && body !== null) {
          const key = (body as Record<string, unknown>)[this.keyField];
          const version = (body as Record<string, unknown>)[this.versionField];
          if (typeof key === 'string' && typeof version === 'number') {
            response.setHeader('ETag', etagOf(key, version));
            // The tag names the stored version; derived fields (overdue, editable, actions) may
            // change without it, so no cache may keep the body and revalidate it into a 304.
            response.setHeader('Cache-Control', 'no-store');
          }
        }
        return body;
      }),
    );
  }
}

/**
 * A GET of a versioned resource: answers its ETag. `keyField` and `versionField` name the DTO's
 * fields in the tag (`version` unless the DTO already uses that name for something else).
 */
export function VersionedRead(keyField = 'id', versionField = 'version'): MethodDecorator {
  return UseInterceptors(new ETagInterceptor(keyField, versionField));
}

/**
 * A PATCH/PUT/DELETE of a versioned resource: documents If-Match and the 412, and answers the new
 * ETag when the write returns the resource. Take the header with `@IfMatch()`.
 */
export function VersionedWrite(keyField = 'id', versionField = 'version'): MethodDecorator {
  return applyDecorators(
    UseInterceptors(new ETagInterceptor(keyField, versionField)),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'the ETag the edit was opened with; a stale one answers 412 and changes nothing (without it, the write applies to the current version)',
    }),
    ApiPreconditionFailedResponse({
      type: ApiErrorDto,
      description: 'changed meanwhile: who and when in the message, `version` holds the current version',
    }),
  );
}

/** The row being changed, as read under its lock. */
export interface VersionedRow {
  /** the audit records' entity type, e.g. 'enterprise' (several when the record spans rows) */
  entityType: string | readonly string[];
  /** the key in the ETag and the audit records' entity id */
  key: string;
  version: number;
  /** further entity ids whose audit records change this row's version (e.g. a plan's milestones) */
  relatedIds?: readonly string[];
}

/**
 * Checks a write's precondition against the locked row. Services call it inside the write's
 * transaction right after reading the row FOR UPDATE, before changing anything.
 */
@Injectable()
export class EditPreconditions {
  constructor(private readonly audit: AuditService) {}

  async assert(precondition: Precondition | undefined, row: VersionedRow, tx: Tx): Promise<void> {
    if (preconditionHolds(precondition, row.key, row.version)) return;
    const last = await this.audit.lastChange(row.entityType, [row.key, ...(row.relatedIds ?? [])], tx);
    const extra = { version: row.version, changedBy: last?.name ?? null, changedAt: last?.at ?? null };
    if (!last) throw new ConcurrencyException('edit_conflict_unknown', {}, { extra });
    throw new ConcurrencyException('edit_conflict', { name: last.name, time: localTime(last.at) }, { extra });
  }
}

/** China Standard Time to the minute, in the reader's language. */
function localTime(at: Date): Labels {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at);
  return { 'zh-CN': format('zh-CN'), en: format('en-GB') };
}

/** Global: every feature with edits checks preconditions through EditPreconditions. */
@Global()
@Module({ providers: [EditPreconditions], exports: [EditPreconditions] })
export class ConcurrencyModule {}

/** The `version` of a detail DTO, documented once. */
export function VersionProperty(): PropertyDecorator {
  return ApiProperty({
    type: 'integer',
    minimum: 1,
    description:
      'raised by every change; GET answers it in the ETag `"<key>:<version>"`, which a write sends as If-Match',
  });
}
