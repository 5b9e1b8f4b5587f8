import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationType } from '@skillpay/domain';
import { DataSource, EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, type ScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity, UserStatus } from '../users/user.entity';
import { GuidanceActivityEntity } from './guidance-activity.entity';
import { type GuidanceQueryDto } from './guidance.dto';

/** Bureaus see activities organised in their region subtree; an enterprise those it took part in. */
function guidanceScopeCondition(scope: OrganisationScope): ScopeCondition {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'region':
      return { sql: 'r.path LIKE :scopeRegionPath', params: { scopeRegionPath: `${scope.regionPath}%` } };
    case 'organisation':
      return {
        sql: ':scopeOrganisationId = ANY(g.enterprise_ids)',
        params: { scopeOrganisationId: scope.organisationId },
      };
    case 'none':
      return { sql: 'FALSE', params: {} };
  }
}

@Injectable()
export class GuidanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findPage(scope: OrganisationScope, query: GuidanceQueryDto): Promise<[GuidanceActivityEntity[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope);
    if (query.programmeId) qb.andWhere('g.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.kind) qb.andWhere('g.kind = :kind', { kind: query.kind });
    if (query.regionCode) {
      qb.andWhere(`r.path LIKE (SELECT path FROM region WHERE code = :regionCode) || '%'`, {
        regionCode: query.regionCode,
      });
    }
    if (query.month) {
      qb.andWhere(`to_char(g.occurred_on, 'YYYY-MM') = :month`, { month: query.month });
    }
    const { skip, take } = pageOffset(query);
    return qb
      .orderBy('g.occurredOn', 'DESC')
      .addOrderBy('g.createdAt', 'DESC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
  }

  findInScope(scope: OrganisationScope, id: string, tx?: Tx): Promise<GuidanceActivityEntity | null> {
    return this.scoped(managerOf(tx, this.dataSource), scope).andWhere('g.id = :id', { id }).getOne();
  }

  /** The activity in the scope, its row locked until `tx` ends: what an edit compares and audits. */
  lockInScope(scope: OrganisationScope, id: string, tx: Tx): Promise<GuidanceActivityEntity | null> {
    return this.scoped(managerOf(tx, this.dataSource), scope)
      .andWhere('g.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['g'])
      .getOne();
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(GuidanceActivityEntity, { id });
  }

  /** The activity's own row, without relations (for audit snapshots). */
  findRow(id: string, tx: Tx): Promise<GuidanceActivityEntity> {
    return managerOf(tx, this.dataSource).findOneByOrFail(GuidanceActivityEntity, { id });
  }

  /** Inserts an activity; returns its id. */
  async insert(activity: Partial<GuidanceActivityEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    return (await manager.save(GuidanceActivityEntity, manager.create(GuidanceActivityEntity, activity))).id;
  }

  async update(id: string, changes: Partial<GuidanceActivityEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(GuidanceActivityEntity, { id }, changes);
  }

  async softDelete(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(GuidanceActivityEntity, { id });
  }

  /** The ids among `ids` that are enterprises registered under the region path. */
  async enterpriseIdsUnder(ids: string[], regionPath: string, tx?: Tx): Promise<string[]> {
    const found = await managerOf(tx, this.dataSource)
      .createQueryBuilder(OrganisationEntity, 'o')
      .innerJoin('o.region', 'r')
      .where('o.id IN (:...ids)', { ids })
      .andWhere('o.type = :type', { type: OrganisationType.Enterprise })
      .andWhere('r.path LIKE :path', { path: `${regionPath}%` })
      .getMany();
    return found.map((organisation) => organisation.id);
  }

  /** How many of the accounts `ids` are active accounts of the organisation. */
  countActiveMembers(ids: string[], organisationId: string, tx?: Tx): Promise<number> {
    return managerOf(tx, this.dataSource).countBy(UserEntity, {
      id: In(ids),
      organisationId,
      status: UserStatus.Active,
    });
  }

  /** Names of the organisations taking part, for the list. */
  organisationsByIds(ids: string[]): Promise<OrganisationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(OrganisationEntity, { id: In(ids) });
  }

  /** Names of the officers taking part, for the list. */
  usersByIds(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(UserEntity, { id: In(ids) });
  }

  private scoped(
    manager: EntityManager,
    scope: OrganisationScope,
  ): SelectQueryBuilder<GuidanceActivityEntity> {
    const condition = guidanceScopeCondition(scope);
    return manager
      .createQueryBuilder(GuidanceActivityEntity, 'g')
      .innerJoinAndSelect('g.region', 'r')
      .innerJoinAndSelect('g.organisation', 'o')
      .leftJoinAndSelect('g.programme', 'p')
      .where(condition.sql, condition.params);
  }
}
