import { Injectable, Logger } from '@nestjs/common';
import {
  isTotpCode,
  PENDING_LOGIN_MAX_ATTEMPTS,
  PENDING_LOGIN_MINUTES,
  type Role,
  TWO_FACTOR_ENFORCEABLE_ROLES,
} from '@skillpay/domain';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Caller } from '../../common/auth/caller';
import { AppConfig } from '../../common/config/app-config';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { AuthException } from '../auth/auth.exception';
import { PasswordService } from '../auth/password.service';
import {
  type DisableTwoFactorDto,
  type RecoveryCodesDto,
  toTwoFactorSettingDto,
  type TwoFactorEnrolmentDto,
  type TwoFactorSettingListDto,
  type TwoFactorStatusDto,
  type UpdateTwoFactorSettingsDto,
} from './two-factor.dto';
import {
  matchTimeStep,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  otpauthUri,
  TwoFactorKeys,
} from './two-factor.crypto';
import { TwoFactorException } from './two-factor.exception';
import { TwoFactorRepository } from './two-factor.repository';

export type SecondFactorMethod = 'totp' | 'recovery_code';

export type SecondFactorCheck =
  | { ok: true; method: SecondFactorMethod }
  | { ok: false; method: SecondFactorMethod; reason: 'invalid' | 'replayed' };

export interface PendingLogin {
  id: string;
  userId: string;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * TOTP enrolment, verification (with replay refusal and one-time recovery codes), the logins
 * waiting for their second factor, and the per-role enforcement. Codes and secrets never reach
 * the audit log or the server log.
 */
@Injectable()
export class TwoFactorService {
  private readonly logger = new Logger(TwoFactorService.name);
  private readonly keys: TwoFactorKeys;

  constructor(
    config: AppConfig,
    private readonly repository: TwoFactorRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
  ) {
    this.keys = new TwoFactorKeys(config.twoFactorKey);
  }

  async status(caller: Caller): Promise<TwoFactorStatusDto> {
    const row = await this.repository.find(caller.userId);
    const enabled = Boolean(row?.enabledAt);
    return {
      enabled,
      enabledAt: row?.enabledAt ?? null,
      recoveryCodesRemaining: enabled ? await this.repository.unusedRecoveryCodes(caller.userId) : 0,
      required: await this.repository.isEnforced(caller.role),
    };
  }

  async isEnabled(userId: string, tx?: Tx): Promise<boolean> {
    return Boolean((await this.repository.find(userId, tx))?.enabledAt);
  }

  enabledAmong(userIds: string[], tx?: Tx): Promise<Set<string>> {
    return this.repository.enabledAmong(userIds, tx);
  }

  isEnforced(role: Role): Promise<boolean> {
    return this.repository.isEnforced(role);
  }

  /** A new secret, not yet in force: the first code from the app confirms it. */
  async startEnrolment(caller: Caller): Promise<TwoFactorEnrolmentDto> {
    if (await this.isEnabled(caller.userId)) throw new TwoFactorException('already_enabled');
    const secret = newTotpSecret();
    await this.unitOfWork.run(async (tx) => {
      await this.repository.savePending(caller.userId, this.keys.encryptSecret(caller.userId, secret), tx);
      await this.audit.record(
        { action: 'two_factor.enrolment_start', entityType: 'user', entityId: caller.userId },
        tx,
      );
    });
    return { secret, otpauthUri: otpauthUri(secret, caller.username) };
  }

  /** Turns two-factor on with the app's first code; answers the recovery codes, shown once. */
  async confirmEnrolment(caller: Caller, code: string): Promise<RecoveryCodesDto> {
    return this.unitOfWork.run(async (tx) => {
      const row = await this.repository.find(caller.userId, tx);
      if (!row || row.enabledAt)
        throw new TwoFactorException(row ? 'already_enabled' : 'no_pending_enrolment');
      const step = matchTimeStep(this.decrypt(caller.userId, row.secretEncrypted), code, Date.now());
      if (step === null) {
        await this.auditFailure(caller.userId, 'totp', 'invalid');
        throw TwoFactorException.invalid('code', 'code_invalid');
      }
      await this.repository.enable(caller.userId, step, tx);
      const recoveryCodes = await this.storeRecoveryCodes(caller.userId, tx);
      await this.audit.record(
        {
          action: 'two_factor.enrol',
          entityType: 'user',
          entityId: caller.userId,
          after: { enabled: true, recoveryCodesRemaining: recoveryCodes.length },
        },
        tx,
      );
      return { recoveryCodes };
    });
  }

