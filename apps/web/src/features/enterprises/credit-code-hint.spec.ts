import { type TFunction } from 'i18next';
import { creditCodeHint } from './credit-code-hint';

// echoes the key and its values, so the test reads what the form would be asked to say
const t = ((key: string, values: Record<string, unknown>) =>
  `${key} ${JSON.stringify(values)}`) as unknown as TFunction;

describe('creditCodeHint', () => {
  it('accepts a valid code however it is typed, and says nothing for an empty field', () => {
    expect(creditCodeHint('91440300708461136T', t)).toBeNull();
    expect(creditCodeHint(' 9144 0300 7084 6113 6t ', t)).toBeNull();
    expect(creditCodeHint('', t)).toBeNull();
  });

  it('names the wrong check character and the one expected', () => {
    expect(creditCodeHint('91440300708461136X', t)).toBe(
      'enterprises.creditCodeCheck {"expected":"T","actual":"X"}',
    );
  });

  it('names the position of a character outside the GB 32100 set, and a wrong length', () => {
    expect(creditCodeHint('9144030070846I136T', t)).toBe(
      'enterprises.creditCodeCharacter {"position":14,"character":"I"}',
    );
    expect(creditCodeHint('914403007084611', t)).toBe('enterprises.creditCodeLength {"length":15}');
  });
});
