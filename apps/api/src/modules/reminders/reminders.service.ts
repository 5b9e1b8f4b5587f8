import { Injectable } from '@nestjs/common';
import { NotificationsService } from '../notifications/notifications.service';
import { ProgressReportReminders } from '../report-schedules/progress-report-reminders';
import { type DueItem, RemindersRepository } from './reminders.repository';
import { LedgerProgress } from '../ledger-tasks/ledger-progress.service';

/**
 * Finds ledger tasks and 一企一策 plan milestones that are overdue or due within the horizon and
 * notifies their responsible organisations. Idempotent: the dedupe key holds the item, whether it
 * is overdue, and the day (China time), so a second run the same day creates nothing.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly repository: RemindersRepository,
    private readonly notifications: NotificationsService,
    private readonly progressReports: ProgressReportReminders,
    private readonly ledgerProgress: LedgerProgress,
  ) {}

  /** Returns how many notifications were created. */
  async sendDeadlineReminders(): Promise<number> {
    const today = await this.repository.today();
    const due = await this.repository.dueItems(today);
    // a linked task is done when the portal's records say so, whatever its stored status
    const done = await this.ledgerProgress.linkedDone(
      due.filter((item) => item.source === 'task').map((item) => item.id),
    );
    const items = due.filter((item) => !(item.source === 'task' && done.has(item.id)));
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
