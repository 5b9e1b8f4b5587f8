import { EditOutlined, PaperClipOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import {
  App,
  Button,
  Descriptions,
  List,
  Popconfirm,
  Space,
  Steps,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  ALLOWED_ATTACHMENT_EXTENSIONS,
  MAX_ATTACHMENT_BYTES,
  PilotAction,
  PilotStatus,
} from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError } from '../../app/api/api-error';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { useEnterpriseLabels } from '../enterprises';
import { IndustryLabel, PriorityTags } from '../enterprises';
import { useRegionLabel } from '../regions';
import {
  type PilotApplication,
  useAttachToPilot,
  useDownloadPilotAttachment,
  usePilotApplication,
  useRemovePilotAttachment,
} from './pilots.api';
import { QuotaUse, useRegionQuota } from './quota-use';
import { attachmentErrorMessage } from '../programmes';

const ACCEPT = Object.keys(ALLOWED_ATTACHMENT_EXTENSIONS)
  .map((extension) => `.${extension}`)
  .join(',');
import { PilotStatusTag, TransitionButtons } from './pilot-status';
import { EnterprisePlanSection } from './enterprise-plan-section';
import { PilotPayPlans } from '../pay-plans';

/** Where the application stands on the three steps (enterprise, district, city). */
export function currentStep(status: string): {
  current: number;
  status: 'process' | 'finish' | 'error' | 'wait';
} {
  switch (status) {
    case PilotStatus.Draft:
    case PilotStatus.Returned:
      return { current: 0, status: 'process' };
    case PilotStatus.Submitted:
      return { current: 1, status: 'process' };
    case PilotStatus.Recommended:
      return { current: 2, status: 'process' };
    case PilotStatus.Approved:
      return { current: 2, status: 'finish' };
    case PilotStatus.Rejected:
      return { current: 2, status: 'error' };
    default:
      return { current: 0, status: 'error' };
  }
}

/**
 * Tells the bureau whose step takes a place how the region's quota stands before it acts (the API
 * refuses a recommendation or approval beyond it anyway).
 */
function QuotaBanner({ application }: { application: PilotApplication }) {
  const action = application.availableActions.find(
    (candidate) => candidate === PilotAction.Recommend || candidate === PilotAction.Approve,
  );
  const row = useRegionQuota(application, action !== undefined);
  return action ? <QuotaUse subject={application} row={row} action={action} /> : null;
}

/** Files the enterprise attached (工会意见, 职代会决议 …); it adds and removes them while it may edit. */
function PilotAttachments({ application }: { application: PilotApplication }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const attach = useAttachToPilot(application.id);
  const remove = useRemovePilotAttachment(application.id);
  const download = useDownloadPilotAttachment(application.id);
  return (
    <ProCard
      title={t('pilots:attachments')}
      subTitle={application.editable ? t('pilots:attachmentsHint') : undefined}
      bordered
      extra={
        application.editable ? (
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
                onSuccess: () => message.success(t('pilots:attached')),
                onError: (error) => message.error(attachmentErrorMessage(error)),
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={attach.isPending} data-testid="pilot-upload">
              {t('pilots:upload')}
            </Button>
          </Upload>
        ) : null
      }
    >
      <List
        data-testid="pilot-attachments"
        dataSource={application.attachments}
        locale={{ emptyText: t('pilots:noAttachments') }}
        renderItem={(attachment) => (
          <List.Item
            actions={
              application.editable
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('pilots:removeAttachmentConfirm', { file: attachment.fileName })}
                      onConfirm={() =>
                        remove.mutateAsync(attachment.id).catch((error) => showError(message, error))
                      }
                    >
                      <Typography.Link type="danger">{t('pilots:removeAttachment')}</Typography.Link>
                    </Popconfirm>,
                  ]
                : undefined
            }
          >
            <Space>
              <Typography.Link
                onClick={() => download.mutate(attachment, { onError: (error) => showError(message, error) })}
              >
                <PaperClipOutlined /> {attachment.fileName}
              </Typography.Link>
              <Typography.Text type="secondary">{Math.ceil(attachment.size / 1024)} KB</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </ProCard>
  );
}

