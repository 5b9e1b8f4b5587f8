import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BenchmarkReleaseStatus, WageUploadStatus } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { organisationScopeCondition, type OrganisationScope } from '../../common/access/scope';
import { SKILL_ORDER_SQL } from '../benchmark-releases/benchmark-releases.repository';

export interface OwnUpload {
  id: string;
  enterpriseId: string;
  regionCode: string;
  versionNumber: number | null;
  rowCount: number | null;
  processedAt: Date | null;
}

/** Own pay by occupation × level beside the published district and city quartiles (null when withheld). */
export interface PositionRow {
  occupationCode: string;
  occupationName: string | null;
  occupationNameEn: string | null;
  urgentlyNeeded: boolean;
  skillLevel: string;
  employees: number;
  mean: number;
  districtP25: number | null;
  districtP50: number | null;
  districtP75: number | null;
  cityP25: number | null;
  cityP50: number | null;
  cityP75: number | null;
}

@Injectable()
export class BenchmarkPositionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The current upload of the programme and year of an enterprise in the scope (its own only). */
  async currentUpload(
    scope: OrganisationScope,
    programmeId: string,
    year: number,
  ): Promise<OwnUpload | null> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    const row = await this.dataSource.manager
      .createQueryBuilder()
      .select([
        'w.id AS "id"',
        'w.enterprise_id AS "enterpriseId"',
        'w.region_code AS "regionCode"',
        'w.version_number AS "versionNumber"',
        'w.row_count AS "rowCount"',
        'w.processed_at AS "processedAt"',
      ])
      .from('wage_upload', 'w')
      .innerJoin('organisation', 'o', 'o.id = w.enterprise_id')
      .innerJoin('region', 'r', 'r.code = o.region_code')
      .where('w.programme_id = :programmeId AND w.year = :year AND w.status = :current', {
        programmeId,
        year,
        current: WageUploadStatus.Current,
      })
      .andWhere(condition.sql, condition.params)
      .getRawOne<OwnUpload>();
    return row ?? null;
  }

  /** The programmes and years for which the enterprise in the scope has current data. */
  options(
    scope: OrganisationScope,
  ): Promise<
    Array<{ programmeId: string; programmeTitle: string; year: number; releaseNumber: number | null }>
  > {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return this.dataSource.manager
      .createQueryBuilder()
      .select([
        'w.programme_id AS "programmeId"',
        'p.title AS "programmeTitle"',
        'w.year AS "year"',
        `(SELECT max(b.release_number) FROM benchmark_release b
           WHERE b.programme_id = w.programme_id AND b.year = w.year AND b.status = '${BenchmarkReleaseStatus.Published}') AS "releaseNumber"`,
      ])
      .from('wage_upload', 'w')
      .innerJoin('programme', 'p', 'p.id = w.programme_id AND p.deleted_at IS NULL')
      .innerJoin('organisation', 'o', 'o.id = w.enterprise_id')
      .innerJoin('region', 'r', 'r.code = o.region_code')
      .where('w.status = :current', { current: WageUploadStatus.Current })
      .andWhere(condition.sql, condition.params)
      .orderBy('w.year', 'DESC')
      .addOrderBy('p.title')
      .getRawMany();
  }

  /**
   * The upload's employees by occupation × level with their mean annualised pay (the aggregation's
   * concept: total ÷ months worked × 12), beside the published quartiles of the district's and the
   * city's cells. A withheld cell contributes nothing.
   */
  position(
    uploadId: string,
    releaseId: string | null,
    districtCode: string,
    cityCode: string,
  ): Promise<PositionRow[]> {
    return this.dataSource.manager.query<PositionRow[]>(
      `WITH own AS (
         SELECT occupation_code, skill_level, count(*)::int AS employees,
                round(avg((base_pay + post_pay + performance_pay + allowances + other_pay) / months_worked * 12), 2)::float8 AS mean
           FROM wage_row WHERE upload_id = $1
          GROUP BY occupation_code, skill_level)
       SELECT c.occupation_code AS "occupationCode", o.name_zh AS "occupationName", o.name_en AS "occupationNameEn",
              COALESCE(o.urgently_needed, false) AS "urgentlyNeeded", c.skill_level AS "skillLevel",
              c.employees, c.mean,
              d.p25::float8 AS "districtP25", d.p50::float8 AS "districtP50", d.p75::float8 AS "districtP75",
              t.p25::float8 AS "cityP25", t.p50::float8 AS "cityP50", t.p75::float8 AS "cityP75"
         FROM own c
         LEFT JOIN occupation o ON o.code = c.occupation_code
         LEFT JOIN benchmark_release_cell d ON d.release_id = $2 AND d.occupation_code = c.occupation_code
               AND d.skill_level = c.skill_level AND d.region_code = $3 AND d.footnote IS NULL
         LEFT JOIN benchmark_release_cell t ON t.release_id = $2 AND t.occupation_code = c.occupation_code
               AND t.skill_level = c.skill_level AND t.region_code = $4 AND t.footnote IS NULL
        ORDER BY c.occupation_code, ${SKILL_ORDER_SQL}`,
      [uploadId, releaseId, districtCode, cityCode],
    );
  }

  async regionNames(codes: string[]): Promise<Map<string, { name: string; nameEn: string }>> {
    const rows = await this.dataSource.manager.query<Array<{ code: string; name: string; nameEn: string }>>(
      `SELECT code, name, name_en AS "nameEn" FROM region WHERE code = ANY($1)`,
      [codes],
    );
    return new Map(rows.map((row) => [row.code, { name: row.name, nameEn: row.nameEn }]));
  }
}
