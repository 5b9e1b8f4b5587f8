import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Input, Segmented, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { can, formatChinaTime, PolicyQaStatus } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryFailureResult } from '../../ui/status-results';
import { type PolicyQaListItem, type PolicyQaQuery, usePolicyQaList } from './policy-qa.api';
import { usePolicyQaLabels } from './policy-qa-labels';
import { PolicyQaStatusTag } from './policy-qa-status-tag';

const PAGE_SIZE = 20;

/** 政策问答: the city's entries, drafts and withdrawn ones first, searched like the public page. */
export function PolicyQaListPage() {
  const { t } = useTranslation();
  const labels = usePolicyQaLabels();
  const role = useCurrentRole();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query: PolicyQaQuery = {
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: PAGE_SIZE,
    q: params.get('q') ?? undefined,
    topic: (params.get('topic') ?? undefined) as PolicyQaQuery['topic'],
    status: (params.get('status') ?? undefined) as PolicyQaQuery['status'],
  };
  const list = usePolicyQaList(query);

  const setFilter = (next: Record<string, string | undefined>) => {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ ...next, page: next.page })) {
      if (value) search.set(key, value);
      else search.delete(key);
    }
    setParams(search, { replace: true });
  };

  const nowrap = { style: { whiteSpace: 'nowrap' as const } };
  const columns: TableColumnsType<PolicyQaListItem> = [
    {
      key: 'question',
      title: t('policyQa:question'),
      render: (_, record) => (
        <Link to={`/policy-qa/${record.id}`} data-testid="policy-qa-link">
          {record.question}
        </Link>
      ),
    },
    {
      key: 'topics',
      title: t('policyQa:topics'),
      render: (_, record) => (
        <Space size={[0, 4]} wrap>
          {record.topics.map((topic) => (
            <Tag key={topic}>{labels.topic(topic)}</Tag>
          ))}
        </Space>
      ),
      width: 260,
    },
    {
      key: 'status',
      title: t('policyQa:status'),
      render: (_, record) => <PolicyQaStatusTag status={record.status} />,
      width: 96,
      onCell: () => nowrap,
    },
    {
      key: 'version',
      title: t('policyQa:versionNumber'),
      render: (_, record) => t('policyQa:versionLabel', { number: record.versionNumber }),
      width: 90,
      onCell: () => nowrap,
    },
    {
      key: 'publishedAt',
      title: t('policyQa:firstPublishedAt'),
      render: (_, record) =>
        record.firstPublishedAt ? formatChinaTime(String(record.firstPublishedAt)).slice(0, 10) : '—',
      width: 110,
      onCell: () => nowrap,
    },
  ];

  return (
    <PageContainer
      title={t('policyQa:title')}
      breadcrumbRender={false}
      extra={
        can(role, 'policyQa', 'create') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate('/policy-qa/new')}
            data-testid="policy-qa-new"
          >
            {t('policyQa:newEntry')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            style={{ width: 260 }}
            defaultValue={query.q}
            placeholder={t('policyQa:searchPlaceholder')}
            aria-label={t('policyQa:search')}
            onSearch={(value) => setFilter({ q: value.trim() || undefined, page: undefined })}
            data-testid="policy-qa-search"
          />
          <Select
            allowClear
            style={{ width: 220 }}
            placeholder={t('policyQa:allTopics')}
            aria-label={t('policyQa:topics')}
            value={query.topic}
            options={labels.topics}
            onChange={(value?: string) => setFilter({ topic: value, page: undefined })}
          />
          {can(role, 'policyQa', 'update') ? (
            <Segmented
              value={query.status ?? 'all'}
              onChange={(value) =>
                setFilter({ status: value === 'all' ? undefined : String(value), page: undefined })
              }
              options={[
                { value: 'all', label: t('policyQa:allStatuses') },
                ...Object.values(PolicyQaStatus).map((value) => ({ value, label: labels.status(value) })),
              ]}
            />
          ) : null}
        </Space>
        {list.isError ? (
          <QueryFailureResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<PolicyQaListItem>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            locale={{ emptyText: t('policyQa:empty') }}
            pagination={{
              current: query.page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              onChange: (page) => setFilter({ page: page > 1 ? String(page) : undefined }),
            }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
