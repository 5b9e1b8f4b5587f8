import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PolicyBasis, PolicyQaStatus, type PolicyTopic, policySearchTerms } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { type ProgrammeScope, programmeScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { escapeLike } from '../organisations/organisations.repository';
import { PolicyQaEntity, PolicyQaVersionEntity } from './policy-qa.entity';

/** An entry with its current version, its city and the names of the current author and the publisher. */
export interface PolicyQaRow {
  id: string;
  region_code: string;
  region_name: string;
  region_name_en: string;
  status: PolicyQaStatus;
  created_by: string;
  first_published_at: Date | null;
  published_at: Date | null;
  published_by_name: string | null;
  withdrawn_at: Date | null;
  withdraw_reason: string | null;
  version: number;
  created_at: Date;
  version_id: string;
  version_number: number;
  question: string;
  answer: string;
  basis: PolicyBasis[];
  topics: PolicyTopic[];
  version_created_by: string;
  version_created_at: Date;
  version_author_name: string | null;
}

export interface VersionRow {
  id: string;
  number: number;
  question: string;
  answer: string;
  basis: PolicyBasis[];
  topics: PolicyTopic[];
  author_name: string | null;
  created_at: Date;
}

/** Which entries a reader sees: a scope of the region tree, and whether only published ones. */
export interface PolicyQaVisibility {
  scope: ProgrammeScope;
  publishedOnly: boolean;
}

export interface PolicyQaFilter {
  q?: string;
  topic?: PolicyTopic;
  status?: PolicyQaStatus;
  regionCode?: string;
  page: number;
  pageSize: number;
}

const SELECT = `
  SELECT q.id, q.region_code, r.name AS region_name, r.name_en AS region_name_en, q.status, q.created_by,
         q.first_published_at, q.published_at, pb.display_name AS published_by_name, q.withdrawn_at,
         q.withdraw_reason, q.version, q.created_at, v.id AS version_id, v.number AS version_number,
         v.question, v.answer, v.basis, v.topics, v.created_by AS version_created_by,
         v.created_at AS version_created_at, va.display_name AS version_author_name
  FROM policy_qa q
  JOIN region r ON r.code = q.region_code
  JOIN policy_qa_version v ON v.id = q.current_version_id
  LEFT JOIN app_user va ON va.id = v.created_by
  LEFT JOIN app_user pb ON pb.id = q.published_by`;

/**
 * The policy Q&A's queries: every read through a region scope of the access layer, SQL with named
 * parameters. The search compares the current version's normalised text with ILIKE, one escaped
 * pattern per term (a `%` or `_` typed is a literal): a sequential scan, fine for the few hundred
 * entries a city publishes, and it runs unchanged on PGlite (no pg_trgm there).
 */
@Injectable()
export class PolicyQaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run<T>(sql: string, params: Record<string, unknown>, tx?: Tx): Promise<T[]> {
    const manager = managerOf(tx, this.dataSource);
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return manager.query<T[]>(query, values);
  }

  private static conditions(
    visibility: PolicyQaVisibility,
    filter: Partial<PolicyQaFilter> = {},
  ): { sql: string; params: Record<string, unknown> } {
    const condition = programmeScopeCondition(visibility.scope, 'r');
    const terms = policySearchTerms(filter.q);
    const termParams = Object.fromEntries(
      terms.map((term, index) => [`term${index}`, `%${escapeLike(term)}%`]),
    );
    const where = [
      'q.deleted_at IS NULL',
      condition.sql,
      visibility.publishedOnly ? `q.status = '${PolicyQaStatus.Published}'` : null,
      filter.status ? 'q.status = :status' : null,
      filter.topic ? ':topic = ANY(v.topics)' : null,
      filter.regionCode ? 'q.region_code = :regionCode' : null,
      ...terms.map((_, index) => `v.search_text ILIKE :term${index}`),
    ].filter(Boolean);
    return {
      sql: where.join(' AND '),
      params: {
        ...condition.params,
        ...termParams,
        status: filter.status,
        topic: filter.topic,
        regionCode: filter.regionCode,
      },
    };
  }

  /**
   * A page of entries: drafts and withdrawn ones first for the bureau (work to do), then the
   * published newest first; the public's are all published, newest first.
   */
  async findPage(visibility: PolicyQaVisibility, filter: PolicyQaFilter): Promise<[PolicyQaRow[], number]> {
    const { sql, params } = PolicyQaRepository.conditions(visibility, filter);
    const { skip, take } = pageOffset(filter);
    const rows = await this.run<PolicyQaRow & { total: string }>(
      `SELECT *, count(*) OVER () AS total FROM (${SELECT} WHERE ${sql}) items
       ORDER BY CASE status WHEN 'draft' THEN 0 WHEN 'withdrawn' THEN 1 ELSE 2 END,
                coalesce(first_published_at, version_created_at) DESC, id
       OFFSET :skip LIMIT :take`,
      { ...params, skip, take },
    );
    return [rows, rows.length ? Number(rows[0].total) : 0];
  }

  /** The entry if visible; with `lock`, its row stays locked until the transaction ends. */
  async findVisible(
    visibility: PolicyQaVisibility,
    id: string,
    tx?: Tx,
    lock = false,
  ): Promise<PolicyQaRow | null> {
    const { sql, params } = PolicyQaRepository.conditions(visibility);
    const rows = await this.run<PolicyQaRow>(
      `${SELECT} WHERE q.id = :id AND ${sql}${lock ? ' FOR UPDATE OF q' : ''}`,
      { ...params, id },
      tx,
    );
    return rows[0] ?? null;
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(PolicyQaEntity, { id });
  }

  /** Every version of an entry, newest first. */
  versions(id: string): Promise<VersionRow[]> {
    return this.run<VersionRow>(
      `SELECT v.id, v.number, v.question, v.answer, v.basis, v.topics, u.display_name AS author_name, v.created_at
       FROM policy_qa_version v LEFT JOIN app_user u ON u.id = v.created_by
       WHERE v.qa_id = :id ORDER BY v.number DESC`,
      { id },
    );
  }

  /** A new entry with its first version, pointed to; returns the entry's id. */
  async insert(
    entry: { regionCode: string; createdBy: string; status?: PolicyQaStatus },
    version: Omit<PolicyQaVersionEntity, 'id' | 'qaId' | 'number' | 'createdAt' | 'qa'>,
    tx: Tx,
  ): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    const saved = await manager.save(
      PolicyQaEntity,
      manager.create(PolicyQaEntity, {
        regionCode: entry.regionCode,
        createdBy: entry.createdBy,
        status: entry.status ?? PolicyQaStatus.Draft,
      }),
    );
    const first = await manager.save(
      PolicyQaVersionEntity,
      manager.create(PolicyQaVersionEntity, { ...version, qaId: saved.id, number: 1 }),
    );
    // the pointer completes the creation: not a change of its own, so the version stays 1
    await manager.query(`UPDATE policy_qa SET current_version_id = $1 WHERE id = $2`, [first.id, saved.id]);
    return saved.id;
  }

  /** A further version (the next number), made current; raises the entry's version. */
  async addVersion(
    qaId: string,
    number: number,
    version: Omit<PolicyQaVersionEntity, 'id' | 'qaId' | 'number' | 'createdAt' | 'qa'>,
    tx: Tx,
  ): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    const saved = await manager.save(
      PolicyQaVersionEntity,
      manager.create(PolicyQaVersionEntity, { ...version, qaId, number }),
    );
    await this.update(qaId, { currentVersionId: saved.id }, tx);
  }

  /** Changes columns and raises the version. */
  async update(id: string, changes: Partial<PolicyQaEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(PolicyQaEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /** Soft delete (the versions stay, for the audit trail). */
  async softDelete(id: string, tx: Tx): Promise<void> {
    await this.update(id, { deletedAt: new Date() }, tx);
  }
}
