import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * True for a finite number with at most two decimals. class-validator's own
 * `IsNumber({ maxDecimalPlaces })` throws on numbers JavaScript writes in exponent notation
 * (`1e-7`: no "." to split on; typestack/class-validator#1705, still open), which answered 500.
 */
export function isAmount(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(2)) === value;
}

/** Money in 元 (`validation.isNumber`: a valid number, at most two decimals). */
export function IsAmount(options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNumber',
      target: object.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: (value: unknown) => isAmount(value) },
    });
}
