import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role } from '@skillpay/domain';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { PendingLoginEntity } from './pending-login.entity';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { TwoFactorSettingEntity } from './two-factor-setting.entity';
import { UserTwoFactorEntity } from './user-two-factor.entity';

/** Queries of the authenticators, recovery codes, pending logins and per-role settings. */
@Injectable()
export class TwoFactorRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(userId: string, tx?: Tx): Promise<UserTwoFactorEntity | null> {
    return managerOf(tx, this.dataSource).findOneBy(UserTwoFactorEntity, { userId });
  }

  /** Of the given users, those with two-factor authentication on. */
  async enabledAmong(userIds: string[], tx?: Tx): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await managerOf(tx, this.dataSource).findBy(UserTwoFactorEntity, {
      userId: In(userIds),
      enabledAt: Not(IsNull()),
    });
    return new Set(rows.map((row) => row.userId));
  }

  /** Starts (or restarts) an enrolment with a new secret, not yet enabled. */
  async savePending(userId: string, secretEncrypted: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(
      `INSERT INTO user_two_factor (user_id, secret_encrypted, enabled_at, last_used_step)
       VALUES ($1, $2, NULL, NULL)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = $2, enabled_at = NULL, last_used_step = NULL,
         updated_at = now()`,
      [userId, secretEncrypted],
    );
  }

  async enable(userId: string, step: number, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(
      `UPDATE user_two_factor SET enabled_at = now(), last_used_step = $2, updated_at = now() WHERE user_id = $1`,
      [userId, step],
    );
  }

  /**
   * Records `step` as used unless it or a later one already was: true when this call claimed it.
   * One atomic update, so two requests with the same code cannot both pass.
   */
  async claimStep(userId: string, step: number, tx?: Tx): Promise<boolean> {
    const [, affected] = await managerOf(tx, this.dataSource).query<[unknown, number]>(
      `UPDATE user_two_factor SET last_used_step = $2, updated_at = now()
       WHERE user_id = $1 AND enabled_at IS NOT NULL AND (last_used_step IS NULL OR last_used_step < $2)`,
      [userId, step],
    );
    return affected === 1;
  }

  /** Forgets the authenticator and the recovery codes. */
  async remove(userId: string, tx: Tx): Promise<boolean> {
    const manager = managerOf(tx, this.dataSource);
    await manager.delete(RecoveryCodeEntity, { userId });
    const result = await manager.delete(UserTwoFactorEntity, { userId });
    return (result.affected ?? 0) > 0;
  }

  async replaceRecoveryCodes(userId: string, codeHashes: string[], tx: Tx): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    await manager.delete(RecoveryCodeEntity, { userId });
    await manager.insert(
      RecoveryCodeEntity,
      codeHashes.map((codeHash) => ({ userId, codeHash })),
    );
  }

  /** Marks an unused code used; false when there is no such unused code. */
  async useRecoveryCode(userId: string, codeHash: string, tx?: Tx): Promise<boolean> {
    const [, affected] = await managerOf(tx, this.dataSource).query<[unknown, number]>(
      `UPDATE two_factor_recovery_code SET used_at = now()
       WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [userId, codeHash],
    );
    return affected === 1;
  }

  unusedRecoveryCodes(userId: string, tx?: Tx): Promise<number> {
    return managerOf(tx, this.dataSource).countBy(RecoveryCodeEntity, { userId, usedAt: IsNull() });
  }

  /** The password hash, to confirm turning two-factor off. */
  async passwordHashOf(userId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<Array<{ password_hash: string }>>(
      `SELECT password_hash FROM app_user WHERE id = $1 AND deleted_at IS NULL`,
      [userId],
    );
    return row?.password_hash;
  }

  // --- pending logins ---

  /** Inserts a pending login, clearing expired ones on the way; returns its id. */
  async insertPendingLogin(userId: string, tokenHash: string, expiresAt: Date): Promise<string> {
    const manager = this.dataSource.manager;
    await manager.query(`DELETE FROM pending_login WHERE expires_at < now()`);
    const saved = await manager.save(PendingLoginEntity, { userId, tokenHash, expiresAt, attempts: 0 });
    return saved.id;
  }

  findPendingLogin(id: string): Promise<PendingLoginEntity | null> {
    return this.dataSource.manager.findOneBy(PendingLoginEntity, { id });
  }

  /** Counts a wrong code; deletes the pending login when it reaches `maxAttempts`. */
  async countPendingFailure(id: string, maxAttempts: number): Promise<void> {
    await this.dataSource.query(`UPDATE pending_login SET attempts = attempts + 1 WHERE id = $1`, [id]);
    await this.dataSource.query(`DELETE FROM pending_login WHERE id = $1 AND attempts >= $2`, [
      id,
      maxAttempts,
    ]);
  }

  /** Ends a pending login; true when this call ended it (a second use of the token finds nothing). */
  async deletePendingLogin(id: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(PendingLoginEntity, { id });
    return (result.affected ?? 0) > 0;
  }

  // --- per-role settings ---

  settings(tx?: Tx): Promise<TwoFactorSettingEntity[]> {
    return managerOf(tx, this.dataSource).find(TwoFactorSettingEntity, { order: { role: 'ASC' } });
  }

  async isEnforced(role: Role): Promise<boolean> {
    const row = await this.dataSource.manager.findOneBy(TwoFactorSettingEntity, { role });
    return row?.enforced ?? false;
  }

  async setEnforced(role: Role, enforced: boolean, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(
      `INSERT INTO two_factor_setting (role, enforced) VALUES ($1, $2)
       ON CONFLICT (role) DO UPDATE SET enforced = $2, updated_at = now()`,
      [role, enforced],
    );
  }
}
