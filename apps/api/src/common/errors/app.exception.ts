import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from './error-code';

export interface FieldProblem {
  field: string;
  /** message key under `validation.` or `errors.` */
  code: string;
  params?: Record<string, unknown>;
  /** extra properties of the detail entry, e.g. row, column and value of an uploaded cell */
  extra?: Record<string, unknown>;
}

export interface HiddenObject {
  entityType: string;
  entityId: string;
}

export interface AppExceptionOptions {
  /** the arguments of the message (`{{name}}`) */
  params?: Record<string, unknown>;
  /** the problems listed in `details` */
  fields?: FieldProblem[];
  /** extra top-level properties of the response body, e.g. lockedUntil */
  extra?: Record<string, unknown>;
  /** set when the object exists but lies outside the caller's scope: audited, never shown */
  hidden?: HiddenObject;
}

/** A typed domain error; the global filter translates it and shapes the response. */
export class AppException extends Error {
  readonly params: Record<string, unknown>;
  readonly fields: FieldProblem[];
  readonly extra: Record<string, unknown>;
  readonly hidden?: HiddenObject;

  constructor(
    /** a key under `errors.`: an ErrorCode, or a code of a feature's exception table */
    readonly code: ErrorCode | string,
    readonly status: HttpStatus,
    { params = {}, fields = [], extra = {}, hidden }: AppExceptionOptions = {},
  ) {
    super(code);
    this.params = params;
    this.fields = fields;
    this.extra = extra;
    this.hidden = hidden;
  }

  /** 404 for a missing object, or for one outside the caller's scope (same response, but audited). */
  static notFound(hidden?: HiddenObject): AppException {
    return new AppException(ErrorCode.NotFound, HttpStatus.NOT_FOUND, { hidden });
  }

  static forbidden(): AppException {
    return new AppException(ErrorCode.Forbidden, HttpStatus.FORBIDDEN);
  }

  static validation(fields: FieldProblem[]): AppException {
    return new AppException(ErrorCode.ValidationFailed, HttpStatus.BAD_REQUEST, { fields });
  }

  /** 403 naming each field the caller may not change. */
  static notEditable(fields: readonly string[]): AppException {
    return new AppException(ErrorCode.FieldNotEditable, HttpStatus.FORBIDDEN, {
      fields: fields.map((field) => ({ field, code: `errors.${ErrorCode.FieldNotEditable}` })),
    });
  }

  static conflict(code: ErrorCode, field?: string, params: Record<string, unknown> = {}): AppException {
    return new AppException(code, HttpStatus.CONFLICT, {
      params,
      fields: field ? [{ field, code: `errors.${code}`, params }] : [],
    });
  }
}
