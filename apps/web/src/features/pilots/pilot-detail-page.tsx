import { EditOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, Button, Descriptions, Space, Steps, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PilotAction, PilotStatus } from '@skillpay/domain';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { useEnterpriseLabels } from '../enterprises';
import { IndustryLabel, PriorityTags } from '../enterprises';
import { useRegionLabel } from '../regions';
import { type PilotApplication, usePilotApplication, useQuotas } from './pilots.api';
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

/** Tells the city before it tries: the region's quota is used up (the API refuses it anyway). */
function QuotaLock({ application }: { application: PilotApplication }) {
  const { t } = useTranslation();
  const regionLabel = useRegionLabel();
  const canApprove = application.availableActions.includes(PilotAction.Approve);
  const quotas = useQuotas(canApprove ? application.programmeId : undefined);
  const row = quotas.data?.items.find((item) => item.regionCode === application.enterprise.regionCode);
  if (!canApprove || !row || row.remaining > 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      message={t('pilots:quotaFull')}
      description={t('pilots:quotaFullHint', {
        region: regionLabel(row.regionCode, row.regionName),
        used: row.used,
        quota: row.quota,
      })}
      data-testid="pilot-quota-full"
    />
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
          <TransitionButtons id={record.id} actions={record.availableActions} />
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <QuotaLock application={record} />
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
              {regionLabel(record.enterprise.regionCode, record.enterprise.regionName)}
              {record.enterprise.cityDirect ? <Tag>{t('enterprises:cityDirect')}</Tag> : null}
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
                  {transition.reason ? <div>{`${t('pilots:reason')}：${transition.reason}`}</div> : null}
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
