import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_CLASSES,
  PASSWORD_MIN_LENGTH,
  type PasswordViolation,
} from '@skillpay/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppException, type FieldProblem } from '../../common/errors/app.exception';
import { AuthException } from './auth.exception';

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

/**
 * Common if the password, or its core without leading/trailing digits and symbols
 * (`Password@2026` → `password`), is on the common-password list.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return COMMON_PASSWORDS.has(lower) || (core.length >= 4 && COMMON_PASSWORDS.has(core));
}

@Injectable()
export class PasswordService {
  /** Hash of a random password: verifying unknown usernames against it keeps timing uniform. */
  private readonly decoyHash = hash(`decoy-${Math.random()}`, ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.decoyHash, password);
      return false;
    }
    return verify(passwordHash, password);
  }

  /** Throws a 400 listing every rule the password breaks, under the given field name. */
  assertAcceptable(password: string, username: string, field: string): void {
    const violations = checkPassword({ password, username, isCommon: isCommonPassword });
    if (violations.length === 0) return;
    throw AppException.validation(violations.map((violation) => passwordProblem(field, violation)));
  }
}

/** A broken password rule as a problem with `field`. */
function passwordProblem(field: string, violation: PasswordViolation): FieldProblem {
  switch (violation) {
    case 'too_short':
      return AuthException.fieldProblem(field, 'password_too_short', { min: PASSWORD_MIN_LENGTH });
    case 'too_long':
      return AuthException.fieldProblem(field, 'password_too_long', { max: PASSWORD_MAX_LENGTH });
    case 'too_few_classes':
      return AuthException.fieldProblem(field, 'password_too_few_classes', { classes: PASSWORD_MIN_CLASSES });
    case 'contains_username':
      return AuthException.fieldProblem(field, 'password_contains_username');
    case 'common':
      return AuthException.fieldProblem(field, 'password_common');
  }
}
