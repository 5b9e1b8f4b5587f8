import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * A user's TOTP authenticator. The secret is encrypted (AES-256-GCM, TWO_FACTOR_KEY) and bound to
 * the user id; `enabledAt` is null while an enrolment awaits its first code.
 */
@Entity('user_two_factor')
export class UserTwoFactorEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** `v1.<iv>.<ciphertext>.<tag>`, base64url */
  @Column({ name: 'secret_encrypted', type: 'varchar', length: 200 })
  secretEncrypted: string;

  @Column({ name: 'enabled_at', type: 'timestamptz', nullable: true })
  enabledAt: Date | null;

  /** the newest TOTP time step accepted: a code of this step or an older one is a replay */
  @Column({ name: 'last_used_step', type: 'bigint', nullable: true })
  lastUsedStep: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
