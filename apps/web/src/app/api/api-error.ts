import { type FormInstance } from 'antd';
import { type ApiError, type FieldError } from '@skillpay/domain';
import { i18n } from '../i18n/i18n';
import { editConflictOf } from './concurrency';

/** A failed API call, carrying the server's translated message and per-field details. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly details: FieldError[];
  readonly requestId: string | undefined;
  /** The whole error body, for endpoint-specific extras such as `lockedUntil` on 423. */
  readonly body: Partial<ApiError> & Record<string, unknown>;

  constructor(status: number, body: unknown) {
    const parsed = isApiErrorBody(body) ? body : {};
    super(typeof parsed.message === 'string' && parsed.message ? parsed.message : fallbackMessage(status));
    this.name = 'ApiRequestError';
    this.status = status;
    this.details = Array.isArray(parsed.details) ? parsed.details.filter(isFieldError) : [];
    this.requestId = typeof parsed.requestId === 'string' ? parsed.requestId : undefined;
    this.body = parsed;
  }
}

function isApiErrorBody(body: unknown): body is Partial<ApiError> & Record<string, unknown> {
  return typeof body === 'object' && body !== null;
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

function fallbackMessage(status: number): string {
  if (status === 0) return i18n.t('errors.network');
  if (status >= 500) return i18n.t('errors.server');
  return i18n.t('errors.unexpected', { status });
}

/** Turns an openapi-fetch result into its data, or throws ApiRequestError. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiRequestError(0, undefined);
  }
  if (!result.response.ok) throw new ApiRequestError(result.response.status, result.error);
  return result.data as T;
}

/** Message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return i18n.t('errors.unexpected', { status: '?' });
}

/**
 * Shows a failed call's message as a toast — except a stale edit (412), which EditConflictNotice
 * already explains in its dialog with who changed the record and when; saying it twice confuses.
 */
export function showError(message: { error: (content: string) => unknown }, error: unknown): void {
  if (editConflictOf(error)) return;
  message.error(errorMessage(error));
}

/**
 * Puts the server's per-field messages (`details[]`, `a.b` → ['a', 'b']) on the form's fields.
 * Returns whether there were any, so callers show the general message only when there were not.
 */
export function showFieldErrors<Values>(
  form: Pick<FormInstance<Values>, 'setFields'> | undefined,
  error: unknown,
): boolean {
  if (!form || !(error instanceof ApiRequestError) || error.details.length === 0) return false;
  const byField = new Map<string, string[]>();
  for (const { field, message } of error.details) {
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  // Field names come from the server: typed as the form's, not checked against it.
  type FieldData = Parameters<FormInstance<Values>['setFields']>[0][number];
  form.setFields([...byField].map(([field, errors]) => ({ name: field.split('.'), errors }) as FieldData));
  return true;
}
