import { checkCreditCode, normaliseCreditCode } from '@skillpay/domain';
import { type TFunction } from 'i18next';

/**
 * What is wrong with a credit code as the user types it, in words (null when valid or empty):
 * the same GB 32100 check the API applies, so the form says it before the server does.
 */
export function creditCodeHint(input: string, t: TFunction): string | null {
  const code = normaliseCreditCode(input);
  if (!code) return null;
  const problem = checkCreditCode(code);
  if (!problem) return null;
  switch (problem.kind) {
    case 'length':
      return t('enterprises.creditCodeLength', { length: problem.length });
    case 'character':
      return t('enterprises.creditCodeCharacter', {
        position: problem.position,
        character: problem.character,
      });
    case 'check':
      return t('enterprises.creditCodeCheck', { expected: problem.expected, actual: problem.actual });
  }
}
