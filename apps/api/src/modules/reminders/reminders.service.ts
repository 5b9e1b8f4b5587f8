import { Injectable } from '@nestjs/common';
import {
  can,
  type OrganisationType,
  ROLE_ORGANISATION_TYPES,
  type Resource,
  type Role,
} from '@skillpay/domain';
import { NotificationsService } from '../notifications/notifications.service';
import { ProgressReportReminders } from '../report-schedules/progress-report-reminders';
import { type Reminder } from './reminder';
import { type DueItem, RemindersRepository } from './reminders.repository';
import { LedgerProgress } from '../ledger-tasks/ledger-progress.service';
import { CaseReviewReminders } from '../case-reviews/case-review-reminders';

/** The longest notification title the table holds. */
const TITLE_LENGTH = 200;

/**
 * Finds ledger tasks and 一企一策 plan milestones that are overdue or due within the horizon, and
 * progress reports past due, and reminds each responsible organisation once a day: its only item
 * as a notification of its own, several as one digest that opens the workbench, where every item
 * has its link. A task is reminded to each responsible organisation whose own part is not done,
 * and leads to a page its accounts can open (a reviewer organisation's own task page, not the
 * ledger); organisations that could open no page of an item are not reminded of it. Idempotent: the dedupe
 * key is the organisation's day (China time), so any number of runs that day creates one.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly repository: RemindersRepository,
    private readonly notifications: NotificationsService,
    private readonly progressReports: ProgressReportReminders,
    private readonly ledgerProgress: LedgerProgress,
    private readonly caseReviews: CaseReviewReminders,
  ) {}

  /** Returns how many notifications were created. */
  async sendDeadlineReminders(): Promise<number> {
    const today = await this.repository.today();
    const [due, reports, reviews] = await Promise.all([
      this.repository.dueItems(today),
      this.progressReports.overdueReminders(today),
      this.caseReviews.reminders(today),
    ]);
    // a linked task is done when the portal's records say so, whatever its stored status
    const done = await this.ledgerProgress.linkedDone(
      due.filter((item) => item.source === 'task').map((item) => item.id),
    );
    const items = due.filter((item) => !(item.source === 'task' && done.has(item.id)));
    const reminders = [...items.map(toReminder), ...reports, ...reviews];
    const types = await this.repository.organisationTypes([
      ...new Set(reminders.map((r) => r.recipientOrganisationId)),
    ]);
    const byRecipient = new Map<string, Reminder[]>();
    for (const candidate of reminders) {
      const reminder = routed(candidate, types.get(candidate.recipientOrganisationId));
      if (!reminder) continue;
      const list = byRecipient.get(reminder.recipientOrganisationId) ?? [];
      byRecipient.set(reminder.recipientOrganisationId, [...list, reminder]);
    }
    let created = 0;
    for (const [recipient, list] of byRecipient) {
      const single = list.length === 1 ? list[0] : null;
      created += await this.notifications.notify({
        recipientOrganisationIds: [recipient],
        kind: single?.kind ?? 'reminder.digest',
        title: single?.title ?? digestTitle(list),
        link: single?.link ?? '/dashboard',
        dedupeKey: `reminder:${today}`,
      });
    }
    return created;
  }
}

/** Whether some role an organisation of this type holds may read the resource. */
function opensFor(type: OrganisationType | undefined, resource: Resource): boolean {
  if (!type) return false;
  return (Object.keys(ROLE_ORGANISATION_TYPES) as Role[]).some(
    (role) => ROLE_ORGANISATION_TYPES[role].includes(type) && can(role, resource, 'read'),
  );
}

/** The reminder as its recipient can open it (its own page of the item), or null if it cannot. */
function routed(reminder: Reminder, type: OrganisationType | undefined): Reminder | null {
  if (opensFor(type, reminder.resource)) return reminder;
  const { elsewhere } = reminder;
  if (elsewhere && opensFor(type, elsewhere.resource))
    return { ...reminder, resource: elsewhere.resource, link: elsewhere.link };
  return null;
}

function toReminder(item: DueItem): Reminder {
  const what =
    item.source === 'task'
      ? { zh: '台账任务', en: 'Ledger task' }
      : { zh: '一企一策里程碑', en: 'Plan milestone' };
  return {
    recipientOrganisationId: item.recipient,
    resource: item.source === 'task' ? 'tasks' : 'pilotApplications',
    kind: `reminder.${item.source}-${item.overdue ? 'overdue' : 'due-soon'}`,
    title: item.overdue
      ? {
          'zh-CN': `${what.zh}“${item.title}”已逾期（完成时限 ${item.due_on}）`,
          en: `${what.en} "${item.title}" is overdue (due ${item.due_on})`,
        }
      : {
          'zh-CN': `${what.zh}“${item.title}”将于 ${item.due_on} 到期`,
          en: `${what.en} "${item.title}" is due on ${item.due_on}`,
        },
    name: { 'zh-CN': `“${item.title}”`, en: `"${item.title}"` },
    link: item.link,
    overdue: item.overdue,
    // a reviewer organisation opens the tasks it is responsible for on its own page, not the ledger
    elsewhere:
      item.source === 'task' ? { resource: 'responsibleTasks', link: `/my-tasks/${item.id}` } : undefined,
  };
}

/** 今日待办提醒：N 项到期或逾期（M 项已逾期）：A、B、C 等 — names as many as fit. */
function digestTitle(reminders: Reminder[]): { 'zh-CN': string; en: string } {
  const overdue = reminders.filter((r) => r.overdue).length;
  const sorted = [...reminders].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return {
    'zh-CN': withNames(
      `今日待办提醒：${reminders.length} 项到期或逾期（${overdue} 项已逾期）：`,
      sorted.map((r) => r.name['zh-CN']),
      '、',
      ' 等',
    ),
    en: withNames(
      `Today's reminders: ${reminders.length} items due or overdue (${overdue} overdue): `,
      sorted.map((r) => r.name.en),
      ', ',
      ' …',
    ),
  };
}

function withNames(head: string, names: string[], separator: string, more: string): string {
  let text = head;
  for (const [index, name] of names.entries()) {
    const next = `${text}${index ? separator : ''}${name}`;
    if (next.length + more.length > TITLE_LENGTH) return `${text}${more}`;
    text = next;
  }
  return text;
}
