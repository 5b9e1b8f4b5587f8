import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
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

  /** The organisation if it exists and lies in the scope; row-locked when a manager in a transaction asks. */
  findInScope(
    scope: OrganisationScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationEntity | null> {
    return this.scoped(manager, scope).andWhere('o.id = :id', { id }).getOne();
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrganisationEntity | null> {
    return manager.findOne(OrganisationEntity, { where: { id }, relations: { region: true } });
  }

  /** Whether the organisation exists at all, whoever asks (to tell hidden from missing). */
  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(OrganisationEntity, { id });
  }

  nameTaken(name: string, exceptId?: string): Promise<boolean> {
    const qb = this.dataSource.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.name = :name', { name });
    if (exceptId) qb.andWhere('o.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  countUsers(organisationId: string, manager: EntityManager): Promise<number> {
    return manager.countBy(UserEntity, { organisationId });
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
