import { BarChartOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  App,
  Button,
  type ButtonProps,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Upload,
} from 'antd';
import { can, Role, ServiceRequestStatus } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { QueryFailureResult } from '../../ui/status-results';
import {
  type ServiceRequestInput,
  type ServiceRequestListItem,
  type ServiceRequestQuery,
  useCreateServiceRequest,
  useServiceDepartments,
  useServiceRequests,
  useServiceTalentOptions,
} from './service-requests.api';
import { ServiceStatusTag, useServiceLabels } from './service-labels';
import { TalentSelect } from './talent-select';

const useTalentOptions = (search: string) => useServiceTalentOptions(search, true);

const PAGE_SIZE = 20;

/** 提出服务诉求: a confirmed talent, the category (its service level shown) and what is needed, with files. */
function NewRequestModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useServiceLabels();
  const navigate = useNavigate();
  const [form] = Form.useForm<ServiceRequestInput>();
  const [files, setFiles] = useState<File[]>([]);
  const create = useCreateServiceRequest();
  const category = Form.useWatch('category', form);
  return (
    <Modal
      open={open}
      title={t('serviceRequests:newRequest')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'request-submit' } as ButtonProps}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async (values) => {
          try {
            const created = await create.mutateAsync({ input: values, files });
            message.success(t('serviceRequests:created'));
            onClose();
            navigate(`/service-requests/${created.id}`);
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        <Form.Item name="talentId" label={t('serviceRequests:talent')} rules={[{ required: true }]}>
          <TalentSelect useOptions={useTalentOptions} placeholder={t('serviceRequests:talentPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('serviceRequests:category')}
          rules={[{ required: true }]}
          extra={
            category ? `${t('serviceRequests:serviceLevel')}：${labels.serviceLevel(category)}` : undefined
          }
        >
          <Select options={labels.categories} data-testid="request-category" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('serviceRequests:description')}
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            data-testid="request-description"
          />
        </Form.Item>
        <Upload
          multiple
          beforeUpload={(file) => {
            setFiles((current) => [...current, file].slice(0, 5));
            return false;
          }}
          onRemove={(file) =>
            setFiles((current) => current.filter((candidate) => candidate.name !== file.name))
          }
          fileList={files.map((file) => ({ uid: file.name, name: file.name }))}
        >
          <Button icon={<UploadOutlined />}>{t('serviceRequests:addFiles')}</Button>
        </Upload>
      </Form>
    </Modal>
  );
}

/** 服务窗口: the requests in the caller's scope, open and overdue first, with the filters of the window. */
export function ServiceRequestListPage() {
  const { t } = useTranslation();
  const labels = useServiceLabels();
  const role = useCurrentRole();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const bureau = role === Role.CityBureau || role === Role.DistrictBureau;
  const query: ServiceRequestQuery = {
    page: Number(params.get('page') ?? '1') || 1,
    pageSize: PAGE_SIZE,
    status: (params.get('status') ?? undefined) as ServiceRequestQuery['status'],
    category: (params.get('category') ?? undefined) as ServiceRequestQuery['category'],
    departmentId: params.get('departmentId') ?? undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
  };
  const list = useServiceRequests(query);
  const departments = useServiceDepartments(bureau);

  const setFilter = (next: Record<string, string | undefined>) => {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ ...next, page: next.page })) {
      if (value) search.set(key, value);
      else search.delete(key);
    }
    setParams(search, { replace: true });
  };

  const nowrap = { style: { whiteSpace: 'nowrap' as const } };
  const columns: TableColumnsType<ServiceRequestListItem> = [
    {
      key: 'talent',
      title: t('serviceRequests:talent'),
      render: (_, record) => <Link to={`/service-requests/${record.id}`}>{record.talentName}</Link>,
      width: 100,
      onCell: () => nowrap,
    },
    // an enterprise sees its own talents only: the column would repeat its name
    ...(bureau
      ? [
          {
            key: 'enterprise',
            title: t('serviceRequests:enterprise'),
            dataIndex: 'enterpriseName',
            ellipsis: true,
          },
        ]
      : []),
    {
      key: 'category',
      title: t('serviceRequests:category'),
      render: (_, record) => labels.category(record.category),
      width: 130,
      onCell: () => nowrap,
    },
    {
      key: 'status',
      title: t('serviceRequests:status'),
      render: (_, record) => <ServiceStatusTag status={record.status} overdue={record.overdue} />,
      width: 150,
    },
    {
      key: 'receivedOn',
      title: t('serviceRequests:receivedOn'),
      dataIndex: 'receivedOn',
      width: 110,
      onCell: () => nowrap,
    },
    { key: 'dueOn', title: t('serviceRequests:dueOn'), dataIndex: 'dueOn', width: 110, onCell: () => nowrap },
    {
      key: 'department',
      title: t('serviceRequests:department'),
      render: (_, record) => record.departmentName ?? '—',
      ellipsis: true,
    },
    {
      key: 'rating',
      title: t('serviceRequests:rating'),
      render: (_, record) => (record.rating ? `${record.rating}/5` : '—'),
      width: 80,
      align: 'right',
      onCell: () => nowrap,
    },
  ];

  return (
    <PageContainer
      title={t('serviceRequests:title')}
      breadcrumbRender={false}
      extra={[
        bureau ? (
          <Link key="dashboard" to="/service-requests/dashboard">
            <Button icon={<BarChartOutlined />}>{t('serviceRequests:dashboard')}</Button>
          </Link>
        ) : null,
        can(role, 'serviceRequests', 'create') ? (
          <Button
            key="new"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="new-request"
          >
            {t('serviceRequests:newRequest')}
          </Button>
        ) : null,
      ]}
    >
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={query.status ?? 'all'}
            onChange={(value) =>
              setFilter({ status: value === 'all' ? undefined : String(value), page: undefined })
            }
            options={[
              { value: 'all', label: t('serviceRequests:all') },
              ...Object.values(ServiceRequestStatus).map((value) => ({ value, label: labels.status(value) })),
            ]}
          />
          <Select
            allowClear
            style={{ width: 170 }}
            placeholder={t('serviceRequests:category')}
            value={query.category}
            options={labels.categories}
            onChange={(value?: string) => setFilter({ category: value, page: undefined })}
          />
          {bureau ? (
            <Select
              allowClear
              style={{ width: 220 }}
              placeholder={t('serviceRequests:department')}
              value={query.departmentId}
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              onChange={(value?: string) => setFilter({ departmentId: value, page: undefined })}
            />
          ) : null}
          <Checkbox
            checked={query.overdue === true}
            onChange={(event) =>
              setFilter({ overdue: event.target.checked ? 'true' : undefined, page: undefined })
            }
          >
            {t('serviceRequests:overdueOnly')}
          </Checkbox>
        </Space>
        {list.isError ? (
          <QueryFailureResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<ServiceRequestListItem>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            locale={{ emptyText: t('serviceRequests:empty') }}
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
      <NewRequestModal open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}
