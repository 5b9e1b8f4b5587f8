import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrganisationType, PilotStatus } from '@skillpay/domain';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { focusOrder } from '../enterprises/enterprises.repository';
import { escapeLike } from '../organisations/organisations.repository';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { PilotApplicationEntity } from './pilot-application.entity';
import { PilotSort, type PilotQueryDto } from './pilots.dto';

/** Queries of pilot applications and their quotas. */
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
    tx?: Tx,
    lock = false,
  ): Promise<PilotApplicationEntity | null> {
    const qb = this.scoped(managerOf(tx, this.dataSource), scope).andWhere('a.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['a']);
    return qb.getOne();
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(PilotApplicationEntity, { id });
  }

  findEnterprise(id: string): Promise<EnterpriseEntity | null> {
    return this.dataSource.manager.findOne(EnterpriseEntity, {
      where: { id },
      relations: { organisation: { region: true } },
    });
  }

  insert(application: Partial<PilotApplicationEntity>, tx: Tx): Promise<PilotApplicationEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(PilotApplicationEntity, manager.create(PilotApplicationEntity, application));
  }

  async update(id: string, changes: Partial<PilotApplicationEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(PilotApplicationEntity, { id }, changes);
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

  /** Bureau organisations of a type in a region (recipients of notifications). */
  async bureauIds(type: OrganisationType, regionCode: string, tx: Tx): Promise<string[]> {
    const rows = await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .select('o.id', 'id')
      .from('organisation', 'o')
      .where('o.type = :type AND o.region_code = :regionCode AND o.deleted_at IS NULL', { type, regionCode })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
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
