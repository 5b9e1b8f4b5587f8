import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  OpinionNoteStatus,
  OrganisationType,
  type OpinionResponseChannel,
  type OpinionSentiment,
  type OpinionSource,
  type PolicyTopic,
} from '@skillpay/domain';
import { DataSource } from 'typeorm';
import {
  type OpinionNoteScope,
  opinionNoteScopeCondition,
  programmeScopeCondition,
  type ProgrammeScope,
} from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { escapeLike } from '../organisations/organisations.repository';
import { OpinionNoteRevisionEntity } from './opinion-note-revision.entity';
import { OpinionNoteEntity } from './opinion-note.entity';
import { type OpinionNoteQueryDto, type OpinionStatisticsQueryDto } from './opinion-notes.dto';

/** A note with what its list and detail show. */
export interface OpinionNoteRow {
  id: string;
  programme_id: string;
  programme_title: string;
  source: OpinionSource;
  source_detail: string | null;
  noted_on: string;
  summary: string;
  topics: PolicyTopic[];
  sentiment: OpinionSentiment;
  heat: number;
  status: OpinionNoteStatus;
  recorder_organisation_id: string;
  recorder_name: string;
  responsible_organisation_id: string;
  responsible_name: string;
  explanation: string | null;
  response: string | null;
  responded_on: string | null;
  response_channel: OpinionResponseChannel | null;
  version: number;
  created_at: Date;
}

export interface RevisionRow {
  version: number;
  changed_fields: string[];
  editor: string;
  created_at: Date;
}

export interface CountRow {
  key: string;
  count: number;
}

const FROM = `
  FROM opinion_note n
  JOIN programme p ON p.id = n.programme_id
  JOIN organisation ro ON ro.id = n.recorder_organisation_id
  JOIN region rr ON rr.code = ro.region_code
  JOIN organisation so ON so.id = n.responsible_organisation_id
  JOIN region sr ON sr.code = so.region_code`;

const SELECT = `
  SELECT n.id, n.programme_id, p.title AS programme_title, n.source, n.source_detail,
         to_char(n.noted_on, 'YYYY-MM-DD') AS noted_on, n.summary, n.topics, n.sentiment, n.heat, n.status,
         n.recorder_organisation_id, ro.name AS recorder_name,
         n.responsible_organisation_id, so.name AS responsible_name,
         n.explanation, n.response, to_char(n.responded_on, 'YYYY-MM-DD') AS responded_on, n.response_channel,
         n.version, n.created_at
  ${FROM}`;

/** The first day of a month and the first day of the month after `to`, for a half-open day range. */
function monthBounds(from?: string, to?: string): { fromDay: string | null; toDay: string | null } {
  let toDay: string | null = null;
  if (to) {
    const [year, month] = to.split('-').map(Number);
    toDay = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  }
  return { fromDay: from ? `${from}-01` : null, toDay };
}

/**
 * The notes' queries: every read goes through the opinion-note scope of the access layer (the
 * regions of the recording and of the responsible bureau), SQL with named parameters.
 */
