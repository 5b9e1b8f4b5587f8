/**
 * Bad input to a calculator: a specific error naming the field, never a NaN or an Infinity in
 * the result. The web shows it next to the field; the API answers 400 before calling.
 */
export type PaycalcErrorCode = 'not-a-number' | 'negative' | 'out-of-range' | 'too-many-decimals';

export class PaycalcError extends Error {
  constructor(
    readonly code: PaycalcErrorCode,
    /** the input's path, e.g. `wageBill.current` */
    readonly field: string,
    readonly value: unknown,
  ) {
    super(`${field}: ${code} (${String(value)})`);
    this.name = 'PaycalcError';
  }
}
