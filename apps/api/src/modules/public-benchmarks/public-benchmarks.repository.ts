import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BenchmarkReleaseStatus, RegionLevel } from '@skillpay/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { pageOffset, type PageQueryDto } from '../../common/http/pagination.dto';
import { BenchmarkReleaseCellEntity } from '../benchmark-releases/benchmark-release-cell.entity';
import { BenchmarkReleaseEntity } from '../benchmark-releases/benchmark-release.entity';
import {
  applyCellFilter,
  CELL_COLUMNS,
  type CellFilter,
  type CellRow,
  SERVED_RELEASE_SQL,
  SKILL_ORDER_SQL,
} from '../benchmark-releases/benchmark-releases.repository';

export interface ServedFilter extends CellFilter {
  year?: number;
  releaseId?: string;
}

/** A published cell with the release it comes from. */
export interface ServedCellRow extends CellRow {
  releaseId: string;
  releaseNumber: number;
  year: number;
}

export interface PublishedReleaseRow {
  id: string;
  releaseNumber: number;
  year: number;
  programmeId: string;
  programmeTitle: string;
  regionCode: string;
  regionName: string;
  regionNameEn: string;
  publishedAt: Date;
  enterpriseCount: number;
  employeeCount: number;
  description: string | null;
  latest: boolean;
}

/** Published releases only: the public pages never see a draft, a review or a discarded release. */
@Injectable()
export class PublicBenchmarksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Cells of the latest published release of every programme and year, or of one published release. */
  private served(filter: ServedFilter): SelectQueryBuilder<BenchmarkReleaseCellEntity> {
    const qb = this.dataSource.manager
      .createQueryBuilder(BenchmarkReleaseCellEntity, 'c')
      .innerJoin('benchmark_release', 'b', 'b.id = c.release_id')
      .innerJoin('programme', 'p', 'p.id = b.programme_id AND p.deleted_at IS NULL')
      .innerJoin('region', 'cr', 'cr.code = c.region_code')
      .leftJoin('occupation', 'o', 'o.code = c.occupation_code')
      .where('b.status = :published', { published: BenchmarkReleaseStatus.Published });
    if (filter.releaseId) qb.andWhere('b.id = :releaseId', { releaseId: filter.releaseId });
    else qb.andWhere(SERVED_RELEASE_SQL);
    if (filter.year) qb.andWhere('b.year = :year', { year: filter.year });
    applyCellFilter(qb, filter);
    return qb;
  }

  private select(
    qb: SelectQueryBuilder<BenchmarkReleaseCellEntity>,
  ): SelectQueryBuilder<BenchmarkReleaseCellEntity> {
    return qb
      .select(CELL_COLUMNS)
      .addSelect('b.id', 'releaseId')
      .addSelect('b.release_number', 'releaseNumber')
      .addSelect('b.year', 'year')
      .orderBy('b.year', 'DESC')
      .addOrderBy('c.occupation_code')
      .addOrderBy(SKILL_ORDER_SQL)
      .addOrderBy('cr.path');
  }

  async cellPage(filter: ServedFilter, page: PageQueryDto): Promise<[ServedCellRow[], number]> {
    const total = await this.served(filter).getCount();
    const { skip, take } = pageOffset(page);
    const items = await this.select(this.served(filter)).offset(skip).limit(take).getRawMany<ServedCellRow>();
    return [items, total];
  }

  allCells(filter: ServedFilter): Promise<ServedCellRow[]> {
    return this.select(this.served(filter)).getRawMany<ServedCellRow>();
  }

  /** Every published release, newest first, each marked whether it is the one served. */
  releases(releaseIds?: string[]): Promise<PublishedReleaseRow[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(BenchmarkReleaseEntity, 'b')
      .innerJoin('programme', 'p', 'p.id = b.programme_id AND p.deleted_at IS NULL')
      .innerJoin('region', 'r', 'r.code = p.region_code')
      .select([
        'b.id AS "id"',
        'b.release_number AS "releaseNumber"',
        'b.year AS "year"',
        'b.programme_id AS "programmeId"',
        'p.title AS "programmeTitle"',
        'r.code AS "regionCode"',
        'r.name AS "regionName"',
        'r.name_en AS "regionNameEn"',
        'b.published_at AS "publishedAt"',
        'b.enterprise_count AS "enterpriseCount"',
        'b.employee_count AS "employeeCount"',
        'b.description AS "description"',
        `(${SERVED_RELEASE_SQL}) AS "latest"`,
      ])
      .where('b.status = :published', { published: BenchmarkReleaseStatus.Published });
    if (releaseIds)
      qb.andWhere('b.id IN (:...releaseIds)', { releaseIds: releaseIds.length ? releaseIds : [null] });
    return qb
      .orderBy('b.year', 'DESC')
      .addOrderBy('p.title')
      .addOrderBy('b.release_number', 'DESC')
      .getRawMany<PublishedReleaseRow>();
  }

  /** Years with a published release, and the regions with served cells (the city first). */
  async filters(): Promise<{
    years: number[];
    regions: Array<{ code: string; name: string; nameEn: string; city: boolean }>;
  }> {
    const years = await this.dataSource.manager.query<Array<{ year: number }>>(
      `SELECT DISTINCT year FROM benchmark_release WHERE status = $1 ORDER BY year DESC`,
      [BenchmarkReleaseStatus.Published],
    );
    const served = await this.served({})
      .select('DISTINCT c.region_code', 'code')
      .getRawMany<{ code: string }>();
    const regions = served.length
      ? await this.dataSource.manager.query<
          Array<{ code: string; name: string; nameEn: string; city: boolean }>
        >(
          `SELECT code, name, name_en AS "nameEn", level = $2 AS city FROM region WHERE code = ANY($1) ORDER BY path`,
          [served.map((row) => row.code), RegionLevel.City],
        )
      : [];
    return { years: years.map((row) => row.year), regions };
  }
}
