import { DeleteOutlined, EditOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Descriptions, List, Popconfirm, Space, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  GUIDANCE_KIND_LABELS,
  GUIDELINE_PART_LABELS,
  MAX_ATTACHMENT_BYTES,
  TRAINING_AUDIENCE_LABELS,
} from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError } from '../../app/api/api-error';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import { PageLoading } from '../../ui/page-loading';
import { attachmentErrorMessage } from '../programmes';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import {
  useAttachToGuidance,
  useDeleteGuidance,
  useDownloadGuidanceAttachment,
  useGuidanceActivity,
} from './guidance.api';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.zip';

export function GuidanceDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams<{ id: string }>();
  const { language } = useDomainLabels();
  const activity = useGuidanceActivity(id);
  const attach = useAttachToGuidance(id ?? '');
  const download = useDownloadGuidanceAttachment(id ?? '');
  const remove = useDeleteGuidance();

  if (activity.isLoading) return <PageLoading />;
  if (activity.isError) {
    const { error } = activity;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void activity.refetch()} />;
  }
  const record = activity.data;
  if (!record) return <NotFoundResult />;
  const separator = t('common.listSeparator');

  return (
    <PageContainer
      title={record.title}
      subTitle={labelOf(GUIDANCE_KIND_LABELS, record.kind, language)}
      onBack={() => navigate('/guidance')}
      breadcrumbRender={false}
      extra={
        record.editable
          ? [
              <Button
                key="edit"
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/guidance/${record.id}/edit`)}
              >
                {t('common.edit')}
              </Button>,
              <Popconfirm
                key="delete"
                title={t('guidance:deleteConfirm')}
                okButtonProps={{ danger: true }}
                onConfirm={async () => {
                  try {
                    await remove.mutateAsync(record);
                    message.success(t('guidance:deleted'));
                    navigate('/guidance', { replace: true });
                  } catch (error) {
                    showError(message, error);
                  }
                }}
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>,
            ]
          : []
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t('guidance:kind')}>
              <Tag>{labelOf(GUIDANCE_KIND_LABELS, record.kind, language)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('guidance:occurredOn')}>{record.occurredOn}</Descriptions.Item>
            <Descriptions.Item label={t('guidance:organiser')}>{record.organisation.name}</Descriptions.Item>
            <Descriptions.Item label={t('guidance:programme')}>
              {record.programme?.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('guidance:enterprises')} span={2}>
              {record.enterprises.map((e) => e.name).join(separator) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('guidance:officers')} span={2}>
              {record.officers.map((o) => o.name).join(separator) || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('guidance:guidelineParts')} span={2}>
              {record.guidelineParts
                .map((part) => labelOf(GUIDELINE_PART_LABELS, part, language))
                .join(separator) || '—'}
            </Descriptions.Item>
            {record.kind === 'training' ? (
              <>
                <Descriptions.Item label={t('guidance:audience')}>
                  {record.trainingAudiences
                    .map((a) => labelOf(TRAINING_AUDIENCE_LABELS, a, language))
                    .join(separator)}
                </Descriptions.Item>
                <Descriptions.Item label={t('guidance:attendeeCount')}>
                  {record.attendeeCount}
                </Descriptions.Item>
              </>
            ) : null}
            <Descriptions.Item label={t('guidance:outcome')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {record.outcome || '—'}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card
          title={t('guidance:attachments')}
          extra={
            record.editable ? (
              <Upload
                accept={ACCEPT}
                multiple
                showUploadList={false}
                beforeUpload={(file, files) => {
                  if (file !== files[0]) return false;
                  const tooLarge = files.find((candidate) => candidate.size > MAX_ATTACHMENT_BYTES);
                  if (tooLarge) {
                    message.error(t('programmes:fileTooLarge', { file: tooLarge.name }));
                    return false;
                  }
                  attach.mutate(files.slice(0, 5), {
                    onSuccess: () => message.success(t('guidance:attached')),
                    onError: (error) => message.error(attachmentErrorMessage(error)),
                  });
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={attach.isPending}>
                  {t('guidance:upload')}
                </Button>
              </Upload>
            ) : null
          }
        >
          <List
            dataSource={record.attachments}
            locale={{ emptyText: t('guidance:noAttachments') }}
            renderItem={(attachment) => (
              <List.Item>
                <Typography.Link
                  onClick={() =>
                    download.mutate(attachment, { onError: (error) => showError(message, error) })
                  }
                >
                  <PaperClipOutlined /> {attachment.fileName}
                </Typography.Link>
                <Typography.Text type="secondary">{Math.ceil(attachment.size / 1024)} KB</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
