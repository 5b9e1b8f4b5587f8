import { Injectable, Module } from '@nestjs/common';
import { owedReportPeriods, type ReportCadence, reportPeriodLabel } from '@skillpay/domain';
import { type Reminder } from '../reminders/reminder';
import { ReportScheduleJobRepository } from './report-schedule-job.repository';

/**
 * Overdue progress reports, part of the daily reminders: every period an approved pilot owes
 * (domain's owedReportPeriods) that is past its due date without a submitted report is a reminder
 * for the enterprise and for its reviewing bureau. Pilots are few (a quota of 1–3 per district),
 * so the periods are computed here with the same function the API and web use, rather than
 * re-stated in SQL. The reminders service gathers them into each organisation's digest.
 */
@Injectable()
export class ProgressReportReminders {
  constructor(private readonly repository: ReportScheduleJobRepository) {}

  /** `today` is the China-time day of the run. */
  async overdueReminders(today: string): Promise<Reminder[]> {
    const [pilots, submitted, reviewers] = await Promise.all([
      this.repository.allApprovedPilots(),
      this.repository.submittedPeriods(),
      this.repository.reviewingBureaus(),
    ]);
    const reminders: Reminder[] = [];
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
          resource: 'progressReports' as const,
          kind: 'reminder.progress-report-overdue',
          link: '/progress-reports',
          overdue: true,
        };
        reminders.push({
          ...base,
          recipientOrganisationId: pilot.enterpriseId,
          title: {
            'zh-CN': `${zh}进展报告（${pilot.programmeTitle}）已逾期未报送（截止 ${period.dueOn}）`,
            en: `Your progress report for ${en} (${pilot.programmeTitle}) is overdue (due ${period.dueOn})`,
          },
          name: { 'zh-CN': `${zh}进展报告`, en: `progress report ${en}` },
        });
        for (const bureau of reviewers.get(pilot.enterpriseId) ?? []) {
          reminders.push({
            ...base,
            recipientOrganisationId: bureau,
            title: {
              'zh-CN': `${pilot.enterpriseName}${zh}进展报告已逾期未报送（截止 ${period.dueOn}）`,
              en: `${pilot.enterpriseName}'s progress report for ${en} is overdue (due ${period.dueOn})`,
            },
            name: {
              'zh-CN': `${pilot.enterpriseName}${zh}进展报告`,
              en: `${pilot.enterpriseName}'s report ${en}`,
            },
          });
        }
      }
    }
    return reminders;
  }
}

/** Imported by the worker's reminders; providers only, no routes. */
@Module({
  providers: [ProgressReportReminders, ReportScheduleJobRepository],
  exports: [ProgressReportReminders],
})
export class ProgressReportRemindersModule {}
