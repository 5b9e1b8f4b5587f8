import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((entityManager) => work({ [manager]: entityManager }));
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
