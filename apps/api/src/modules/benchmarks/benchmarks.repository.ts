import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WAGE_SKILL_LEVELS, WageUploadStatus } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../database/unit-of-work';
import {
  type OrganisationScope,
  type ProgrammeScope,
  programmeScopeCondition,
} from '../../common/access/scope';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { BenchmarkCellEntity } from './benchmark-cell.entity';
import { BenchmarkStateEntity } from './benchmark-state.entity';
import { type BenchmarkQueryDto } from './benchmarks.dto';

/** A cell row with the names of its occupation and region. */
export interface BenchmarkCellRow {
  programme_id: string;
  year: number;
  occupation_code: string;
  occupation_name: string | null;
  occupation_name_en: string | null;
  skill_level: string;
  region_code: string;
  region_name: string;
  region_name_en: string;
  employees: number;
  enterprises: number;
  max_enterprise_share: string;
  mean: string;
  p10: string;
  p25: string;
  p50: string;
  p75: string;
  p90: string;
  share_base: string;
  share_post: string;
  share_performance: string;
  share_allowances: string;
  share_other: string;
  footnote: BenchmarkCellEntity['footnote'];
  computed_at: Date;
}

@Injectable()
export class BenchmarksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** With `lock`, the programme's row locked until `tx` ends (for a change of its rules). */
  findProgramme(scope: ProgrammeScope, id: string, tx?: Tx, lock = false): Promise<ProgrammeEntity | null> {
    const condition = programmeScopeCondition(scope, 'region');
    const qb = managerOf(tx, this.dataSource)
      .createQueryBuilder(ProgrammeEntity, 'p')
      .innerJoin('p.region', 'region')
      .where(condition.sql, condition.params)
      .andWhere('p.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['p']);
    return qb.getOne();
  }

  programmeExists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(ProgrammeEntity, { id });
  }

  /**
   * The cells of a programme a bureau may see: those of regions in its scope, and the programme's
   * city roll-up (a district compares itself with the city).
   */
  async findCells(
    programme: ProgrammeEntity,
    scope: OrganisationScope,
    query: BenchmarkQueryDto,
  ): Promise<[BenchmarkCellRow[], number]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(BenchmarkCellEntity, 'c')
      .innerJoin('region', 'r', 'r.code = c.region_code')
      .leftJoin('occupation', 'o', 'o.code = c.occupation_code')
      .where('c.programme_id = :programmeId', { programmeId: programme.id });
    switch (scope.kind) {
      case 'all':
        break;
      case 'region':
        qb.andWhere(`(r.path LIKE :scopePath OR c.region_code = :cityCode)`, {
          scopePath: `${scope.regionPath}%`,
          cityCode: programme.regionCode,
        });
        break;
      default:
        qb.andWhere('FALSE');
    }
    if (query.year) qb.andWhere('c.year = :year', { year: query.year });
    if (query.occupation) {
      qb.andWhere('(c.occupation_code = :occupation OR c.occupation_code LIKE :occupationPrefix)', {
        occupation: query.occupation,
        occupationPrefix: `${query.occupation}-%`,
      });
    }
    if (query.skillLevel) qb.andWhere('c.skill_level = :skillLevel', { skillLevel: query.skillLevel });
    if (query.regionCode) qb.andWhere('c.region_code = :regionCode', { regionCode: query.regionCode });
    const total = await qb.getCount();
    const rows = await qb
      .select([
        'c.programme_id AS programme_id',
        'c.year AS year',
        'c.occupation_code AS occupation_code',
        'o.name_zh AS occupation_name',
        'o.name_en AS occupation_name_en',
        'c.skill_level AS skill_level',
        'c.region_code AS region_code',
        'r.name AS region_name',
        'r.name_en AS region_name_en',
        'c.employees AS employees',
        'c.enterprises AS enterprises',
        'c.max_enterprise_share AS max_enterprise_share',
        'c.mean AS mean',
        'c.p10 AS p10',
        'c.p25 AS p25',
        'c.p50 AS p50',
        'c.p75 AS p75',
        'c.p90 AS p90',
        'c.share_base AS share_base',
        'c.share_post AS share_post',
        'c.share_performance AS share_performance',
        'c.share_allowances AS share_allowances',
        'c.share_other AS share_other',
        'c.footnote AS footnote',
        'c.computed_at AS computed_at',
      ])
      .orderBy('c.year', 'DESC')
      .addOrderBy('c.occupation_code', 'ASC')
      .addOrderBy(`array_position(:levels::text[], c.skill_level::text)`, 'ASC')
      // the city roll-up first, then its districts
      .addOrderBy(`c.region_code = :cityCode`, 'DESC')
      .addOrderBy('c.region_code', 'ASC')
      .setParameters({ levels: WAGE_SKILL_LEVELS, cityCode: programme.regionCode })
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<BenchmarkCellRow>();
    return [rows, total];
  }

  findState(programmeId: string, year: number): Promise<BenchmarkStateEntity | null> {
    return this.dataSource.manager.findOneBy(BenchmarkStateEntity, { programmeId, year });
  }

  /** Uploads whose arrival or supersession the cells do not reflect yet. */
  async countPending(programmeId: string, year: number): Promise<number> {
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM wage_upload
       WHERE programme_id = $1 AND year = $2 AND aggregated_at IS NULL AND status IN ($3, $4)`,
      [programmeId, year, WageUploadStatus.Current, WageUploadStatus.Superseded],
    );
    return count;
  }

  async countCells(programmeId: string, year: number): Promise<{ cells: number; suppressed: number }> {
    const [row] = await this.dataSource.query<Array<{ cells: number; suppressed: number }>>(
      `SELECT count(*)::int AS cells, count(footnote)::int AS suppressed
       FROM benchmark_cell WHERE programme_id = $1 AND year = $2`,
      [programmeId, year],
    );
    return row;
  }

  /** Marks a full recompute as owed; the next aggregation run of the year does it. */
  async requestFullRecompute(programmeId: string, year: number, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(
      `INSERT INTO benchmark_state (programme_id, year, full_requested_at) VALUES ($1, $2, now())
       ON CONFLICT (programme_id, year) DO UPDATE SET full_requested_at = now()`,
      [programmeId, year],
    );
  }

  /** Pay years of a programme that have stored wage data or computed cells. */
  async yearsWithData(programmeId: string, tx: Tx): Promise<number[]> {
    const rows = await managerOf(tx, this.dataSource).query<Array<{ year: number }>>(
      `SELECT year FROM wage_upload WHERE programme_id = $1 AND status IN ($2, $3)
       UNION SELECT year FROM benchmark_state WHERE programme_id = $1
       ORDER BY year`,
      [programmeId, WageUploadStatus.Current, WageUploadStatus.Superseded],
    );
    return rows.map((row) => row.year);
  }

  /** The programme's disclosure thresholds. */
  async updateRules(
    programmeId: string,
    rules: { minEnterprises: number; maxEnterpriseSharePercent: number },
    tx: Tx,
  ): Promise<void> {
    await managerOf(tx, this.dataSource).update(
      ProgrammeEntity,
      { id: programmeId },
      {
        benchmarkMinEnterprises: rules.minEnterprises,
        benchmarkMaxEnterpriseShare: rules.maxEnterpriseSharePercent,
      },
    );
  }
}
