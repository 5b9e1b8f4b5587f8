import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { escapeLike } from '../organisations/organisations.repository';
import { AuditLogEntity } from './audit-log.entity';
import { type AuditFilterDto, type AuditQueryDto } from './audit.dto';

export type AuditValues = Omit<AuditLogEntity, 'id' | 'occurredAt' | 'prevHash' | 'hash'>;

/** The one INSERT into audit_log; id, time and the hash chain are set by the database trigger. */
export async function insertAuditRecord(manager: EntityManager, values: AuditValues): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(AuditLogEntity)
    .values({
      ...values,
      id: () => 'DEFAULT',
      prevHash: () => 'DEFAULT',
      hash: () => 'DEFAULT',
    } as QueryDeepPartialEntity<AuditLogEntity>)
    .execute();
}

/** The last change of an entity: the editor's display name (their username if the account is gone). */
export interface LastChange {
  name: string;
  at: Date;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lastChange(entityTypes: string[], entityIds: string[], tx?: Tx): Promise<LastChange | null> {
    const rows = await managerOf(tx, this.dataSource).query<Array<{ name: string | null; at: Date }>>(
      `SELECT COALESCE(u.display_name, a.actor_username) AS name, a.occurred_at AS at
         FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_id
        WHERE a.entity_type = ANY($1) AND a.entity_id = ANY($2) AND a.outcome = 'success'
        ORDER BY a.id DESC LIMIT 1`,
      [entityTypes, entityIds],
    );
    const [row] = rows;
    return row ? { name: row.name ?? '—', at: row.at } : null;
  }

  /** Appends a record, in `tx` when given (so it commits or rolls back with the change). */
  insert(values: AuditValues, tx?: Tx): Promise<void> {
    return insertAuditRecord(managerOf(tx, this.dataSource), values);
  }

  /** Removes rows older than the cutoff (through the database function that keeps the chain). */
  async purgeOlderThan(cutoff: Date, tx: Tx): Promise<number> {
    const [{ removed }] = await managerOf(tx, this.dataSource).query<Array<{ removed: number }>>(
      `SELECT audit_log_purge($1) AS removed`,
      [cutoff],
    );
    return removed;
  }

  findPage(query: AuditQueryDto): Promise<[AuditLogEntity[], number]> {
    const { skip, take } = pageOffset(query);
    return this.filtered(query).orderBy('a.id', 'DESC').skip(skip).take(take).getManyAndCount();
  }

  /** Rows for an export, newest first, in batches so a large export never sits in memory whole. */
  async *stream(filter: AuditFilterDto, batchSize = 2000): AsyncGenerator<AuditLogEntity[]> {
    let beforeId: string | undefined;
    for (;;) {
      const qb = this.filtered(filter).orderBy('a.id', 'DESC').take(batchSize);
      if (beforeId) qb.andWhere('a.id < :beforeId', { beforeId });
      const batch = await qb.getMany();
      if (batch.length === 0) return;
      yield batch;
      beforeId = batch[batch.length - 1].id;
    }
  }

  /** Recomputes every row's hash and link in one pass; returns the first broken row, if any. */
  async verifyChain(): Promise<{ checked: number; firstBrokenId: string | null }> {
    const [result] = await this.dataSource.query<Array<{ checked: string; first_broken_id: string | null }>>(
      `SELECT count(*) AS checked,
              min(id) FILTER (WHERE hash <> computed OR (previous IS NOT NULL AND prev_hash <> previous)) AS first_broken_id
       FROM (SELECT id, hash, prev_hash, audit_log_row_hash(a) AS computed,
                    lag(hash) OVER (ORDER BY id) AS previous
             FROM audit_log a) chain`,
    );
    return { checked: Number(result.checked), firstBrokenId: result.first_broken_id };
  }

  private filtered(filter: AuditFilterDto): SelectQueryBuilder<AuditLogEntity> {
    const qb = this.dataSource.manager.createQueryBuilder(AuditLogEntity, 'a').where('TRUE');
    if (filter.from) qb.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.occurred_at <= :to', { to: filter.to });
    if (filter.actor) qb.andWhere('a.actor_username = :actor', { actor: filter.actor.toLowerCase() });
    if (filter.action) qb.andWhere('a.action LIKE :action', { action: `${escapeLike(filter.action)}%` });
    if (filter.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.outcome) qb.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    return qb;
  }
}
