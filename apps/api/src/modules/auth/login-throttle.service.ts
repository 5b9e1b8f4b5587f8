import { Injectable } from '@nestjs/common';
import { LOGIN_MAX_FAILURES } from '@skillpay/domain';
import { type Tx } from '../../database/unit-of-work';
import { LoginThrottleRepository } from './login-throttle.repository';

export interface FailureOutcome {
  failedCount: number;
  lockedUntil: Date | null;
}

/** Counts failed logins per username and locks after LOGIN_MAX_FAILURES for LOCKOUT_MINUTES. */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly repository: LoginThrottleRepository) {}

  async lockedUntil(username: string): Promise<Date | null> {
    const row = await this.repository.find(username);
    return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
  }

  /** Counts the failure atomically; the one that reaches LOGIN_MAX_FAILURES locks the account. */
  async registerFailure(username: string): Promise<FailureOutcome> {
    const row = await this.repository.countFailure(username);
    if (row.failed_count < LOGIN_MAX_FAILURES || row.locked_until) {
      return { failedCount: row.failed_count, lockedUntil: row.locked_until };
    }
    return { failedCount: row.failed_count, lockedUntil: await this.repository.lock(username) };
  }

  /** Forgets the failures; pass the transaction when called inside one. */
  async clear(username: string, tx?: Tx): Promise<void> {
    await this.repository.delete(username, tx);
  }

  /** Maintenance: forget expired locks and stale failure counts. Returns the rows removed. */
  clearExpired(): Promise<number> {
    return this.repository.deleteExpired();
  }
}
