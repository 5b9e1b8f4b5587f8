import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BenchmarkReleaseStatus,
  FootnoteCode,
  isOccupationCode,
  OrganisationType,
  WAGE_SKILL_LEVELS,
  WageUploadStatus,
} from '@skillpay/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type ProgrammeScope, programmeScopeCondition } from '../../common/access/scope';
import { pageOffset, type PageQueryDto } from '../../common/http/pagination.dto';
import { managerOf, type Tx, txOf } from '../../database/unit-of-work';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { BenchmarkReleaseCellEntity } from './benchmark-release-cell.entity';
import { BenchmarkReleaseEntity } from './benchmark-release.entity';
import { type BenchmarkReleaseQueryDto } from './benchmark-releases.dto';

/** A release with the names its responses show. */
export interface ReleaseRow {
  release: BenchmarkReleaseEntity;
  programmeTitle: string;
  regionCode: string;
  regionName: string;
  regionNameEn: string;
  createdByName: string | null;
  reviewedByName: string | null;
  publishedByName: string | null;
  /** whether the release's programme lies in the caller's change scope (its owner, the city bureau) */
  owned: boolean;
}

/** A cell of a release with its occupation and region names; figures as numbers. */
export interface CellRow {
  occupationCode: string;
  occupationName: string | null;
  occupationNameEn: string | null;
  urgentlyNeeded: boolean;
  skillLevel: string;
  regionCode: string;
  regionName: string;
  regionNameEn: string;
  employees: number;
  enterprises: number;
  maxEnterpriseShare: number;
  mean: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  footnote: FootnoteCode | null;
}

export interface CellFilter {
  occupation?: string;
  skillLevel?: string;
  regionCode?: string;
  footnote?: FootnoteCode;
  /** true: only withheld cells; false: only published ones */
  suppressed?: boolean;
}

export interface ReleaseStatistics {
  cells: number;
  published: number;
  suppressedByFootnote: Record<FootnoteCode, number>;
  occupations: number;
  districts: number;
}

/** Skill levels in ladder order (apprentice → chief, then unrated), for ORDER BY. */
export const SKILL_ORDER_SQL = `array_position(ARRAY[${WAGE_SKILL_LEVELS.map((level) => `'${level}'`).join(',')}]::varchar[], c.skill_level)`;

/**
 * For a published release aliased `b`: no later published release of the same programme and year
 * exists, i.e. it is the one the public (and every market comparison) is served.
 */
export const SERVED_RELEASE_SQL = `NOT EXISTS (
  SELECT 1 FROM benchmark_release later
   WHERE later.programme_id = b.programme_id AND later.year = b.year
     AND later.status = '${BenchmarkReleaseStatus.Published}' AND later.release_number > b.release_number)`;

/** The SELECT list of a cell with names, for any query aliasing cells `c`, occupations `o`, regions `cr`. */
export const CELL_COLUMNS = `
  c.occupation_code AS "occupationCode",
  o.name_zh AS "occupationName",
  o.name_en AS "occupationNameEn",
  COALESCE(o.urgently_needed, false) AS "urgentlyNeeded",
  c.skill_level AS "skillLevel",
  c.region_code AS "regionCode",
  cr.name AS "regionName",
  cr.name_en AS "regionNameEn",
  c.employees AS "employees",
  c.enterprises AS "enterprises",
  c.max_enterprise_share::float8 AS "maxEnterpriseShare",
  c.mean::float8 AS "mean",
  c.p10::float8 AS "p10",
  c.p25::float8 AS "p25",
  c.p50::float8 AS "p50",
  c.p75::float8 AS "p75",
  c.p90::float8 AS "p90",
  c.footnote AS "footnote"`;

/**
 * Applies the occupation / skill level / region filters to a query aliasing cells `c` and
 * occupations `o`. An occupation filter that looks like a code (or its start) matches codes;
 * anything else matches the Chinese or English name.
 */
