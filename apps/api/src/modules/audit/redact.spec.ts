import { redactSecrets } from './redact';

describe('redactSecrets', () => {
  it('removes passwords, tokens, hashes and ID-card numbers at any depth', () => {
    expect(
      redactSecrets({
        username: 'ent-a',
        password: 'SkillPay#2026',
        profile: {
          idCard: '370211199001011234',
          refreshToken: 'abc',
          passwordHash: '$argon2id$…',
          name: '王芳',
        },
      }),
    ).toEqual({
      username: 'ent-a',
      password: '[REDACTED]',
      profile: { idCard: '[REDACTED]', refreshToken: '[REDACTED]', passwordHash: '[REDACTED]', name: '王芳' },
    });
  });
});
