import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TalentListStatus, TalentStatus } from '@skillpay/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { type ProgrammeScope, programmeScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { escapeLike } from '../organisations/organisations.repository';
import { TalentListEntryEntity } from './talent-list-entry.entity';
import { TalentListEntity } from './talent-list.entity';
import { type TalentListEntryQueryDto, type TalentListQueryDto } from './talent-lists.dto';

/** An edition with its city and the names of who made, reviewed and published it. */
export interface ListRow {
  list: TalentListEntity;
  regionName: string;
  regionNameEn: string;
  regionPath: string;
  createdByName: string | null;
  reviewedByName: string | null;
  publishedByName: string | null;
}

/** Which editions a caller reads: all of its city's (the city bureau), or only the published ones. */
export interface ListVisibility {
  scope: ProgrammeScope;
  publishedOnly: boolean;
}

@Injectable()
export class TalentListsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private query(tx: Tx | undefined, visibility: ListVisibility): SelectQueryBuilder<TalentListEntity> {
    const condition = programmeScopeCondition(visibility.scope, 'region');
    const qb = managerOf(tx, this.dataSource)
      .createQueryBuilder(TalentListEntity, 'list')
      .innerJoin('list.region', 'region')
      .leftJoin('app_user', 'maker', 'maker.id = list.created_by')
      .leftJoin('app_user', 'checker', 'checker.id = list.reviewed_by')
      .leftJoin('app_user', 'publisher', 'publisher.id = list.published_by')
      .addSelect('region.name', 'region_name')
      .addSelect('region.name_en', 'region_name_en')
      .addSelect('region.path', 'region_path')
      .addSelect('maker.display_name', 'maker_name')
      .addSelect('checker.display_name', 'checker_name')
      .addSelect('publisher.display_name', 'publisher_name')
      .where(condition.sql, condition.params);
    if (visibility.publishedOnly) {
      qb.andWhere('list.status = :published', { published: TalentListStatus.Published });
    }
    return qb;
  }

  private static toRows(result: {
    entities: TalentListEntity[];
    raw: Record<string, string | null>[];
  }): ListRow[] {
    return result.entities.map((list, index) => {
      const raw = result.raw[index];
      return {
        list,
        regionName: raw.region_name ?? '',
        regionNameEn: raw.region_name_en ?? '',
        regionPath: raw.region_path ?? '',
        createdByName: raw.maker_name,
        reviewedByName: raw.checker_name,
        publishedByName: raw.publisher_name,
      };
    });
  }

  /** Editions under review first, then published ones newest first; discarded ones last. */
  async findPage(visibility: ListVisibility, query: TalentListQueryDto): Promise<[ListRow[], number]> {
    const qb = this.query(undefined, visibility)
      .orderBy(
        `CASE list.status WHEN 'draft' THEN 0 WHEN 'reviewed' THEN 0 WHEN 'published' THEN 1 ELSE 2 END`,
        'ASC',
      )
      .addOrderBy('list.published_at', 'DESC', 'NULLS LAST')
      .addOrderBy('list.created_at', 'DESC');
    const { skip, take } = pageOffset(query);
    const total = await qb.getCount();
    const result = await qb.offset(skip).limit(take).getRawAndEntities();
    return [TalentListsRepository.toRows(result), total];
  }

  async findOne(visibility: ListVisibility, id: string, tx?: Tx): Promise<ListRow | null> {
    const result = await this.query(tx, visibility).andWhere('list.id = :id', { id }).getRawAndEntities();
    return TalentListsRepository.toRows(result)[0] ?? null;
  }

  async exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).getRepository(TalentListEntity).exists({ where: { id } });
  }

  async lock(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(`SELECT 1 FROM talent_list WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** The edition of the city under review, if any (one at a time). */
  findOpen(regionCode: string, tx: Tx): Promise<TalentListEntity | null> {
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(TalentListEntity, 'list')
      .where('list.region_code = :regionCode', { regionCode })
      .andWhere('list.status IN (:...open)', { open: [TalentListStatus.Draft, TalentListStatus.Reviewed] })
      .getOne();
  }

  insert(list: Partial<TalentListEntity>, tx: Tx): Promise<TalentListEntity> {
    const repository = managerOf(tx, this.dataSource).getRepository(TalentListEntity);
    return repository.save(repository.create(list));
  }

  async update(id: string, changes: Partial<TalentListEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).getRepository(TalentListEntity).update({ id }, changes);
  }

  async nextEditionNumber(regionCode: string, year: number, tx: Tx): Promise<number> {
    const [{ next }] = await managerOf(tx, this.dataSource).query(
      `SELECT COALESCE(MAX(edition_number), 0) + 1 AS next FROM talent_list WHERE region_code = $1 AND year = $2`,
      [regionCode, year],
    );
    return Number(next);
  }

  /**
   * Copies the confirmed talents of the city (not deleted, region under `cityPath`) into the
   * edition: names, enterprise, district, occupation, level, honours with their years, roles and
   * the treatments adopted (no amounts). Never the ID number. Ordered by district, enterprise, name.
   */
  async snapshot(listId: string, cityPath: string, tx: Tx): Promise<number> {
    const rows: Array<{ id: string }> = await managerOf(tx, this.dataSource).query(
      `INSERT INTO talent_list_entry
         (list_id, talent_id, position, name, public_consent, gender, birth_year, enterprise_name,
          industry_section, region_code, region_name, region_name_en, occupation_code, occupation_name,
          occupation_name_en, skill_level, honours, roles, pay_treatments, last_confirmed_at)
       SELECT $1, t.id,
              ROW_NUMBER() OVER (ORDER BY r.code, o.name, t.name, t.id),
              t.name, t.public_consent, t.gender, t.birth_year, o.name,
              e.industry_section, r.code, r.name, r.name_en, oc.code, oc.name_zh,
              oc.name_en, t.skill_level,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('honourId', h.id, 'nameZh', h.name_zh,
                                         'nameEn', h.name_en, 'year', th.awarded_year)
                                         ORDER BY h.sort_order, th.awarded_year, h.name_zh)
                          FROM talent_honour th JOIN honour h ON h.id = th.honour_id
                         WHERE th.talent_id = t.id AND th.deleted_at IS NULL), '[]'::jsonb),
              t.roles,
              ARRAY(SELECT treatment->>'treatment' FROM jsonb_array_elements(t.pay_treatments) treatment),
              t.last_confirmed_at
         FROM talent t
         JOIN region r ON r.code = t.region_code
         JOIN organisation o ON o.id = t.enterprise_id
         JOIN enterprise e ON e.id = t.enterprise_id
         JOIN occupation oc ON oc.code = t.occupation_code
        WHERE t.status = $2 AND t.deleted_at IS NULL AND r.path LIKE $3 || '%'
       RETURNING id`,
      [listId, TalentStatus.Confirmed, cityPath],
    );
    return rows.length;
  }

  /** Rows of an edition, searched and filtered; `namedOnly` searches names of consenting talents only. */
  async entries(
    listId: string,
    query: Partial<TalentListEntryQueryDto>,
    options: { namedOnly: boolean; all?: boolean },
  ): Promise<[TalentListEntryEntity[], number]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(TalentListEntryEntity, 'entry')
      .where('entry.list_id = :listId', { listId })
      .orderBy('entry.position', 'ASC');
    if (query.q?.trim()) {
      const q = `%${escapeLike(query.q.trim())}%`;
      qb.andWhere(
        options.namedOnly
          ? '((entry.public_consent AND entry.name ILIKE :q) OR entry.enterprise_name ILIKE :q)'
          : '(entry.name ILIKE :q OR entry.enterprise_name ILIKE :q)',
        { q },
      );
    }
    if (query.occupationCode) {
      qb.andWhere('entry.occupation_code = :occupationCode', { occupationCode: query.occupationCode });
    }
    if (query.honourId) {
      qb.andWhere(`entry.honours @> jsonb_build_array(jsonb_build_object('honourId', :honourId::text))`, {
        honourId: query.honourId,
      });
    }
    if (options.all) return [await qb.getMany(), 0];
    const { skip, take } = pageOffset({ page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
    return qb.skip(skip).take(take).getManyAndCount();
  }

  /** The occupations and honours an edition lists, for its filters. */
  async filterOptions(listId: string): Promise<{
    occupations: Array<{ code: string; name: string; nameEn: string | null }>;
    honours: Array<{ id: string; name: string; nameEn: string | null }>;
  }> {
    const manager = this.dataSource.manager;
    const occupations = await manager.query(
      `SELECT DISTINCT occupation_code AS code, occupation_name AS name, occupation_name_en AS "nameEn"
         FROM talent_list_entry WHERE list_id = $1 ORDER BY occupation_code`,
      [listId],
    );
    const honours = await manager.query(
      `SELECT DISTINCT honour->>'honourId' AS id, honour->>'nameZh' AS name, honour->>'nameEn' AS "nameEn"
         FROM talent_list_entry, jsonb_array_elements(honours) honour
        WHERE list_id = $1 ORDER BY 2`,
      [listId],
    );
    return { occupations, honours };
  }

  /** The district bureaus of the city, told of a new edition. */
  async districtBureaus(cityPath: string, tx: Tx): Promise<string[]> {
    const rows: Array<{ id: string }> = await managerOf(tx, this.dataSource).query(
      `SELECT o.id FROM organisation o JOIN region r ON r.code = o.region_code
        WHERE o.type = 'district_bureau' AND o.deleted_at IS NULL AND r.path LIKE $1 || '%'`,
      [cityPath],
    );
    return rows.map((row) => row.id);
  }
}
