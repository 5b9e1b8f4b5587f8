import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Every control character (C0 including tab and line breaks, DEL, C1): none belongs in a name. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Characters that show nothing: white space and Unicode's default-ignorable code points (zero-width
 * spaces and joiners, bidi marks, BOM, soft hyphen, variation selectors, Hangul fillers).
 */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

/** True for text a person can read on one line: no control characters, at least one visible character. */
export function isPrintableText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value === '') return true; // emptiness is @IsNotEmpty's business
  return !CONTROL.test(value) && value.replace(INVISIBLE, '') !== '';
}

/**
 * Names and titles (`validation.isPrintableText`): refuses control characters (tab and line
 * breaks too) and text made only of invisible characters, e.g. a lone U+200B.
 */
export function IsPrintableText(options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isPrintableText',
      target: object.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: (value: unknown) => isPrintableText(value) },
    });
}
