import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Form, Input, Modal, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { CaseCollectionStatus, can } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryFailureResult } from '../../ui/status-results';
import {
  type CaseCollectionCreateInput,
  type CaseCollectionListItem,
  useCaseCollections,
  useCreateCaseCollection,
} from './case-collections.api';
import { useCaseLabels } from './case-labels';

const PAGE_SIZE = 20;

export function CollectionStatusTag({ status }: { status: string }) {
  const labels = useCaseLabels();
  return (
    <Tag color={status === CaseCollectionStatus.Published ? 'success' : 'processing'}>
      {labels.collectionStatus(status)}
    </Tag>
  );
}

/** 新建一辑: a title and, optionally, a foreword; the cases are added on the edition's page. */
export function NewEditionModal({
  open,
  onClose,
  correctsId,
  title,
  hint,
}: {
  open: boolean;
  onClose: () => void;
  correctsId?: string;
  title: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CaseCollectionCreateInput>();
  const create = useCreateCaseCollection();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {hint ? <p>{hint}</p> : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async (values) => {
          try {
            const created = await create.mutateAsync({ ...values, correctsId });
            onClose();
            navigate(`/case-collections/${created.id}`);
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        <Form.Item
          name="title"
          label={t('caseCollections:editionTitle')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input placeholder={t('caseCollections:editionTitlePlaceholder')} maxLength={100} />
        </Form.Item>
        {correctsId ? null : (
          <Form.Item name="foreword" label={t('caseCollections:foreword')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={20000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** 案例精选: the city's editions, drafts first; the districts read them. */
export function CollectionListPage() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const role = useCurrentRole();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? undefined) as CaseCollectionStatus | undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const [creating, setCreating] = useState(false);
  const list = useCaseCollections({ status, page, pageSize: PAGE_SIZE });
  const mayCreate = can(role, 'caseCollections', 'create');

  const columns: TableColumnsType<CaseCollectionListItem> = [
    {
      key: 'title',
      title: t('caseCollections:editionTitle'),
      render: (_, record) => <Link to={`/case-collections/${record.id}`}>{record.title}</Link>,
    },
    {
      key: 'region',
      title: t('caseCollections:labels.region'),
      render: (_, record) => labels.region(record),
      width: 120,
    },
    {
      key: 'status',
      title: t('caseCollections:status'),
      render: (_, record) => <CollectionStatusTag status={record.status} />,
      width: 110,
    },
    {
      key: 'cases',
      title: t('caseCollections:cases'),
      align: 'right',
      render: (_, record) => <span className="figure">{record.caseCount}</span>,
      width: 100,
    },
    {
      key: 'corrects',
      title: t('caseCollections:corrects'),
      render: (_, record) =>
        record.corrects ? (
          <Link to={`/case-collections/${record.corrects.id}`}>{record.corrects.title}</Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'publishedAt',
      title: t('caseCollections:publishedAt'),
      render: (_, record) => labels.date(record.publishedAt),
      width: 160,
    },
    {
      key: 'updatedAt',
      title: t('caseCollections:updatedAt'),
      render: (_, record) => labels.date(record.updatedAt),
      width: 160,
    },
  ];

  const setFilter = (next: Record<string, string | undefined>) => {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) search.set(key, value);
      else search.delete(key);
    }
    setParams(search, { replace: true });
  };

  return (
    <PageContainer
      title={t('caseCollections:title')}
      breadcrumbRender={false}
      extra={
        mayCreate
          ? [
              <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('caseCollections:newEdition')}
              </Button>,
            ]
          : []
      }
    >
      <Card>
        <Segmented
          style={{ marginBottom: 16 }}
          value={status ?? 'all'}
          onChange={(value) =>
            setFilter({ status: value === 'all' ? undefined : String(value), page: undefined })
          }
          options={[
            { value: 'all', label: t('caseCollections:all') },
            { value: CaseCollectionStatus.Draft, label: labels.collectionStatus(CaseCollectionStatus.Draft) },
            {
              value: CaseCollectionStatus.Published,
              label: labels.collectionStatus(CaseCollectionStatus.Published),
            },
          ]}
        />
        {list.isError ? (
          <QueryFailureResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<CaseCollectionListItem>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            locale={{ emptyText: t('caseCollections:noEditions') }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              onChange: (next) => setFilter({ page: next > 1 ? String(next) : undefined }),
            }}
          />
        )}
      </Card>
      <NewEditionModal
        open={creating}
        onClose={() => setCreating(false)}
        title={t('caseCollections:newEdition')}
      />
    </PageContainer>
  );
}
