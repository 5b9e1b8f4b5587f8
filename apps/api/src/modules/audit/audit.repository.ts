import { Injectable } from '@nestjs/common';
import { type AuditAction } from '@skillpay/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { escapeLike } from '../organisations/organisations.repository';
import { AuditLogEntity } from './audit-log.entity';
import { type AuditFilterDto, type AuditQueryDto } from './audit.dto';
import { type WorkflowAuditAction } from './audit.service';

/** A record to append; its action is one the audit labels name (see AuditEntry). */
export type AuditValues = Omit<AuditLogEntity, 'id' | 'occurredAt' | 'prevHash' | 'hash' | 'action'> & {
  action: AuditAction | WorkflowAuditAction;
};

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

/**
 * How each kind of object an audit record names is called, by id (`$1`: the ids as text). Objects
 * deleted since have no name; the log keeps their id.
 */
const ENTITY_NAMES: Record<string, string> = {
  user: `SELECT id::text AS id, display_name || '（' || username || '）' AS name FROM app_user WHERE id::text = ANY($1)`,
  // an enterprise's name is its organisation's (same id)
  enterprise: `SELECT id::text AS id, name FROM organisation WHERE id::text = ANY($1)`,
  organisation: `SELECT id::text AS id, name FROM organisation WHERE id::text = ANY($1)`,
  programme: `SELECT id::text AS id, title AS name FROM programme WHERE id::text = ANY($1)`,
  programme_task: `SELECT id::text AS id, title AS name FROM programme_task WHERE id::text = ANY($1)`,
  programme_phase: `SELECT id::text AS id, name FROM programme_phase WHERE id::text = ANY($1)`,
  guidance_activity: `SELECT id::text AS id, title AS name FROM guidance_activity WHERE id::text = ANY($1)`,
  working_group_member: `SELECT id::text AS id, name FROM working_group_member WHERE id::text = ANY($1)`,
  region: `SELECT code AS id, name FROM region WHERE code = ANY($1)`,
  occupation: `SELECT code AS id, name_zh AS name FROM occupation WHERE code = ANY($1)`,
  attachment: `SELECT id::text AS id, file_name AS name FROM attachment WHERE id::text = ANY($1)`,
  pay_plan: `SELECT id::text AS id, title AS name FROM pay_plan WHERE id::text = ANY($1)`,
  benchmark_release: `SELECT id::text AS id, year || '-R' || COALESCE(release_number::text, '?') AS name
                        FROM benchmark_release WHERE id::text = ANY($1)`,
  pilot_application: `SELECT p.id::text AS id, e.name FROM pilot_application p
                        JOIN organisation e ON e.id = p.enterprise_id WHERE p.id::text = ANY($1)`,
  progress_report: `SELECT r.id::text AS id, e.name || ' · ' || r.period AS name FROM progress_report r
                      JOIN organisation e ON e.id = r.enterprise_id WHERE r.id::text = ANY($1)`,
  wage_upload: `SELECT w.id::text AS id, e.name || ' · ' || w.year || ' · ' || w.file_name AS name FROM wage_upload w
                  JOIN organisation e ON e.id = w.enterprise_id WHERE w.id::text = ANY($1)`,
  policy_qa: `SELECT q.id::text AS id, v.question AS name FROM policy_qa q
                JOIN policy_qa_version v ON v.id = q.current_version_id WHERE q.id::text = ANY($1)`,
};

/** Who did it and what it was about, by name, for a page of audit records. */
export interface AuditNames {
  /** actor id → display name */
  actors: Map<string, string>;
  /** `entityType|entityId` → the object's name */
  entities: Map<string, string>;
}

export const auditEntityKey = (entityType: string, entityId: string) => `${entityType}|${entityId}`;

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

  /** The names of the actors and objects of some records, in one query per kind of object. */
  async names(rows: readonly AuditLogEntity[]): Promise<AuditNames> {
    const actorIds = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
    const actors = new Map<string, string>();
    if (actorIds.length > 0) {
      const found = await this.dataSource.query<Array<{ id: string; name: string }>>(
        `SELECT id::text AS id, display_name AS name FROM app_user WHERE id = ANY($1::uuid[])`,
        [actorIds],
      );
      for (const { id, name } of found) actors.set(id, name);
    }
    const idsByType = new Map<string, Set<string>>();
    for (const row of rows) {
      if (!row.entityType || !row.entityId || !(row.entityType in ENTITY_NAMES)) continue;
      const ids = idsByType.get(row.entityType) ?? new Set<string>();
      idsByType.set(row.entityType, ids.add(row.entityId));
    }
    const entities = new Map<string, string>();
    for (const [entityType, ids] of idsByType) {
      const found = await this.dataSource.query<Array<{ id: string; name: string }>>(
        ENTITY_NAMES[entityType],
        [[...ids]],
      );
      for (const { id, name } of found) entities.set(auditEntityKey(entityType, id), name);
    }
    return { actors, entities };
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
