import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrganisationType, REMINDER_HORIZON_DAYS } from '@skillpay/domain';
import { DataSource } from 'typeorm';

/** A ledger task or plan milestone that is overdue or due soon, once per organisation to remind. */
export interface DueItem {
  /** `task` or `milestone` */
  source: string;
  id: string;
  title: string;
  due_on: string;
  overdue: boolean;
  recipient: string;
  link: string;
}

/** The reminder job's queries. */
@Injectable()
export class RemindersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Today in China, as YYYY-MM-DD. */
  async today(): Promise<string> {
    const [{ today }] = await this.dataSource.query<Array<{ today: string }>>(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS today`,
    );
    return today;
  }

  /**
   * Open tasks of active programmes (for each responsible organisation whose part is not done) and
   * open milestones of approved pilots, due within the horizon.
   */
  dueItems(today: string): Promise<DueItem[]> {
    return this.dataSource.query<DueItem[]>(
      `WITH today AS (SELECT $1::date AS d)
       SELECT 'task' AS source, t.id, t.title, to_char(t.due_on, 'YYYY-MM-DD') AS due_on,
              t.due_on < today.d AS overdue, r.organisation_id AS recipient,
              '/programmes/' || t.programme_id || '?task=' || t.id AS link
       FROM programme_task t
       JOIN programme p ON p.id = t.programme_id AND p.deleted_at IS NULL AND p.status = 'active'
       JOIN programme_task_responsible r ON r.task_id = t.id
       CROSS JOIN today
       WHERE t.deleted_at IS NULL AND t.status <> 'done' AND t.due_on <= today.d + $2::int
         -- an organisation whose own latest report says done has nothing left to do on the task
         AND (SELECT u.status FROM programme_task_update u
              WHERE u.task_id = t.id AND u.organisation_id = r.organisation_id
              ORDER BY u.created_at DESC LIMIT 1) IS DISTINCT FROM 'done'
       UNION ALL
       SELECT 'milestone', m.id, m.title, to_char(m.due_on, 'YYYY-MM-DD'),
              m.due_on < today.d, recipient.organisation_id,
              '/pilot-applications/' || a.id
       FROM plan_milestone m
       JOIN enterprise_plan plan ON plan.id = m.plan_id
       JOIN pilot_application a ON a.id = plan.application_id AND a.status = 'approved'
       LEFT JOIN app_user officer ON officer.id = plan.officer_id
       CROSS JOIN today
       CROSS JOIN LATERAL (VALUES (a.enterprise_id), (officer.organisation_id)) AS recipient(organisation_id)
       WHERE m.deleted_at IS NULL AND m.done_at IS NULL AND m.due_on <= today.d + $2::int AND recipient.organisation_id IS NOT NULL`,
      [today, REMINDER_HORIZON_DAYS],
    );
  }

  /** The type of each organisation, by id (to know which roles its accounts hold). */
  async organisationTypes(ids: string[]): Promise<Map<string, OrganisationType>> {
    const rows = await this.dataSource.query<Array<{ id: string; type: OrganisationType }>>(
      `SELECT id, type FROM organisation WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.type]));
  }
}
