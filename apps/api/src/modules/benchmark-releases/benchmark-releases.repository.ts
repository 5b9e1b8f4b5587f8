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
  /** the maker's username, named in the audit records of the steps that check the release */
  createdByUsername: string | null;
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
  /** number of the earlier release (same year) whose figures the cell shows, null for its own */
  carriedFromNumber: number | null;
}

/** An occupation × skill level: the unit disclosure control works in. */
export interface CellPair {
  occupationCode: string;
  skillLevel: string;
}

/** One enterprise's rows in one pair, in one release's uploads. */
export interface ReleaseContributionRow extends CellPair {
  releaseId: string;
  enterpriseId: string;
  /** the upload's region: a district, or the city for city-direct enterprises */
  regionCode: string;
  employees: number;
  /** fingerprint of the rows (months and pay components, in a fixed order) */
  version: string;
}

/** A cell of a release in a pair, as disclosure control across releases reads it. */
export interface ReleasePairCellRow extends CellPair {
  releaseId: string;
  regionCode: string;
  employees: number;
  footnote: FootnoteCode | null;
  carriedFromReleaseId: string | null;
}

/** A draft cell to show an earlier release's figures, or to withhold. */
export interface CellChange extends CellPair {
  regionCode: string;
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
  /** published cells showing an earlier release's figures (disclosure control across releases) */
  carried: number;
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
  c.footnote AS "footnote",
  (SELECT cf.release_number FROM benchmark_release cf WHERE cf.id = c.carried_from_release_id) AS "carriedFromNumber"`;

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

  // ---- disclosure control across releases ----

  /** Records the versions (current uploads) the draft's cells were computed from. */
  async recordUploads(releaseId: string, programmeId: string, year: number, tx: Tx): Promise<number> {
    const [, inserted] = await managerOf(tx, this.dataSource).query<[unknown, number]>(
      `INSERT INTO benchmark_release_upload (release_id, upload_id)
       SELECT $1, id FROM wage_upload WHERE programme_id = $2 AND year = $3 AND status = $4`,
      [releaseId, programmeId, year, WageUploadStatus.Current],
    );
    return inserted;
  }

  /** Published releases of the programme and year, oldest first; `recorded` when their uploads are known. */
  async publishedReleases(
    programmeId: string,
    year: number,
    tx: Tx,
  ): Promise<Array<{ id: string; recorded: boolean }>> {
    return managerOf(tx, this.dataSource).query(
      `SELECT b.id, EXISTS (SELECT 1 FROM benchmark_release_upload ru WHERE ru.release_id = b.id) AS recorded
         FROM benchmark_release b
        WHERE b.programme_id = $1 AND b.year = $2 AND b.status = $3
        ORDER BY b.release_number`,
      [programmeId, year, BenchmarkReleaseStatus.Published],
    );
  }

  /**
   * Pairs in which the draft shows anything the release did not (a figure, a footnote, a cell
   * only in one): only there can the draft add something to difference.
   */
  async differingPairs(draftId: string, releaseId: string, tx: Tx): Promise<CellPair[]> {
    const shown = `occupation_code, skill_level, region_code, employees, enterprises, max_enterprise_share, mean,
      p10, p25, p50, p75, p90, share_base, share_post, share_performance, share_allowances, share_other, footnote`;
    const rows = await managerOf(tx, this.dataSource).query<
      Array<{ occupation_code: string; skill_level: string }>
    >(
      `SELECT DISTINCT occupation_code, skill_level FROM (
         (SELECT ${shown} FROM benchmark_release_cell WHERE release_id = $1
          EXCEPT SELECT ${shown} FROM benchmark_release_cell WHERE release_id = $2)
         UNION ALL
         (SELECT ${shown} FROM benchmark_release_cell WHERE release_id = $2
          EXCEPT SELECT ${shown} FROM benchmark_release_cell WHERE release_id = $1)) d
       ORDER BY occupation_code, skill_level`,
      [draftId, releaseId],
    );
    return rows.map((row) => ({ occupationCode: row.occupation_code, skillLevel: row.skill_level }));
  }

  /**
   * Each release's contributions in the pairs: per upload it was built from, the enterprise's
   * rows in each pair and a fingerprint of them (equal rows, equal fingerprint, whichever upload
   * holds them). Each upload is read once however many releases hold it.
   */
  pairContributions(
    releaseIds: string[],
    pairs: readonly CellPair[],
    tx: Tx,
  ): Promise<ReleaseContributionRow[]> {
    const row = `concat_ws(' ', r.months_worked, r.base_pay, r.post_pay, r.performance_pay, r.allowances, r.other_pay)`;
    return managerOf(tx, this.dataSource).query(
      `WITH uploads AS (
         SELECT DISTINCT upload_id FROM benchmark_release_upload WHERE release_id = ANY($1::uuid[])),
       versions AS (
         SELECT r.upload_id, r.occupation_code, r.skill_level, count(*)::int AS employees,
                md5(string_agg(${row}, ',' ORDER BY ${row})) AS version
           FROM uploads JOIN wage_row r ON r.upload_id = uploads.upload_id
           JOIN unnest($2::text[], $3::text[]) AS pair(occupation_code, skill_level)
             ON r.occupation_code = pair.occupation_code AND r.skill_level = pair.skill_level
          GROUP BY r.upload_id, r.occupation_code, r.skill_level)
       SELECT ru.release_id AS "releaseId", u.enterprise_id AS "enterpriseId", u.region_code AS "regionCode",
              v.occupation_code AS "occupationCode", v.skill_level AS "skillLevel", v.employees, v.version
         FROM versions v
         JOIN wage_upload u ON u.id = v.upload_id
         JOIN benchmark_release_upload ru ON ru.upload_id = v.upload_id AND ru.release_id = ANY($1::uuid[])`,
      [releaseIds, pairs.map((p) => p.occupationCode), pairs.map((p) => p.skillLevel)],
    );
  }

  /** The releases' cells in the pairs, with their footnotes and what they carry. */
  pairCells(releaseIds: string[], pairs: readonly CellPair[], tx: Tx): Promise<ReleasePairCellRow[]> {
    return managerOf(tx, this.dataSource).query(
      `SELECT c.release_id AS "releaseId", c.occupation_code AS "occupationCode", c.skill_level AS "skillLevel",
              c.region_code AS "regionCode", c.employees, c.footnote,
              c.carried_from_release_id AS "carriedFromReleaseId"
         FROM benchmark_release_cell c
         JOIN unnest($2::text[], $3::text[]) AS pair(occupation_code, skill_level)
           ON c.occupation_code = pair.occupation_code AND c.skill_level = pair.skill_level
        WHERE c.release_id = ANY($1::uuid[])`,
      [releaseIds, pairs.map((p) => p.occupationCode), pairs.map((p) => p.skillLevel)],
    );
  }

  /** Draft cells take every figure of the same cell in an earlier release, marked as carried from it. */
  async carryForward(
    draftId: string,
    cells: ReadonlyArray<CellChange & { fromReleaseId: string }>,
    tx: Tx,
  ): Promise<void> {
    if (cells.length === 0) return;
    const figures = [
      'employees',
      'enterprises',
      'max_enterprise_share',
      'mean',
      'p10',
      'p25',
      'p50',
      'p75',
      'p90',
      'share_base',
      'share_post',
      'share_performance',
      'share_allowances',
      'share_other',
      'footnote',
    ];
    await managerOf(tx, this.dataSource).query(
      `UPDATE benchmark_release_cell d
          SET ${figures.map((column) => `${column} = s.${column}`).join(', ')}, carried_from_release_id = s.release_id
         FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[]) AS x(occupation_code, skill_level, region_code, from_id)
         JOIN benchmark_release_cell s ON s.release_id = x.from_id AND s.occupation_code = x.occupation_code
          AND s.skill_level = x.skill_level AND s.region_code = x.region_code
        WHERE d.release_id = $1 AND d.occupation_code = x.occupation_code AND d.skill_level = x.skill_level
          AND d.region_code = x.region_code`,
      [
        draftId,
        cells.map((c) => c.occupationCode),
        cells.map((c) => c.skillLevel),
        cells.map((c) => c.regionCode),
        cells.map((c) => c.fromReleaseId),
      ],
    );
  }

  /** Draft cells withheld with a footnote. */
  async withhold(
    draftId: string,
    cells: ReadonlyArray<CellChange & { footnote: FootnoteCode }>,
    tx: Tx,
  ): Promise<void> {
    if (cells.length === 0) return;
    await managerOf(tx, this.dataSource).query(
      `UPDATE benchmark_release_cell d SET footnote = x.footnote::footnote_code
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS x(occupation_code, skill_level, region_code, footnote)
        WHERE d.release_id = $1 AND d.occupation_code = x.occupation_code AND d.skill_level = x.skill_level
          AND d.region_code = x.region_code`,
      [
        draftId,
        cells.map((c) => c.occupationCode),
        cells.map((c) => c.skillLevel),
        cells.map((c) => c.regionCode),
        cells.map((c) => c.footnote),
      ],
    );
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
      .addSelect('uc.username', 'created_by_username')
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
        createdByUsername: raw.created_by_username as string | null,
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

  async statistics(releaseId: string, cityCode: string, tx?: Tx): Promise<ReleaseStatistics> {
    const [row] = await managerOf(tx, this.dataSource).query<
      Array<{
        cells: number;
        published: number;
        a: number;
        b: number;
        c: number;
        carried: number;
        occupations: number;
        districts: number;
      }>
    >(
      `SELECT count(*)::int AS cells,
              count(*) FILTER (WHERE footnote IS NULL)::int AS published,
              count(*) FILTER (WHERE footnote = 'A')::int AS a,
              count(*) FILTER (WHERE footnote = 'B')::int AS b,
              count(*) FILTER (WHERE footnote = 'C')::int AS c,
              count(*) FILTER (WHERE carried_from_release_id IS NOT NULL)::int AS carried,
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
      carried: row.carried,
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
