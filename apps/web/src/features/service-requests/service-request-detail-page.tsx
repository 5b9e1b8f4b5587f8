import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  App,
  Button,
  type ButtonProps,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Rate,
  Select,
  Space,
  Spin,
  Timeline,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { QueryFailureResult } from '../../ui/status-results';
import {
  type ServiceAction,
  type ServiceRequest,
  useDownloadServiceAttachment,
  useRateServiceRequest,
  useRecordReply,
  useServiceDepartments,
  useServiceRequest,
  useServiceStep,
} from './service-requests.api';
import { ServiceStatusTag, useServiceLabels } from './service-labels';

type Dialog = ServiceAction | 'reply' | 'rate' | null;

/** The window's actions: each opens a small form (department, outcome, reason) or asks for confirmation. */
function ActionDialogs({
  request,
  dialog,
  onClose,
}: {
  request: ServiceRequest;
  dialog: Dialog;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useServiceLabels();
  const [form] = Form.useForm();
  const [files, setFiles] = useState<File[]>([]);
  const step = useServiceStep(request);
  const reply = useRecordReply(request);
  const rate = useRateServiceRequest(request);
  const departments = useServiceDepartments(dialog === 'assign');
  if (!dialog) return null;
  const title =
    dialog === 'reply'
      ? t('serviceRequests:recordReply')
      : dialog === 'rate'
        ? t('serviceRequests:rate')
        : labels.action(dialog);
  const submit = async (values: Record<string, unknown>) => {
    try {
      if (dialog === 'reply') {
        await reply.mutateAsync({
          repliedOn: (values.repliedOn as Dayjs).format('YYYY-MM-DD'),
          text: String(values.text ?? ''),
          files,
        });
      } else if (dialog === 'rate') {
        await rate.mutateAsync({
          rating: Number(values.rating),
          comment: values.comment as string | undefined,
        });
      } else {
        await step.mutateAsync({ action: dialog, body: values as Record<string, string> });
      }
      message.success(t('serviceRequests:saved'));
      setFiles([]);
      onClose();
    } catch (error) {
      if (!showFieldErrors(form, error)) showError(message, error);
    }
  };
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={step.isPending || reply.isPending || rate.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'dialog-ok' } as ButtonProps}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={dialog === 'reply' ? { repliedOn: dayjs() } : {}}
      >
        {dialog === 'assign' ? (
          <Form.Item name="departmentId" label={t('serviceRequests:department')} rules={[{ required: true }]}>
            <Select
              placeholder={t('serviceRequests:departmentPlaceholder')}
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              data-testid="department-select"
            />
          </Form.Item>
        ) : null}
        {dialog === 'resolve' ? (
          <Form.Item
            name="outcome"
            label={t('serviceRequests:outcome')}
            rules={[{ required: true, whitespace: true, max: 2000 }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} data-testid="outcome-input" />
          </Form.Item>
        ) : null}
        {dialog === 'reply' ? (
          <>
            <Form.Item name="repliedOn" label={t('serviceRequests:repliedOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item
              name="text"
              label={t('serviceRequests:replyText')}
              rules={[{ required: true, whitespace: true, max: 2000 }]}
            >
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} data-testid="reply-input" />
            </Form.Item>
            <Upload
              multiple
              beforeUpload={(file) => {
                setFiles((current) => [...current, file].slice(0, 5));
                return false;
              }}
              onRemove={(file) => setFiles((current) => current.filter((c) => c.name !== file.name))}
              fileList={files.map((file) => ({ uid: file.name, name: file.name }))}
            >
              <Button icon={<UploadOutlined />}>{t('serviceRequests:addFiles')}</Button>
            </Upload>
          </>
        ) : null}
        {dialog === 'rate' ? (
          <>
            <Form.Item name="rating" label={t('serviceRequests:rating')} rules={[{ required: true }]}>
              <Rate tooltips={[1, 2, 3, 4, 5].map((value) => labels.satisfaction(value))} />
            </Form.Item>
            <Form.Item name="comment" label={t('serviceRequests:ratingComment')} rules={[{ max: 1000 }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="rating-comment" />
            </Form.Item>
          </>
        ) : null}
        {['assign', 'start', 'close', 'reopen'].includes(dialog) ? (
          <Form.Item
            name="comment"
            label={dialog === 'reopen' ? t('serviceRequests:reason') : t('serviceRequests:comment')}
            rules={[{ required: dialog === 'reopen', whitespace: true, max: 1000 }]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

/** A request with its actions, the departments' replies and the history of its handling. */
export function ServiceRequestDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useServiceLabels();
  const query = useServiceRequest(id);
  const download = useDownloadServiceAttachment(id ?? '');
  const [dialog, setDialog] = useState<Dialog>(null);
  if (query.isError) return <QueryFailureResult error={query.error} onRetry={() => void query.refetch()} />;
  const request = query.data;
  if (!request) return <Spin />;

  const buttons = [
    ...request.availableActions.map((action) => (
      <Button
        key={action}
        type={action === 'reopen' ? 'default' : 'primary'}
        onClick={() => setDialog(action)}
        data-testid={`action-${action}`}
      >
        {labels.action(action)}
      </Button>
    )),
    request.canReply ? (
      <Button key="reply" onClick={() => setDialog('reply')} data-testid="action-reply">
        {t('serviceRequests:recordReply')}
      </Button>
    ) : null,
    request.canRate ? (
      <Button key="rate" type="primary" onClick={() => setDialog('rate')} data-testid="action-rate">
        {t('serviceRequests:rate')}
      </Button>
    ) : null,
  ].filter(Boolean);

  const timelineLabel = (entry: ServiceRequest['timeline'][number]) => {
    if (entry.kind === 'reply') return t('serviceRequests:steps.reply');
    if (entry.kind === 'rating') return t('serviceRequests:steps.rating');
    return entry.action ? labels.action(entry.action) : t('serviceRequests:steps.received');
  };
  const attachment = (file: { id: string; fileName: string }) => (
    <Button key={file.id} type="link" icon={<PaperClipOutlined />} onClick={() => download.mutate(file)}>
      {file.fileName}
    </Button>
  );

  return (
    <PageContainer
      title={`${labels.category(request.category)} · ${request.talentName}`}
      breadcrumbRender={false}
      extra={<Space wrap>{buttons}</Space>}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} data-testid="request-summary">
            <Descriptions.Item label={t('serviceRequests:status')}>
              <ServiceStatusTag status={request.status} overdue={request.overdue} />
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceRequests:talent')}>{request.talentName}</Descriptions.Item>
            <Descriptions.Item label={t('serviceRequests:enterprise')}>
              {request.enterpriseName}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceRequests:category')}>
              {labels.category(request.category)}（{labels.serviceLevel(request.category)}）
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceRequests:receivedOn')}>
              {request.receivedOn}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceRequests:dueOn')}>{request.dueOn}</Descriptions.Item>
            <Descriptions.Item label={t('serviceRequests:requester')}>
              {request.requesterName}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceRequests:department')}>
              {request.departmentName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceRequests:rating')}>
              {request.rating ? (
                <span data-testid="request-rating">
                  {request.rating}/5 {labels.satisfaction(request.rating)}
                  {request.ratingComment ? `：${request.ratingComment}` : ''}
                </span>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('serviceRequests:description')} span={3}>
              {request.description}
            </Descriptions.Item>
            {request.outcome ? (
              <Descriptions.Item label={t('serviceRequests:outcome')} span={3}>
                {request.outcome}
              </Descriptions.Item>
            ) : null}
            {request.contactId ? (
              <Descriptions.Item label={t('serviceRequests:fromContact')} span={3}>
                <Link to="/talent-contacts">{t('serviceRequests:fromContact')}</Link>
              </Descriptions.Item>
            ) : null}
            {request.attachments.length > 0 ? (
              <Descriptions.Item label={t('serviceRequests:attachments')} span={3}>
                {request.attachments.map(attachment)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        <Card title={t('serviceRequests:replies')}>
          {request.replies.length === 0 ? (
            <Empty description={t('serviceRequests:noReplies')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <List
              dataSource={request.replies}
              renderItem={(reply) => (
                <List.Item data-testid="reply-item">
                  <List.Item.Meta
                    title={`${reply.departmentName} · ${reply.repliedOn}`}
                    description={
                      <>
                        <div>{reply.text}</div>
                        {reply.attachments.map(attachment)}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
        <Card title={t('serviceRequests:timeline')}>
          <Timeline
            items={request.timeline.map((entry) => ({
              children: (
                <>
                  <strong>{timelineLabel(entry)}</strong> · {entry.actor ?? ''} ·{' '}
                  {dayjs(entry.at).format('YYYY-MM-DD HH:mm')}
                  {entry.text ? <div>{entry.text}</div> : null}
                </>
              ),
            }))}
          />
        </Card>
      </Space>
      <ActionDialogs request={request} dialog={dialog} onClose={() => setDialog(null)} />
    </PageContainer>
  );
}
