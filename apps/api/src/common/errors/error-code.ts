/**
 * The cross-cutting errors, with their messages in messages.ts. A feature's own errors live in its
 * `xxx.exception.ts` (featureException).
 */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  RateLimited = 'rate_limited',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  FieldNotEditable = 'field_not_editable',
  NotFound = 'not_found',
  Conflict = 'conflict',
  Internal = 'internal',
  /** a dependency (PostgreSQL, Redis) does not answer: retry later, nothing is wrong with the request */
  ServiceUnavailable = 'service_unavailable',
}
