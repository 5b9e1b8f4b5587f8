import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { can } from '@skillpay/domain';
import { Button, Card, DatePicker, Empty, Input, Segmented, Select, Space, Tag, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryFailureResult } from '../../ui/status-results';
import { useTableColumns } from '../../ui/table-columns';
import { OpinionNoteForm } from './opinion-note-form';
import { type OpinionNoteListItem, type OpinionNoteQuery, useOpinionNotes } from './opinion-notes.api';
import { HeatTag, OpinionStatusTag, SentimentTag, useOpinionLabels } from './opinion-labels';
import { OpinionStatisticsCard } from './opinion-statistics-card';

const PAGE_SIZE = 20;

/** 舆情: the notes in the caller's scope, newest first, with their filters and statistics. */
export function OpinionNoteListPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const labels = useOpinionLabels();
  const role = useCurrentRole();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(params.get('search') ?? '');
  const query: OpinionNoteQuery = {
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: PAGE_SIZE,
    status: (params.get('status') ?? undefined) as OpinionNoteQuery['status'],
    source: (params.get('source') ?? undefined) as OpinionNoteQuery['source'],
    sentiment: (params.get('sentiment') ?? undefined) as OpinionNoteQuery['sentiment'],
    topic: (params.get('topic') ?? undefined) as OpinionNoteQuery['topic'],
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    search: params.get('search') ?? undefined,
  };
  const list = useOpinionNotes(query);

  const setFilter = (next: Record<string, string | undefined>) => {
    const updated = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ page: undefined, ...next })) {
      if (value) updated.set(key, value);
      else updated.delete(key);
    }
    setParams(updated, { replace: true });
  };

  const nowrap = { style: { whiteSpace: 'nowrap' as const } };
  const columns = useTableColumns<ProColumns<OpinionNoteListItem>>([
    {
      key: 'notedOn',
      title: t('opinionNotes:notedOn'),
      dataIndex: 'notedOn',
      width: 104,
      onCell: () => nowrap,
    },
    {
      key: 'summary',
      title: t('opinionNotes:summary'),
      ellipsis: true,
      render: (_dom, row) => (
        <Link to={`/opinion-notes/${row.id}`} data-testid="opinion-link">
          {row.summary}
        </Link>
      ),
    },
    {
      key: 'source',
      title: t('opinionNotes:source'),
      width: 104,
      ellipsis: true,
      render: (_dom, row) => labels.source(row.source),
    },
    {
      key: 'topics',
      title: t('opinionNotes:topics'),
      width: 190,
      render: (_dom, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {row.topics.slice(0, 1).map((topic) => (
            <Tag key={topic}>{labels.topic(topic)}</Tag>
          ))}
          {row.topics.length > 1 ? (
            <Tag title={row.topics.slice(1).map(labels.topic).join('、')}>+{row.topics.length - 1}</Tag>
          ) : null}
        </span>
      ),
    },
    {
      key: 'sentiment',
      title: t('opinionNotes:sentiment'),
      width: 96,
      render: (_dom, row) => <SentimentTag sentiment={row.sentiment} />,
    },
    {
      key: 'heat',
      title: t('opinionNotes:heat'),
      width: 96,
      render: (_dom, row) => <HeatTag heat={row.heat} />,
    },
    {
      key: 'status',
      title: t('opinionNotes:status'),
      width: 84,
      render: (_dom, row) => <OpinionStatusTag status={row.status} />,
    },
    {
      key: 'responsible',
      title: t('opinionNotes:responsible'),
      dataIndex: 'responsibleName',
      width: 150,
      ellipsis: true,
    },
  ]);

  return (
    <PageContainer
      title={t('opinionNotes:title')}
      breadcrumbRender={false}
      extra={
        can(role, 'opinionNotes', 'create') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="new-opinion"
          >
            {t('opinionNotes:newNote')}
          </Button>
        ) : null
      }
    >
      <div style={{ marginBottom: token.marginMD }}>
        <OpinionStatisticsCard query={{ from: query.from, to: query.to }} />
      </div>
      <Card>
        <Space wrap style={{ marginBottom: token.marginMD }}>
          <Segmented
            value={query.status ?? 'all'}
            onChange={(value) => setFilter({ status: value === 'all' ? undefined : String(value) })}
            options={[{ value: 'all', label: t('opinionNotes:all') }, ...labels.statuses]}
          />
          <Select
            allowClear
            style={{ width: 100 }}
            placeholder={t('opinionNotes:source')}
            value={query.source}
            options={labels.sources}
            onChange={(value?: string) => setFilter({ source: value })}
          />
          <Select
            allowClear
            style={{ width: 90 }}
            placeholder={t('opinionNotes:sentiment')}
            value={query.sentiment}
            options={labels.sentiments}
            onChange={(value?: string) => setFilter({ sentiment: value })}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 140 }}
            placeholder={t('opinionNotes:topics')}
            value={query.topic}
            options={labels.topics}
            onChange={(value?: string) => setFilter({ topic: value })}
            data-testid="opinion-topic-filter"
          />
          <DatePicker.RangePicker
            picker="month"
            style={{ width: 200 }}
            value={query.from && query.to ? [dayjs(`${query.from}-01`), dayjs(`${query.to}-01`)] : null}
            onChange={(range) =>
              setFilter({ from: range?.[0]?.format('YYYY-MM'), to: range?.[1]?.format('YYYY-MM') })
            }
          />
          <Input.Search
            allowClear
            style={{ width: 150 }}
            placeholder={t('opinionNotes:search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onSearch={(value) => setFilter({ search: value.trim() || undefined })}
            data-testid="opinion-search"
          />
        </Space>
        {list.isError ? (
          <QueryFailureResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <ProTable<OpinionNoteListItem>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            search={false}
            options={false}
            cardProps={{ bodyStyle: { padding: 0 } }}
            locale={{ emptyText: <Empty description={t('opinionNotes:empty')} /> }}
            pagination={{
              current: query.page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              onChange: (page) => setFilter({ page: page > 1 ? String(page) : undefined }),
            }}
            data-testid="opinion-table"
          />
        )}
      </Card>
      <OpinionNoteForm open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}
