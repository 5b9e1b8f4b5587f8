import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button } from 'antd';
import { BENCHMARK_RELEASE_STATUS_LABELS } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { showError } from '../../app/api/api-error';
import { valueEnumOf } from '../../app/i18n/labels';
import { useProgrammes } from '../programmes';
import { listReleases, type ReleaseListItem, type ReleaseQuery, benchmarkKeys } from './benchmarks.api';
import { ReleaseStatusTag, useBenchmarkLabels } from './benchmark-labels';
import { QueryTable } from '../../ui/query-table';
import { yearColumn } from '../../ui/year-column';

interface ReleaseSearch {
  programmeId?: string;
  year?: number;
  status?: string;
}

/** 价位发布: every release of the programmes in view, drafts first in time order. */
export function ReleaseListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const labels = useBenchmarkLabels();
  const programmes = useProgrammes({ status: 'active' });

  const columns: ProColumns<ReleaseListItem>[] = [
    {
      title: t('benchmarks:releases.label'),
      dataIndex: 'label',
      hideInSearch: true,
      width: 120,
      render: (_dom, record) => (
        <Link to={`/benchmark-releases/${record.id}`} data-testid="release-link">
          {record.label ?? t('benchmarks:releases.draftLabel')}
        </Link>
      ),
    },
    {
      title: t('benchmarks:programme'),
      dataIndex: 'programmeId',
      ellipsis: true,
      valueType: 'select',
      fieldProps: { showSearch: true },
      valueEnum: Object.fromEntries(
        (programmes.data?.items ?? []).map((programme) => [programme.id, { text: programme.title }]),
      ),
      render: (_dom, record) => record.programmeTitle,
    },
    yearColumn<ReleaseListItem>(t('benchmarks:year'), 'year'),
    {
      title: t('benchmarks:releases.status'),
      dataIndex: 'status',
      width: 100,
      valueType: 'select',
      valueEnum: valueEnumOf(BENCHMARK_RELEASE_STATUS_LABELS, labels.language),
      render: (_dom, record) => <ReleaseStatusTag status={record.status} />,
    },
    {
      title: t('benchmarks:releases.enterpriseCount'),
      dataIndex: 'enterpriseCount',
      hideInSearch: true,
      width: 100,
    },
    {
      title: t('benchmarks:releases.employeeCount'),
      dataIndex: 'employeeCount',
      hideInSearch: true,
      width: 100,
    },
    {
      title: t('benchmarks:releases.createdAt'),
      dataIndex: 'createdAt',
      valueType: 'dateTime',
      hideInSearch: true,
      width: 160,
    },
    {
      title: t('benchmarks:releases.publishedAt'),
      dataIndex: 'publishedAt',
      valueType: 'dateTime',
      hideInSearch: true,
      width: 160,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 80,
      render: (_dom, record) => [
        <Button
          key="view"
          type="link"
          size="small"
          onClick={() => navigate(`/benchmark-releases/${record.id}`)}
        >
          {t('benchmarks:releases.detail')}
        </Button>,
      ],
    },
  ];

  return (
    <PageContainer title={t('menu.benchmarkReleases')} breadcrumbRender={false}>
      <QueryTable<ReleaseListItem, ReleaseSearch>
        queryKey={benchmarkKeys.releases}
        rowKey="id"
        columns={columns}
        headerTitle={t('benchmarks:releases.tableTitle')}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 'max-content' }}
        request={async ({ current, pageSize, programmeId, year, status }) => {
          const page = await listReleases({
            page: current ?? 1,
            pageSize: pageSize ?? 20,
            programmeId,
            year: year ? Number(year) : undefined,
            status: status as ReleaseQuery['status'],
          });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() => [
          <Button key="compare" onClick={() => navigate('/benchmark-releases/compare')}>
            {t('benchmarks:releases.compare')}
          </Button>,
        ]}
      />
    </PageContainer>
  );
}
