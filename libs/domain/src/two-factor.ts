import { Role } from './roles';

/**
 * Two-factor authentication (双因素认证, 等保 2.0 8.1.4.1 d)): a TOTP authenticator app (RFC 6238)
 * after the password, with one-time recovery codes for a lost phone.
 */

/** Roles whose enrolment the system administrator may enforce; the others may enrol voluntarily. */
export const TWO_FACTOR_ENFORCEABLE_ROLES: readonly Role[] = [
  Role.CityBureau,
  Role.DistrictBureau,
  Role.SystemAdmin,
  Role.AuditAdmin,
];

/** RFC 6238 defaults, which every authenticator app reads from the otpauth:// link. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes of the previous and next time step are accepted too (clock drift, typing time). */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = 'SkillPay';

export const RECOVERY_CODE_COUNT = 10;
/** The time between the password and the second step. */
export const PENDING_LOGIN_MINUTES = 5;
/**
 * Wrong codes one pending login may take before the password must be entered again; each also
 * counts towards the account lockout (LOGIN_MAX_FAILURES).
 */
export const PENDING_LOGIN_MAX_ATTEMPTS = 5;

/** `123456`, spaces allowed between the digits as apps show them (`123 456`). */
export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}
