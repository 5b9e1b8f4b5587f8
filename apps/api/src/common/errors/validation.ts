import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { AppException, type FieldProblem } from './app.exception';

/**
 * The one validation pipe: unknown fields are rejected (no mass assignment), values are
 * transformed to the DTO's types, and failures become field-level problems that the global
 * filter translates into the caller's language.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // the target lets constraintParams find the decorator arguments (e.g. 50 in @MaxLength(50))
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => AppException.validation(flattenValidationErrors(errors)),
  });
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => ({
      field,
      code: `validation.${constraint}`,
      params: constraintParams(error, constraint),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The decorator arguments behind a failed constraint (e.g. 50 for @MaxLength(50)). */
function constraintParams(error: ValidationError, constraint: string): Record<string, unknown> {
  const target = error.target?.constructor;
  if (!target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name === constraint || m.type === constraint));
  const args: unknown[] = metadata?.constraints ?? [];
  const params: Record<string, unknown> = Object.fromEntries(args.map((arg, i) => [`c${i}`, arg]));
  const allowed =
    constraint === 'isEnum' ? Object.values(args[0] ?? {}) : constraint === 'isIn' ? args[0] : undefined;
  if (Array.isArray(allowed)) params.values = allowed.join(', ');
  return params;
}
