import { Injectable, Module } from '@nestjs/common';
import { type Reminder } from '../reminders/reminder';
import { CaseReviewRemindersRepository } from './case-review-reminders.repository';

/**
 * Case reviews due within the reminder horizon or overdue, part of the daily reminders: the
 * reviewer's organisation before and after the due date, and the city bureau once a review is
 * overdue (it may assign another reviewer). Only live assignments of the version under review
 * whose review is not submitted count.
 */
@Injectable()
export class CaseReviewReminders {
  constructor(private readonly repository: CaseReviewRemindersRepository) {}

  /** `today` is the China-time day of the run. */
  async reminders(today: string): Promise<Reminder[]> {
    const rows = await this.repository.dueReviews(today);
    const reminders: Reminder[] = [];
    for (const row of rows) {
      const base = { resource: 'caseReviews' as const, overdue: row.overdue };
      reminders.push({
        ...base,
        recipientOrganisationId: row.reviewer_organisation_id,
        kind: row.overdue ? 'reminder.case-review-overdue' : 'reminder.case-review-due-soon',
        link: `/my-reviews/${row.case_id}`,
        title: row.overdue
          ? {
              'zh-CN': `案例评审“${row.title}”已逾期（${row.reviewer_name}，截止 ${row.due_date}）`,
              en: `The review of the case "${row.title}" is overdue (${row.reviewer_name}, due ${row.due_date})`,
            }
          : {
              'zh-CN': `案例评审“${row.title}”将于 ${row.due_date} 到期（${row.reviewer_name}）`,
              en: `The review of the case "${row.title}" is due on ${row.due_date} (${row.reviewer_name})`,
            },
        name: { 'zh-CN': `案例评审“${row.title}”`, en: `review of "${row.title}"` },
      });
      if (!row.overdue) continue;
      for (const bureau of row.city_bureau_ids) {
        reminders.push({
          ...base,
          recipientOrganisationId: bureau,
          kind: 'reminder.case-review-overdue',
          link: `/cases/${row.case_id}/review`,
          title: {
            'zh-CN': `案例“${row.title}”的评审意见已逾期未提交（${row.reviewer_name}，截止 ${row.due_date}）`,
            en: `A review of the case "${row.title}" is overdue (${row.reviewer_name}, due ${row.due_date})`,
          },
          name: { 'zh-CN': `案例“${row.title}”评审逾期`, en: `overdue review of "${row.title}"` },
        });
      }
    }
    return reminders;
  }
}

/** Imported by the worker's reminders; providers only, no routes. */
@Module({
  providers: [CaseReviewReminders, CaseReviewRemindersRepository],
  exports: [CaseReviewReminders],
})
export class CaseReviewRemindersModule {}
