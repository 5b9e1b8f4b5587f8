import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Empty, Flex, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { can, formatChinaTime } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { showError } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { useCurrentUser } from '../../app/session/session-store';
import { QueryFailureResult } from '../../ui/status-results';
import { useProgrammes } from '../programmes';
import {
  type EvaluationReportListItem,
  useCreateEvaluationReport,
  useEvaluationReports,
} from './evaluation-reports.api';

const STATE_COLOURS: Record<string, string> = {
  draft: 'processing',
  submitted: 'success',
  'not-started': 'default',
};

export function ReportStateTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOURS[state]}>{t(`evaluationReports:states.${state}`, { defaultValue: state })}</Tag>
  );
}

/**
 * 评估报告: the reports of a programme the caller may read — the city's own and its districts', a
 * district its own — and the button to start the caller's own.
 */
export function ReportListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const programmes = useProgrammes();
  const programmeId = params.get('programmeId') ?? programmes.data?.items[0]?.id;
  const reports = useEvaluationReports(programmeId);
  const create = useCreateEvaluationReport();
  const own = reports.data?.items.find((report) => report.regionCode === user.region.code);

  const columns: TableColumnsType<EvaluationReportListItem> = [
    {
      key: 'region',
      title: t('evaluationReports:region'),
      render: (_, record) => <Link to={`/evaluation-reports/${record.id}`}>{record.regionName}</Link>,
    },
    {
      key: 'scope',
      title: t('evaluationReports:scope'),
      width: 100,
      render: (_, record) => t(`evaluationReports:scopes.${record.scope}`),
    },
    {
      key: 'state',
      title: t('evaluationReports:state'),
      width: 100,
      render: (_, record) => <ReportStateTag state={record.state} />,
    },
    {
      key: 'latest',
      title: t('evaluationReports:latestVersion'),
      width: 130,
      render: (_, record) =>
        record.latestVersionNo === null
          ? '—'
          : t('evaluationReports:versionNo', { n: record.latestVersionNo }),
    },
    {
      key: 'submitted',
      title: t('evaluationReports:submittedVersion'),
      width: 130,
      render: (_, record) =>
        record.submittedVersionNo === null
          ? '—'
          : t('evaluationReports:versionNo', { n: record.submittedVersionNo }),
    },
    {
      key: 'updatedAt',
      title: t('evaluationReports:updatedAt'),
      width: 180,
      render: (_, record) => formatChinaTime(record.updatedAt).slice(0, 16),
    },
  ];

  const start = async () => {
    if (!programmeId) return;
    try {
      const created = await create.mutateAsync(programmeId);
      message.success(t('evaluationReports:created'));
      navigate(`/evaluation-reports/${created.id}`);
    } catch (error) {
      showError(message, error);
    }
  };

  return (
    <PageContainer
      title={t('evaluationReports:title')}
      breadcrumbRender={false}
      extra={
        can(role, 'evaluationReports', 'create') && programmeId && reports.isSuccess && !own
          ? [
              <Button
                key="create"
                data-testid="report-create"
                type="primary"
                icon={<PlusOutlined />}
                loading={create.isPending}
                onClick={() => void start()}
              >
                {t('evaluationReports:create')}
              </Button>,
            ]
          : []
      }
    >
      <Card>
        <Flex vertical gap={16}>
          <Flex align="center" gap={8} wrap>
            <Typography.Text strong>{t('evaluationReports:programme')}</Typography.Text>
            <Select
              data-testid="report-programme"
              aria-label={t('evaluationReports:programme')}
              style={{ minWidth: 360, maxWidth: '100%' }}
              placeholder={t('evaluationReports:chooseProgramme')}
              loading={programmes.isLoading}
              value={programmeId}
              options={(programmes.data?.items ?? []).map((programme) => ({
                value: programme.id,
                label: programme.title,
              }))}
              onChange={(value: string) => setParams({ programmeId: value })}
            />
          </Flex>
          {reports.isError ? (
            <QueryFailureResult error={reports.error} onRetry={() => void reports.refetch()} />
          ) : (
            <Table
              data-testid="report-list"
              rowKey="id"
              size="middle"
              loading={reports.isLoading}
              columns={columns}
              dataSource={reports.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: <Empty description={t('evaluationReports:none')} /> }}
            />
          )}
          <Typography.Text type="secondary">{t('evaluationReports:chineseOnly')}</Typography.Text>
        </Flex>
      </Card>
    </PageContainer>
  );
}
