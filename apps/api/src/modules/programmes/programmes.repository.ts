import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationType } from '@skillpay/domain';
import { DataSource, EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { type ProgrammeScope, programmeScopeCondition } from '../../common/access/scope';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeMeasureEntity } from './programme-measure.entity';
import { ProgrammePhaseEntity } from './programme-phase.entity';
import { ProgrammeTaskResponsibleEntity } from './programme-task-responsible.entity';
import { ProgrammeTaskUpdateEntity } from './programme-task-update.entity';
import { ProgrammeTaskEntity } from './programme-task.entity';
import { ProgrammeEntity } from './programme.entity';
import { type ProgrammeQueryDto } from './programmes.dto';
import { WorkingGroupMemberEntity } from './working-group-member.entity';

/** Organisation types that can be responsible for ledger tasks. */
export const RESPONSIBLE_TYPES = [
  OrganisationType.CityBureau,
  OrganisationType.DistrictBureau,
  OrganisationType.TradeUnion,
  OrganisationType.EnterpriseConfederation,
  OrganisationType.IndustryCommerceFederation,
];

@Injectable()
export class ProgrammesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findPage(scope: ProgrammeScope, query: ProgrammeQueryDto): Promise<[ProgrammeEntity[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope);
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.year) qb.andWhere('p.year = :year', { year: query.year });
    return qb.orderBy('p.year', 'DESC').addOrderBy('p.createdAt', 'DESC').take(200).getManyAndCount();
  }

  findInScope(
    scope: ProgrammeScope,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeEntity | null> {
    return this.scoped(manager, scope).andWhere('p.id = :id', { id }).getOne();
  }

  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(ProgrammeEntity, { id });
  }

  phases(
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammePhaseEntity[]> {
    return manager.find(ProgrammePhaseEntity, { where: { programmeId }, order: { position: 'ASC' } });
  }

  measures(
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeMeasureEntity[]> {
    return manager.find(ProgrammeMeasureEntity, { where: { programmeId }, order: { position: 'ASC' } });
  }

  /** The ledger in order; with `responsibleOrganisationId` only that organisation's tasks. */
  tasks(
    programmeId: string,
    responsibleOrganisationId?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeTaskEntity[]> {
    const qb = manager
      .createQueryBuilder(ProgrammeTaskEntity, 't')
      .where('t.programme_id = :programmeId', { programmeId });
    if (responsibleOrganisationId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM programme_task_responsible tr WHERE tr.task_id = t.id AND tr.organisation_id = :org)',
        { org: responsibleOrganisationId },
      );
    }
    return qb.orderBy('t.position', 'ASC').addOrderBy('t.createdAt', 'ASC').getMany();
  }

  findTask(
    programmeId: string,
    taskId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeTaskEntity | null> {
    return manager.findOneBy(ProgrammeTaskEntity, { id: taskId, programmeId });
  }

  taskExists(taskId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(ProgrammeTaskEntity, { id: taskId });
  }

  /** Responsible organisations per task id, in name order. */
  async responsibles(
    taskIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, OrganisationEntity[]>> {
    const byTask = new Map<string, OrganisationEntity[]>();
    if (taskIds.length === 0) return byTask;
    const rows = await manager
      .createQueryBuilder(ProgrammeTaskResponsibleEntity, 'tr')
      .innerJoinAndSelect('tr.organisation', 'o')
      .where('tr.task_id IN (:...taskIds)', { taskIds })
      .orderBy('o.type')
      .addOrderBy('o.region_code')
      .addOrderBy('o.name')
      .getMany();
    for (const row of rows) {
      byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), row.organisation!]);
    }
    return byTask;
  }

  /** The latest update per task and reporting organisation (optionally of one organisation only). */
  latestUpdates(
    taskIds: readonly string[],
    organisationId?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeTaskUpdateEntity[]> {
    if (taskIds.length === 0) return Promise.resolve([]);
    const qb = manager
      .createQueryBuilder(ProgrammeTaskUpdateEntity, 'u')
      .distinctOn(['u.task_id', 'u.organisation_id'])
      .where('u.task_id IN (:...taskIds)', { taskIds });
    if (organisationId) qb.andWhere('u.organisation_id = :organisationId', { organisationId });
    return qb
      .orderBy('u.task_id')
      .addOrderBy('u.organisation_id')
      .addOrderBy('u.created_at', 'DESC')
      .getMany();
  }

  updates(taskId: string, organisationId?: string): Promise<ProgrammeTaskUpdateEntity[]> {
    return this.dataSource.manager.find(ProgrammeTaskUpdateEntity, {
      where: organisationId ? { taskId, organisationId } : { taskId },
      relations: { organisation: true },
      order: { createdAt: 'DESC' },
    });
  }

  /** Organisations that may be responsible for tasks of a programme in this region (and below). */
  responsibleCandidates(
    regionCode: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationEntity[]> {
    return findResponsibleCandidates(manager, regionCode);
  }

  organisationsByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(OrganisationEntity, { id: In([...ids]) });
  }

  workingGroup(programmeId: string): Promise<WorkingGroupMemberEntity[]> {
    return this.dataSource.manager.find(WorkingGroupMemberEntity, {
      where: { programmeId },
      order: { createdAt: 'ASC' },
    });
  }

  private scoped(manager: EntityManager, scope: ProgrammeScope): SelectQueryBuilder<ProgrammeEntity> {
    const condition = programmeScopeCondition(scope, 'r');
    return manager
      .createQueryBuilder(ProgrammeEntity, 'p')
      .innerJoinAndSelect('p.region', 'r')
      .where(condition.sql, condition.params);
  }
}

/** Bureaus, union and federations in a region and below: who can be responsible for tasks there. */
export function findResponsibleCandidates(
  manager: EntityManager,
  regionCode: string,
): Promise<OrganisationEntity[]> {
  return manager
    .createQueryBuilder(OrganisationEntity, 'o')
    .innerJoin('o.region', 'r')
    .where('o.type IN (:...types)', { types: RESPONSIBLE_TYPES })
    .andWhere(`r.path LIKE (SELECT path FROM region WHERE code = :regionCode) || '%'`, { regionCode })
    .orderBy('o.type')
    .addOrderBy('o.region_code')
    .addOrderBy('o.name')
    .getMany();
}
