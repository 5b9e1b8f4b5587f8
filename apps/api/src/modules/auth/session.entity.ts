import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

export enum SessionEndReason {
  Logout = 'logout',
  UserDisabled = 'user_disabled',
  PasswordChanged = 'password_changed',
  RefreshReuse = 'refresh_reuse',
  TwoFactorReset = 'two_factor_reset',
}

/**
 * A login session. The refresh token is `<session id>.<secret>`; only the secret's SHA-256 is
 * stored, and it rotates on every refresh. Presenting an old secret revokes the session (reuse).
 */
@Entity('session')
@Index('idx_session_user', ['userId'])
@Index('idx_session_expires_at', ['expiresAt'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'refresh_token_hash', type: 'char', length: 64 })
  refreshTokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** last authenticated request: the idle timeout counts from here */
  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  /** absolute end of the session */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 30, nullable: true })
  revokedReason: SessionEndReason | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
