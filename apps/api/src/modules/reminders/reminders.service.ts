import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REMINDER_HORIZON_DAYS } from '@skillpay/domain';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { ProgressReportReminders } from '../report-schedules/progress-report-reminders';

interface DueItem {
  /** `task` or `milestone` */
  source: string;
  id: string;
  title: string;
  due_on: string;
  overdue: boolean;
  recipient: string;
  link: string;
}

/**
 * Finds ledger tasks and 一企一策 plan milestones that are overdue or due within the horizon and
 * notifies their responsible organisations. Idempotent: the dedupe key holds the item, whether it
 * is overdue, and the day (China time), so a second run the same day creates nothing.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly progressReports: ProgressReportReminders,
  ) {}

  /** Returns how many notifications were created. */
  async sendDeadlineReminders(): Promise<number> {
    const [{ today }] = await this.dataSource.query<Array<{ today: string }>>(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS today`,
    );
    const items = await this.dataSource.query<DueItem[]>(
      `WITH today AS (SELECT $1::date AS d)
       SELECT 'task' AS source, t.id, t.title, to_char(t.due_on, 'YYYY-MM-DD') AS due_on,
              t.due_on < today.d AS overdue, r.organisation_id AS recipient,
              '/programmes/' || t.programme_id || '?task=' || t.id AS link
       FROM programme_task t
       JOIN programme p ON p.id = t.programme_id AND p.deleted_at IS NULL AND p.status = 'active'
       JOIN programme_task_responsible r ON r.task_id = t.id
       CROSS JOIN today
       WHERE t.deleted_at IS NULL AND t.status <> 'done' AND t.due_on <= today.d + $2::int
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
    let created = 0;
    for (const item of items) {
      const state = item.overdue ? 'overdue' : 'due-soon';
      created += await this.notifications.notify({
        recipientOrganisationIds: [item.recipient],
        kind: `reminder.${item.source}-${state}`,
        title: reminderTitle(item),
        link: item.link,
        dedupeKey: `reminder:${item.source}:${item.id}:${state}:${today}`,
      });
    }
    created += await this.progressReports.sendOverdueReminders(today);
    return created;
  }
}

function reminderTitle(item: DueItem): { 'zh-CN': string; en: string } {
  const what =
    item.source === 'task'
      ? { zh: '台账任务', en: 'Ledger task' }
      : { zh: '一企一策里程碑', en: 'Plan milestone' };
  return item.overdue
    ? {
        'zh-CN': `${what.zh}“${item.title}”已逾期（完成时限 ${item.due_on}）`,
        en: `${what.en} "${item.title}" is overdue (due ${item.due_on})`,
      }
    : {
        'zh-CN': `${what.zh}“${item.title}”将于 ${item.due_on} 到期`,
        en: `${what.en} "${item.title}" is due on ${item.due_on}`,
      };
}
