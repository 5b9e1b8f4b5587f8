import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';
import { type Tx } from '../../database/unit-of-work';
import { type ProgrammeEntity } from './programme.entity';
import { ProgrammesRepository } from './programmes.repository';

/**
 * The programme a request is about, in the caller's scope or a 404: the first step of every
 * service working on a programme or one of its resources (ledger, structure, working group).
 */
@Injectable()
export class ProgrammeFinder {
  constructor(
    private readonly repository: ProgrammesRepository,
    private readonly access: AccessService,
    private readonly preconditions: EditPreconditions,
  ) {}

  /** The programme in the caller's scope for `action` (row-read in `tx`'s transaction), or 404. */
  async findOrFail(caller: Caller, id: string, action: 'read' | 'update', tx?: Tx): Promise<ProgrammeEntity> {
    const programme = await this.repository.findInScope(this.access.programmeScope(caller, action), id, tx);
    if (!programme) throw await this.notFound(id, tx);
    return programme;
  }

  /**
   * The programme the caller may change, its row locked until `tx` ends, once the write's
   * If-Match holds (404, 412): the programme itself and its settings (cadence, disclosure rules).
   */
  async lockForEdit(
    caller: Caller,
    id: string,
    precondition: Precondition | undefined,
    tx: Tx,
  ): Promise<ProgrammeEntity> {
    const programme = await this.repository.findInScope(
      this.access.programmeScope(caller, 'update'),
      id,
      tx,
      true,
    );
    if (!programme) throw await this.notFound(id, tx);
    await this.preconditions.assert(
      precondition,
      { entityType: 'programme', key: id, version: programme.version },
      tx,
    );
    return programme;
  }

  /** The programme, for callers who may work with its ledger (bureaus, not enterprises). */
  async findForTasks(
    caller: Caller,
    id: string,
    action: 'read' | 'update' = 'read',
  ): Promise<ProgrammeEntity> {
    const scope = this.access.scope(caller, 'tasks', action);
    if (scope.kind === 'none') throw await this.notFound(id);
    return this.findOrFail(caller, id, 'read');
  }

  /** Whether the caller may change the programme (its city bureau). */
  async isOwner(caller: Caller, programme: ProgrammeEntity, tx?: Tx): Promise<boolean> {
    const scope = this.access.programmeScope(caller, 'update');
    if (scope.kind === 'none') return false;
    return (await this.repository.findInScope(scope, programme.id, tx)) !== null;
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `tx` inside a transaction. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'programme', entityId: id } : undefined,
    );
  }
}
