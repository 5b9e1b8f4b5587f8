import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BenchmarkReleaseStatus, OrganisationType, PilotStatus } from '@skillpay/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { SERVED_RELEASE_SQL, SKILL_ORDER_SQL } from '../benchmark-releases/benchmark-releases.repository';
import { EnterpriseEntity } from '../enterprises/enterprise.entity';
import { PilotApplicationEntity } from '../pilots/pilot-application.entity';
import { PayPlanVersionEntity } from './pay-plan-version.entity';
import { PayPlanEntity } from './pay-plan.entity';
import { type PayPlanQueryDto } from './pay-plans.dto';

/** A version without its input and result, for the version list. */
export interface VersionSummaryRow {
  version: number;
  title: string;
  note: string | null;
  createdByName: string | null;
  createdAt: Date;
}

export interface MarketReleaseRow {
  id: string;
  year: number;
  releaseNumber: number;
  programmeTitle: string;
  publishedAt: Date;
  regionCode: string;
}

export interface MarketCellRow {
  skillLevel: string;
  p25: string;
  p50: string;
  p75: string;
  footnote: string | null;
}

/** Queries of pay plans and their versions; every read of plans is filtered by a scope. */
@Injectable()
export class PayPlansRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(scope: OrganisationScope, query: PayPlanQueryDto): Promise<[PayPlanEntity[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope);
    if (query.pilotApplicationId) {
      qb.andWhere('pp.pilot_application_id = :applicationId', { applicationId: query.pilotApplicationId });
    }
    if (query.enterpriseId)
      qb.andWhere('pp.enterprise_id = :enterpriseId', { enterpriseId: query.enterpriseId });
    if (query.calculator) qb.andWhere('pp.calculator = :calculator', { calculator: query.calculator });
    const { skip, take } = pageOffset(query);
    // the plan worked on last first: what guidance asks about
    return qb.orderBy('pp.updatedAt', 'DESC').addOrderBy('pp.id').skip(skip).take(take).getManyAndCount();
  }

  /** The plan if it lies in the scope; with `lock`, its row stays locked until the transaction ends. */
  findInScope(scope: OrganisationScope, id: string, tx?: Tx, lock = false): Promise<PayPlanEntity | null> {
    const qb = this.scoped(managerOf(tx, this.dataSource), scope).andWhere('pp.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['pp']);
    return qb.getOne();
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(PayPlanEntity, { id });
  }

  /** The enterprise record of an organisation, if it has one. */
  enterprise(organisationId: string): Promise<EnterpriseEntity | null> {
    return this.dataSource.manager.findOneBy(EnterpriseEntity, { id: organisationId });
  }

  /** Inserts a plan; returns its id. */
  async insert(plan: Partial<PayPlanEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    return (await manager.save(PayPlanEntity, manager.create(PayPlanEntity, plan))).id;
  }

  async update(id: string, changes: Partial<PayPlanEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(PayPlanEntity, { id }, changes);
  }

  async insertVersion(version: Partial<PayPlanVersionEntity>, tx: Tx): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    await manager.save(PayPlanVersionEntity, manager.create(PayPlanVersionEntity, version));
  }

  /** The name of an organisation ('' when it is gone). */
  async organisationName(id: string, tx: Tx): Promise<string> {
    const [row] = await managerOf(tx, this.dataSource).query<Array<{ name: string }>>(
      `SELECT name FROM organisation WHERE id = $1`,
      [id],
    );
    return row?.name ?? '';
  }

  /** Every version of a plan, oldest first, with who saved it (no input or result). */
  versions(planId: string): Promise<VersionSummaryRow[]> {
    return this.dataSource.manager
      .createQueryBuilder(PayPlanVersionEntity, 'v')
      .leftJoin('app_user', 'u', 'u.id = v.created_by')
      .leftJoin('organisation', 'uo', 'uo.id = u.organisation_id')
      .select([
        'v.version AS "version"',
        'v.title AS "title"',
        'v.note AS "note"',
        `CASE WHEN u.id IS NULL THEN NULL ELSE u.display_name || '（' || uo.name || '）' END AS "createdByName"`,
        'v.created_at AS "createdAt"',
      ])
      .where('v.plan_id = :planId', { planId })
      .orderBy('v.version', 'ASC')
      .getRawMany<VersionSummaryRow>();
  }

  version(planId: string, version: number): Promise<PayPlanVersionEntity | null> {
    return this.dataSource.manager.findOneBy(PayPlanVersionEntity, { planId, version });
  }

  /** The enterprise's own pilot application if it is approved, with its programme. */
  approvedApplication(enterpriseId: string, applicationId: string): Promise<PilotApplicationEntity | null> {
    return this.dataSource.manager.findOne(PilotApplicationEntity, {
      where: { id: applicationId, enterpriseId, status: PilotStatus.Approved },
      relations: { programme: true },
    });
  }

  /**
   * Who is told of a new plan version: the organisation of the officer in charge of the pilot's
   * 一企一策 plan; without one, the enterprise's district bureau (the city bureau for 市直企业).
   */
  async guidingBureaus(applicationId: string, enterpriseId: string, tx: Tx): Promise<string[]> {
    const manager = managerOf(tx, this.dataSource);
    const officer = await manager.query<Array<{ id: string }>>(
      `SELECT u.organisation_id AS id FROM enterprise_plan ep JOIN app_user u ON u.id = ep.officer_id
        WHERE ep.application_id = $1`,
      [applicationId],
    );
    if (officer.length > 0) return officer.map((row) => row.id);
    const bureaus = await manager.query<Array<{ id: string }>>(
      `SELECT b.id FROM organisation o
         JOIN region r ON r.code = o.region_code
         JOIN organisation b ON b.region_code = o.region_code AND b.deleted_at IS NULL
          AND b.type = CASE WHEN r.level = 'city' THEN $2::organisation_type ELSE $3::organisation_type END
        WHERE o.id = $1`,
      [enterpriseId, OrganisationType.CityBureau, OrganisationType.DistrictBureau],
    );
    return bureaus.map((row) => row.id);
  }

  /**
   * The newest served release (of a live programme) with cells of the occupation in the region —
   * the programme's own region (the city) when none is given. Drafts, reviews, discarded releases
   * and releases corrected by a later one never count: a cell a correction left out is not served
   * from the release it corrected.
   */
  async latestMarketRelease(occupation: string, regionCode?: string): Promise<MarketReleaseRow | null> {
    const [row] = await this.dataSource.manager.query<MarketReleaseRow[]>(
      `SELECT b.id, b.year, b.release_number AS "releaseNumber", p.title AS "programmeTitle",
              b.published_at AS "publishedAt", COALESCE($2, p.region_code) AS "regionCode"
         FROM benchmark_release b
         JOIN programme p ON p.id = b.programme_id AND p.deleted_at IS NULL
        WHERE b.status = $3 AND ${SERVED_RELEASE_SQL}
          AND EXISTS (SELECT 1 FROM benchmark_release_cell c
                       WHERE c.release_id = b.id AND c.occupation_code = $1
                         AND c.region_code = COALESCE($2, p.region_code))
        ORDER BY b.year DESC, b.published_at DESC, b.release_number DESC
        LIMIT 1`,
      [occupation, regionCode ?? null, BenchmarkReleaseStatus.Published],
    );
    return row ?? null;
  }

  /** The release's cells of one occupation and region, in ladder order; exact figures as text. */
  marketCells(releaseId: string, occupation: string, regionCode: string): Promise<MarketCellRow[]> {
    return this.dataSource.manager.query<MarketCellRow[]>(
      `SELECT c.skill_level AS "skillLevel", c.p25::text AS p25, c.p50::text AS p50, c.p75::text AS p75,
              c.footnote
         FROM benchmark_release_cell c
        WHERE c.release_id = $1 AND c.occupation_code = $2 AND c.region_code = $3
        ORDER BY ${SKILL_ORDER_SQL}`,
      [releaseId, occupation, regionCode],
    );
  }

  async names(
    occupation: string,
    regionCode: string | null,
  ): Promise<{
    occupationName: string | null;
    occupationNameEn: string | null;
    regionName: string | null;
    regionNameEn: string | null;
  }> {
    const [row] = await this.dataSource.manager.query<
      Array<{
        occupationName: string | null;
        occupationNameEn: string | null;
        regionName: string | null;
        regionNameEn: string | null;
      }>
    >(
      `SELECT (SELECT name_zh FROM occupation WHERE code = $1) AS "occupationName",
              (SELECT name_en FROM occupation WHERE code = $1) AS "occupationNameEn",
              (SELECT name FROM region WHERE code = $2) AS "regionName",
              (SELECT name_en FROM region WHERE code = $2) AS "regionNameEn"`,
      [occupation, regionCode],
    );
    return row;
  }

  private scoped(manager: EntityManager, scope: OrganisationScope): SelectQueryBuilder<PayPlanEntity> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return manager
      .createQueryBuilder(PayPlanEntity, 'pp')
      .innerJoinAndSelect('pp.enterprise', 'e')
      .innerJoinAndSelect('e.organisation', 'o')
      .innerJoinAndSelect('o.region', 'r')
      .innerJoinAndSelect('pp.pilotApplication', 'a')
      .innerJoinAndSelect('a.programme', 'p')
      .where(condition.sql, condition.params);
  }
}
