import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

export interface IdempotencyClaim {
  userId: string;
  key: string;
  requestHash: string;
  route: string;
  expiresAt: Date;
}

/** Status 0 marks a claim whose answer is not stored yet; no other transaction ever sees it. */
const CLAIMED = 0;

/**
 * The stored answers. Called inside the request transaction (RequestTransaction), so the claim,
 * the request's changes and the answer commit together.
 */
@Injectable()
export class IdempotencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The live answer stored under this user's key, if any. */
  find(userId: string, key: string): Promise<IdempotencyKeyEntity | null> {
    return this.dataSource
      .getRepository(IdempotencyKeyEntity)
      .createQueryBuilder('k')
      .where('k.user_id = :userId AND k.key = :key AND k.expires_at > now()', { userId, key })
      .getOne();
  }

  /**
   * Claims the key (an expired row is taken over). False when a live row exists: a request with
   * the same key committed first. A request with the same key still in progress holds the row's
   * index entry, so this waits for it to commit or roll back instead of doing the work twice.
   */
  async claim(claim: IdempotencyClaim): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO idempotency_key (user_id, key, request_hash, route, status_code, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, route = EXCLUDED.route, status_code = EXCLUDED.status_code,
             response_body = NULL, created_at = now(), expires_at = EXCLUDED.expires_at
         WHERE idempotency_key.expires_at <= now()
       RETURNING key`,
      [claim.userId, claim.key, claim.requestHash, claim.route, CLAIMED, claim.expiresAt],
    );
    return rows.length === 1;
  }

  async complete(userId: string, key: string, statusCode: number, responseBody: unknown): Promise<void> {
    await this.dataSource
      .getRepository(IdempotencyKeyEntity)
      .update({ userId, key }, { statusCode, responseBody: responseBody as object });
  }

  /** An answer that cannot be replayed (a file): the key is released. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.getRepository(IdempotencyKeyEntity).delete({ userId, key });
  }

  async deleteExpired(): Promise<number> {
    const result = await this.dataSource
      .getRepository(IdempotencyKeyEntity)
      .createQueryBuilder()
      .delete()
      .where('expires_at <= now()')
      .execute();
    return result.affected ?? 0;
  }
}