  /** New recovery codes for the old ones, confirmed with a current code. */
  async regenerateRecoveryCodes(caller: Caller, code: string): Promise<RecoveryCodesDto> {
    await this.assertEnabled(caller.userId);
    await this.assertCurrentCode(caller.userId, code);
    return this.unitOfWork.run(async (tx) => {
      const recoveryCodes = await this.storeRecoveryCodes(caller.userId, tx);
      await this.audit.record(
        {
          action: 'two_factor.recovery_codes_regenerate',
          entityType: 'user',
          entityId: caller.userId,
          after: { recoveryCodesRemaining: recoveryCodes.length },
        },
        tx,
      );
      return { recoveryCodes };
    });
  }

  /**
   * Turns two-factor off with the password and a current code. Where the role requires it, the
   * session is then held to enrolment again (changing the phone is: turn off, set up anew).
   */
  async disable(caller: Caller, dto: DisableTwoFactorDto): Promise<void> {
    await this.assertEnabled(caller.userId);
    const passwordHash = await this.repository.passwordHashOf(caller.userId);
    if (!passwordHash || !(await this.passwords.verify(passwordHash, dto.password))) {
      throw AuthException.invalid('password', 'current_password_wrong');
    }
    await this.assertCurrentCode(caller.userId, dto.code);
    await this.unitOfWork.run(async (tx) => {
      await this.repository.remove(caller.userId, tx);
      await this.audit.record(
        {
          action: 'two_factor.disable',
          entityType: 'user',
          entityId: caller.userId,
          before: { enabled: true },
          after: { enabled: false },
        },
        tx,
      );
    });
  }

  /** An administrator's reset (lost phone and codes): the caller audits it with the reason. */
  async reset(userId: string, tx: Tx): Promise<boolean> {
    return this.repository.remove(userId, tx);
  }

  /**
   * Checks a 6-digit code (a time step not used before) or an unused recovery code, consuming
   * it. Failures are returned, not thrown: the caller decides what they count towards.
   */
  async check(userId: string, code: string, actorUsername?: string): Promise<SecondFactorCheck> {
    if (isTotpCode(code)) {
      const row = await this.repository.find(userId);
      if (!row?.enabledAt) return { ok: false, method: 'totp', reason: 'invalid' };
      const step = matchTimeStep(this.decrypt(userId, row.secretEncrypted), code, Date.now());
      if (step === null) return { ok: false, method: 'totp', reason: 'invalid' };
      return (await this.repository.claimStep(userId, step))
        ? { ok: true, method: 'totp' }
        : { ok: false, method: 'totp', reason: 'replayed' };
    }
    const normalised = normaliseRecoveryCode(code);
    if (
      !normalised ||
      !(await this.repository.useRecoveryCode(userId, this.keys.hashRecoveryCode(userId, normalised)))
    ) {
      return { ok: false, method: 'recovery_code', reason: 'invalid' };
    }
    await this.audit.record({
      action: 'two_factor.recovery_code_used',
      actorUsername,
      entityType: 'user',
      entityId: userId,
      after: { recoveryCodesRemaining: await this.repository.unusedRecoveryCodes(userId) },
    });
    return { ok: true, method: 'recovery_code' };
  }

  /** Records a refused second factor: never the code, only how it failed. */
  async auditFailure(
    userId: string,
    method: SecondFactorMethod,
    reason: 'invalid' | 'replayed',
    extra: { actorUsername?: string; failedCount?: number } = {},
  ): Promise<void> {
    await this.audit.record({
      action: 'two_factor.failed',
      outcome: 'failure',
      entityType: 'user',
      entityId: userId,
      actorUsername: extra.actorUsername,
      after: {
        method,
        reason,
        ...(extra.failedCount === undefined ? {} : { failedCount: extra.failedCount }),
      },
    });
  }

