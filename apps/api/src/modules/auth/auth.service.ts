import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ACCESS_TOKEN_MINUTES } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { type AccessTokenPayload } from '../../common/auth/auth.guard';
import { type Caller } from '../../common/auth/caller';
import { type RequestContext } from '../../common/context/request-context';
import { type AppException } from '../../common/errors/app.exception';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { toOrganisationSummaryDto } from '../organisations/organisations.dto';
import { toRegionDto } from '../regions/regions.dto';
import { type UserEntity, UserStatus } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { type SecondFactorChallengeDto, type SecondFactorLoginDto } from '../two-factor/two-factor.dto';
import { TwoFactorException } from '../two-factor/two-factor.exception';
import { type SecondFactorMethod, TwoFactorService } from '../two-factor/two-factor.service';
import { type ChangePasswordDto, type LoginDto, type MeDto } from './auth.dto';
import { AuthException } from './auth.exception';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionEndReason } from './session.entity';
import { type IssuedSession, SessionService } from './session.service';

export interface LoginResult {
  accessToken: string;
  expiresIn: number;
  user: MeDto;
  session: IssuedSession;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly twoFactor: TwoFactorService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  /**
   * Unknown usernames go through the same password check, counter and lockout as real ones, so
   * neither the answer nor its timing tells whether an account exists.
   */
  async login(dto: LoginDto): Promise<LoginResult | SecondFactorChallengeDto> {
    const username = dto.username.trim().toLowerCase();
    const lockedUntil = await this.throttle.lockedUntil(username);
    if (lockedUntil) {
      await this.audit.record({ action: 'auth.login_locked', outcome: 'denied', actorUsername: username });
      throw this.lockedError(lockedUntil);
    }
    const user = await this.users.findByUsername(username);
    const valid = await this.passwords.verify(user?.passwordHash, dto.password);
    if (!user || !valid) {
      const outcome = await this.throttle.registerFailure(username);
      await this.audit.record({
        action: 'auth.login_failed',
        outcome: 'failure',
        actorUsername: username,
        entityType: user ? 'user' : undefined,
        entityId: user?.id,
        after: { failedCount: outcome.failedCount },
      });
      if (outcome.lockedUntil) {
        await this.audit.record({
          action: 'auth.lockout',
          outcome: 'denied',
          actorUsername: username,
          after: { lockedUntil: outcome.lockedUntil.toISOString() },
        });
        throw this.lockedError(outcome.lockedUntil);
      }
      throw new AuthException('invalid_credentials');
    }
    if (user.status !== UserStatus.Active) {
      await this.audit.record({
        action: 'auth.login_failed',
        outcome: 'denied',
        actorUsername: username,
        entityType: 'user',
        entityId: user.id,
        after: { reason: 'disabled' },
      });
      throw new AuthException('account_disabled');
    }
    if (await this.twoFactor.isEnabled(user.id)) {
      // The failure count stays until the second factor passes: a known password alone must not
      // reset the lockout that bounds guessing the code.
      await this.audit.record({
        action: 'auth.password_verified',
        entityType: 'user',
        entityId: user.id,
        actorUsername: username,
      });
      return { secondFactorRequired: true, ...(await this.twoFactor.createPendingLogin(user.id)) };
    }
    await this.throttle.clear(username);
    return this.startSession(user);
  }

  /**
   * The second step: a 6-digit code of a time step not used before, or an unused recovery code.
   * A wrong code counts towards the account lockout like a wrong password; the session is created
   * only here.
   */
  async loginSecondFactor(dto: SecondFactorLoginDto): Promise<LoginResult> {
    const pending = await this.twoFactor.pendingLogin(dto.pendingToken);
    const user = await this.users.findWithOrganisation(pending.userId);
    if (!user) throw new TwoFactorException('pending_login_expired');
    const username = user.username;
    const lockedUntil = await this.throttle.lockedUntil(username);
    if (lockedUntil) {
      await this.twoFactor.endPendingLogin(pending);
      await this.audit.record({ action: 'auth.login_locked', outcome: 'denied', actorUsername: username });
      throw this.lockedError(lockedUntil);
    }
    const check = await this.twoFactor.check(user.id, dto.code, username);
    if (!check.ok) {
      await this.twoFactor.countPendingFailure(pending);
      const outcome = await this.throttle.registerFailure(username);
      await this.twoFactor.auditFailure(user.id, check.method, check.reason, {
        actorUsername: username,
        failedCount: outcome.failedCount,
      });
      if (outcome.lockedUntil) {
        await this.twoFactor.endPendingLogin(pending);
        await this.audit.record({
          action: 'auth.lockout',
          outcome: 'denied',
          actorUsername: username,
          after: { lockedUntil: outcome.lockedUntil.toISOString() },
        });
        throw this.lockedError(outcome.lockedUntil);
      }
      throw TwoFactorException.invalid('code', 'second_factor_invalid');
    }
    // one pending login, one session, even when two requests carry valid codes at once
    if (!(await this.twoFactor.endPendingLogin(pending)))
      throw new TwoFactorException('pending_login_expired');
    if (user.status !== UserStatus.Active) throw new AuthException('account_disabled');
    await this.throttle.clear(username);
    return this.startSession(user, check.method);
  }

