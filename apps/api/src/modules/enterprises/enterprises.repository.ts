import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ENTERPRISE_SIZE_ORDER, FOCUS_INDUSTRY, OrganisationType, Ownership } from '@skillpay/domain';
import { DataSource, EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { escapeLike } from '../organisations/organisations.repository';
import { EnterpriseEntity } from './enterprise.entity';
import { type CreateEnterpriseDto, type EnterpriseQueryDto, EnterpriseSort } from './enterprises.dto';

/** The columns of an enterprise record that live on its organisation row. */
export type OrganisationChanges = Partial<
  Pick<OrganisationEntity, 'name' | 'regionCode' | 'address' | 'contactPerson' | 'contactPhone'>
>;

/** The columns of an enterprise record that live on its enterprise row. */
export type EnterpriseChanges = Partial<
  Pick<
    EnterpriseEntity,
    | 'creditCode'
    | 'industrySection'
    | 'ownership'
    | 'size'
    | 'headcount'
    | 'skilledHeadcount'
    | 'priorityCategories'
  >
>;

/**
 * The priority-focus order in SQL (compareByFocus in @skillpay/domain says the same in TS), given
 * the aliases of the enterprise, its organisation and the priority categories to count.
 */
export function focusOrder<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  enterprise: string,
  organisation: string,
  categories = `${enterprise}.priority_categories`,
): void {
  const sizeRank = `array_position(ARRAY[${ENTERPRISE_SIZE_ORDER.map((s) => `'${s}'`).join(',')}]::enterprise_size[], ${enterprise}.size)`;
  qb.addSelect(`cardinality(${categories})`, 'focus_categories')
    .addSelect(`(${enterprise}.industry_section = '${FOCUS_INDUSTRY}')`, 'focus_industry')
    .addSelect(sizeRank, 'focus_size')
    .addSelect(`(${enterprise}.ownership = '${Ownership.StateOwned}')`, 'focus_state')
    .addOrderBy('focus_categories', 'DESC')
    .addOrderBy('focus_industry', 'DESC')
    .addOrderBy('focus_size', 'ASC')
    .addOrderBy('focus_state', 'DESC')
    .addOrderBy(`${organisation}.name`, 'ASC');
}

