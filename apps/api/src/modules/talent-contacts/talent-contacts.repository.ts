import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ContactBody, type ContactForm, TalentStatus } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { type TalentScope, talentScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { TalentContactEntity } from './talent-contact.entity';
import { type TalentContactQueryDto } from './talent-contacts.dto';

export interface ContactRow {
  id: string;
  talent_id: string;
  talent_name: string;
  enterprise_name: string;
  contacted_on: string;
  form: ContactForm;
  contact_body: ContactBody;
  contact_person: string;
  heard: string;
  follow_up: string | null;
  recorded_by: string;
  service_request_id: string | null;
  version: number;
}

export interface CoverageRow {
  id: string;
  name: string;
  enterprise_name: string;
  region_name: string;
  contacts: number;
  last_contact_on: string | null;
}

const SELECT = `
  SELECT c.id, c.talent_id, t.name AS talent_name, eo.name AS enterprise_name,
         to_char(c.contacted_on, 'YYYY-MM-DD') AS contacted_on, c.form, c.contact_body, c.contact_person,
         c.heard, c.follow_up, ro.name AS recorded_by,
         (SELECT sr.id FROM service_request sr WHERE sr.contact_id = c.id AND sr.deleted_at IS NULL
          ORDER BY sr.created_at LIMIT 1) AS service_request_id,
         c.version
  FROM talent_contact c
  JOIN talent t ON t.id = c.talent_id
  JOIN region r ON r.code = t.region_code
  JOIN organisation eo ON eo.id = t.enterprise_id
  JOIN organisation ro ON ro.id = c.organisation_id`;

/** The contact log's queries, each through the talent scope. */
@Injectable()
export class TalentContactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private run<T>(sql: string, params: Record<string, unknown>, tx?: Tx): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return managerOf(tx, this.dataSource).query<T[]>(query, values);
  }

  async findPage(scope: TalentScope, query: TalentContactQueryDto): Promise<[ContactRow[], number]> {
    const condition = talentScopeCondition(scope, 't', 'r');
    const { skip, take } = pageOffset(query);
    const rows = await this.run<ContactRow & { total: string }>(
      `SELECT *, count(*) OVER () AS total FROM (${SELECT}
         WHERE c.deleted_at IS NULL AND ${condition.sql}
           AND (:talentId::uuid IS NULL OR c.talent_id = :talentId::uuid)
           AND (:month::text IS NULL OR to_char(c.contacted_on, 'YYYY-MM') = :month)) items
       ORDER BY contacted_on DESC, id OFFSET :skip LIMIT :take`,
      { ...condition.params, talentId: query.talentId ?? null, month: query.month ?? null, skip, take },
    );
    return [rows, rows.length ? Number(rows[0].total) : 0];
  }

  async findInScope(scope: TalentScope, id: string, tx?: Tx, lock = false): Promise<ContactRow | null> {
    const condition = talentScopeCondition(scope, 't', 'r');
    const rows = await this.run<ContactRow>(
      `${SELECT} WHERE c.id = :id AND c.deleted_at IS NULL AND ${condition.sql}${lock ? ' FOR UPDATE OF c' : ''}`,
      { ...condition.params, id },
      tx,
    );
    return rows[0] ?? null;
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(TalentContactEntity, { id });
  }

  async insert(contact: Partial<TalentContactEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    return (await manager.save(TalentContactEntity, manager.create(TalentContactEntity, contact))).id;
  }

  async update(id: string, changes: Partial<TalentContactEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource)
      .createQueryBuilder()
      .update(TalentContactEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /**
   * Every confirmed talent in the scope with its contacts in the month [first, last] and its latest
   * contact up to the month's end: the coverage check (Lüliang 二(一)1).
   */
  coverage(scope: TalentScope, first: string, last: string): Promise<CoverageRow[]> {
    const condition = talentScopeCondition(scope, 't', 'r');
    return this.run<CoverageRow>(
      `SELECT t.id, t.name, eo.name AS enterprise_name, r.name AS region_name,
              count(c.id) FILTER (WHERE c.contacted_on >= :first::date)::int AS contacts,
              to_char(max(c.contacted_on), 'YYYY-MM-DD') AS last_contact_on
       FROM talent t
       JOIN region r ON r.code = t.region_code
       JOIN organisation eo ON eo.id = t.enterprise_id
       LEFT JOIN talent_contact c ON c.talent_id = t.id AND c.deleted_at IS NULL AND c.contacted_on <= :last::date
       WHERE t.status = :confirmed AND t.deleted_at IS NULL AND ${condition.sql}
       GROUP BY t.id, t.name, eo.name, r.name
       ORDER BY r.name, eo.name, t.name, t.id`,
      { ...condition.params, first, last, confirmed: TalentStatus.Confirmed },
    );
  }
}
