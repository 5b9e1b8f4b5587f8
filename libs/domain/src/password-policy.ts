/**
 * Password rules (docs/security/password-policy.md explains why they satisfy both 等保 2.0 and
 * OWASP ASVS): at least 12 characters, at most 128, three of four character classes, not the
 * username, and not on a list of common passwords (checked by the caller, which holds the list).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;

export type PasswordViolation = 'too_short' | 'too_long' | 'too_few_classes' | 'contains_username' | 'common';

export interface PasswordCheckInput {
  password: string;
  username?: string;
  /** Supplied by the API, which holds the common-password list. */
  isCommon?: (password: string) => boolean;
}

export function characterClassCount(password: string): number {
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];
  return classes.filter((pattern) => pattern.test(password)).length;
}

export function checkPassword({ password, username, isCommon }: PasswordCheckInput): PasswordViolation[] {
  const violations: PasswordViolation[] = [];
  // Length counts characters as people see them, not UTF-16 units.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) violations.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) violations.push('too_long');
  if (characterClassCount(password) < PASSWORD_MIN_CLASSES) violations.push('too_few_classes');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    violations.push('contains_username');
  }
  if (isCommon?.(password)) violations.push('common');
  return violations;
}
