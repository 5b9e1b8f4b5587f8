import { Injectable, Module } from '@nestjs/common';
import { owedReportPeriods, type ReportCadence, reportPeriodLabel } from '@skillpay/domain';
import { NotificationsService } from '../notifications/notifications.service';
import { ReportScheduleJobRepository } from './report-schedule-job.repository';

/**
 * Overdue progress reports, part of the hourly deadline reminders: every period an approved pilot
 * owes (domain's owedReportPeriods) that is past its due date without a submitted report reminds
 * the enterprise and its reviewing bureau, once per period and day (dedupe key with the day).
 * Pilots are few (a quota of 1–3 per district), so the periods are computed here with the same
 * function the API and web use, rather than re-stated in SQL.
 */
@Injectable()
export class ProgressReportReminders {
  constructor(
    private readonly repository: ReportScheduleJobRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Returns how many notifications were created; `today` is the China-time day of the run. */
  async sendOverdueReminders(today: string): Promise<number> {
    const [pilots, submitted, reviewers] = await Promise.all([
      this.repository.allApprovedPilots(),
      this.repository.submittedPeriods(),
      this.repository.reviewingBureaus(),
    ]);
    let created = 0;
    for (const pilot of pilots) {
      const overdue = owedReportPeriods(
        pilot.year,
        pilot.cadence as ReportCadence,
        pilot.approvedOn,
        today,
      ).filter(
        (period) =>
          today > period.dueOn && !submitted.has(`${pilot.programmeId}|${pilot.enterpriseId}|${period.key}`),
      );
      for (const period of overdue) {
        const zh = reportPeriodLabel(period.key, 'zh-CN');
        const en = reportPeriodLabel(period.key, 'en');
        const base = {
          kind: 'reminder.progress-report-overdue',
          link: '/progress-reports',
          dedupeKey: `reminder:progress-report:${pilot.programmeId}:${pilot.enterpriseId}:${period.key}:overdue:${today}`,
        };
        created += await this.notifications.notify({
          ...base,
          recipientOrganisationIds: [pilot.enterpriseId],
          title: {
            'zh-CN': `${zh}进展报告（${pilot.programmeTitle}）已逾期未报送（截止 ${period.dueOn}）`,
            en: `Your progress report for ${en} (${pilot.programmeTitle}) is overdue (due ${period.dueOn})`,
          },
        });
        created += await this.notifications.notify({
          ...base,
          recipientOrganisationIds: reviewers.get(pilot.enterpriseId) ?? [],
          title: {
            'zh-CN': `${pilot.enterpriseName}${zh}进展报告已逾期未报送（截止 ${period.dueOn}）`,
            en: `${pilot.enterpriseName}'s progress report for ${en} is overdue (due ${period.dueOn})`,
          },
        });
      }
    }
    return created;
  }
}

/** Imported by the worker's reminders; providers only, no routes. */
@Module({
  providers: [ProgressReportReminders, ReportScheduleJobRepository],
  exports: [ProgressReportReminders],
})
export class ProgressReportRemindersModule {}
