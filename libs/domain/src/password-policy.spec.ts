import { characterClassCount, checkPassword } from './password-policy';

describe('password policy (12 characters, 3 of 4 classes, not common, not the username)', () => {
  it('accepts the documented demo password', () => {
    // SkillPay#2026: 13 characters; upper, lower, digit and symbol → 4 classes.
    expect(checkPassword({ password: 'SkillPay#2026' })).toEqual([]);
  });

  it('rejects 11 characters even with all four classes', () => {
    expect(checkPassword({ password: 'Abcdef#1234' })).toEqual(['too_short']);
  });

  it('rejects two classes however long', () => {
    expect(checkPassword({ password: 'abcdefghijk12345' })).toEqual(['too_few_classes']);
  });

  it('counts Chinese characters as symbols of the fourth class and by character, not UTF-16 unit', () => {
    expect(characterClassCount('技能abc123')).toBe(3);
    expect(checkPassword({ password: '技能人才薪酬分配指引abc1' })).toEqual([]);
  });

  it('rejects a password that contains the username, case-insensitively', () => {
    expect(checkPassword({ password: 'QD-City#20261', username: 'qd-city' })).toEqual(['contains_username']);
  });

  it('asks the supplied list whether the password is common', () => {
    const isCommon = (p: string) => p === 'Password123!';
    expect(checkPassword({ password: 'Password123!', isCommon })).toEqual(['common']);
  });

  it('rejects more than 128 characters', () => {
    expect(checkPassword({ password: 'Aa1#'.repeat(33) })).toEqual(['too_long']);
  });
});
