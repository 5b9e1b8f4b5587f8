import { Injectable } from '@nestjs/common';
import { type AuditAction } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { type RequestContext } from '../../common/context/request-context';
import { type Tx } from '../../database/unit-of-work';
import { type AuditOutcome } from './audit-log.entity';
import { AuditRepository, type LastChange } from './audit.repository';
import { redactSecrets } from './redact';

// the seed and the wage import's worker write records with their own manager

/** A workflow step, `<workflow>.<action>`: labelled from the workflow's declaration. */
export type WorkflowAuditAction = `${string}.${string}` & { readonly workflowStep: true };

export interface AuditEntry {
  /** the action's code; its label in each language is declared in @skillpay/domain (audit.ts) */
  action: AuditAction | WorkflowAuditAction;
  entityType?: string;
  entityId?: string;
  outcome?: AuditOutcome;
  before?: object | null;
  after?: object | null;
  /** for events before authentication (failed logins): the username that was tried */
  actorUsername?: string;
}

/**
 * Writes audit records. Changes pass their transaction so the record commits or rolls back with
 * the change; who, IP and request id come from the request context.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  async record(entry: AuditEntry, tx?: Tx): Promise<void> {
    const caller = this.cls.isActive() ? this.cls.get('caller') : undefined;
    const context = this.cls.isActive() ? this.cls.get() : undefined;
    await this.repository.insert(
      {
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
      },
      tx,
    );
  }

  /** Who last changed an entity and when (its latest successful record), for "changed by X at T". */
  lastChange(
    entityType: string | readonly string[],
    entityIds: readonly string[],
    tx?: Tx,
  ): Promise<LastChange | null> {
    return this.repository.lastChange(
      typeof entityType === 'string' ? [entityType] : [...entityType],
      [...entityIds],
      tx,
    );
  }
}
