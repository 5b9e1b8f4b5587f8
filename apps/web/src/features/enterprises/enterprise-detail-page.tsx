import { EditOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Button, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can, SkillLevel } from '@skillpay/domain';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { useRegionLabel } from '../regions/regions.api';
import { useEnterpriseLabels } from './enterprise-labels';
import { IndustryLabel, PriorityTags } from './enterprise-list-page';
import { type Enterprise, useEnterprise } from './enterprises.api';

export function EnterpriseDescriptions({ enterprise }: { enterprise: Enterprise }) {
  const { t } = useTranslation();
  const labels = useEnterpriseLabels();
  const regionLabel = useRegionLabel();
  const skilled = Object.values(SkillLevel)
    .map((level) => [level, enterprise.skilledHeadcount[level]] as const)
    .filter(([, count]) => typeof count === 'number' && count > 0);
  const total = skilled.reduce((sum, [, count]) => sum + (count ?? 0), 0);
  return (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
      <Descriptions.Item label={t('enterprises.creditCode')}>{enterprise.creditCode}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises.region')}>
        {regionLabel(enterprise.regionCode, enterprise.regionName)}
        {enterprise.cityDirect ? <Tag>{t('enterprises.cityDirect')}</Tag> : null}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.industry')}>
        <IndustryLabel code={enterprise.industrySection} />
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.ownership')}>
        {labels.ownership(enterprise.ownership)}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.size')}>{labels.size(enterprise.size)}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises.headcount')}>{enterprise.headcount}</Descriptions.Item>
      <Descriptions.Item label={t('enterprises.priorityCategories')} span={2}>
        <PriorityTags categories={enterprise.priorityCategories} />
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.skilledHeadcount')} span={2}>
        {skilled
          .map(([level, count]) => `${labels.skillLevel(level)} ${count}`)
          .join(t('common.listSeparator'))}
        {skilled.length > 0 ? `（${t('enterprises.skilledTotal')} ${total}）` : '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.address')} span={2}>
        {enterprise.address ?? '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.contactPerson')}>
        {enterprise.contactPerson ?? '-'}
      </Descriptions.Item>
      <Descriptions.Item label={t('enterprises.contactPhone')}>
        {enterprise.contactPhone ?? '-'}
      </Descriptions.Item>
    </Descriptions>
  );
}

export function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams<{ id: string }>();
  const role = useCurrentRole();
  const enterprise = useEnterprise(id);

  if (enterprise.isLoading) return <PageLoading />;
  if (enterprise.isError) {
    const { error } = enterprise;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void enterprise.refetch()} />;
  }
  const record = enterprise.data;
  if (!record) return <NotFoundResult />;

  return (
    <PageContainer
      title={record.name}
      onBack={() => navigate('/enterprises')}
      breadcrumbRender={false}
      extra={
        can(role, 'enterprises', 'update') ? (
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => navigate(`/enterprises/${record.id}/edit`)}
          >
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      <ProCard>
        <EnterpriseDescriptions enterprise={record} />
      </ProCard>
    </PageContainer>
  );
}