  // --- pending logins ---

  async createPendingLogin(userId: string): Promise<{ pendingToken: string; expiresIn: number }> {
    const secret = randomBytes(32).toString('base64url');
    const expiresIn = PENDING_LOGIN_MINUTES * 60;
    const id = await this.repository.insertPendingLogin(
      userId,
      sha256(secret),
      new Date(Date.now() + expiresIn * 1000),
    );
    return { pendingToken: `${id}.${secret}`, expiresIn };
  }

  /** The pending login behind a token, or 401 when it is unknown, used up or expired. */
  async pendingLogin(token: string): Promise<PendingLogin> {
    const [id, secret] = token.split('.');
    const expired = new TwoFactorException('pending_login_expired');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw expired;
    const row = await this.repository.findPendingLogin(id);
    if (!row || row.expiresAt.getTime() <= Date.now()) throw expired;
    const expected = Buffer.from(row.tokenHash, 'hex');
    const actual = Buffer.from(sha256(secret), 'hex');
    if (!timingSafeEqual(expected, actual)) throw expired;
    return { id: row.id, userId: row.userId };
  }

  countPendingFailure(pending: PendingLogin): Promise<void> {
    return this.repository.countPendingFailure(pending.id, PENDING_LOGIN_MAX_ATTEMPTS);
  }

  /** Ends the pending login; false when another request already did (one token, one session). */
  endPendingLogin(pending: PendingLogin): Promise<boolean> {
    return this.repository.deletePendingLogin(pending.id);
  }

  // --- per-role settings (the system administrator's) ---

  async settings(tx?: Tx): Promise<TwoFactorSettingListDto> {
    const stored = new Map((await this.repository.settings(tx)).map((row) => [row.role, row.enforced]));
    return {
      items: TWO_FACTOR_ENFORCEABLE_ROLES.map((role) =>
        toTwoFactorSettingDto({ role, enforced: stored.get(role) ?? false }),
      ),
    };
  }

  async updateSettings(dto: UpdateTwoFactorSettingsDto): Promise<TwoFactorSettingListDto> {
    dto.items.forEach((item, index) => {
      if (!TWO_FACTOR_ENFORCEABLE_ROLES.includes(item.role)) {
        throw TwoFactorException.invalid(`items.${index}.role`, 'role_not_enforceable');
      }
    });
    const before = await this.settings();
    await this.unitOfWork.run(async (tx) => {
      for (const item of dto.items) await this.repository.setEnforced(item.role, item.enforced, tx);
      const after = await this.settings(tx);
      await this.audit.record(
        { action: 'security_setting.two_factor_update', entityType: 'two_factor_setting', before, after },
        tx,
      );
    });
    return this.settings();
  }

  private async assertEnabled(userId: string): Promise<void> {
    if (!(await this.isEnabled(userId))) throw new TwoFactorException('not_enabled');
  }

  private async assertCurrentCode(userId: string, code: string): Promise<void> {
    const result = await this.check(userId, code);
    if (result.ok) return;
    await this.auditFailure(userId, result.method, result.reason);
    throw TwoFactorException.invalid('code', 'code_invalid');
  }

  private async storeRecoveryCodes(userId: string, tx: Tx): Promise<string[]> {
    const codes = newRecoveryCodes();
    await this.repository.replaceRecoveryCodes(
      userId,
      codes.map((code) => this.keys.hashRecoveryCode(userId, normaliseRecoveryCode(code)!)),
      tx,
    );
    return codes;
  }

  private decrypt(userId: string, stored: string): string {
    try {
      return this.keys.decryptSecret(userId, stored);
    } catch {
      // the key changed or the row was altered: say so in the log, never the value
      this.logger.error(`two-factor secret of user ${userId} cannot be decrypted with TWO_FACTOR_KEY`);
      throw new TwoFactorException('secret_unreadable');
    }
  }
}
