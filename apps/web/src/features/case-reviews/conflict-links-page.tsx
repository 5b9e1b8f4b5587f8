import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictLinkKind, ORGANISATION_TYPE_LABELS } from '@skillpay/domain';
import { errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';
import { ErrorResult } from '../../ui/status-results';
import {
  type ConflictLink,
  type ConflictLinkInput,
  useConflictLinks,
  useCreateConflictLink,
  useEnterpriseSearch,
  useRemoveConflictLink,
  useReviewers,
} from './case-reviews.api';

/** 利益冲突登记: the city's register of links between reviewers and enterprises. */
export function ConflictLinksPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const links = useConflictLinks();
  const remove = useRemoveConflictLink();
  const [adding, setAdding] = useState(false);
  if (links.error) return <ErrorResult message={errorMessage(links.error)} onRetry={() => links.refetch()} />;
  return (
    <PageContainer title={t('caseReviews:linksTitle')}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('caseReviews:linksHint')} />
        <ProCard
          bordered
          extra={
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="link-add"
            >
              {t('caseReviews:addLink')}
            </Button>
          }
        >
          <Table<ConflictLink>
            rowKey="id"
            loading={links.isLoading}
            dataSource={links.data?.items ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('caseReviews:noLinks') }}
            data-testid="conflict-links"
            columns={[
              {
                title: t('caseReviews:reviewerOrganisation'),
                key: 'organisation',
                render: (_, row) => (
                  <Space direction="vertical" size={0}>
                    <span>{row.reviewerOrganisationName}</span>
                    <Typography.Text type="secondary">
                      {labelOf(ORGANISATION_TYPE_LABELS, row.reviewerOrganisationType, language)}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('caseReviews:reviewerAccount'),
                dataIndex: 'reviewerName',
                width: 140,
                render: (name: string | null) => name ?? t('caseReviews:wholeOrganisation'),
              },
              { title: t('caseReviews:enterprise'), dataIndex: 'enterpriseName' },
              {
                title: t('caseReviews:kind'),
                dataIndex: 'kind',
                width: 140,
                render: (kind: string) => t(`caseReviews:kinds.${kind as 'membership'}`),
              },
              { title: t('caseReviews:note'), dataIndex: 'note', ellipsis: true },
              {
                title: t('caseReviews:registeredAt'),
                dataIndex: 'createdAt',
                width: 120,
                render: (at: string) => <span className="figure">{at.slice(0, 10)}</span>,
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 80,
                render: (_, row) => (
                  <Popconfirm
                    title={t('caseReviews:removeLinkConfirm')}
                    onConfirm={() =>
                      remove.mutate(row.id, {
                        onSuccess: () => message.success(t('caseReviews:linkRemoved')),
                        onError: (error) => showError(message, error),
                      })
                    }
                  >
                    <Button type="link" size="small" danger>
                      {t('caseReviews:removeLink')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </ProCard>
      </Space>
      {adding ? <AddLinkModal onClose={() => setAdding(false)} /> : null}
    </PageContainer>
  );
}

function AddLinkModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConflictLinkInput>();
  const reviewers = useReviewers();
  const create = useCreateConflictLink();
  const [q, setQ] = useState('');
  const enterprises = useEnterpriseSearch(q);
  const organisationId = Form.useWatch('reviewerOrganisationId', form);
  const organisations = useMemo(() => {
    const seen = new Map<string, { value: string; label: string }>();
    for (const reviewer of reviewers.data?.items ?? []) {
      seen.set(reviewer.organisationId, {
        value: reviewer.organisationId,
        label: `${reviewer.organisationName}（${labelOf(ORGANISATION_TYPE_LABELS, reviewer.organisationType, language)}）`,
      });
    }
    return [...seen.values()];
  }, [reviewers.data, language]);
  const accounts = (reviewers.data?.items ?? []).filter((r) => r.organisationId === organisationId);
  return (
    <Modal
      open
      title={t('caseReviews:addLink')}
      okText={t('common.save')}
      okButtonProps={{ loading: create.isPending }}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then((values) =>
          create.mutate(
            { ...values, reviewerUserId: values.reviewerUserId || undefined },
            {
              onSuccess: () => {
                message.success(t('caseReviews:linkAdded'));
                onClose();
              },
              onError: (error) => {
                if (!showFieldErrors(form, error)) showError(message, error);
              },
            },
          ),
        )
      }
    >
      <Form form={form} layout="vertical" data-testid="link-form">
        <Form.Item
          name="reviewerOrganisationId"
          label={t('caseReviews:reviewerOrganisation')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            options={organisations}
            loading={reviewers.isLoading}
            onChange={() => form.setFieldValue('reviewerUserId', undefined)}
          />
        </Form.Item>
        <Form.Item name="reviewerUserId" label={t('caseReviews:reviewerAccount')}>
          <Select
            allowClear
            placeholder={t('caseReviews:wholeOrganisation')}
            options={accounts.map((account) => ({ value: account.userId, label: account.displayName }))}
          />
        </Form.Item>
        <Form.Item
          name="enterpriseId"
          label={t('caseReviews:enterprise')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            placeholder={t('caseReviews:enterpriseSearch')}
            loading={enterprises.isFetching}
            options={(enterprises.data?.items ?? []).map((enterprise) => ({
              value: enterprise.id,
              label: enterprise.name,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('caseReviews:kind')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            options={Object.values(ConflictLinkKind).map((kind) => ({
              value: kind,
              label: t(`caseReviews:kinds.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('caseReviews:note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
