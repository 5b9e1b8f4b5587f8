import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, Segmented, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorResult } from '../../ui/status-results';
import { errorMessage } from '../../app/api/api-error';
import { AssignmentStateTag } from './case-content';
import { type MyAssignment, useMyAssignments } from './case-reviews.api';

/** 我的评审: the cases assigned to the reviewer, with due dates and state (open ones unless 全部). */
export function MyReviewsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const show = search.get('show') === 'all' ? 'all' : 'open';
  const list = useMyAssignments(show);
  if (list.error) return <ErrorResult message={errorMessage(list.error)} onRetry={() => list.refetch()} />;
  return (
    <PageContainer title={t('caseReviews:myTitle')}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('caseReviews:myHint')} />
        <ProCard
          bordered
          extra={
            <Segmented
              value={show}
              onChange={(value) => setSearch(value === 'all' ? { show: 'all' } : {})}
              options={[
                { value: 'open', label: t('caseReviews:showOpen') },
                { value: 'all', label: t('caseReviews:showAll') },
              ]}
            />
          }
        >
          <Table<MyAssignment>
            rowKey="id"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('caseReviews:noAssignments') }}
            data-testid="my-reviews"
            columns={[
              {
                title: t('caseReviews:case'),
                dataIndex: 'title',
                render: (title: string, row) => <Link to={`/my-reviews/${row.caseId}`}>{title}</Link>,
              },
              { title: t('caseReviews:enterprise'), dataIndex: 'enterpriseName', width: 240 },
              { title: t('caseReviews:region'), dataIndex: 'regionName', width: 110 },
              {
                title: t('caseReviews:version'),
                dataIndex: 'versionNo',
                width: 90,
                render: (no: number) => <span className="figure">{t('caseReviews:versionNo', { no })}</span>,
              },
              {
                title: t('caseReviews:dueDate'),
                dataIndex: 'dueDate',
                width: 170,
                render: (date: string, row) => (
                  <Space size={4}>
                    <span className="figure">{date}</span>
                    {row.overdue ? <Tag color="red">{t('caseReviews:overdue')}</Tag> : null}
                  </Space>
                ),
              },
              {
                title: t('caseReviews:state'),
                dataIndex: 'state',
                width: 100,
                render: (state: string) => <AssignmentStateTag state={state} />,
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 90,
                render: (_, row) => (
                  <Link to={`/my-reviews/${row.caseId}`}>
                    {row.state === 'pending' || row.state === 'in-progress'
                      ? t('caseReviews:open')
                      : t('caseReviews:view')}
                  </Link>
                ),
              },
            ]}
          />
        </ProCard>
      </Space>
    </PageContainer>
  );
}
