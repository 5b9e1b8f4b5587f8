import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CaseStatus,
  type CaseWageCell,
  GUIDELINE_CHAPTERS,
  type OrganisationType,
  PostCategory,
} from '@skillpay/domain';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { type CaseScope, caseScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { escapeLike } from '../organisations/organisations.repository';
import { PayPlanEntity } from '../pay-plans/pay-plan.entity';
import { ProgrammeEntity, ProgrammeStatus } from '../programmes/programme.entity';
import { RegionEntity } from '../regions/region.entity';
import { CaseStudyVersionEntity } from './case-study-version.entity';
import { CaseStudyEntity } from './case-study.entity';
import { type CaseQueryDto } from './cases.dto';

/** Queries of case studies and their versions; every read of a case goes through a case scope. */
@Injectable()
export class CasesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(
    scope: CaseScope,
    viewerOrganisationId: string,
    query: CaseQueryDto,
  ): Promise<[CaseStudyEntity[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope, viewerOrganisationId).innerJoin(
      CaseStudyVersionEntity,
      'v',
      'v.case_id = c.id AND v.version_no = c.current_version_no',
    );
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.programmeId) qb.andWhere('c.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.regionCode) {
      qb.andWhere(`r.path LIKE (SELECT path FROM region WHERE code = :regionCode) || '%'`, {
        regionCode: query.regionCode,
      });
    }
    if (query.chapter) {
      const [first, last] = GUIDELINE_CHAPTERS[query.chapter].articles;
      qb.andWhere(
        'EXISTS (SELECT 1 FROM unnest(v.articles) AS article WHERE article BETWEEN :firstArticle AND :lastArticle)',
        { firstArticle: first, lastArticle: last },
      );
    }
    if (query.q?.trim()) {
      qb.andWhere(`(v.title ILIKE :q OR o.name ILIKE :q OR c.external_enterprise ->> 'name' ILIKE :q)`, {
        q: `%${escapeLike(query.q.trim())}%`,
      });
    }
    const { skip, take } = pageOffset(query);
    return qb.orderBy('c.updated_at', 'DESC').addOrderBy('c.id').offset(skip).limit(take).getManyAndCount();
  }

  /** The case if it lies in the scope; with `lock`, its row stays locked until the transaction ends. */
  findInScope(
    scope: CaseScope,
    viewerOrganisationId: string,
    id: string,
    tx?: Tx,
    lock = false,
  ): Promise<CaseStudyEntity | null> {
    const qb = this.scoped(managerOf(tx, this.dataSource), scope, viewerOrganisationId).andWhere(
      'c.id = :id',
      { id },
    );
    if (lock) qb.setLock('pessimistic_write', undefined, ['c']);
    return qb.getOne();
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(CaseStudyEntity, { id });
  }

  /** The current versions of some cases, by case id. */
  async currentVersions(cases: readonly CaseStudyEntity[]): Promise<Map<string, CaseStudyVersionEntity>> {
    if (cases.length === 0) return new Map();
    const versions = await this.dataSource.manager
      .createQueryBuilder(CaseStudyVersionEntity, 'v')
      .innerJoin(CaseStudyEntity, 'c', 'c.id = v.case_id AND v.version_no = c.current_version_no')
      .where('v.case_id IN (:...ids)', { ids: cases.map((c) => c.id) })
      .getMany();
    return new Map(versions.map((version) => [version.caseId, version]));
  }

  version(caseId: string, versionNo: number, tx?: Tx): Promise<CaseStudyVersionEntity | null> {
    return managerOf(tx, this.dataSource).findOneBy(CaseStudyVersionEntity, { caseId, versionNo });
  }

  /** Every version of a case, newest first. */
  versions(caseId: string): Promise<CaseStudyVersionEntity[]> {
    return this.dataSource.manager.find(CaseStudyVersionEntity, {
      where: { caseId },
      order: { versionNo: 'DESC' },
    });
  }

  insertCase(values: Partial<CaseStudyEntity>, tx: Tx): Promise<CaseStudyEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(CaseStudyEntity, manager.create(CaseStudyEntity, values));
  }

  insertVersion(values: Partial<CaseStudyVersionEntity>, tx: Tx): Promise<CaseStudyVersionEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(CaseStudyVersionEntity, manager.create(CaseStudyVersionEntity, values));
  }

  /** Changes the case row; its version column goes up with every change (the ETag). */
  async updateCase(caseStudy: CaseStudyEntity, changes: Partial<CaseStudyEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(CaseStudyEntity, { id: caseStudy.id }, changes);
  }

  async updateVersion(id: string, changes: Partial<CaseStudyVersionEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(CaseStudyVersionEntity, { id }, changes);
  }

  async softDelete(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(CaseStudyEntity, { id });
  }

  findEnterprise(id: string): Promise<EnterpriseEntity | null> {
    return this.dataSource.manager.findOne(EnterpriseEntity, {
      where: { id },
      relations: { organisation: { region: true } },
    });
  }

  findRegion(code: string): Promise<RegionEntity | null> {
    return this.dataSource.manager.findOneBy(RegionEntity, { code });
  }

  findProgramme(id: string): Promise<ProgrammeEntity | null> {
    return this.dataSource.manager.findOne(ProgrammeEntity, { where: { id }, relations: { region: true } });
  }

  /** The newest active programme covering a region (the one its cases are reviewed under), if any. */
  activeProgrammeFor(regionPath: string): Promise<ProgrammeEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(ProgrammeEntity, 'p')
      .innerJoin('p.region', 'pr')
      .where(`:regionPath LIKE pr.path || '%'`, { regionPath })
      .andWhere('p.status = :status', { status: ProgrammeStatus.Active })
      .orderBy('p.year', 'DESC')
      .addOrderBy('p.created_at', 'DESC')
      .getOne();
  }

  /** Pay plans by id, with the enterprise that saved them. */
  payPlans(ids: readonly string[]): Promise<PayPlanEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(PayPlanEntity, { where: { id: In([...ids]) } });
  }

  /**
   * An enterprise's skilled employees of a year by skill level, from its current stored wage upload
   * of that year (of the case's programme when it has one, otherwise the newest): headcount and mean
   * annualised pay, `total × 12 ÷ months worked` as the benchmarks count pay. Null when it has none.
   * Only aggregates leave the database.
   */
  async wageCells(
    enterpriseId: string,
    year: number,
    programmeId: string | null,
    tx?: Tx,
  ): Promise<CaseWageCell[] | null> {
    const manager = managerOf(tx, this.dataSource);
    const uploads = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM wage_upload
       WHERE enterprise_id = $1 AND year = $2 AND status = 'current'
       ORDER BY (programme_id IS NOT DISTINCT FROM $3::uuid) DESC, created_at DESC
       LIMIT 1`,
      [enterpriseId, year, programmeId],
    );
    if (uploads.length === 0) return null;
    const rows = await manager.query<Array<{ skill_level: string; headcount: number; mean: number }>>(
      `SELECT skill_level, COUNT(*)::int AS headcount,
              AVG((base_pay + post_pay + performance_pay + allowances + other_pay)::float8 * 12 / months_worked) AS mean
       FROM wage_row
       WHERE upload_id = $1 AND post_category = $2
       GROUP BY skill_level`,
      [uploads[0].id, PostCategory.Skilled],
    );
    return rows.map((row) => ({
      skillLevel: row.skill_level,
      headcount: row.headcount,
      meanAnnual: Number(row.mean),
    }));
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

  /**
   * Cases in the scope; a draft is its writer's until submitted, so only the organisation that
   * writes it sees it (a returned case, submitted before, stays visible to the district).
   */
  private scoped(
    manager: EntityManager,
    scope: CaseScope,
    viewerOrganisationId: string,
  ): SelectQueryBuilder<CaseStudyEntity> {
    const condition = caseScopeCondition(scope, 'c', 'r');
    return manager
      .createQueryBuilder(CaseStudyEntity, 'c')
      .innerJoinAndSelect('c.region', 'r')
      .innerJoinAndSelect('c.authorOrganisation', 'ao')
      .leftJoinAndSelect('c.enterprise', 'e')
      .leftJoinAndSelect('e.organisation', 'o')
      .leftJoinAndSelect('c.programme', 'p')
      .where(condition.sql, condition.params)
      .andWhere(`(c.status <> :draft OR c.author_organisation_id = :viewerOrganisationId)`, {
        draft: CaseStatus.Draft,
        viewerOrganisationId,
      });
  }

  /** Regions by code (the places of external enterprises). */
  async regions(codes: readonly string[]): Promise<Map<string, RegionEntity>> {
    if (codes.length === 0) return new Map();
    const regions = await this.dataSource.manager.findBy(RegionEntity, { code: In([...new Set(codes)]) });
    return new Map(regions.map((region) => [region.code, region]));
  }
}
