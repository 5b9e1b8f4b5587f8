import { isCommonPassword, PasswordService } from './password.service';

describe('common-password check', () => {
  it('finds listed passwords whatever their case', () => {
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('QWERTY123456')).toBe(true);
  });

  it('finds a listed word dressed with leading or trailing digits and symbols', () => {
    expect(isCommonPassword('Password@2026')).toBe(true);
    expect(isCommonPassword('2026!Dragon')).toBe(true);
  });

  it('lets through passwords that are not on the list', () => {
    expect(isCommonPassword('SkillPay#2026')).toBe(false);
    expect(isCommonPassword('技能人才薪酬分配指引abc1')).toBe(false);
  });
});

describe('PasswordService', () => {
  const passwords = new PasswordService();

  it('hashes with argon2id and verifies', async () => {
    const hash = await passwords.hash('SkillPay#2026');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await passwords.verify(hash, 'SkillPay#2026')).toBe(true);
    expect(await passwords.verify(hash, 'SkillPay#2027')).toBe(false);
  });

  it('answers false for an unknown account after doing the same work', async () => {
    expect(await passwords.verify(undefined, 'SkillPay#2026')).toBe(false);
  });
});
