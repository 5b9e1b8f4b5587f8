import { HttpStatus } from '@nestjs/common';
import { type Labels } from '@skillpay/domain';
import { AppException, type FieldProblem } from './app.exception';
import { registerMessages } from './messages';

/**
 * Each feature declares its errors in one table — code → HTTP status and the message in both
 * languages — and gets an exception class typed by it: a code not in the table, or a message
 * argument it does not name, fails to compile. The texts join the server's messages at boot
 * (under `errors.<code>`), so the global filter translates them like every other error.
 *
 *   export class PilotException extends featureException({
 *     quota_exhausted: { status: HttpStatus.CONFLICT, 'zh-CN': '{{region}}的试点名额已满…', en: … },
 *   }) {}
 *   throw new PilotException('quota_exhausted', { region, quota, used });
 *
 * A message argument may be a `Labels` pair ({'zh-CN', en}): it is shown in the reader's language.
 */

export interface ErrorText {
  /** HttpStatus.BAD_REQUEST for a message that names a field (see `fieldProblem`) */
  status: HttpStatus;
  'zh-CN': string;
  en: string;
}

export type ErrorTable = Record<string, ErrorText>;

/** A value for a `{{name}}` in a message; a Labels pair is translated. */
export type MessageArgument = string | number | Labels | null;

/** The `{{name}}`s of a message template, e.g. '{{a}} of {{b}}' → 'a' | 'b'. */
type ArgumentNames<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | ArgumentNames<Rest>
  : never;

export type MessageArguments<T extends string> = [ArgumentNames<T>] extends [never]
  ? Record<string, never>
  : Record<ArgumentNames<T>, MessageArgument>;

/** `(code, args?)` when the message names no argument, `(code, args)` when it does. */
type CodeAndArguments<T extends ErrorTable> = {
  [C in keyof T & string]: [ArgumentNames<T[C]['zh-CN']>] extends [never]
    ? [code: C, args?: Record<string, never>, options?: ExceptionOptions]
    : [code: C, args: MessageArguments<T[C]['zh-CN']>, options?: ExceptionOptions];
}[keyof T & string];

export interface ExceptionOptions {
  /** the field the error is about: also listed in `details` */
  field?: string;
  /** further problems listed in `details` (e.g. every invalid cell of an import) */
  fields?: FieldProblem[];
  /** extra top-level properties of the response body, e.g. the current status */
  extra?: Record<string, unknown>;
}

export interface FeatureExceptionClass<T extends ErrorTable> {
  new (...args: CodeAndArguments<T>): AppException;
  /** A problem with one field, for `AppException.validation([...])` (several at once). */
  fieldProblem(field: string, ...args: CodeAndArguments<T>): FieldProblem;
  /** A 400 naming one field. */
  invalid(field: string, ...args: CodeAndArguments<T>): AppException;
}

export function featureException<const T extends ErrorTable>(table: T): FeatureExceptionClass<T> {
  registerMessages({
    'zh-CN': { errors: mapValues(table, (text) => text['zh-CN']) },
    en: { errors: mapValues(table, (text) => text.en) },
  });
  const fieldProblem = (field: string, code: string, args: object = {}): FieldProblem => ({
    field,
    code: `errors.${code}`,
    params: args as Record<string, unknown>,
  });
  return class FeatureException extends AppException {
    constructor(code: string, args: object = {}, options: ExceptionOptions = {}) {
      const params = args as Record<string, unknown>;
      super(code as never, table[code].status, {
        params,
        fields: [
          ...(options.field ? [fieldProblem(options.field, code, params)] : []),
          ...(options.fields ?? []),
        ],
        extra: options.extra,
      });
    }

    static fieldProblem(field: string, code: string, args: object = {}): FieldProblem {
      return fieldProblem(field, code, args);
    }

    static invalid(field: string, code: string, args: object = {}): AppException {
      return AppException.validation([fieldProblem(field, code, args)]);
    }
  } as unknown as FeatureExceptionClass<T>;
}

function mapValues<T extends object, V>(object: T, map: (value: T[keyof T]) => V): Record<keyof T, V> {
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => [key, map(value as T[keyof T])]),
  ) as Record<keyof T, V>;
}
