import { EditOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can } from '@skillpay/domain';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { OrganisationAccounts } from '../users';
import { EnterpriseDescriptions } from './enterprise-descriptions';
import { useEnterprise } from './enterprises.api';

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
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <ProCard>
          <EnterpriseDescriptions enterprise={record} />
        </ProCard>
        <OrganisationAccounts organisationId={record.id} backTo={`/enterprises/${record.id}`} />
      </Space>
    </PageContainer>
  );
}
