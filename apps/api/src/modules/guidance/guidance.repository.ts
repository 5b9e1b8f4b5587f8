import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, type ScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
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

  findInScope(
    scope: OrganisationScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<GuidanceActivityEntity | null> {
    return this.scoped(manager, scope).andWhere('g.id = :id', { id }).getOne();
  }

  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(GuidanceActivityEntity, { id });
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
