import { ApiRequestError, errorMessage } from '../../app/api/api-error';

/**
 * The reasons the server gave for refusing files (one per file, e.g. "文件“a.exe”的类型不允许…"),
 * or the general message when the error is not about attachments.
 */
export function attachmentErrorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) {
    const reasons = error.details.filter((detail) => detail.field.startsWith('files')).map((d) => d.message);
    if (reasons.length > 0) return reasons.join('；');
  }
  return errorMessage(error);
}
