import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationType, PilotStatus, Role } from '@skillpay/domain';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { focusOrder } from '../enterprises/enterprises.repository';
import { escapeLike } from '../organisations/organisations.repository';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { UserEntity, UserStatus } from '../users/user.entity';
import { EnterprisePlanEntity } from './enterprise-plan.entity';
import { PilotApplicationEntity } from './pilot-application.entity';
import { PilotTransitionEntity } from './pilot-transition.entity';
import { PlanMilestoneEntity } from './plan-milestone.entity';
import { PilotSort, type PilotQueryDto } from './pilots.dto';

export interface TransitionRow {
  transition: PilotTransitionEntity;
  actorName: string;
  actorOrganisationName: string;
}

/** Queries of pilot applications, their history, quotas and plans. */
@Injectable()
export class PilotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(
    scope: OrganisationScope,
    query: PilotQueryDto,
  ): Promise<[PilotApplicationEntity[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope);
    if (query.programmeId) qb.andWhere('a.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.regionCode) {
      qb.andWhere(`r.path LIKE (SELECT path FROM region WHERE code = :regionCode) || '%'`, {
        regionCode: query.regionCode,
      });
    }
    if (query.priorityCategory) {
      qb.andWhere(':category = ANY(a.priority_categories)', { category: query.priorityCategory });
    }
    if (query.industrySection)
      qb.andWhere('e.industry_section = :industry', { industry: query.industrySection });
    if (query.size) qb.andWhere('e.size = :size', { size: query.size });
    if (query.ownership) qb.andWhere('e.ownership = :ownership', { ownership: query.ownership });
    if (query.q) qb.andWhere('o.name ILIKE :q', { q: `%${escapeLike(query.q.trim())}%` });
    switch (query.sort ?? PilotSort.Focus) {
      case PilotSort.Focus:
        // the categories the application claims count for its place in the queue
        focusOrder(qb, 'e', 'o', 'a.priority_categories');
        break;
      case PilotSort.Newest:
        qb.orderBy('a.created_at', 'DESC');
        break;
      case PilotSort.Submitted:
        qb.orderBy('a.submitted_at', 'ASC', 'NULLS LAST');
        break;
      case PilotSort.Name:
        qb.orderBy('o.name', 'ASC');
        break;
    }
    const { skip, take } = pageOffset(query);
    return qb.addOrderBy('a.id').offset(skip).limit(take).getManyAndCount();
  }

  /** The application if it lies in the scope; with `lock`, its row stays locked until the transaction ends. */
  findInScope(
    scope: OrganisationScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<PilotApplicationEntity | null> {
    const qb = this.scoped(manager, scope).andWhere('a.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['a']);
    return qb.getOne();
  }

  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(PilotApplicationEntity, { id });
  }

  findProgramme(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeEntity | null> {
    return manager.findOne(ProgrammeEntity, { where: { id }, relations: { region: true } });
  }

  liveApplicationExists(programmeId: string, enterpriseId: string): Promise<boolean> {
    return this.dataSource.manager
      .createQueryBuilder(PilotApplicationEntity, 'a')
      .where('a.programme_id = :programmeId AND a.enterprise_id = :enterpriseId', {
        programmeId,
        enterpriseId,
      })
      .andWhere('a.status NOT IN (:...closed)', { closed: [PilotStatus.Withdrawn, PilotStatus.Rejected] })
      .getExists();
  }

  async transitions(applicationId: string): Promise<TransitionRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(PilotTransitionEntity, 't')
      .leftJoin(UserEntity, 'u', 'u.id = t.actor_id')
      .leftJoin('organisation', 'ao', 'ao.id = t.actor_organisation_id')
      .addSelect('u.display_name', 'actor_name')
      .addSelect('ao.name', 'actor_organisation_name')
      .where('t.application_id = :applicationId', { applicationId })
      .orderBy('t.created_at', 'ASC')
      .getRawAndEntities<{ actor_name: string | null; actor_organisation_name: string | null }>();
    return rows.entities.map((transition, i) => ({
      transition,
      actorName: rows.raw[i].actor_name ?? '',
      actorOrganisationName: rows.raw[i].actor_organisation_name ?? '',
    }));
  }

  /** The most recent actor of `action` on an application (e.g. the district officer who recommended). */
  async lastActorOf(applicationId: string, action: string, manager: EntityManager): Promise<string | null> {
    const row = await manager
      .createQueryBuilder(PilotTransitionEntity, 't')
      .where('t.application_id = :applicationId AND t.action = :action', { applicationId, action })
      .orderBy('t.created_at', 'DESC')
      .getOne();
    return row?.actorId ?? null;
  }

  /** Bureau organisations of a type in a region (recipients of notifications). */
  async bureauIds(type: OrganisationType, regionCode: string, manager: EntityManager): Promise<string[]> {
    const rows = await manager
      .createQueryBuilder()
      .select('o.id', 'id')
      .from('organisation', 'o')
      .where('o.type = :type AND o.region_code = :regionCode AND o.deleted_at IS NULL', { type, regionCode })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** Approved applications of a programme per region of the enterprise. */
  async countByRegion(
    programmeId: string,
    status: PilotStatus,
    manager: EntityManager = this.dataSource.manager,
    regionCode?: string,
  ): Promise<Map<string, number>> {
    const qb = manager
      .createQueryBuilder(PilotApplicationEntity, 'a')
      .innerJoin('organisation', 'o', 'o.id = a.enterprise_id')
      .select('o.region_code', 'region')
      .addSelect('COUNT(*)::int', 'count')
      .where('a.programme_id = :programmeId AND a.status = :status', { programmeId, status })
      .groupBy('o.region_code');
    if (regionCode) qb.andWhere('o.region_code = :regionCode', { regionCode });
    const rows = await qb.getRawMany<{ region: string; count: number }>();
    return new Map(rows.map((row) => [row.region, row.count]));
  }

  /**
   * The quota row of a region, created with the default first and then locked until the
   * transaction ends: concurrent approvals in the region queue up here.
   */
  async lockQuota(
    programmeId: string,
    regionCode: string,
    defaultQuota: number,
    manager: EntityManager,
  ): Promise<number> {
    await manager.query(
      `INSERT INTO programme_quota (programme_id, region_code, quota) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [programmeId, regionCode, defaultQuota],
    );
    const [row] = (await manager.query(
      `SELECT quota FROM programme_quota WHERE programme_id = $1 AND region_code = $2 FOR UPDATE`,
      [programmeId, regionCode],
    )) as Array<{ quota: number }>;
    return row.quota;
  }

  findPlan(applicationId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(EnterprisePlanEntity, {
      where: { applicationId },
      relations: { officer: { organisation: true } },
    });
  }

  milestones(planId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.find(PlanMilestoneEntity, {
      where: { planId },
      order: { dueOn: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Active accounts that may be put in charge of a plan: the district bureau’s, or the city bureau’s. */
  planOfficers(
    districtCode: string | null,
    cityCode: string,
    manager: EntityManager = this.dataSource.manager,
  ) {
    const qb = manager
      .createQueryBuilder(UserEntity, 'u')
      .innerJoinAndSelect('u.organisation', 'uo')
      .where('u.status = :active', { active: UserStatus.Active })
      .andWhere('uo.deleted_at IS NULL')
      .andWhere(
        `((u.role = :city AND uo.type = :cityType AND uo.region_code = :cityCode)${
          districtCode
            ? ' OR (u.role = :district AND uo.type = :districtType AND uo.region_code = :districtCode)'
            : ''
        })`,
        {
          city: Role.CityBureau,
          cityType: OrganisationType.CityBureau,
          cityCode,
          district: Role.DistrictBureau,
          districtType: OrganisationType.DistrictBureau,
          districtCode,
        },
      )
      .orderBy('uo.type', 'DESC')
      .addOrderBy('u.display_name');
    return qb.getMany();
  }

  private scoped(
    manager: EntityManager,
    scope: OrganisationScope,
  ): SelectQueryBuilder<PilotApplicationEntity> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return manager
      .createQueryBuilder(PilotApplicationEntity, 'a')
      .innerJoinAndSelect('a.enterprise', 'e')
      .innerJoinAndSelect('e.organisation', 'o')
      .innerJoinAndSelect('o.region', 'r')
      .innerJoinAndSelect('a.programme', 'p')
      .where(condition.sql, condition.params);
  }
}
