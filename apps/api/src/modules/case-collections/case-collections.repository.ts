import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CaseCollectionStatus,
  CaseStatus,
  type CaseResultFigure,
  type EnterpriseSize,
  GUIDELINE_CHAPTERS,
  type IndustrySection,
  OrganisationType,
  type Ownership,
} from '@skillpay/domain';
import { DataSource } from 'typeorm';
import {
  type CaseScope,
  caseScopeCondition,
  type ProgrammeScope,
  programmeScopeCondition,
  type ScopeCondition,
} from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { type CaseWageOutcome } from '../cases/case-study-version.entity';
import { CaseStudyEntity } from '../cases/case-study.entity';
import { escapeLike } from '../organisations/organisations.repository';
import { CaseCollectionEntryEntity } from './case-collection-entry.entity';
import { CaseCollectionEntity } from './case-collection.entity';
import { type CaseCollectionQueryDto, type PublicCaseQueryDto } from './case-collections.dto';

/** A case with the version an edition prints (or its current one), its enterprise and its region. */
export interface CaseRow {
  case_id: string;
  case_status: CaseStatus;
  region_code: string;
  region_name: string;
  region_name_en: string;
  enterprise_id: string | null;
  author_organisation_id: string;
  decided_at: Date | null;
  version_id: string;
  version_no: number;
  title: string;
  articles: number[];
  enterprise_name: string;
  industry_section: IndustrySection;
  size: EnterpriseSize;
  ownership: Ownership;
  /** the enterprise is a 示范企业 of the case's programme (a live mark) */
  demonstration: boolean;
  /** the city's reason for the mark, when there is one */
  demonstration_reason: string | null;
}

/** A case row with its full content (the public case page, the docx). */
export interface CaseContentRow extends CaseRow {
  background: string;
  measures: string;
  results: CaseResultFigure[];
  results_narrative: string;
  wage_outcome: CaseWageOutcome | null;
}

export interface EntryRow extends CaseContentRow {
  position: number;
  editor_note: string;
}

export interface CollectionRow {
  id: string;
  region_code: string;
  region_name: string;
  region_name_en: string;
  title: string;
  foreword: string;
  status: CaseCollectionStatus;
  corrects_id: string | null;
  corrects_title: string | null;
  corrects_published_at: Date | null;
  corrected_by_id: string | null;
  corrected_by_title: string | null;
  corrected_by_published_at: Date | null;
  published_at: Date | null;
  published_by_name: string | null;
  case_count: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface PublicHitRow extends CaseContentRow {
  collection_id: string;
  collection_title: string;
  collection_published_at: Date;
  position: number;
  editor_note: string;
}

/** What a case contributes to a query: its enterprise (registered or named) and region. */
const CASE_COLUMNS = `
  c.id AS case_id, c.status AS case_status, c.region_code, r.name AS region_name, r.name_en AS region_name_en,
  c.enterprise_id, c.author_organisation_id, c.decided_at,
  v.id AS version_id, v.version_no, v.title, v.articles,
  coalesce(o.name, c.external_enterprise->>'name') AS enterprise_name,
  coalesce(ent.industry_section::text, c.external_enterprise->>'industrySection') AS industry_section,
  coalesce(ent.size::text, c.external_enterprise->>'size') AS size,
  coalesce(ent.ownership::text, c.external_enterprise->>'ownership') AS ownership,
  du.id IS NOT NULL AS demonstration, du.reason AS demonstration_reason`;

/**
 * 示范企业: the case's enterprise marked by the city in the case's own programme, with a live
 * mark (`demonstration_unit`, written only by the evaluation module), under a programme that is
 * running or closed — the marks the public 示范单位 page lists. Read here by a join rather than
 * through the evaluation module: its service answers one programme at a time for a caller with an
 * evaluation scope, whereas a list of cases spans programmes and is read by callers (the public,
 * districts) who have none; one join keeps the read set-based and this module independent of the
 * evaluation module's graph. At most one row joins (one live mark per programme and enterprise,
 * uq_demonstration_unit_enterprise). Imported cases of external enterprises have no enterprise_id,
 * so they never join.
 */
const DEMONSTRATION_JOIN = `
  LEFT JOIN demonstration_unit du
         ON du.programme_id = c.programme_id AND du.enterprise_id = c.enterprise_id
        AND du.kind = 'enterprise' AND du.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM programme dp WHERE dp.id = du.programme_id AND dp.deleted_at IS NULL
                                                 AND dp.status IN ('active', 'closed'))`;

const CONTENT_COLUMNS = `${CASE_COLUMNS},
  v.background, v.measures, v.results, v.results_narrative, v.wage_outcome`;

const CASE_JOINS = `
  JOIN region r ON r.code = c.region_code
  LEFT JOIN enterprise ent ON ent.id = c.enterprise_id
  LEFT JOIN organisation o ON o.id = c.enterprise_id
  ${DEMONSTRATION_JOIN}`;

/**
 * Published editions that no published correction has replaced: what the public search reads
 * (an earlier edition stays readable at its own address, but its cases are found in the correction).
 */
const CURRENT_EDITIONS = `
  SELECT col.* FROM case_collection col
   WHERE col.status = 'published' AND col.deleted_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM case_collection n
                      WHERE n.corrects_id = col.id AND n.status = 'published' AND n.deleted_at IS NULL)`;

/** Numbered `$n` parameters for raw SQL, from named values. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  /** a scope condition's `:name` parameters as `$n` */
  condition(condition: ScopeCondition): string {
    return condition.sql.replace(/:(\w+)/g, (_match, name: string) => this.add(condition.params[name]));
  }
}

