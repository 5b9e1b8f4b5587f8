import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { UserEntity } from '../users/user.entity';
import { OrganisationEntity } from './organisation.entity';
import { type OrganisationQueryDto } from './organisations.dto';

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(
    scope: OrganisationScope,
    query: OrganisationQueryDto,
  ): Promise<[OrganisationEntity[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope);
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    if (query.regionCode) {
      qb.andWhere(`r.path LIKE (SELECT path FROM region WHERE code = :regionCode) || '%'`, {
        regionCode: query.regionCode,
      });
    }
    const { skip, take } = pageOffset(query);
    return qb
      .orderBy('r.path')
      .addOrderBy('o.type')
      .addOrderBy('o.name')
      .skip(skip)
      .take(take)
      .getManyAndCount();
  }

  /** The organisation if it exists and lies in the scope. */
  findInScope(scope: OrganisationScope, id: string, tx?: Tx): Promise<OrganisationEntity | null> {
    return this.scoped(managerOf(tx, this.dataSource), scope).andWhere('o.id = :id', { id }).getOne();
  }

  /** The organisation in the scope, its row locked until `tx` ends: what an edit compares and audits. */
  lockInScope(scope: OrganisationScope, id: string, tx: Tx): Promise<OrganisationEntity | null> {
    return this.scoped(managerOf(tx, this.dataSource), scope)
      .andWhere('o.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['o'])
      .getOne();
  }

  findById(id: string, tx?: Tx): Promise<OrganisationEntity | null> {
    return managerOf(tx, this.dataSource).findOne(OrganisationEntity, {
      where: { id },
      relations: { region: true },
    });
  }

  /** Whether the organisation exists at all, whoever asks (to tell hidden from missing). */
  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(OrganisationEntity, { id });
  }

  /** Inserts an organisation; returns its id. */
  async insert(organisation: Partial<OrganisationEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    return (await manager.save(OrganisationEntity, manager.create(OrganisationEntity, organisation))).id;
  }

  async update(id: string, changes: Partial<OrganisationEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(OrganisationEntity, { id }, changes);
  }

  async softDelete(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(OrganisationEntity, { id });
  }

  /** The roles of the organisation's users (to check they fit a new organisation type). */
  async memberRoles(organisationId: string, tx: Tx): Promise<UserEntity['role'][]> {
    const members = await managerOf(tx, this.dataSource).findBy(UserEntity, { organisationId });
    return members.map((member) => member.role);
  }

  nameTaken(name: string, exceptId?: string): Promise<boolean> {
    const qb = this.dataSource.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.name = :name', { name });
    if (exceptId) qb.andWhere('o.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  countUsers(organisationId: string, tx: Tx): Promise<number> {
    return managerOf(tx, this.dataSource).countBy(UserEntity, { organisationId });
  }

  private scoped(manager: EntityManager, scope: OrganisationScope): SelectQueryBuilder<OrganisationEntity> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .innerJoinAndSelect('o.region', 'r')
      .where(condition.sql, condition.params);
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
