import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LOCKOUT_MINUTES, LOGIN_MAX_FAILURES } from '@skillpay/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { LoginThrottleEntity } from './login-throttle.entity';

export interface FailureOutcome {
  failedCount: number;
  lockedUntil: Date | null;
}

/** Counts failed logins per username and locks after LOGIN_MAX_FAILURES for LOCKOUT_MINUTES. */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lockedUntil(username: string): Promise<Date | null> {
    const row = await this.dataSource.getRepository(LoginThrottleEntity).findOneBy({ username });
    return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
  }

  /**
   * One atomic upsert, so concurrent failures cannot undercount. Failures older than the lockout
   * window, or from before an expired lock, start a new count.
   */
  async registerFailure(username: string): Promise<FailureOutcome> {
    const [row] = await this.dataSource.query<Array<{ failed_count: number; locked_until: Date | null }>>(
      `INSERT INTO login_throttle AS t (username, failed_count, last_failed_at, locked_until)
       VALUES ($1, 1, now(), NULL)
       ON CONFLICT (username) DO UPDATE SET
         failed_count = CASE
           WHEN t.locked_until IS NOT NULL AND t.locked_until <= now() THEN 1
           WHEN t.last_failed_at < now() - make_interval(mins => $2) THEN 1
           ELSE t.failed_count + 1 END,
         last_failed_at = now(),
         locked_until = CASE
           WHEN t.locked_until IS NOT NULL AND t.locked_until <= now() THEN NULL
           ELSE t.locked_until END
       RETURNING failed_count, locked_until`,
      [username, LOCKOUT_MINUTES],
    );
    if (row.failed_count < LOGIN_MAX_FAILURES || row.locked_until) {
      return { failedCount: row.failed_count, lockedUntil: row.locked_until };
    }
    // TypeORM answers UPDATE … RETURNING with [rows, affected count]
    const [[locked]] = await this.dataSource.query<[Array<{ locked_until: Date }>, number]>(
      `UPDATE login_throttle SET locked_until = now() + make_interval(mins => $2)
       WHERE username = $1 RETURNING locked_until`,
      [username, LOCKOUT_MINUTES],
    );
    return { failedCount: row.failed_count, lockedUntil: locked.locked_until };
  }

  /** Forgets the failures; pass the transaction's manager when called inside one. */
  async clear(username: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(LoginThrottleEntity, { username });
  }

  /** Maintenance: forget expired locks and stale failure counts. Returns the rows removed. */
  async clearExpired(): Promise<number> {
    const result = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM login_throttle
       WHERE (locked_until IS NOT NULL AND locked_until <= now())
          OR (locked_until IS NULL AND last_failed_at < now() - make_interval(mins => $1))`,
      [LOCKOUT_MINUTES],
    );
    return result[1];
  }
}
