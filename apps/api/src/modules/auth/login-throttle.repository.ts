import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LOCKOUT_MINUTES } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { LoginThrottleEntity } from './login-throttle.entity';

/** Queries of the failed-login counters. */
@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(username: string): Promise<LoginThrottleEntity | null> {
    return this.dataSource.getRepository(LoginThrottleEntity).findOneBy({ username });
  }

  /**
   * One atomic upsert, so concurrent failures cannot undercount. Failures older than the lockout
   * window, or from before an expired lock, start a new count.
   */
  async countFailure(username: string): Promise<{ failed_count: number; locked_until: Date | null }> {
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
    return row;
  }

  /** Locks the username for LOCKOUT_MINUTES from now; returns the end of the lock. */
  async lock(username: string): Promise<Date> {
    // TypeORM answers UPDATE … RETURNING with [rows, affected count]
    const [[locked]] = await this.dataSource.query<[Array<{ locked_until: Date }>, number]>(
      `UPDATE login_throttle SET locked_until = now() + make_interval(mins => $2)
       WHERE username = $1 RETURNING locked_until`,
      [username, LOCKOUT_MINUTES],
    );
    return locked.locked_until;
  }

  async delete(username: string, tx?: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).delete(LoginThrottleEntity, { username });
  }

  /** Forgets expired locks and stale failure counts; returns the rows removed. */
  async deleteExpired(): Promise<number> {
    const result = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM login_throttle
       WHERE (locked_until IS NOT NULL AND locked_until <= now())
          OR (locked_until IS NULL AND last_failed_at < now() - make_interval(mins => $1))`,
      [LOCKOUT_MINUTES],
    );
    return result[1];
  }
}
