import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TalentStatus } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { type StatisticsScope } from '../../common/access/scope';

export interface CountRow {
  key: string;
  label: string;
  label_en: string | null;
  count: number;
}

/** Counts of confirmed (not deleted) talents in a region; never a row about one person. */
@Injectable()
export class TalentStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async counts(
    scope: StatisticsScope,
    select: string,
    joins: string,
    group: string,
    order: string,
  ): Promise<CountRow[]> {
    if (scope.kind === 'none') return [];
    const rows: CountRow[] = await this.dataSource.query(
      `SELECT ${select}, COUNT(DISTINCT t.id)::int AS count
         FROM talent t JOIN region r ON r.code = t.region_code ${joins}
        WHERE t.status = $1 AND t.deleted_at IS NULL AND r.path LIKE $2 || '%'
        GROUP BY ${group} ORDER BY ${order}`,
      [TalentStatus.Confirmed, scope.regionPath],
    );
    return rows;
  }

  async total(scope: StatisticsScope): Promise<number> {
    const rows = await this.counts(scope, `'all' AS key, '' AS label, NULL AS label_en`, '', '1', '1');
    return rows[0]?.count ?? 0;
  }

  byHonour(scope: StatisticsScope): Promise<CountRow[]> {
    return this.counts(
      scope,
      'h.code AS key, h.name_zh AS label, h.name_en AS label_en, MIN(h.sort_order) AS sort_order',
      'JOIN talent_honour th ON th.talent_id = t.id AND th.deleted_at IS NULL JOIN honour h ON h.id = th.honour_id',
      'h.code, h.name_zh, h.name_en',
      'sort_order, count DESC, h.code',
    );
  }

  byIndustry(scope: StatisticsScope): Promise<CountRow[]> {
    return this.counts(
      scope,
      `e.industry_section AS key, '' AS label, NULL AS label_en`,
      'JOIN enterprise e ON e.id = t.enterprise_id',
      'e.industry_section',
      'count DESC, e.industry_section',
    );
  }

  byDistrict(scope: StatisticsScope): Promise<CountRow[]> {
    return this.counts(
      scope,
      'r.code AS key, r.name AS label, r.name_en AS label_en',
      '',
      'r.code, r.name, r.name_en',
      'r.code',
    );
  }

  bySkillLevel(scope: StatisticsScope): Promise<CountRow[]> {
    return this.counts(
      scope,
      `t.skill_level::text AS key, '' AS label, NULL AS label_en`,
      '',
      't.skill_level',
      't.skill_level',
    );
  }

  byBirthYear(scope: StatisticsScope): Promise<CountRow[]> {
    return this.counts(
      scope,
      `t.birth_year::text AS key, '' AS label, NULL AS label_en`,
      '',
      't.birth_year',
      't.birth_year',
    );
  }

  async regionName(scope: StatisticsScope): Promise<string> {
    if (scope.kind === 'none') return '';
    const [row] = await this.dataSource.query(`SELECT name FROM region WHERE path = $1`, [scope.regionPath]);
    return row?.name ?? '';
  }
}
