import { Injectable } from '@nestjs/common';
import { HttpStatus } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '@skillpay/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { ErrorCode } from '../../common/errors/error-code';
import { UserStatus } from '../users/user.entity';
import { SessionEndReason, SessionEntity } from './session.entity';

const IDLE_MS = SESSION_IDLE_MINUTES * 60_000;
const ABSOLUTE_MS = SESSION_ABSOLUTE_HOURS * 3_600_000;
/** last_seen_at is written at most this often: idle timeout resolution vs. one write per request */
const TOUCH_INTERVAL_MS = 60_000;

export interface IssuedSession {
  sessionId: string;
  refreshToken: string;
  expiresAt: Date;
}

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  refresh_token_hash: string;
  user_id: string;
  username: string;
  role: Role;
  status: UserStatus;
  must_change_password: boolean;
  organisation_id: string;
  region_code: string;
  region_path: string;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function sessionExpired(): AppException {
  return new AppException(ErrorCode.SessionExpired, HttpStatus.UNAUTHORIZED);
}

/**
 * Sessions live in PostgreSQL so that logout, disabling a user and the idle timeout take effect
 * at once, whatever access tokens are still in flight.
 */
@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(userId: string, ip: string | null, userAgent: string | null): Promise<IssuedSession> {
    const secret = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = await this.dataSource.getRepository(SessionEntity).save({
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
      await this.dataSource.query(`UPDATE session SET last_seen_at = now() WHERE id = $1`, [sessionId]);
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
      throw new AppException(ErrorCode.InvalidRefreshToken, HttpStatus.UNAUTHORIZED);
    }
    const row = await this.loadActive(sessionId);
    if (row.refresh_token_hash !== sha256(secret)) {
      await this.revoke(sessionId, SessionEndReason.RefreshReuse);
      throw new AppException(ErrorCode.InvalidRefreshToken, HttpStatus.UNAUTHORIZED);
    }
    const next = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `UPDATE session SET refresh_token_hash = $2, last_seen_at = now() WHERE id = $1 AND refresh_token_hash = $3`,
      [sessionId, sha256(next), row.refresh_token_hash],
    );
    return {
      caller: this.toCaller(row),
      issued: { sessionId, refreshToken: `${sessionId}.${next}`, expiresAt: row.expires_at },
    };
  }

  async revoke(sessionId: string, reason: SessionEndReason): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** Ends every session of a user, optionally keeping one (the caller's own on a password change). */
  async revokeAllForUser(
    manager: EntityManager,
    userId: string,
    reason: SessionEndReason,
    exceptSessionId?: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE session SET revoked_at = now(), revoked_reason = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, exceptSessionId ?? null],
    );
  }

  /** Maintenance: delete sessions that ended more than a day ago. Returns the rows removed. */
  async purgeExpired(): Promise<number> {
    const result = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM session
       WHERE expires_at < now() - interval '1 day'
          OR revoked_at < now() - interval '1 day'
          OR last_seen_at < now() - make_interval(mins => $1) - interval '1 day'`,
      [SESSION_IDLE_MINUTES],
    );
    return result[1];
  }

  private async loadActive(sessionId: string): Promise<SessionRow> {
    const [row] = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id AS session_id, s.last_seen_at, s.expires_at, s.revoked_at, s.refresh_token_hash,
              u.id AS user_id, u.username, u.role, u.status, u.must_change_password,
              o.id AS organisation_id, r.code AS region_code, r.path AS region_path
       FROM session s
       JOIN app_user u ON u.id = s.user_id AND u.deleted_at IS NULL
       JOIN organisation o ON o.id = u.organisation_id
       JOIN region r ON r.code = o.region_code
       WHERE s.id = $1`,
      [sessionId],
    );
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
    };
  }
}
