/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and capital
 * letters without I, O, S, V, Z); the last is a check character over the first 17 with weights
 * 3^i mod 31.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; position: number; character: string }
  | { kind: 'check'; expected: string; actual: string };

/** The check character for the first 17 characters (assumed valid). */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, char, i) => total + CREDIT_CODE_CHARSET.indexOf(char) * WEIGHTS[i],
    0,
  );
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** Null when valid; otherwise what is wrong, with 1-based positions as people count them. */
export function checkCreditCode(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return { kind: 'length', length: code.length };
  const bad = [...code].findIndex((char) => !CREDIT_CODE_CHARSET.includes(char));
  if (bad >= 0) return { kind: 'character', position: bad + 1, character: code[bad] };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  return expected === code[17] ? null : { kind: 'check', expected, actual: code[17] };
}

/** Codes are written in capitals; people type spaces and lower case. */
export function normaliseCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}
