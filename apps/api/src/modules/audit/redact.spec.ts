import { isRedactedKey, redactSecrets } from './redact';

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

  it('keeps keys that merely contain a secret word (mustChangePassword stays, password goes)', () => {
    expect(
      redactSecrets({
        mustChangePassword: true,
        passwordChangedAt: '2026-12-07T04:00:00.000Z',
        password: 'x',
        newPassword: 'y',
        currentPassword: 'z',
        tokenCount: 3,
      }),
    ).toEqual({
      mustChangePassword: true,
      passwordChangedAt: '2026-12-07T04:00:00.000Z',
      password: '[REDACTED]',
      newPassword: '[REDACTED]',
      currentPassword: '[REDACTED]',
      tokenCount: 3,
    });
  });

  it('matches exact names whatever their case or separators, in nested objects and arrays', () => {
    expect(
      redactSecrets({
        users: [
          { username: 'a', PASSWORD: 'x', must_change_password: false },
          { username: 'b', sessions: [{ refresh_token_hash: 'h', access_token: 't', expiresAt: null }] },
        ],
        totp: { totpSecret: 's', enabled: true },
      }),
    ).toEqual({
      users: [
        { username: 'a', PASSWORD: '[REDACTED]', must_change_password: false },
        {
          username: 'b',
          sessions: [{ refresh_token_hash: '[REDACTED]', access_token: '[REDACTED]', expiresAt: null }],
        },
      ],
      totp: { totpSecret: '[REDACTED]', enabled: true },
    });
  });

  it('names the redacted keys exactly', () => {
    expect(['secret', 'jwtSecret', 'Token', 'password_hash', '身份证号'].every(isRedactedKey)).toBe(true);
    expect(
      ['secretary', 'hashAlgorithm', 'passwordChangedAt', 'mustChangePassword'].some(isRedactedKey),
    ).toBe(false);
  });
});
