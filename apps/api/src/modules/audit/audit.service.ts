import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { type QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type RequestContext } from '../../common/context/request-context';
import { AuditLogEntity, type AuditOutcome } from './audit-log.entity';
import { redactSecrets } from './redact';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  outcome?: AuditOutcome;
  before?: object | null;
  after?: object | null;
  /** for events before authentication (failed logins): the username that was tried */
  actorUsername?: string;
}

/**
 * Writes audit records. Changes pass their transaction's EntityManager so the record commits or
 * rolls back with the change; who, IP and request id come from the request context.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async record(entry: AuditEntry, tx?: Tx | EntityManager): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    const caller = this.cls.isActive() ? this.cls.get('caller') : undefined;
    const context = this.cls.isActive() ? this.cls.get() : undefined;
    await insertAuditRecord(manager, {
      actorId: caller?.userId ?? null,
      actorUsername: caller?.username ?? entry.actorUsername ?? null,
      actorRole: caller?.role ?? null,
      ip: context?.ip ?? null,
      requestId: context?.requestId ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      outcome: entry.outcome ?? 'success',
      before: entry.before ? redactSecrets(entry.before) : null,
      after: entry.after ? redactSecrets(entry.after) : null,
    });
  }
}

type AuditValues = Omit<AuditLogEntity, 'id' | 'occurredAt' | 'prevHash' | 'hash'>;

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