/** Queries of collection editions, their entries, and the public's view of published cases. */
@Injectable()
export class CaseCollectionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // ——— editions ———

  async findPage(
    scope: ProgrammeScope,
    query: CaseCollectionQueryDto,
  ): Promise<{ rows: CollectionRow[]; total: number }> {
    const params = new Params();
    const where = [`col.deleted_at IS NULL`, params.condition(programmeScopeCondition(scope, 'cr'))];
    if (query.status) where.push(`col.status = ${params.add(query.status)}`);
    const { skip, take } = pageOffset(query);
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM case_collection col JOIN region cr ON cr.code = col.region_code
        WHERE ${where.join(' AND ')}`,
      params.values,
    );
    const rows = await this.dataSource.query<CollectionRow[]>(
      `${this.collectionSelect()} WHERE ${where.join(' AND ')}
        ORDER BY (col.status = 'draft') DESC, col.published_at DESC NULLS LAST, col.created_at DESC, col.id
        OFFSET ${params.add(skip)} LIMIT ${params.add(take)}`,
      params.values,
    );
    return { rows, total };
  }

  async findInScope(scope: ProgrammeScope, id: string, tx?: Tx): Promise<CollectionRow | null> {
    const params = new Params();
    const rows = await managerOf(tx, this.dataSource).query<CollectionRow[]>(
      `${this.collectionSelect()}
        WHERE col.id = ${params.add(id)} AND col.deleted_at IS NULL
          AND ${params.condition(programmeScopeCondition(scope, 'cr'))}`,
      params.values,
    );
    return rows[0] ?? null;
  }

  /** The edition's row, locked until the transaction ends, if it lies in the scope. */
  async lockInScope(scope: ProgrammeScope, id: string, tx: Tx): Promise<CaseCollectionEntity | null> {
    const condition = programmeScopeCondition(scope, 'cr');
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(CaseCollectionEntity, 'col')
      .innerJoin('col.region', 'cr')
      .where('col.id = :id', { id })
      .andWhere(condition.sql, condition.params)
      .setLock('pessimistic_write', undefined, ['col'])
      .getOne();
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(CaseCollectionEntity, { id });
  }

  insert(collection: Partial<CaseCollectionEntity>, tx: Tx): Promise<CaseCollectionEntity> {
    const manager = managerOf(tx, this.dataSource);
    return manager.save(CaseCollectionEntity, manager.create(CaseCollectionEntity, collection));
  }

  /** Changes the row and raises its version (optimistic concurrency). */
  async update(id: string, changes: Partial<CaseCollectionEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(CaseCollectionEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async softDelete(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).softDelete(CaseCollectionEntity, { id });
  }

  /** The edition's cases in order, each at the version it prints. */
  entries(collectionId: string, tx?: Tx): Promise<EntryRow[]> {
    return managerOf(tx, this.dataSource).query<EntryRow[]>(
      `SELECT ${CONTENT_COLUMNS}, e.position, e.editor_note
         FROM case_collection_entry e
         JOIN case_study c ON c.id = e.case_id
         JOIN case_study_version v ON v.id = e.case_version_id
         ${CASE_JOINS}
        WHERE e.collection_id = $1
        ORDER BY e.position`,
      [collectionId],
    );
  }

  /** Replaces the edition's cases with `entries`, in that order. */
  async replaceEntries(
    collectionId: string,
    entries: ReadonlyArray<{ caseId: string; caseVersionId: string; editorNote: string }>,
    tx: Tx,
  ): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    await manager.delete(CaseCollectionEntryEntity, { collectionId });
    if (entries.length === 0) return;
    await manager.insert(
      CaseCollectionEntryEntity,
      entries.map((entry, index) => ({ collectionId, ...entry, position: index + 1 })),
    );
  }

  /**
   * Cases in the caller's case scope by id, at their current version, with their enterprise:
   * what an edition may take in.
   */
  casesInScope(scope: CaseScope, ids: readonly string[], tx?: Tx): Promise<CaseRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const params = new Params();
    return managerOf(tx, this.dataSource).query<CaseRow[]>(
      `SELECT ${CASE_COLUMNS}
         FROM case_study c
         JOIN case_study_version v ON v.case_id = c.id AND v.version_no = c.current_version_no
         ${CASE_JOINS}
        WHERE c.id = ANY(${params.add(ids)}::uuid[]) AND c.deleted_at IS NULL
          AND ${params.condition(caseScopeCondition(scope, 'c', 'r'))}`,
      params.values,
    );
  }

  /**
   * Selected cases in the scope (the city's candidates for an edition): those of 示范企业 first,
   * then the oldest decision first.
   */
  async selectedCases(
    scope: CaseScope,
  ): Promise<Array<CaseRow & { drafts: Array<{ id: string; title: string }> }>> {
    const params = new Params();
    return this.dataSource.query(
      `SELECT ${CASE_COLUMNS},
              coalesce((SELECT json_agg(json_build_object('id', col.id, 'title', col.title) ORDER BY col.created_at)
                          FROM case_collection_entry e JOIN case_collection col ON col.id = e.collection_id
                         WHERE e.case_id = c.id AND col.status = 'draft' AND col.deleted_at IS NULL), '[]') AS drafts
         FROM case_study c
         JOIN case_study_version v ON v.case_id = c.id AND v.version_no = c.current_version_no
         ${CASE_JOINS}
        WHERE c.status = ${params.add(CaseStatus.Selected)} AND c.deleted_at IS NULL
          AND ${params.condition(caseScopeCondition(scope, 'c', 'r'))}
        ORDER BY (du.id IS NOT NULL) DESC, c.decided_at NULLS LAST, c.id`,
      params.values,
    );
  }

  /** The case in the caller's case scope, locked for its workflow step. */
  lockCase(scope: CaseScope, id: string, tx: Tx): Promise<CaseStudyEntity | null> {
    const condition = caseScopeCondition(scope, 'c', 'r');
    return managerOf(tx, this.dataSource)
      .createQueryBuilder(CaseStudyEntity, 'c')
      .innerJoinAndSelect('c.region', 'r')
      .where('c.id = :id', { id })
      .andWhere(condition.sql, condition.params)
      .setLock('pessimistic_write', undefined, ['c'])
      .getOne();
  }

  async markCasePublished(id: string, now: Date, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(CaseStudyEntity)
      .set({ status: CaseStatus.Published, publishedAt: now, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /** Bureau organisations of a type in a region (recipients of notifications). */
  async bureauIds(type: OrganisationType, regionCode: string, tx?: Tx): Promise<string[]> {
    const rows = await managerOf(tx, this.dataSource).query<Array<{ id: string }>>(
      `SELECT id FROM organisation WHERE type = $1 AND region_code = $2 AND deleted_at IS NULL`,
      [type, regionCode],
    );
    return rows.map((row) => row.id);
  }

  // ——— the public ———

  /** Published editions, newest first. */
  publishedCollections(): Promise<CollectionRow[]> {
    return this.dataSource.query<CollectionRow[]>(
      `${this.collectionSelect()} WHERE col.status = 'published' AND col.deleted_at IS NULL
        ORDER BY col.published_at DESC, col.id`,
    );
  }

  async publishedCollection(id: string): Promise<CollectionRow | null> {
    const rows = await this.dataSource.query<CollectionRow[]>(
      `${this.collectionSelect()} WHERE col.id = $1 AND col.status = 'published' AND col.deleted_at IS NULL`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Published cases of the current editions matching the query, in edition order. */
  async searchPublic(query: PublicCaseQueryDto): Promise<{ rows: PublicHitRow[]; total: number }> {
    const params = new Params();
    const where = [`c.status = ${params.add(CaseStatus.Published)}`, `c.deleted_at IS NULL`];
    const q = query.q?.trim();
    if (q) {
      const pattern = params.add(`%${escapeLike(q)}%`);
      where.push(
        `(v.title ILIKE ${pattern} OR v.measures ILIKE ${pattern} OR v.results_narrative ILIKE ${pattern}
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(v.results) f WHERE f->>'indicator' ILIKE ${pattern}))`,
      );
    }
    if (query.chapter) {
      const [first, last] = GUIDELINE_CHAPTERS[query.chapter].articles;
      const articles = Array.from({ length: last - first + 1 }, (_, i) => first + i);
      where.push(`v.articles && ${params.add(articles)}::smallint[]`);
    }
    if (query.article) where.push(`${params.add(query.article)}::smallint = ANY(v.articles)`);
    if (query.industry) {
      where.push(
        `coalesce(ent.industry_section::text, c.external_enterprise->>'industrySection') = ${params.add(query.industry)}`,
      );
    }
    if (query.size) {
      where.push(`coalesce(ent.size::text, c.external_enterprise->>'size') = ${params.add(query.size)}`);
    }
    if (query.ownership) {
      where.push(
        `coalesce(ent.ownership::text, c.external_enterprise->>'ownership') = ${params.add(query.ownership)}`,
      );
    }
    if (query.regionCode) {
      where.push(`r.path LIKE (SELECT path FROM region WHERE code = ${params.add(query.regionCode)}) || '%'`);
    }
    const from = `
      FROM (SELECT DISTINCT ON (e.case_id) e.case_id, e.case_version_id, e.position, e.editor_note,
                   cur.id AS collection_id, cur.title AS collection_title, cur.published_at AS collection_published_at
              FROM case_collection_entry e JOIN (${CURRENT_EDITIONS}) cur ON cur.id = e.collection_id
             ORDER BY e.case_id, cur.published_at DESC) pe
      JOIN case_study c ON c.id = pe.case_id
      JOIN case_study_version v ON v.id = pe.case_version_id
      ${CASE_JOINS}
      WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total ${from}`,
      params.values,
    );
    const { skip, take } = pageOffset(query);
    const rows = await this.dataSource.query<PublicHitRow[]>(
      `SELECT ${CONTENT_COLUMNS}, pe.collection_id, pe.collection_title, pe.collection_published_at,
              pe.position, pe.editor_note
       ${from}
       ORDER BY pe.collection_published_at DESC, pe.collection_id, pe.position
       OFFSET ${params.add(skip)} LIMIT ${params.add(take)}`,
      params.values,
    );
    return { rows, total };
  }

  /** Regions and industries that have cases in the current editions (the search form's choices). */
  async publicFilters(): Promise<{
    regions: Array<{ code: string; name: string; name_en: string }>;
    industries: IndustrySection[];
  }> {
    const base = `
      FROM case_collection_entry e JOIN (${CURRENT_EDITIONS}) cur ON cur.id = e.collection_id
      JOIN case_study c ON c.id = e.case_id AND c.status = 'published' AND c.deleted_at IS NULL
      ${CASE_JOINS}`;
    const regions = await this.dataSource.query<Array<{ code: string; name: string; name_en: string }>>(
      `SELECT DISTINCT pr.code, pr.name, pr.name_en
         ${base}
         JOIN region pr ON r.path LIKE pr.path || '%' AND pr.level <> 'province'
        ORDER BY pr.code`,
    );
    const industries = await this.dataSource.query<Array<{ industry: IndustrySection }>>(
      `SELECT DISTINCT coalesce(ent.industry_section::text, c.external_enterprise->>'industrySection') AS industry
         ${base} ORDER BY 1`,
    );
    return { regions, industries: industries.map((row) => row.industry) };
  }

  private collectionSelect(): string {
    return `
      SELECT col.id, col.region_code, cr.name AS region_name, cr.name_en AS region_name_en, col.title, col.foreword,
             col.status, col.corrects_id, prev.title AS corrects_title, prev.published_at AS corrects_published_at,
             nxt.id AS corrected_by_id, nxt.title AS corrected_by_title, nxt.published_at AS corrected_by_published_at,
             col.published_at, pu.display_name AS published_by_name,
             (SELECT count(*)::int FROM case_collection_entry e WHERE e.collection_id = col.id) AS case_count,
             col.version, col.created_at, col.updated_at
        FROM case_collection col
        JOIN region cr ON cr.code = col.region_code
        LEFT JOIN case_collection prev ON prev.id = col.corrects_id
        LEFT JOIN LATERAL (SELECT n.id, n.title, n.published_at FROM case_collection n
                            WHERE n.corrects_id = col.id AND n.status = 'published' AND n.deleted_at IS NULL
                            ORDER BY n.published_at DESC LIMIT 1) nxt ON TRUE
        LEFT JOIN app_user pu ON pu.id = col.published_by`;
  }
}