@Injectable()
export class OpinionNotesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run<T>(sql: string, params: Record<string, unknown>, tx?: Tx): Promise<T[]> {
    const manager = managerOf(tx, this.dataSource);
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return manager.query<T[]>(query, values);
  }

  /** The WHERE of the list and statistics filters, with their parameters. */
  private filters(
    scope: OpinionNoteScope,
    query: Partial<OpinionNoteQueryDto> & OpinionStatisticsQueryDto,
  ): { where: string; params: Record<string, unknown> } {
    const condition = opinionNoteScopeCondition(scope, 'rr', 'sr');
    const { fromDay, toDay } = monthBounds(query.from, query.to);
    const search = query.search?.normalize('NFKC').trim();
    const where = [
      'n.deleted_at IS NULL',
      condition.sql,
      query.programmeId ? 'n.programme_id = :programmeId' : null,
      query.status ? 'n.status = :status' : null,
      query.source ? 'n.source = :source' : null,
      query.sentiment ? 'n.sentiment = :sentiment' : null,
      query.topic ? ':topic = ANY(n.topics)' : null,
      fromDay ? 'n.noted_on >= :fromDay::date' : null,
      toDay ? 'n.noted_on < :toDay::date' : null,
      search ? `n.summary ILIKE '%' || :search || '%'` : null,
    ]
      .filter(Boolean)
      .join(' AND ');
    return {
      where,
      params: {
        ...condition.params,
        programmeId: query.programmeId,
        status: query.status,
        source: query.source,
        sentiment: query.sentiment,
        topic: query.topic,
        fromDay,
        toDay,
        search: search ? escapeLike(search) : undefined,
      },
    };
  }

  async findPage(scope: OpinionNoteScope, query: OpinionNoteQueryDto): Promise<[OpinionNoteRow[], number]> {
    const { where, params } = this.filters(scope, query);
    const { skip, take } = pageOffset(query);
    const rows = await this.run<OpinionNoteRow & { total: string }>(
      `${SELECT.replace('SELECT', 'SELECT count(*) OVER () AS total,')} WHERE ${where}
       ORDER BY n.noted_on DESC, n.created_at DESC, n.id OFFSET :skip LIMIT :take`,
      { ...params, skip, take },
    );
    return [rows, rows.length ? Number(rows[0].total) : 0];
  }

  /** The note if it lies in the scope; with `lock`, its row stays locked until the transaction ends. */
  async findInScope(
    scope: OpinionNoteScope,
    id: string,
    tx?: Tx,
    lock = false,
  ): Promise<OpinionNoteRow | null> {
    const condition = opinionNoteScopeCondition(scope, 'rr', 'sr');
    const rows = await this.run<OpinionNoteRow>(
      `${SELECT} WHERE n.id = :id AND n.deleted_at IS NULL AND ${condition.sql}${lock ? ' FOR UPDATE OF n' : ''}`,
      { ...condition.params, id },
      tx,
    );
    return rows[0] ?? null;
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(OpinionNoteEntity, { id });
  }

  /** A programme the caller may see (its city's work plan from a district too). */
  async programmeVisible(scope: ProgrammeScope, programmeId: string, tx?: Tx): Promise<boolean> {
    const condition = programmeScopeCondition(scope, 'pr_region');
    const rows = await this.run<{ id: string }>(
      `SELECT p.id FROM programme p JOIN region pr_region ON pr_region.code = p.region_code
       WHERE p.id = :programmeId AND p.deleted_at IS NULL AND ${condition.sql}`,
      { ...condition.params, programmeId },
      tx,
    );
    return rows.length > 0;
  }

  /**
   * Bureaus of the caller's region and below that may be responsible: the city bureau itself and
   * its district bureaus (for a district, itself); `id` narrows to one.
   */
  responsibleOptions(regionPath: string, id?: string, tx?: Tx): Promise<Array<{ id: string; name: string }>> {
    return this.run<{ id: string; name: string }>(
      `SELECT o.id, o.name FROM organisation o JOIN region r ON r.code = o.region_code
       WHERE o.type IN (:city, :district) AND o.deleted_at IS NULL AND r.path LIKE :regionPath || '%'
         AND (:id::uuid IS NULL OR o.id = :id::uuid)
       ORDER BY length(r.path), r.code, o.name`,
      {
        city: OrganisationType.CityBureau,
        district: OrganisationType.DistrictBureau,
        regionPath,
        id: id ?? null,
      },
      tx,
    );
  }

  async insert(note: Partial<OpinionNoteEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    const saved = await manager.save(OpinionNoteEntity, manager.create(OpinionNoteEntity, note));
    return saved.id;
  }

  /** Changes columns and raises the version. */
  async update(id: string, changes: Partial<OpinionNoteEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(OpinionNoteEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async insertRevision(revision: Partial<OpinionNoteRevisionEntity>, tx: Tx): Promise<void> {
    const manager = managerOf(tx, this.dataSource);
    await manager.save(OpinionNoteRevisionEntity, manager.create(OpinionNoteRevisionEntity, revision));
  }

  revisions(noteId: string): Promise<RevisionRow[]> {
    return this.run<RevisionRow>(
      `SELECT v.version, v.changed_fields, o.name AS editor, v.created_at
       FROM opinion_note_revision v JOIN organisation o ON o.id = v.editor_organisation_id
       WHERE v.note_id = :noteId ORDER BY v.version DESC`,
      { noteId },
    );
  }

  /** Counts of the notes in the scope and range, grouped by one dimension (topics unnested). */
  counts(
    scope: OpinionNoteScope,
    query: OpinionStatisticsQueryDto,
    by: 'topic' | 'sentiment' | 'month' | 'status',
  ): Promise<CountRow[]> {
    const { where, params } = this.filters(scope, query);
    const key = {
      topic: 'topic',
      sentiment: 'n.sentiment::text',
      month: `to_char(n.noted_on, 'YYYY-MM')`,
      status: 'n.status::text',
    }[by];
    const from = by === 'topic' ? `${FROM} CROSS JOIN LATERAL unnest(n.topics) AS topic` : FROM;
    return this.run<CountRow>(
      `SELECT ${key} AS key, count(*)::int AS count ${from} WHERE ${where} GROUP BY 1 ORDER BY 2 DESC, 1`,
      params,
    );
  }

  /** Today in China, as YYYY-MM-DD. */
  async today(tx?: Tx): Promise<string> {
    const [{ today }] = await this.run<{ today: string }>(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS today`,
      {},
      tx,
    );
    return today;
  }
}

export const OPEN_OPINION_STATES: readonly OpinionNoteStatus[] = [
  OpinionNoteStatus.Monitoring,
  OpinionNoteStatus.Responding,
];
