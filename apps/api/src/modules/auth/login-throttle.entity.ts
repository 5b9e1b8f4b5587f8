import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed-login counter keyed by the username as typed (lower-cased), whether or not such an
 * account exists: unknown usernames lock exactly like real ones, so responses reveal nothing.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  username: string;

  @Column({ name: 'failed_count', type: 'int', default: 0 })
  failedCount: number;

  @Column({ name: 'last_failed_at', type: 'timestamptz' })
  lastFailedAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
