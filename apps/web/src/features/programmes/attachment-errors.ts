import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { fileReasons } from './attachment-reasons';

/**
 * The reasons the server gave for refusing files (one per file, e.g. "文件“a.exe”的类型不允许…"),
 * or the general message when the error is not about attachments.
 */
export function attachmentErrorMessage(error: unknown): string {
  return (error instanceof ApiRequestError ? fileReasons(error.details) : null) ?? errorMessage(error);
}
