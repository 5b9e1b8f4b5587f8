import { TOTP_PERIOD_SECONDS } from '@skillpay/domain';
import {
  matchTimeStep,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  otpauthUri,
  timeStepAt,
  totpCodeAt,
  TwoFactorKeys,
} from './two-factor.crypto';

// RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" (base32 below), T = 59 s → 94287082
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const STEP_MS = TOTP_PERIOD_SECONDS * 1000;

describe('TOTP time steps', () => {
  it('computes the RFC 6238 test vector (last 6 digits of 94287082 at 59 s)', () => {
    expect(totpCodeAt(RFC_SECRET, 59_000)).toBe('287082');
    expect(timeStepAt(59_000)).toBe(1);
    expect(matchTimeStep(RFC_SECRET, '287082', 59_000)).toBe(1);
  });

  it('accepts the previous and the next step (clock drift), not two away, and names the step', () => {
    const now = Date.UTC(2026, 11, 7, 5, 0, 10);
    const step = timeStepAt(now);
    expect(matchTimeStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now - STEP_MS), now)).toBe(step - 1);
    expect(matchTimeStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now + STEP_MS), now)).toBe(step + 1);
    expect(matchTimeStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now - 2 * STEP_MS), now)).toBeNull();
    expect(matchTimeStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now + 2 * STEP_MS), now)).toBeNull();
  });

  it('reads codes typed with a space as apps show them, and refuses other text', () => {
    const now = Date.UTC(2026, 0, 1);
    const code = totpCodeAt(RFC_SECRET, now);
    expect(matchTimeStep(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(timeStepAt(now));
    expect(matchTimeStep(RFC_SECRET, 'abcdef', now)).toBeNull();
  });

  it('makes 160-bit base32 secrets and an otpauth link an app reads', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(otpauthUri(secret, 'qd-city'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('SkillPay');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});

describe('recovery codes', () => {
  it('makes 10 distinct codes that normalise however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(normaliseRecoveryCode(` ${code.toUpperCase().replace('-', ' ')} `)).toBe(code.replace('-', ''));
    }
    expect(normaliseRecoveryCode('12345')).toBeNull();
    expect(normaliseRecoveryCode('0000000000')).toBeNull(); // 0 is not in the alphabet
  });
});

describe('TwoFactorKeys', () => {
  const keys = new TwoFactorKeys('k'.repeat(32));
  const user = '5b0c2b7e-8f8a-4a4e-9f55-2f4b1d1e7c01';
  const other = '0f4c1a43-3d0e-4b8a-8b55-7d2a9e6b3c02';

  it('encrypts a secret so that only the same key and user read it back', () => {
    const stored = keys.encryptSecret(user, RFC_SECRET);
    expect(stored).not.toContain(RFC_SECRET);
    expect(stored.startsWith('v1.')).toBe(true);
    expect(keys.decryptSecret(user, stored)).toBe(RFC_SECRET);
    // a fresh IV each time
    expect(keys.encryptSecret(user, RFC_SECRET)).not.toBe(stored);
    expect(() => keys.decryptSecret(other, stored)).toThrow();
    expect(() => new TwoFactorKeys('z'.repeat(32)).decryptSecret(user, stored)).toThrow();
    const [format, iv, ciphertext, tag] = stored.split('.');
    const flipped = `${ciphertext[0] === 'A' ? 'B' : 'A'}${ciphertext.slice(1)}`;
    expect(() => keys.decryptSecret(user, [format, iv, flipped, tag].join('.'))).toThrow();
  });

  it('hashes recovery codes per user and per key', () => {
    const hash = keys.hashRecoveryCode(user, 'abcdefghjk');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.hashRecoveryCode(user, 'abcdefghjk')).toBe(hash);
    expect(keys.hashRecoveryCode(other, 'abcdefghjk')).not.toBe(hash);
    expect(new TwoFactorKeys('z'.repeat(32)).hashRecoveryCode(user, 'abcdefghjk')).not.toBe(hash);
  });
});
