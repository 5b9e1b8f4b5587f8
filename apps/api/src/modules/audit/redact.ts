/**
 * Keys whose values never enter the audit log: passwords, password hashes, tokens and their
 * hashes, secrets, ID-card numbers. Matched by exact name — case, `_` and `-` aside, so
 * `refresh_token_hash` is `refreshTokenHash` — never by substring: `mustChangePassword` or
 * `passwordChangedAt` are facts the auditor needs, not secrets.
 * The services already pass mapped DTOs; this is the safety net.
 */
export const REDACTED_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'oldPassword',
  'passwordHash',
  'passwords',
  'token',
  'accessToken',
  'refreshToken',
  'refreshTokenHash',
  'tokenHash',
  'secret',
  'jwtSecret',
  'totpSecret',
  'recoveryCodes',
  'idCard',
  'idNumber',
  '身份证',
  '身份证号',
  '身份证号码',
] as const;

const normalise = (key: string): string => key.replace(/[_-]/g, '').toLowerCase();
const REDACTED = new Set<string>(REDACTED_KEYS.map(normalise));

export function isRedactedKey(key: string): boolean {
  return REDACTED.has(normalise(key));
}

/** A JSON copy of `value` with the values of the keys above replaced, in nested objects and arrays too. */
export function redactSecrets(value: object): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => (key && isRedactedKey(key) ? '[REDACTED]' : inner)),
  ) as Record<string, unknown>;
}
