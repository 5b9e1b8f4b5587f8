import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Row, Spin, Statistic, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryFailureResult } from '../../ui/status-results';
import { type DashboardFigure, useServiceDashboard } from './service-requests.api';
import { useServiceLabels } from './service-labels';

/** 服务窗口统计: open, overdue and the median days to resolution, by category and by department. */
export function ServiceDashboardPage() {
  const { t } = useTranslation();
  const labels = useServiceLabels();
  const query = useServiceDashboard();
  if (query.isError) return <QueryFailureResult error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  if (!data) return <Spin />;
  const days = (value: number | null) =>
    value === null ? t('serviceRequests:figures.none') : t('serviceRequests:figures.days', { value });
  const figureColumns = (
    first: string,
    label: (row: DashboardFigure) => string,
  ): TableColumnsType<DashboardFigure> => [
    { key: 'label', title: first, render: (_, row) => label(row) },
    { key: 'open', title: t('serviceRequests:figures.open'), dataIndex: 'open', align: 'right', width: 110 },
    {
      key: 'overdue',
      title: t('serviceRequests:figures.overdue'),
      dataIndex: 'overdue',
      align: 'right',
      width: 110,
    },
    {
      key: 'resolved',
      title: t('serviceRequests:figures.resolved'),
      dataIndex: 'resolved',
      align: 'right',
      width: 110,
    },
    {
      key: 'median',
      title: t('serviceRequests:figures.medianDays'),
      render: (_, row) => days(row.medianDays),
      align: 'right',
      width: 170,
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
    },
  ];
  const stat = (title: string, value: number | string, testId: string) => (
    <Col xs={12} md={8} xl={4}>
      <Card>
        <Statistic title={title} value={value} data-testid={testId} />
      </Card>
    </Col>
  );
  return (
    <PageContainer title={t('serviceRequests:dashboardTitle')} breadcrumbRender={false}>
      <Row gutter={[16, 16]}>
        {stat(t('serviceRequests:figures.open'), data.open, 'figure-open')}
        {stat(t('serviceRequests:figures.overdue'), data.overdue, 'figure-overdue')}
        {stat(t('serviceRequests:figures.resolved'), data.resolved, 'figure-resolved')}
        {stat(t('serviceRequests:figures.medianDays'), days(data.medianDays), 'figure-median')}
        {stat(
          t('serviceRequests:figures.averageRating'),
          data.averageRating === null ? t('serviceRequests:figures.none') : `${data.averageRating}/5`,
          'figure-rating',
        )}
        <Col span={24}>
          <Card title={t('serviceRequests:figures.byCategory')}>
            <Table<DashboardFigure>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={data.byCategory}
              columns={figureColumns(t('serviceRequests:category'), (row) => labels.category(row.key))}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('serviceRequests:figures.byDepartment')}>
            <Table<DashboardFigure>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={data.byDepartment}
              columns={figureColumns(t('serviceRequests:department'), (row) => row.label)}
            />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
