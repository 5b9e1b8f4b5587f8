import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, SESSION_IDLE_MINUTES } from '@skillpay/domain';
import { DataSource, IsNull } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { type UserStatus } from '../users/user.entity';
import { type SessionEndReason, SessionEntity } from './session.entity';

/** A session with its user, organisation and region: what authenticating a request needs. */
export interface SessionRow {
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
  must_enrol_two_factor: boolean;
  organisation_id: string;
  region_code: string;
  region_path: string;
}

export interface NewSession {
  userId: string;
  refreshTokenHash: string;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

/** Queries of the session table. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(session: NewSession): Promise<{ id: string; expiresAt: Date }> {
    const saved = await this.dataSource.getRepository(SessionEntity).save(session);
    return { id: saved.id, expiresAt: saved.expiresAt };
  }

  async find(sessionId: string): Promise<SessionRow | undefined> {
    const [row] = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id AS session_id, s.last_seen_at, s.expires_at, s.revoked_at, s.refresh_token_hash,
              u.id AS user_id, u.username, u.role, u.status, u.must_change_password,
              (COALESCE(ts.enforced, false) AND tf.enabled_at IS NULL) AS must_enrol_two_factor,
              o.id AS organisation_id, r.code AS region_code, r.path AS region_path
       FROM session s
       JOIN app_user u ON u.id = s.user_id AND u.deleted_at IS NULL
       JOIN organisation o ON o.id = u.organisation_id
       JOIN region r ON r.code = o.region_code
       LEFT JOIN two_factor_setting ts ON ts.role = u.role
       LEFT JOIN user_two_factor tf ON tf.user_id = u.id
       WHERE s.id = $1`,
      [sessionId],
    );
    return row;
  }

  async touch(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE session SET last_seen_at = now() WHERE id = $1`, [sessionId]);
  }

  /** Replaces the refresh token's hash, unless another rotation got there first. */
  async rotateRefreshToken(sessionId: string, previousHash: string, nextHash: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE session SET refresh_token_hash = $2, last_seen_at = now() WHERE id = $1 AND refresh_token_hash = $3`,
      [sessionId, nextHash, previousHash],
    );
  }

  async revoke(sessionId: string, reason: SessionEndReason): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  async revokeAllForUser(
    tx: Tx,
    userId: string,
    reason: SessionEndReason,
    exceptSessionId?: string,
  ): Promise<void> {
    await managerOf(tx, this.dataSource).query(
      `UPDATE session SET revoked_at = now(), revoked_reason = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, exceptSessionId ?? null],
    );
  }

  /** Deletes sessions that ended more than a day ago; returns the rows removed. */
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
}
