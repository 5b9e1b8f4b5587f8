import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  OPEN_SERVICE_REQUEST_STATES,
  OrganisationType,
  type ServiceCategory,
  type ServiceRequestStatus,
  TalentStatus,
} from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { type TalentScope, talentScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { escapeLike } from '../organisations/organisations.repository';
import { ServiceRequestReplyEntity } from './service-request-reply.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { type ServiceRequestQueryDto } from './service-requests.dto';

/** A request with what its lists and detail show, read through the talent's scope. */
export interface ServiceRequestRow {
  id: string;
  talent_id: string;
  talent_name: string;
  enterprise_id: string;
  enterprise_name: string;
  region_name: string;
  region_level: string;
  region_code: string;
  category: ServiceCategory;
  description: string;
  status: ServiceRequestStatus;
  requester_organisation_id: string;
  requester_name: string;
  received_on: string;
  due_on: string;
  overdue: boolean;
  department_id: string | null;
  department_name: string | null;
  resolved_on: string | null;
  outcome: string | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Date | null;
  contact_id: string | null;
  version: number;
  created_at: Date;
}

export interface ReplyRow {
  id: string;
  department_name: string;
  replied_on: string;
  text: string;
  created_at: Date;
}

export interface TalentOptionRow {
  id: string;
  name: string;
  id_number_masked: string;
  enterprise_name: string;
  region_name: string;
}

export interface FigureRow {
  key: string;
  label: string;
  open: number;
  overdue: number;
  resolved: number;
  median_days: number | null;
  average_rating: number | null;
}

export interface OverdueRequestRow {
  id: string;
  category: ServiceCategory;
  talent_name: string;
  due_on: string;
  recipient: string;
}

const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
const OPEN = `ARRAY['${OPEN_SERVICE_REQUEST_STATES.join("','")}']::service_request_status[]`;

const SELECT = `
  SELECT sr.id, sr.talent_id, t.name AS talent_name, t.enterprise_id, eo.name AS enterprise_name,
         r.name AS region_name, r.level AS region_level, r.code AS region_code, sr.category,
         sr.description, sr.status, sr.requester_organisation_id, ro.name AS requester_name,
         to_char(sr.received_on, 'YYYY-MM-DD') AS received_on, to_char(sr.due_on, 'YYYY-MM-DD') AS due_on,
         (sr.status = ANY(${OPEN}) AND sr.due_on < ${TODAY}) AS overdue,
         sr.department_id, d.name AS department_name, to_char(sr.resolved_on, 'YYYY-MM-DD') AS resolved_on,
         sr.outcome, sr.rating, sr.rating_comment, sr.rated_at, sr.contact_id, sr.version, sr.created_at
  FROM service_request sr
  JOIN talent t ON t.id = sr.talent_id
  JOIN region r ON r.code = t.region_code
  JOIN organisation eo ON eo.id = t.enterprise_id
  JOIN organisation ro ON ro.id = sr.requester_organisation_id
  LEFT JOIN organisation d ON d.id = sr.department_id`;

/**
 * The service window's queries: every read of requests goes through the talent scope of the
 * access layer (joining the talent and its region), SQL with named parameters.
 */
@Injectable()
export class ServiceRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run<T>(sql: string, params: Record<string, unknown>, tx?: Tx): Promise<T[]> {
    const manager = managerOf(tx, this.dataSource);
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return manager.query<T[]>(query, values);
  }

  async findPage(scope: TalentScope, query: ServiceRequestQueryDto): Promise<[ServiceRequestRow[], number]> {
    const condition = talentScopeCondition(scope, 't', 'r');
    const filters = [
      'sr.deleted_at IS NULL',
      condition.sql,
      query.status ? 'sr.status = :status' : null,
      query.category ? 'sr.category = :category' : null,
      query.departmentId ? 'sr.department_id = :departmentId' : null,
      query.talentId ? 'sr.talent_id = :talentId' : null,
      query.overdue === true ? `sr.status = ANY(${OPEN}) AND sr.due_on < ${TODAY}` : null,
      query.overdue === false ? `NOT (sr.status = ANY(${OPEN}) AND sr.due_on < ${TODAY})` : null,
    ].filter(Boolean);
    const { skip, take } = pageOffset(query);
    const params = {
      ...condition.params,
      status: query.status,
      category: query.category,
      departmentId: query.departmentId,
      talentId: query.talentId,
      skip,
      take,
    };
    const rows = await this.run<ServiceRequestRow & { total: string }>(
      `SELECT *, count(*) OVER () AS total FROM (${SELECT} WHERE ${filters.join(' AND ')}) items
       ORDER BY overdue DESC, (status = ANY(${OPEN})) DESC, due_on, created_at DESC, id
       OFFSET :skip LIMIT :take`,
      params,
    );
    return [rows, rows.length ? Number(rows[0].total) : 0];
  }

  /** The request if it lies in the scope; with `lock`, its row stays locked until the transaction ends. */
  async findInScope(
    scope: TalentScope,
    id: string,
    tx?: Tx,
    lock = false,
  ): Promise<ServiceRequestRow | null> {
    const condition = talentScopeCondition(scope, 't', 'r');
    const rows = await this.run<ServiceRequestRow>(
      `${SELECT} WHERE sr.id = :id AND sr.deleted_at IS NULL AND ${condition.sql}${lock ? ' FOR UPDATE OF sr' : ''}`,
      { ...condition.params, id },
      tx,
    );
    return rows[0] ?? null;
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(ServiceRequestEntity, { id });
  }

  /** A confirmed, not deleted talent in the scope: the only ones the window serves. */
  async confirmedTalent(
    scope: TalentScope,
    talentId: string,
    tx?: Tx,
  ): Promise<{ id: string; enterprise_id: string } | null> {
    const condition = talentScopeCondition(scope, 't', 'r');
    const rows = await this.run<{ id: string; enterprise_id: string }>(
      `SELECT t.id, t.enterprise_id FROM talent t JOIN region r ON r.code = t.region_code
       WHERE t.id = :talentId AND t.status = :confirmed AND t.deleted_at IS NULL AND ${condition.sql}`,
      { ...condition.params, talentId, confirmed: TalentStatus.Confirmed },
      tx,
    );
    return rows[0] ?? null;
  }

  /** Confirmed talents in the scope whose name contains `search`, for the pickers (at most 20). */
  talentOptions(scope: TalentScope, search: string | undefined): Promise<TalentOptionRow[]> {
    const condition = talentScopeCondition(scope, 't', 'r');
    return this.run<TalentOptionRow>(
      `SELECT t.id, t.name, t.id_number_masked, eo.name AS enterprise_name, r.name AS region_name
       FROM talent t JOIN region r ON r.code = t.region_code JOIN organisation eo ON eo.id = t.enterprise_id
       WHERE t.status = :confirmed AND t.deleted_at IS NULL AND ${condition.sql}
         AND (:search::text IS NULL OR t.name ILIKE '%' || :search || '%')
       ORDER BY t.name, t.id LIMIT 20`,
      {
        ...condition.params,
        confirmed: TalentStatus.Confirmed,
        search: search?.trim() ? escapeLike(search.trim()) : null,
      },
    );
  }

  /**
   * Government departments a window officer may route to: those of the caller's region and the
   * regions above it (the city's 教育局 for a district), and for a city those of its districts.
   */
  departments(regionPath: string, id?: string, tx?: Tx): Promise<Array<{ id: string; name: string }>> {
    return this.run<{ id: string; name: string }>(
      `SELECT o.id, o.name FROM organisation o JOIN region r ON r.code = o.region_code
       WHERE o.type = :type AND o.deleted_at IS NULL
         AND (:regionPath LIKE r.path || '%' OR r.path LIKE :regionPath || '%')
         AND (:id::uuid IS NULL OR o.id = :id::uuid)
       ORDER BY length(r.path), o.name`,
      { type: OrganisationType.GovernmentDepartment, regionPath, id: id ?? null },
      tx,
    );
  }

  async insert(request: Partial<ServiceRequestEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    const saved = await manager.save(ServiceRequestEntity, manager.create(ServiceRequestEntity, request));
    return saved.id;
  }

  /** Changes columns and raises the version. */
  async update(id: string, changes: Partial<ServiceRequestEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(ServiceRequestEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async insertReply(reply: Partial<ServiceRequestReplyEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    const saved = await manager.save(
      ServiceRequestReplyEntity,
      manager.create(ServiceRequestReplyEntity, reply),
    );
    return saved.id;
  }

  replies(requestId: string): Promise<ReplyRow[]> {
    return this.run<ReplyRow>(
      `SELECT sp.id, d.name AS department_name, to_char(sp.replied_on, 'YYYY-MM-DD') AS replied_on, sp.text, sp.created_at
       FROM service_request_reply sp JOIN organisation d ON d.id = sp.department_id
       WHERE sp.request_id = :requestId ORDER BY sp.replied_on, sp.created_at`,
      { requestId },
    );
  }

  /** Names of the organisations that took steps, by id. */
  async organisationNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.run<{ id: string; name: string }>(
      `SELECT id, name FROM organisation WHERE id = ANY(:ids::uuid[])`,
      { ids: [...new Set(ids)] },
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The window bureaus of a talent's region: its district bureau, or the city bureau for 市直. */
  async windowBureaus(regionCode: string, cityDirect: boolean, tx?: Tx): Promise<string[]> {
    const rows = await this.run<{ id: string }>(
      `SELECT id FROM organisation WHERE type = :type AND region_code = :regionCode AND deleted_at IS NULL`,
      {
        type: cityDirect ? OrganisationType.CityBureau : OrganisationType.DistrictBureau,
        regionCode,
      },
      tx,
    );
    return rows.map((row) => row.id);
  }

  /**
   * Open, overdue and resolved counts with the median days from receipt to resolution (resolved
   * or closed requests), in the scope: `all` in one row, then by category and by department.
   */
  figures(scope: TalentScope, groupBy: 'all' | 'category' | 'department'): Promise<FigureRow[]> {
    const condition = talentScopeCondition(scope, 't', 'r');
    const key =
      groupBy === 'all' ? `'all'` : groupBy === 'category' ? 'sr.category::text' : `coalesce(d.id::text, '')`;
    const label = groupBy === 'department' ? `coalesce(d.name, '')` : key;
    return this.run<FigureRow>(
      `SELECT ${key} AS key, ${label} AS label,
              count(*) FILTER (WHERE sr.status = ANY(${OPEN}))::int AS open,
              count(*) FILTER (WHERE sr.status = ANY(${OPEN}) AND sr.due_on < ${TODAY})::int AS overdue,
              count(*) FILTER (WHERE sr.resolved_on IS NOT NULL AND NOT sr.status = ANY(${OPEN}))::int AS resolved,
              (percentile_cont(0.5) WITHIN GROUP (ORDER BY sr.resolved_on - sr.received_on)
                 FILTER (WHERE sr.resolved_on IS NOT NULL AND NOT sr.status = ANY(${OPEN})))::float AS median_days,
              avg(sr.rating)::float AS average_rating
       FROM service_request sr
       JOIN talent t ON t.id = sr.talent_id
       JOIN region r ON r.code = t.region_code
       LEFT JOIN organisation d ON d.id = sr.department_id
       WHERE sr.deleted_at IS NULL AND ${condition.sql}
       GROUP BY 1, 2 ORDER BY 2`,
      condition.params,
    );
  }

  /** Open requests past their due date on `today`, once per window bureau to remind (job query). */
  overdue(today: string): Promise<OverdueRequestRow[]> {
    return this.run<OverdueRequestRow>(
      `SELECT sr.id, sr.category, t.name AS talent_name, to_char(sr.due_on, 'YYYY-MM-DD') AS due_on, o.id AS recipient
       FROM service_request sr
       JOIN talent t ON t.id = sr.talent_id
       JOIN region r ON r.code = t.region_code
       JOIN organisation o ON o.region_code = r.code AND o.deleted_at IS NULL
         AND o.type = CASE WHEN r.level = 'city' THEN :city ELSE :district END::organisation_type
       WHERE sr.deleted_at IS NULL AND sr.status = ANY(${OPEN}) AND sr.due_on < :today::date
       ORDER BY sr.due_on, sr.id`,
      { today, city: OrganisationType.CityBureau, district: OrganisationType.DistrictBureau },
    );
  }

  /** Today in China, as YYYY-MM-DD. */
  async today(): Promise<string> {
    const [{ today }] = await this.run<{ today: string }>(
      `SELECT to_char(${TODAY}, 'YYYY-MM-DD') AS today`,
      {},
    );
    return today;
  }
}
