import { PASSWORD_MIN_LENGTH, characterClassCount, checkPassword } from '@skillpay/domain';
import { generatePassword } from './generate-password';

describe('generatePassword', () => {
  it('always satisfies the domain password policy with all four classes', () => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(checkPassword({ password })).toEqual([]);
      expect(characterClassCount(password)).toBe(4);
      expect(password).toHaveLength(PASSWORD_MIN_LENGTH + 4);
    }
  });

  it('honours a requested length', () => {
    expect(generatePassword(24)).toHaveLength(24);
  });
});
