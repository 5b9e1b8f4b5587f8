import { Injectable } from '@nestjs/common';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '@skillpay/domain';
import { createHash, randomBytes } from 'node:crypto';
import { type Caller } from '../../common/auth/caller';
import { type AppException } from '../../common/errors/app.exception';
import { type Tx } from '../../database/unit-of-work';
import { UserStatus } from '../users/user.entity';
import { AuthException } from './auth.exception';
import { SessionEndReason } from './session.entity';
import { SessionRepository, type SessionRow } from './session.repository';

const IDLE_MS = SESSION_IDLE_MINUTES * 60_000;
const ABSOLUTE_MS = SESSION_ABSOLUTE_HOURS * 3_600_000;
/** last_seen_at is written at most this often: idle timeout resolution vs. one write per request */
const TOUCH_INTERVAL_MS = 60_000;

export interface IssuedSession {
  sessionId: string;
  refreshToken: string;
  expiresAt: Date;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function sessionExpired(): AppException {
  return new AuthException('session_expired');
}

/**
 * Sessions live in PostgreSQL so that logout, disabling a user and the idle timeout take effect
 * at once, whatever access tokens are still in flight.
 */
@Injectable()
export class SessionService {
  constructor(private readonly repository: SessionRepository) {}

  async create(userId: string, ip: string | null, userAgent: string | null): Promise<IssuedSession> {
    const secret = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = await this.repository.insert({
      userId,
      refreshTokenHash: sha256(secret),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_MS),
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return { sessionId: session.id, refreshToken: `${session.id}.${secret}`, expiresAt: session.expiresAt };
  }

  /** The caller behind an access token's session, or 401 when the session is over. */
  async authenticate(sessionId: string): Promise<Caller> {
    const row = await this.loadActive(sessionId);
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.repository.touch(sessionId);
    }
    return this.toCaller(row);
  }

  /**
   * Exchanges a refresh token for a new one (rotation). An old secret presented again means the
   * token was copied: the session is revoked for everyone holding it.
   */
  async rotate(refreshToken: string): Promise<{ caller: Caller; issued: IssuedSession }> {
    const [sessionId, secret] = refreshToken.split('.');
    if (!sessionId || !secret || !/^[0-9a-f-]{36}$/.test(sessionId)) {
      throw new AuthException('invalid_refresh_token');
    }
    const row = await this.loadActive(sessionId);
    if (row.refresh_token_hash !== sha256(secret)) {
      await this.revoke(sessionId, SessionEndReason.RefreshReuse);
      throw new AuthException('invalid_refresh_token');
    }
    const next = randomBytes(32).toString('base64url');
    await this.repository.rotateRefreshToken(sessionId, row.refresh_token_hash, sha256(next));
    return {
      caller: this.toCaller(row),
      issued: { sessionId, refreshToken: `${sessionId}.${next}`, expiresAt: row.expires_at },
    };
  }

  async revoke(sessionId: string, reason: SessionEndReason): Promise<void> {
    await this.repository.revoke(sessionId, reason);
  }

  /** Ends every session of a user, optionally keeping one (the caller's own on a password change). */
  async revokeAllForUser(
    tx: Tx,
    userId: string,
    reason: SessionEndReason,
    exceptSessionId?: string,
  ): Promise<void> {
    await this.repository.revokeAllForUser(tx, userId, reason, exceptSessionId);
  }

  /** Maintenance: delete sessions that ended more than a day ago. Returns the rows removed. */
  purgeExpired(): Promise<number> {
    return this.repository.purgeExpired();
  }

  private async loadActive(sessionId: string): Promise<SessionRow> {
    const row = await this.repository.find(sessionId);
    const now = Date.now();
    if (
      !row ||
      row.revoked_at ||
      row.status !== UserStatus.Active ||
      row.expires_at.getTime() <= now ||
      now - row.last_seen_at.getTime() > IDLE_MS
    ) {
      throw sessionExpired();
    }
    return row;
  }

  private toCaller(row: SessionRow): Caller {
    return {
      userId: row.user_id,
      sessionId: row.session_id,
      username: row.username,
      role: row.role,
      organisationId: row.organisation_id,
      regionCode: row.region_code,
      regionPath: row.region_path,
      mustChangePassword: row.must_change_password,
      mustEnrolTwoFactor: row.must_enrol_two_factor,
    };
  }
}
