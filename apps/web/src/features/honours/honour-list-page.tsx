import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { HONOUR_LEVEL_LABELS, HonourLevel } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';
import { QueryFailureResult } from '../../ui/status-results';
import {
  type Honour,
  type HonourCreateInput,
  useDeleteHonour,
  useHonours,
  useSaveHonour,
} from './honours.api';

/** 荣誉称号目录: the national honours (built in) and the provincial and municipal ones the administrator keeps. */
export function HonourListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useLanguage();
  const honours = useHonours();
  const remove = useDeleteHonour();
  const [editing, setEditing] = useState<Honour | 'new' | null>(null);

  const columns: TableColumnsType<Honour> = [
    {
      key: 'name',
      title: t('honours:nameZh'),
      render: (_, honour) => (
        <Space size={4} wrap>
          {language === 'en' ? (honour.nameEn ?? honour.nameZh) : honour.nameZh}
          {honour.national ? <Tag>{t('honours:builtIn')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'code', title: t('honours:code'), dataIndex: 'code', width: 220 },
    {
      key: 'level',
      title: t('honours:level'),
      width: 90,
      render: (_, honour) => labelOf(HONOUR_LEVEL_LABELS, honour.level, language),
    },
    { key: 'issuer', title: t('honours:issuer'), width: 180, render: (_, honour) => honour.issuer ?? '—' },
    {
      key: 'qualifying',
      title: t('honours:qualifying'),
      width: 100,
      render: (_, honour) => (
        <Tag color={honour.qualifying ? 'success' : 'default'}>
          {honour.qualifying ? t('honours:yes') : t('honours:no')}
        </Tag>
      ),
    },
    { key: 'sortOrder', title: t('honours:sortOrder'), dataIndex: 'sortOrder', width: 70, align: 'right' },
    { key: 'talents', title: t('honours:talents'), dataIndex: 'talentCount', width: 90, align: 'right' },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      render: (_, honour) => (
        <Space>
          <Button type="link" size="small" onClick={() => setEditing(honour)}>
            {t('common.edit')}
          </Button>
          {honour.national ? null : (
            <Popconfirm
              title={t('honours:deleteConfirm', { name: honour.nameZh })}
              onConfirm={async () => {
                try {
                  await remove.mutateAsync(honour);
                  message.success(t('honours:deleted'));
                } catch (error) {
                  showError(message, error);
                }
              }}
            >
              <Button type="link" size="small" danger>
                {t('honours:delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('honours:title')}
      breadcrumbRender={false}
      extra={[
        <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('honours:add')}
        </Button>,
      ]}
    >
      <Card>
        <Alert type="info" showIcon message={t('honours:note')} style={{ marginBottom: 16 }} />
        {honours.isError ? (
          <QueryFailureResult error={honours.error} onRetry={() => void honours.refetch()} />
        ) : (
          <Table<Honour>
            rowKey="id"
            columns={columns}
            dataSource={honours.data?.items ?? []}
            loading={honours.isFetching}
            pagination={false}
            data-testid="honour-table"
          />
        )}
      </Card>
      {editing ? (
        <HonourModal honour={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
    </PageContainer>
  );
}

function HonourModal({ honour, onClose }: { honour?: Honour; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useLanguage();
  const save = useSaveHonour();
  const [form] = Form.useForm<HonourCreateInput>();
  const national = honour?.national ?? false;
  return (
    <Modal
      open
      title={honour ? t('honours:edit') : t('honours:add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<HonourCreateInput>
        form={form}
        layout="vertical"
        initialValues={
          honour
            ? { ...honour, nameEn: honour.nameEn ?? undefined, issuer: honour.issuer ?? undefined }
            : { level: HonourLevel.Municipal, qualifying: true, sortOrder: 100 }
        }
        onFinish={async (values) => {
          try {
            const { code: _code, ...rest } = values;
            const input = honour
              ? national
                ? { nameZh: rest.nameZh, nameEn: rest.nameEn || null, sortOrder: rest.sortOrder }
                : { ...rest, nameEn: rest.nameEn || null }
              : { ...values, nameEn: values.nameEn || null };
            await save.mutateAsync({ honour, input });
            message.success(t('honours:saved'));
            onClose();
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        <Form.Item
          name="code"
          label={t('honours:code')}
          extra={t('honours:codeHelp')}
          rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]*$/, max: 60 }]}
        >
          <Input disabled={Boolean(honour)} maxLength={60} />
        </Form.Item>
        <Form.Item
          name="nameZh"
          label={t('honours:nameZh')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('honours:nameEn')} rules={[{ max: 150 }]}>
          <Input maxLength={150} />
        </Form.Item>
        {national ? null : (
          <>
            <Form.Item name="level" label={t('honours:level')} rules={[{ required: true }]}>
              <Select
                options={[HonourLevel.Provincial, HonourLevel.Municipal].map((level) => ({
                  value: level,
                  label: labelOf(HONOUR_LEVEL_LABELS, level, language),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="issuer"
              label={t('honours:issuer')}
              rules={[{ required: true, whitespace: true, max: 100 }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="qualifying"
              label={t('honours:qualifying')}
              extra={t('honours:qualifyingHelp')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </>
        )}
        <Form.Item name="sortOrder" label={t('honours:sortOrder')}>
          <InputNumber min={0} max={9999} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
