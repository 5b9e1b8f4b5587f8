import {
  TOTP_DIGITS,
  TOTP_ISSUER,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW,
  RECOVERY_CODE_COUNT,
} from '@skillpay/domain';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** Letters and digits that cannot be misread for one another (no 0/o, 1/l/i). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** 10 characters of 31: 49.5 bits, checked online against a handful of attempts. */
const RECOVERY_CODE_LENGTH = 10;
const SECRET_FORMAT = 'v1';

function totp(secretBase32: string, label = 'user'): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit TOTP secret (RFC 4226's recommended length), base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// link an authenticator app reads from the QR code. */
export function otpauthUri(secretBase32: string, username: string): string {
  return totp(secretBase32, username).toString();
}

/** The RFC 6238 time step of a moment. */
export function timeStepAt(nowMs: number): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: nowMs });
}

/**
 * The time step whose code `code` is, within TOTP_WINDOW steps of `nowMs`, or null. The caller
 * refuses a step it has already accepted (replay).
 */
export function matchTimeStep(secretBase32: string, code: string, nowMs: number): number | null {
  const token = code.replace(/\s/g, '');
  const delta = totp(secretBase32).validate({ token, timestamp: nowMs, window: TOTP_WINDOW });
  return delta === null ? null : timeStepAt(nowMs) + delta;
}

/** The code of the step containing `nowMs` (tests, and nothing else, need to compute one). */
export function totpCodeAt(secretBase32: string, nowMs: number): string {
  return totp(secretBase32).generate({ timestamp: nowMs });
}

/** RECOVERY_CODE_COUNT fresh codes, shown as `xxxxx-xxxxx`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from(
      { length: RECOVERY_CODE_LENGTH },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    ).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** A recovery code as typed (any case, spaces or dashes) in its stored form, or null. */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, '');
  return code.length === RECOVERY_CODE_LENGTH && [...code].every((c) => RECOVERY_ALPHABET.includes(c))
    ? code
    : null;
}

/**
 * The keys derived from TWO_FACTOR_KEY (HKDF-SHA-256), one per purpose: AES-256-GCM for TOTP
 * secrets at rest, HMAC-SHA-256 for recovery codes, so a database copy alone reveals neither.
 */
export class TwoFactorKeys {
  private readonly encryptionKey: Buffer;
  private readonly recoveryKey: Buffer;

  constructor(masterKey: string) {
    this.encryptionKey = derive(masterKey, 'skillpay totp secret v1');
    this.recoveryKey = derive(masterKey, 'skillpay recovery code v1');
  }

  /** Encrypted and bound to the user: a row copied to another user does not decrypt. */
  encryptSecret(userId: string, secretBase32: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    cipher.setAAD(Buffer.from(userId));
    const ciphertext = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
    return [SECRET_FORMAT, iv, ciphertext, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** Throws when the value was altered, belongs to another user or was encrypted with another key. */
  decryptSecret(userId: string, stored: string): string {
    const [format, iv, ciphertext, tag] = stored.split('.');
    if (format !== SECRET_FORMAT || !iv || !ciphertext || !tag) throw new Error('unknown secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  /** Hex HMAC of a normalised recovery code, per user. */
  hashRecoveryCode(userId: string, normalisedCode: string): string {
    return createHmac('sha256', this.recoveryKey).update(`${userId}:${normalisedCode}`).digest('hex');
  }
}

function derive(masterKey: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, 'skillpay-two-factor', info, 32));
}
