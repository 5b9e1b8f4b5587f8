import { DownloadOutlined, SwapOutlined } from '@ant-design/icons';
import { PageContainer, ProCard, StatisticCard } from '@ant-design/pro-components';
import { Alert, App, Button, Descriptions, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { showError } from '../../app/api/api-error';
import { PageLoading } from '../../ui/page-loading';
import { NotFoundResult, QueryFailureResult } from '../../ui/status-results';
import { useExportRelease, useRelease } from './benchmarks.api';
import { ReleaseStatusTag } from './benchmark-labels';
import { MethodNoteView } from './method-note';
import { ReleaseActions, useDisclosureWarning } from './release-actions';
import { ReleaseCellsTable } from './release-cells-table';

const when = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');

/** One release: its workflow, numbers, generated method note, cells and downloads. */
export function ReleaseDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams<{ id: string }>();
  const release = useRelease(id);
  const exportRelease = useExportRelease(id ?? '');
  const warning = useDisclosureWarning(release.data);

  if (release.isLoading) return <PageLoading />;
  if (release.isError) {
    return <QueryFailureResult error={release.error} onRetry={() => void release.refetch()} />;
  }
  const record = release.data;
  if (!record) return <NotFoundResult />;
  const pending = record.status === 'draft' || record.status === 'reviewed';
  const download = (format: 'xlsx' | 'csv') =>
    exportRelease.mutate(format, { onError: (error) => showError(message, error) });

  return (
    <PageContainer
      title={`${record.programmeTitle} · ${record.year} · ${record.label ?? t('benchmarks:releases.draftLabel')}`}
      tags={<ReleaseStatusTag status={record.status} />}
      onBack={() => navigate('/benchmark-releases')}
      breadcrumbRender={false}
      extra={
        <Space wrap>
          <ReleaseActions id={record.id} actions={record.availableActions} warning={warning} />
          <Button
            icon={<DownloadOutlined />}
            onClick={() => download('xlsx')}
            data-testid="release-export-xlsx"
          >
            {t('benchmarks:releases.export')} xlsx
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => download('csv')}>
            {t('benchmarks:releases.export')} csv
          </Button>
          <Button
            icon={<SwapOutlined />}
            onClick={() => navigate(`/benchmark-releases/compare?to=${record.id}`)}
          >
            {t('benchmarks:releases.compare')}
          </Button>
        </Space>
      }
    >
      {pending ? (
        <Alert
          type="info"
          showIcon
          data-testid="release-maker-checker"
          message={
            record.callerIsMaker
              ? t('benchmarks:releases.makerIsYou')
              : t('benchmarks:releases.maker', { name: record.createdByName ?? '—' })
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {warning && pending ? (
        <Alert
          type={record.disclosureWarning === 'nothing-publishable' ? 'error' : 'warning'}
          showIcon
          data-testid="release-disclosure-warning"
          message={warning}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {record.outdated ? (
        <Alert
          type="warning"
          showIcon
          message={t('benchmarks:releases.outdated')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <ProCard direction="column" gutter={[0, 16]} ghost>
        <StatisticCard.Group>
          <StatisticCard
            statistic={{ title: t('benchmarks:releases.enterpriseCount'), value: record.enterpriseCount }}
          />
          <StatisticCard
            statistic={{ title: t('benchmarks:releases.employeeCount'), value: record.employeeCount }}
          />
          <StatisticCard
            statistic={{
              title: t('benchmarks:releases.cellsPublished'),
              value: record.statistics.published,
              description: t('benchmarks:releases.cellsCarried', { count: record.statistics.carried }),
            }}
          />
          <StatisticCard
            statistic={{
              title: t('benchmarks:releases.cellsSuppressed'),
              value: record.statistics.suppressed,
              description: `A ${record.statistics.suppressedByFootnote.A} · B ${record.statistics.suppressedByFootnote.B} · C ${record.statistics.suppressedByFootnote.C}`,
            }}
          />
        </StatisticCard.Group>
        <ProCard bordered>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t('benchmarks:releases.rules')}>
              {t('benchmarks:computed.rulesValue', {
                min: record.minEnterprises,
                max: record.maxEnterpriseShare,
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('benchmarks:releases.createdBy')}>
              <span data-testid="release-maker">
                {record.createdByName ?? '—'} · {when(record.createdAt)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('benchmarks:releases.reviewedBy')}>
              <span data-testid="release-reviewer">
                {record.reviewedByName ?? '—'} · {when(record.reviewedAt)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('benchmarks:releases.publishedBy')}>
              <span data-testid="release-publisher">
                {record.publishedByName ?? '—'} · {when(record.publishedAt)}
              </span>
            </Descriptions.Item>
            {record.reviewComment ? (
              <Descriptions.Item label={t('benchmarks:releases.reviewComment')}>
                {record.reviewComment}
              </Descriptions.Item>
            ) : null}
            {record.description ? (
              <Descriptions.Item label={t('benchmarks:releases.description')}>
                {record.description}
              </Descriptions.Item>
            ) : null}
            {record.discardReason ? (
              <Descriptions.Item label={t('benchmarks:releases.discardReason')}>
                {record.discardReason}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </ProCard>
        <ProCard title={t('benchmarks:releases.methodNote')} bordered collapsible>
          <MethodNoteView note={record.methodNote} withFootnotes />
        </ProCard>
        <ReleaseCellsTable releaseId={record.id} />
      </ProCard>
    </PageContainer>
  );
}
