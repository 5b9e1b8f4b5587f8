import { ProgressReportAction, reportPeriodLabel } from '@skillpay/domain';
import { type NewNotification } from '../notifications/notifications.service';
import { type ProgressReportEntity } from './progress-report.entity';

/**
 * The notification of a workflow step: the reviewing bureau learns of a submission, the enterprise
 * of the decision. Revising is the enterprise's own step on its own report: nobody else is told.
 */
export function progressReportNotice(
  report: ProgressReportEntity,
  action: ProgressReportAction,
  recipientOrganisationIds: string[],
): NewNotification | null {
  const version = report.currentVersion;
  const name = report.enterprise!.organisation!.name;
  const programme = report.programme!.title;
  const periodZh = reportPeriodLabel(report.period, 'zh-CN');
  const periodEn = reportPeriodLabel(report.period, 'en');
  const titles: Record<ProgressReportAction, NewNotification['title'] | null> = {
    [ProgressReportAction.Submit]: {
      'zh-CN': `${name}报送了${periodZh}进展报告（第 ${version} 版，${programme}），请审核`,
      en: `${name} submitted its progress report for ${periodEn} (version ${version}, ${programme}); please review`,
    },
    [ProgressReportAction.Accept]: {
      'zh-CN': `${periodZh}进展报告（${programme}）已通过审核`,
      en: `Your progress report for ${periodEn} (${programme}) was accepted`,
    },
    [ProgressReportAction.Return]: {
      'zh-CN': `${periodZh}进展报告（${programme}）已退回，请按审核意见修改后重新报送`,
      en: `Your progress report for ${periodEn} (${programme}) was returned; please revise and resubmit`,
    },
    [ProgressReportAction.Revise]: null,
  };
  const title = titles[action];
  if (!title) return null;
  return {
    recipientOrganisationIds,
    kind: `progress-report.${action}`,
    title,
    link: `/progress-reports/${report.id}`,
    dedupeKey: `progress-report:${report.id}:v${version}:${action}`,
  };
}