  private async startSession(user: UserEntity, secondFactor?: SecondFactorMethod): Promise<LoginResult> {
    const session = await this.sessions.create(
      user.id,
      this.cls.get('ip') ?? null,
      this.cls.get('userAgent') ?? null,
    );
    const twoFactor = await this.twoFactorState(user);
    await this.unitOfWork.run(async (tx) => {
      await this.users.recordLogin(user.id, tx);
      this.cls.set('caller', this.callerOf(user, session.sessionId, twoFactor.mustEnrol));
      await this.audit.record(
        {
          action: 'auth.login',
          entityType: 'session',
          entityId: session.sessionId,
          after: secondFactor ? { secondFactor } : undefined,
        },
        tx,
      );
    });
    return {
      ...(await this.issueAccessToken(user.id, session.sessionId)),
      user: toMeDto(user, twoFactor),
      session,
    };
  }

  async refresh(refreshToken: string | undefined): Promise<LoginResult> {
    if (!refreshToken) throw new AuthException('invalid_refresh_token');
    const { caller, issued } = await this.sessions.rotate(refreshToken);
    return {
      ...(await this.issueAccessToken(caller.userId, issued.sessionId)),
      user: await this.me(caller),
      session: issued,
    };
  }

  async logout(caller: Caller): Promise<void> {
    await this.sessions.revoke(caller.sessionId, SessionEndReason.Logout);
    await this.audit.record({ action: 'auth.logout', entityType: 'session', entityId: caller.sessionId });
  }

  async me(caller: Caller): Promise<MeDto> {
    const user = await this.users.findWithOrganisation(caller.userId);
    if (!user) throw new AuthException('session_expired');
    return toMeDto(user, await this.twoFactorState(user));
  }

  /** Ends the user's other sessions; the current one stays. */
  async changePassword(caller: Caller, dto: ChangePasswordDto): Promise<void> {
    const user = await this.users.findWithOrganisation(caller.userId);
    if (!user || !(await this.passwords.verify(user.passwordHash, dto.currentPassword))) {
      throw AuthException.invalid('currentPassword', 'current_password_wrong');
    }
    this.passwords.assertAcceptable(dto.newPassword, user.username, 'newPassword');
    if (await this.passwords.verify(user.passwordHash, dto.newPassword)) {
      throw AuthException.invalid('newPassword', 'password_reused');
    }
    const passwordHash = await this.passwords.hash(dto.newPassword);
    await this.unitOfWork.run(async (tx) => {
      await this.users.setOwnPassword(user.id, passwordHash, tx);
      await this.sessions.revokeAllForUser(tx, user.id, SessionEndReason.PasswordChanged, caller.sessionId);
      await this.audit.record({ action: 'user.change_password', entityType: 'user', entityId: user.id }, tx);
    });
  }

  private async issueAccessToken(
    userId: string,
    sessionId: string,
  ): Promise<{ accessToken: string; expiresIn: number }> {
    const payload: AccessTokenPayload = { sub: userId, sid: sessionId };
    return { accessToken: await this.jwt.signAsync(payload), expiresIn: ACCESS_TOKEN_MINUTES * 60 };
  }

  private lockedError(until: Date): AppException {
    return new AuthException(
      'account_locked',
      { until: formatLocalTime(until, this.cls.get('language')) },
      { extra: { lockedUntil: until.toISOString() } },
    );
  }

  private async twoFactorState(user: UserEntity): Promise<TwoFactorState> {
    const enabled = await this.twoFactor.isEnabled(user.id);
    return { enabled, mustEnrol: !enabled && (await this.twoFactor.isEnforced(user.role)) };
  }

  private callerOf(user: UserEntity, sessionId: string, mustEnrolTwoFactor: boolean): Caller {
    return {
      userId: user.id,
      sessionId,
      username: user.username,
      role: user.role,
      organisationId: user.organisationId,
      regionCode: user.organisation!.regionCode,
      regionPath: user.organisation!.region!.path,
      mustChangePassword: user.mustChangePassword,
      mustEnrolTwoFactor,
    };
  }
}

/** The lockout end as an official reads it: China Standard Time, minutes. */
function formatLocalTime(date: Date, language: string | undefined): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

interface TwoFactorState {
  enabled: boolean;
  mustEnrol: boolean;
}

export function toMeDto(user: UserEntity, twoFactor: TwoFactorState): MeDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    mustEnrolTwoFactor: twoFactor.mustEnrol,
    twoFactorEnabled: twoFactor.enabled,
    organisation: toOrganisationSummaryDto(user.organisation!),
    region: toRegionDto(user.organisation!.region!),
  };
}
