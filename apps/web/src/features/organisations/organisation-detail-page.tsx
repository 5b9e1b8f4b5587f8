import { DeleteOutlined, EditOutlined, TeamOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { can } from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { OrganisationDescriptions } from './organisation-descriptions';
import { useDeleteOrganisation, useOrganisation } from './organisations.api';

export function OrganisationDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams<{ id: string }>();
  const role = useCurrentRole();
  const organisation = useOrganisation(id);
  const remove = useDeleteOrganisation();

  if (organisation.isLoading) return <PageLoading />;
  if (organisation.isError) {
    const { error } = organisation;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void organisation.refetch()} />;
  }
  const record = organisation.data;
  if (!record) return <NotFoundResult />;

  const onDelete = async () => {
    try {
      await remove.mutateAsync(record);
      message.success(t('organisations:deleted', { name: record.name }));
      navigate('/organisations', { replace: true });
    } catch (error) {
      showError(message, error);
    }
  };

  return (
    <PageContainer
      title={record.name}
      onBack={() => navigate('/organisations')}
      breadcrumbRender={false}
      extra={[
        can(role, 'users', 'read') ? (
          <Button
            key="users"
            icon={<TeamOutlined />}
            onClick={() => navigate(`/users?organisationId=${record.id}`)}
          >
            {t('organisations:viewUsers')}
          </Button>
        ) : null,
        can(role, 'organisations', 'update') ? (
          <Button
            key="edit"
            type="primary"
            icon={<EditOutlined />}
            onClick={() => navigate(`/organisations/${record.id}/edit`)}
            data-testid="organisation-edit"
          >
            {t('common.edit')}
          </Button>
        ) : null,
        can(role, 'organisations', 'delete') ? (
          <Popconfirm
            key="delete"
            title={t('organisations:deleteConfirm', { name: record.name })}
            description={t('organisations:deleteHint')}
            okButtonProps={{ danger: true }}
            onConfirm={onDelete}
          >
            <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        ) : null,
      ]}
    >
      <ProCard>
        <OrganisationDescriptions organisation={record} />
      </ProCard>
    </PageContainer>
  );
}
