import { type ApiRequestError } from './api-error';

/**
 * Optimistic concurrency (docs/architecture.md, "Editing: versions and If-Match"): an edit sends
 * the version of the record it was opened with; the API refuses a stale one with 412 and says who
 * changed the record and when. Pass the result as `params.header` of the typed client's call.
 */
export function ifMatch(key: string, version: number): { 'If-Match': string } {
  return { 'If-Match': `"${key}:${version}"` };
}

/** A refused stale edit: the server's message ("已被 X 于 T 修改，请刷新后再改") and who/when. */
export interface EditConflict {
  message: string;
  changedBy: string | null;
  changedAt: string | null;
}

/** The conflict an ApiRequestError (read by shape: this module stays free of the i18n set-up) reports. */
export function editConflictOf(error: unknown): EditConflict | null {
  if (!(error instanceof Error) || (error as Partial<ApiRequestError>).status !== 412) return null;
  const { body } = error as ApiRequestError;
  if (typeof body !== 'object' || body === null) return null;
  const { changedBy, changedAt } = body;
  return {
    message: error.message,
    changedBy: typeof changedBy === 'string' ? changedBy : null,
    changedAt: typeof changedAt === 'string' ? changedAt : null,
  };
}

/** A record as an edit of it needs it: its id and the version it was opened with. */
export interface Versioned {
  id: string;
  version: number;
}
