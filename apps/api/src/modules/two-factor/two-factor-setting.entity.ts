import { Role } from '@skillpay/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Whether a role must use two-factor authentication, kept by the system administrator. A fresh
 * install enforces it for the bureaus, the system administrator and the auditor (migration
 * AddTwoFactor); the demo data turns it off so the demo accounts log in in one step.
 */
@Entity('two_factor_setting')
export class TwoFactorSettingEntity {
  @PrimaryColumn({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'boolean' })
  enforced: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