export function applyCellFilter<T extends object>(qb: SelectQueryBuilder<T>, filter: CellFilter): void {
  const occupation = filter.occupation?.trim();
  if (occupation) {
    if (/^[1-8](-\d{0,2})*$/.test(occupation)) {
      qb.andWhere(
        isOccupationCode(occupation)
          ? 'c.occupation_code = :occupation'
          : 'c.occupation_code LIKE :occupationPrefix',
        {
          occupation,
          occupationPrefix: `${occupation}%`,
        },
      );
    } else {
      qb.andWhere('(o.name_zh ILIKE :occupationName OR o.name_en ILIKE :occupationName)', {
        occupationName: `%${occupation.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
  }
  if (filter.skillLevel) qb.andWhere('c.skill_level = :skillLevel', { skillLevel: filter.skillLevel });
  if (filter.regionCode) qb.andWhere('c.region_code = :regionCode', { regionCode: filter.regionCode });
  if (filter.footnote) qb.andWhere('c.footnote = :footnote', { footnote: filter.footnote });
  if (filter.suppressed === true) qb.andWhere('c.footnote IS NOT NULL');
  if (filter.suppressed === false) qb.andWhere('c.footnote IS NULL');
}

@Injectable()
export class BenchmarkReleasesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // ---- programmes and computed data ----

  /** The programme (with its region) if it lies in the scope. */
  findProgramme(scope: ProgrammeScope, programmeId: string, tx?: Tx): Promise<ProgrammeEntity | null> {
    const condition = programmeScopeCondition(scope, 'r');
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(ProgrammeEntity, 'p')
      .innerJoinAndSelect('p.region', 'r')
      .where('p.id = :programmeId', { programmeId })
      .andWhere(condition.sql, condition.params)
      .getOne();
  }

  /** Stored uploads (current or superseded) the computed cells do not reflect yet. */
  async pendingUploads(programmeId: string, year: number, tx?: Tx): Promise<number> {
    const [{ count }] = await managerOf(tx, this.dataSource).query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM wage_upload
        WHERE programme_id = $1 AND year = $2 AND status IN ($3, $4) AND aggregated_at IS NULL`,
      [programmeId, year, WageUploadStatus.Current, WageUploadStatus.Superseded],
    );
    return count;
  }

  /** How many computed cells a programme and year has, and when the latest was computed. */
  async computedCells(
    programmeId: string,
    year: number,
    tx?: Tx,
  ): Promise<{ count: number; computedAt: Date | null }> {
    const [row] = await managerOf(tx, this.dataSource).query<
      Array<{ count: number; computedAt: Date | null }>
    >(
      `SELECT count(*)::int AS count, max(computed_at) AS "computedAt"
         FROM benchmark_cell WHERE programme_id = $1 AND year = $2`,
      [programmeId, year],
    );
    return row;
  }

  /**
   * The aggregation's record of a programme and year (benchmark_state): the disclosure rules the
   * cells were computed with, and whether a full recompute is owed. Null before the first run.
   */
  async aggregationState(
    programmeId: string,
    year: number,
    tx: Tx,
  ): Promise<{
    fullRequested: boolean;
    minEnterprises: number | null;
    maxEnterpriseShare: number | null;
  } | null> {
    const [row] = await managerOf(tx, this.dataSource).query<
      Array<{ fullRequested: boolean; minEnterprises: number | null; maxEnterpriseShare: number | null }>
    >(
      `SELECT full_requested_at IS NOT NULL AS "fullRequested", min_enterprises AS "minEnterprises",
              max_enterprise_share AS "maxEnterpriseShare"
         FROM benchmark_state WHERE programme_id = $1 AND year = $2`,
      [programmeId, year],
    );
    return row ?? null;
  }

  /** Enterprises with current data for the year, and their employees (rows). */
  async currentTotals(
    programmeId: string,
    year: number,
    tx: Tx,
  ): Promise<{ enterprises: number; employees: number }> {
    const [row] = await managerOf(tx, this.dataSource).query<
      Array<{ enterprises: number; employees: number }>
    >(
      `SELECT count(DISTINCT enterprise_id)::int AS enterprises, COALESCE(sum(row_count), 0)::int AS employees
         FROM wage_upload WHERE programme_id = $1 AND year = $2 AND status = $3`,
      [programmeId, year, WageUploadStatus.Current],
    );
    return row;
  }

  /** Copies the computed cells of the programme and year into the draft, in one statement. */
  async snapshotCells(releaseId: string, programmeId: string, year: number, tx: Tx): Promise<number> {
    const columns = `occupation_code, skill_level, region_code, employees, enterprises, max_enterprise_share,
      mean, p10, p25, p50, p75, p90, share_base, share_post, share_performance, share_allowances, share_other, footnote`;
    const [, inserted] = await managerOf(tx, this.dataSource).query<[unknown, number]>(
      `INSERT INTO benchmark_release_cell (release_id, ${columns})
       SELECT $1, ${columns} FROM benchmark_cell WHERE programme_id = $2 AND year = $3`,
      [releaseId, programmeId, year],
    );
    return inserted;
  }

  // ---- releases ----

  /** `scope` decides what is visible; `ownerScope` (the change scope) marks what the caller owns. */
  private releases(
    manager: EntityManager,
    scope: ProgrammeScope,
    ownerScope: ProgrammeScope,
  ): SelectQueryBuilder<BenchmarkReleaseEntity> {
    const condition = programmeScopeCondition(scope, 'r');
    // both conditions read the caller's own region path, so their parameters agree
    const owner = programmeScopeCondition(ownerScope, 'r');
    return manager
      .createQueryBuilder(BenchmarkReleaseEntity, 'b')
      .innerJoin('b.programme', 'p')
      .innerJoin('p.region', 'r')
      .leftJoin('app_user', 'uc', 'uc.id = b.created_by')
      .leftJoin('app_user', 'ur', 'ur.id = b.reviewed_by')
      .leftJoin('app_user', 'up', 'up.id = b.published_by')
      .addSelect('p.title', 'programme_title')
      .addSelect('r.code', 'region_code')
      .addSelect('r.name', 'region_name')
      .addSelect('r.name_en', 'region_name_en')
      .addSelect('uc.display_name', 'created_by_name')
      .addSelect('ur.display_name', 'reviewed_by_name')
      .addSelect('up.display_name', 'published_by_name')
      .addSelect(`(${owner.sql})`, 'owned')
      .setParameters(owner.params)
      .where(condition.sql, condition.params)
      .andWhere('p.deleted_at IS NULL');
  }

  private static toRows(result: {
    entities: BenchmarkReleaseEntity[];
    raw: Array<Record<string, string | boolean | null>>;
  }): ReleaseRow[] {
    return result.entities.map((release) => {
      const raw = result.raw.find((row) => row.b_id === release.id)!;
      return {
        release,
        programmeTitle: raw.programme_title as string,
        regionCode: raw.region_code as string,
        regionName: raw.region_name as string,
        regionNameEn: raw.region_name_en as string,
        createdByName: raw.created_by_name as string | null,
        reviewedByName: raw.reviewed_by_name as string | null,
        publishedByName: raw.published_by_name as string | null,
        owned: raw.owned === true,
      };
    });
  }

  async findPage(
    scope: ProgrammeScope,
    ownerScope: ProgrammeScope,
    query: BenchmarkReleaseQueryDto,
  ): Promise<[ReleaseRow[], number]> {
    const qb = this.releases(this.dataSource.manager, scope, ownerScope);
    if (query.programmeId) qb.andWhere('b.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.year) qb.andWhere('b.year = :year', { year: query.year });
    if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    const total = await qb.getCount();
    const { skip, take } = pageOffset(query);
    const result = await qb
      .orderBy('b.year', 'DESC')
      .addOrderBy('b.created_at', 'DESC')
      .offset(skip)
      .limit(take)
      .getRawAndEntities();
    return [BenchmarkReleasesRepository.toRows(result), total];
  }

  async findInScope(
    scope: ProgrammeScope,
    ownerScope: ProgrammeScope,
    id: string,
    tx?: Tx,
  ): Promise<ReleaseRow | null> {
    const result = await this.releases(managerOf(tx, this.dataSource), scope, ownerScope)
      .andWhere('b.id = :id', { id })
      .getRawAndEntities();
    return BenchmarkReleasesRepository.toRows(result)[0] ?? null;
  }

  /** The served (latest published) release of the programme and year, if any. */
  findServed(programmeId: string, year: number): Promise<BenchmarkReleaseEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(BenchmarkReleaseEntity, 'b')
      .where('b.programme_id = :programmeId AND b.year = :year AND b.status = :published', {
        programmeId,
        year,
        published: BenchmarkReleaseStatus.Published,
      })
      .andWhere(SERVED_RELEASE_SQL)
      .getOne();
  }

  /** Locks the release row for a workflow step (concurrent steps on one release queue up). */
  async lock(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(`SELECT 1 FROM benchmark_release WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(BenchmarkReleaseEntity, { id });
  }

  /** A new draft. */
  async insert(release: Partial<BenchmarkReleaseEntity>, tx: Tx): Promise<BenchmarkReleaseEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(BenchmarkReleaseEntity, manager.create(BenchmarkReleaseEntity, release));
  }

  async update(id: string, changes: Partial<BenchmarkReleaseEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(BenchmarkReleaseEntity, { id }, changes);
  }

  /**
   * Runs work in one REPEATABLE READ transaction: a draft's checks and the copy of the cells see
   * one snapshot of the computed data.
   */
  inSnapshot<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => work(txOf(manager)));
  }

  /** An open (draft or reviewed) release of the programme and year, if any. */
  findOpen(programmeId: string, year: number, tx?: Tx): Promise<BenchmarkReleaseEntity | null> {
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(BenchmarkReleaseEntity, 'b')
      .where('b.programme_id = :programmeId AND b.year = :year', { programmeId, year })
      .andWhere('b.status IN (:...open)', {
        open: [BenchmarkReleaseStatus.Draft, BenchmarkReleaseStatus.Reviewed],
      })
      .getOne();
  }

  /** The next release number of a programme and year: 1, 2, 3 … */
  async nextReleaseNumber(programmeId: string, year: number, tx: Tx): Promise<number> {
    const [{ next }] = await managerOf(tx, this.dataSource).query<Array<{ next: number }>>(
      `SELECT COALESCE(max(release_number), 0)::int + 1 AS next
         FROM benchmark_release WHERE programme_id = $1 AND year = $2`,
      [programmeId, year],
    );
    return next;
  }

  async statistics(releaseId: string, cityCode: string): Promise<ReleaseStatistics> {
    const [row] = await this.dataSource.manager.query<
      Array<{
        cells: number;
        published: number;
        a: number;
        b: number;
        c: number;
        occupations: number;
        districts: number;
      }>
    >(
      `SELECT count(*)::int AS cells,
              count(*) FILTER (WHERE footnote IS NULL)::int AS published,
              count(*) FILTER (WHERE footnote = 'A')::int AS a,
              count(*) FILTER (WHERE footnote = 'B')::int AS b,
              count(*) FILTER (WHERE footnote = 'C')::int AS c,
              count(DISTINCT occupation_code)::int AS occupations,
              count(DISTINCT region_code) FILTER (WHERE region_code <> $2)::int AS districts
         FROM benchmark_release_cell WHERE release_id = $1`,
      [releaseId, cityCode],
    );
    return {
      cells: row.cells,
      published: row.published,
      suppressedByFootnote: {
        [FootnoteCode.TooFewEnterprises]: row.a,
        [FootnoteCode.Dominance]: row.b,
        [FootnoteCode.Secondary]: row.c,
      },
      occupations: row.occupations,
      districts: row.districts,
    };
  }

  // ---- cells ----

  /**
   * Cells of a release on the caller's branch of the region tree (`cellScope`: the city sees all
   * its districts; a district itself and the city roll-up), filtered, in catalogue order.
   */
  private cells(
    releaseId: string,
    cellScope: ProgrammeScope,
    filter: CellFilter,
  ): SelectQueryBuilder<BenchmarkReleaseCellEntity> {
    const condition = programmeScopeCondition(cellScope, 'cr');
    const qb = this.dataSource.manager
      .createQueryBuilder(BenchmarkReleaseCellEntity, 'c')
      .innerJoin('region', 'cr', 'cr.code = c.region_code')
      .leftJoin('occupation', 'o', 'o.code = c.occupation_code')
      .where('c.release_id = :releaseId', { releaseId })
      .andWhere(condition.sql, condition.params);
    applyCellFilter(qb, filter);
    return qb;
  }

  async cellPage(
    releaseId: string,
    cellScope: ProgrammeScope,
    filter: CellFilter,
    page: PageQueryDto,
  ): Promise<[CellRow[], number]> {
    const qb = this.cells(releaseId, cellScope, filter);
    const total = await qb.getCount();
    const { skip, take } = pageOffset(page);
    const items = await qb
      .select(CELL_COLUMNS)
      .orderBy('c.occupation_code')
      .addOrderBy(SKILL_ORDER_SQL)
      .addOrderBy('cr.path')
      .offset(skip)
      .limit(take)
      .getRawMany<CellRow>();
    return [items, total];
  }

  /** Every cell of a release in the scope (exports and comparisons). */
  allCells(releaseId: string, cellScope: ProgrammeScope, filter: CellFilter = {}): Promise<CellRow[]> {
    return this.cells(releaseId, cellScope, filter)
      .select(CELL_COLUMNS)
      .orderBy('c.occupation_code')
      .addOrderBy(SKILL_ORDER_SQL)
      .addOrderBy('cr.path')
      .getRawMany<CellRow>();
  }

  // ---- notification recipients ----

  /** District bureaus under the programme's city, and enterprises whose data the release holds. */
  async publicationRecipients(
    programmeId: string,
    year: number,
    cityPath: string,
    tx: Tx,
  ): Promise<{ districtBureaus: string[]; enterprises: string[] }> {
    const manager = managerOf(tx, this.dataSource);
    const bureaus = await manager.query<Array<{ id: string }>>(
      `SELECT o.id FROM organisation o JOIN region r ON r.code = o.region_code
        WHERE o.type = $1 AND r.path LIKE $2 AND o.deleted_at IS NULL`,
      [OrganisationType.DistrictBureau, `${cityPath}%`],
    );
    const enterprises = await manager.query<Array<{ id: string }>>(
      `SELECT DISTINCT enterprise_id AS id FROM wage_upload WHERE programme_id = $1 AND year = $2 AND status = $3`,
      [programmeId, year, WageUploadStatus.Current],
    );
    return { districtBureaus: bureaus.map((row) => row.id), enterprises: enterprises.map((row) => row.id) };
  }
}