@Injectable()
export class EnterprisesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(scope: OrganisationScope, query: EnterpriseQueryDto): Promise<[EnterpriseEntity[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope);
    if (query.q) {
      qb.andWhere('(o.name ILIKE :q OR e.credit_code ILIKE :q)', { q: `%${escapeLike(query.q.trim())}%` });
    }
    if (query.regionCode) {
      qb.andWhere(`r.path LIKE (SELECT path FROM region WHERE code = :regionCode) || '%'`, {
        regionCode: query.regionCode,
      });
    }
    if (query.industrySection)
      qb.andWhere('e.industry_section = :industry', { industry: query.industrySection });
    if (query.ownership) qb.andWhere('e.ownership = :ownership', { ownership: query.ownership });
    if (query.size) qb.andWhere('e.size = :size', { size: query.size });
    if (query.priorityCategory) {
      qb.andWhere(':category = ANY(e.priority_categories)', { category: query.priorityCategory });
    }
    switch (query.sort ?? EnterpriseSort.Focus) {
      case EnterpriseSort.Focus:
        focusOrder(qb, 'e', 'o');
        break;
      case EnterpriseSort.Name:
        qb.orderBy('o.name', 'ASC');
        break;
      case EnterpriseSort.Newest:
        qb.orderBy('e.created_at', 'DESC');
        break;
      case EnterpriseSort.Headcount:
        qb.orderBy('e.headcount', 'DESC').addOrderBy('o.name', 'ASC');
        break;
    }
    const { skip, take } = pageOffset(query);
    return qb.addOrderBy('e.id').offset(skip).limit(take).getManyAndCount();
  }

  findInScope(scope: OrganisationScope, id: string, tx?: Tx): Promise<EnterpriseEntity | null> {
    return this.scoped(managerOf(tx, this.dataSource), scope).andWhere('e.id = :id', { id }).getOne();
  }

  /**
   * The enterprise in the scope with its rows (enterprise and organisation) locked until `tx` ends:
   * what an edit compares and audits.
   */
  lockInScope(scope: OrganisationScope, id: string, tx: Tx): Promise<EnterpriseEntity | null> {
    return this.scoped(managerOf(tx, this.dataSource), scope)
      .andWhere('e.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['e', 'o'])
      .getOne();
  }

  findById(id: string, tx?: Tx): Promise<EnterpriseEntity | null> {
    return this.scoped(managerOf(tx, this.dataSource), { kind: 'all' })
      .andWhere('e.id = :id', { id })
      .getOne();
  }

  findByIds(ids: string[], tx?: Tx): Promise<EnterpriseEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.scoped(managerOf(tx, this.dataSource), { kind: 'all' })
      .andWhere('e.id IN (:...ids)', { ids })
      .orderBy('o.name')
      .getMany();
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(EnterpriseEntity, { id });
  }

  /** Inserts an organisation (type enterprise) and its enterprise row; returns the new id. */
  async insert(input: CreateEnterpriseDto, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    const organisation = await manager.save(
      OrganisationEntity,
      manager.create(OrganisationEntity, {
        name: input.name,
        type: OrganisationType.Enterprise,
        regionCode: input.regionCode,
        address: input.address ?? null,
        contactPerson: input.contactPerson ?? null,
        contactPhone: input.contactPhone ?? null,
      }),
    );
    await manager.insert(EnterpriseEntity, {
      id: organisation.id,
      creditCode: input.creditCode,
      industrySection: input.industrySection,
      ownership: input.ownership,
      size: input.size,
      headcount: input.headcount ?? 0,
      skilledHeadcount: { ...input.skilledHeadcount },
      priorityCategories: input.priorityCategories ?? [],
    });
    return organisation.id;
  }

  /**
   * Updates the organisation row when anything of it changes, and always touches the enterprise
   * row, so that its updatedAt follows any change of the record.
   */
  async update(
    id: string,
    organisation: OrganisationChanges,
    enterprise: EnterpriseChanges,
    tx: Tx,
  ): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    if (Object.keys(organisation).length > 0) {
      await manager.update(OrganisationEntity, { id }, organisation);
    }
    await manager.update(EnterpriseEntity, { id }, { ...enterprise, updatedAt: new Date() });
  }

  /** Credit codes among `codes` already registered (other than `exceptId`). */
  async takenCreditCodes(codes: string[], exceptId?: string): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const qb = this.dataSource.manager
      .createQueryBuilder(EnterpriseEntity, 'e')
      .select('e.credit_code', 'code')
      .where('e.credit_code IN (:...codes)', { codes });
    if (exceptId) qb.andWhere('e.id <> :exceptId', { exceptId });
    const rows = await qb.getRawMany<{ code: string }>();
    return new Set(rows.map((row) => row.code));
  }

  /** Organisation names among `names` already in use (other than `exceptId`). */
  async takenNames(names: string[], exceptId?: string): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    const qb = this.dataSource.manager
      .createQueryBuilder()
      .select('o.name', 'name')
      .from('organisation', 'o')
      .where('o.name IN (:...names)', { names })
      .andWhere('o.deleted_at IS NULL');
    if (exceptId) qb.andWhere('o.id <> :exceptId', { exceptId });
    const rows = await qb.getRawMany<{ name: string }>();
    return new Set(rows.map((row) => row.name));
  }

  private scoped(manager: EntityManager, scope: OrganisationScope): SelectQueryBuilder<EnterpriseEntity> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return manager
      .createQueryBuilder(EnterpriseEntity, 'e')
      .innerJoinAndSelect('e.organisation', 'o')
      .innerJoinAndSelect('o.region', 'r')
      .where('o.deleted_at IS NULL')
      .andWhere(condition.sql, condition.params);
  }
}
