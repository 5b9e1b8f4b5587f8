import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CheckRuleSet } from '@skillpay/paycalc';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type ProgrammeScope, programmeScopeCondition } from '../../common/access/scope';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { ProgrammeEntity } from './programme.entity';
import { type ProgrammeQueryDto, type UpdateProgrammeDto } from './programmes.dto';

/** The programme's fields as created and changed by the city bureau. */
export type ProgrammeFields = Pick<
  ProgrammeEntity,
  | 'title'
  | 'documentNumber'
  | 'issuingBodies'
  | 'regionCode'
  | 'year'
  | 'principles'
  | 'status'
  | 'template'
  | 'checkRules'
  | 'createdBy'
>;

/** Queries of programmes, always filtered by the caller's programme scope. */
@Injectable()
export class ProgrammesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findPage(scope: ProgrammeScope, query: ProgrammeQueryDto): Promise<[ProgrammeEntity[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope);
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.year) qb.andWhere('p.year = :year', { year: query.year });
    return qb.orderBy('p.year', 'DESC').addOrderBy('p.createdAt', 'DESC').take(200).getManyAndCount();
  }

  /**
   * The programme with its region when it lies in `scope` (row-read in `tx`'s transaction; with
   * `lock`, its row locked until `tx` ends, as an edit needs to compare and audit it).
   */
  findInScope(scope: ProgrammeScope, id: string, tx?: Tx, lock = false): Promise<ProgrammeEntity | null> {
    const qb = this.scoped(managerOf(tx, this.dataSource), scope).andWhere('p.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['p']);
    return qb.getOne();
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(ProgrammeEntity, { id });
  }

  async create(fields: ProgrammeFields, tx: Tx): Promise<ProgrammeEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(ProgrammeEntity, manager.create(ProgrammeEntity, fields));
  }

  async update(id: string, fields: UpdateProgrammeDto, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgrammeEntity, { id }, fields);
  }

  async setCheckRules(id: string, checkRules: CheckRuleSet, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgrammeEntity, { id }, { checkRules });
  }

  /** Raises the version (and updatedAt) after a change of the programme's settings kept elsewhere (quotas). */
  async touch(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(ProgrammeEntity, { id }, { updatedAt: new Date() });
  }

  private scoped(manager: EntityManager, scope: ProgrammeScope): SelectQueryBuilder<ProgrammeEntity> {
    const condition = programmeScopeCondition(scope, 'r');
    return manager
      .createQueryBuilder(ProgrammeEntity, 'p')
      .innerJoinAndSelect('p.region', 'r')
      .where(condition.sql, condition.params);
  }
}
