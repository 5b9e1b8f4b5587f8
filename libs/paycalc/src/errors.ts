/**
 * Bad input to a calculator: a specific error naming the field, never a NaN or an Infinity in
 * the result. The web shows it next to the field; the API answers 400 before calling.
 */
export type PaycalcErrorCode =
  | 'not-a-number'
  | 'negative'
  | 'out-of-range'
  | 'too-many-decimals'
  /** a headcount, a step or a year that must be whole */
  | 'not-an-integer'
  /** zero where only a value above zero makes sense (a point value, a post coefficient sum) */
  | 'not-positive'
  /** key-point ratios, band thresholds or profit targets that do not rise strictly */
  | 'not-rising'
  /** a list that needs at least one entry (departments, a department's members, grades) */
  | 'empty'
  /** more entries than allowed (steps, years, grades) */
  | 'too-many'
  /** a key used twice (a grade, a factor, a department) */
  | 'duplicate'
  /** a reference to a key that does not exist (a key point's grade, a post's factor) */
  | 'unknown'
  /** shares or weights that must add up to 100 % and do not */
  | 'not-100-percent'
  /** a pool above zero to share out by weights that are all zero */
  | 'zero-total'
  /** a value the chosen variant needs (a point value, department points for piece counts) */
  | 'missing';

export class PaycalcError extends Error {
  constructor(
    readonly code: PaycalcErrorCode,
    /** the input's path, e.g. `wageBill.current` or `departments[2].members` */
    readonly field: string,
    readonly value: unknown,
    /** the bound that was crossed, e.g. 30 for a table with 31 steps */
    readonly limit?: string | number,
  ) {
    super(`${field}: ${code} (${String(value)})${limit === undefined ? '' : ` limit ${limit}`}`);
    this.name = 'PaycalcError';
  }
}
