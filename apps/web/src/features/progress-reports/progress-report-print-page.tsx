import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { PageLoading } from '../../ui/page-loading';
import { PrintLayout } from '../../ui/print-layout';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { CheckResults } from './check-results';
import { VersionContent } from './progress-report-detail-page';
import { useProgressReport } from './progress-reports.api';
import { useReportLabels } from './report-labels';

const time = (value: string | null) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');

/**
 * /progress-reports/:id/print[?version=n]: one version of a report on A4 — what was reported,
 * the compliance checks, the attachments and every version's review.
 */
export function ProgressReportPrintPage() {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const { id } = useParams<{ id: string }>();
  const [search] = useSearchParams();
  const report = useProgressReport(id, Number(search.get('version')) || undefined);

  if (report.isLoading) return <PageLoading fullscreen />;
  if (report.isError) {
    const { error } = report;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void report.refetch()} />;
  }
  const record = report.data;
  if (!record) return <NotFoundResult />;
  const { version } = record;
  return (
    <PrintLayout
      title={t('progressReports:print.title')}
      subtitle={t('progressReports:print.subtitle', {
        enterprise: record.enterprise.name,
        period: labels.period(record.period),
        version: version.version,
      })}
      backTo={`/progress-reports/${record.id}`}
    >
      <table data-testid="print-report">
        <tbody>
          <tr>
            <th style={{ width: '18%' }}>{t('progressReports:enterprise')}</th>
            <td>{record.enterprise.name}</td>
          </tr>
          <tr>
            <th>{t('progressReports:print.programme')}</th>
            <td>{record.programmeTitle}</td>
          </tr>
          <tr>
            <th>{t('progressReports:print.period')}</th>
            <td>{labels.period(record.period)}</td>
          </tr>
          <tr>
            <th>{t('progressReports:print.status')}</th>
            <td>{labels.status(version.status)}</td>
          </tr>
        </tbody>
      </table>
      <VersionContent version={version} />
      <h2>{t('progressReports:print.checks')}</h2>
      <CheckResults results={version.checks} />
      <h2>{t('progressReports:detail.attachments')}</h2>
      <p>
        {version.attachments.map((attachment) => attachment.fileName).join(t('common.listSeparator')) ||
          t('progressReports:detail.noAttachments')}
      </p>
      <h2>{t('progressReports:detail.versions')}</h2>
      <table data-testid="print-versions">
        <thead>
          <tr>
            <th style={{ width: '10%' }}>{t('progressReports:print.version')}</th>
            <th style={{ width: '14%' }}>{t('progressReports:print.status')}</th>
            <th style={{ width: '18%' }}>{t('progressReports:print.submitted')}</th>
            <th style={{ width: '14%' }}>{t('progressReports:print.reviewer')}</th>
            <th style={{ width: '18%' }}>{t('progressReports:print.reviewed')}</th>
            <th>{t('progressReports:print.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {record.versions.map((row) => (
            <tr key={row.version}>
              <td className="num">{row.version}</td>
              <td>{labels.status(row.status)}</td>
              <td>{time(row.submittedAt)}</td>
              <td>{row.reviewerName ?? '—'}</td>
              <td>{time(row.reviewedAt)}</td>
              <td>{row.reviewComment ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintLayout>
  );
}