export function PilotDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useEnterpriseLabels();
  const regionLabel = useRegionLabel();
  const { id } = useParams<{ id: string }>();
  const application = usePilotApplication(id);

  if (application.isLoading) return <PageLoading />;
  if (application.isError) {
    const { error } = application;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void application.refetch()} />;
  }
  const record = application.data;
  if (!record) return <NotFoundResult />;
  const step = currentStep(record.status);

  return (
    <PageContainer
      title={record.enterprise.name}
      subTitle={record.programmeTitle}
      tags={<PilotStatusTag status={record.status} />}
      onBack={() => navigate('/pilot-applications')}
      breadcrumbRender={false}
      extra={
        <Space wrap>
          {record.editable ? (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/pilot-applications/${record.id}/edit`)}>
              {t('pilots:edit')}
            </Button>
          ) : null}
          <Button
            icon={<PrinterOutlined />}
            onClick={() => navigate(`/pilot-applications/${record.id}/print`)}
            data-testid="pilot-print"
          >
            {t('pilots:print')}
          </Button>
          <TransitionButtons application={record} actions={record.availableActions} />
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <QuotaBanner application={record} />
        <ProCard title={t('pilots:steps')} bordered>
          <Steps
            current={step.current}
            status={step.status}
            items={[
              { title: t('pilots:stepDraft') },
              { title: t('pilots:stepDistrict') },
              { title: t('pilots:stepCity') },
            ]}
          />
        </ProCard>
        <ProCard bordered>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t('pilots:programme')}>{record.programmeTitle}</Descriptions.Item>
            <Descriptions.Item label={t('pilots:region')}>
              <span style={{ whiteSpace: 'nowrap' }}>
                {regionLabel(record.enterprise.regionCode, record.enterprise.regionName)}
                {record.enterprise.cityDirect ? <Tag>{t('enterprises:cityDirect')}</Tag> : null}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises:creditCode')}>
              {record.enterprise.creditCode}
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises:industry')}>
              <IndustryLabel code={record.enterprise.industrySection} />
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises:size')}>
              {labels.size(record.enterprise.size)}
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises:ownership')}>
              {labels.ownership(record.enterprise.ownership)}
            </Descriptions.Item>
            <Descriptions.Item label={t('pilots:priorityCategories')} span={2}>
              <PriorityTags categories={record.priorityCategories} />
            </Descriptions.Item>
            <Descriptions.Item label={t('pilots:reasons')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {record.reasons}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
        </ProCard>
        <PilotAttachments application={record} />
        <ProCard title={t('pilots:history')} bordered>
          <Timeline
            data-testid="pilot-history"
            items={record.transitions.map((transition) => ({
              color:
                transition.action === PilotAction.Reject || transition.action === PilotAction.Return
                  ? 'red'
                  : 'blue',
              children: (
                <>
                  <Typography.Text strong>{labels.pilotAction(transition.action)}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {transition.actorName}（{transition.actorOrganisationName}）{' '}
                    {dayjs(transition.createdAt).format('YYYY-MM-DD HH:mm')}
                  </Typography.Text>
                  {transition.reason ? (
                    <div style={{ whiteSpace: 'pre-wrap' }}>
                      {`${t(`pilots:opinion.${transition.action}`)}：${transition.reason}`}
                    </div>
                  ) : null}
                </>
              ),
            }))}
          />
        </ProCard>
        {record.hasPlan ? <EnterprisePlanSection applicationId={record.id} /> : null}
        {record.status === PilotStatus.Approved ? <PilotPayPlans pilotApplicationId={record.id} /> : null}
      </Space>
    </PageContainer>
  );
}
