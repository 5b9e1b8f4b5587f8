import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RequestTransaction } from './request-transaction';

const manager = Symbol('manager');

/**
 * An open transaction as services see it: opaque, so only repositories (through `managerOf`)
 * touch the ORM, and a service cannot build a query. Pass it on to every repository call that
 * must be part of the same unit of work.
 */
export interface Tx {
  readonly [manager]: EntityManager;
}

/** Runs work in one transaction: committed when it resolves, rolled back when it throws. */
@Injectable()
export class UnitOfWork {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requestTransaction: RequestTransaction,
  ) {}

  /** Inside a request transaction (Idempotency-Key) this is a savepoint of it. */
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((entityManager) => work({ [manager]: entityManager }));
  }

  /**
   * Work outside the database that must only happen once the changes are committed (e.g.
   * queuing a job that reads them): deferred to the request transaction's commit while one is
   * open, at once otherwise.
   */
  afterCommit(task: () => Promise<void>): Promise<void> {
    return this.requestTransaction.afterCommit(task);
  }
}

/** For repositories only: the entity manager of `tx`, or the data source's own outside one. */
export function managerOf(tx: Tx | undefined, dataSource: DataSource): EntityManager {
  return tx ? tx[manager] : dataSource.manager;
}

/** For repositories and jobs that already hold an entity manager (e.g. a worker's own transaction). */
export function txOf(entityManager: EntityManager): Tx {
  return { [manager]: entityManager };
}
