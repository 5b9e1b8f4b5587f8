import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../modules/users/user.entity';

/**
 * The first answer to a creating POST sent with an `Idempotency-Key` header, per user and key,
 * written in the same transaction as the request's own changes: a repeat of the request with
 * the same key gets this answer back instead of doing the work again.
 */
@Entity('idempotency_key')
@Index('idx_idempotency_key_expires_at', ['expiresAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  /** SHA-256 of method, path and body: the same key with another request is refused */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  /** method and path, for reading the table */
  @Column({ type: 'varchar', length: 300 })
  route: string;

  @Column({ name: 'status_code', type: 'smallint' })
  statusCode: number;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
