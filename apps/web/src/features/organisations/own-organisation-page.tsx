import { EditOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '@skillpay/domain';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { useCurrentUser } from '../../app/session/session-store';
import { roleOf } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { OrganisationDescriptions } from './organisation-descriptions';
import { OrganisationEditor } from './organisation-form-page';
import { useOrganisation } from './organisations.api';

/** 本单位: an enterprise's own organisation record. */
export function OwnOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const organisation = useOrganisation(user.organisation.id);

  if (organisation.isLoading) return <PageLoading />;
  if (organisation.isError) {
    const { error } = organisation;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void organisation.refetch()} />;
  }
  if (!organisation.data) return <NotFoundResult />;

  return (
    <PageContainer
      title={t('menu.ownOrganisation')}
      subTitle={organisation.data.name}
      breadcrumbRender={false}
      extra={
        can(roleOf(user), 'organisations', 'update') ? (
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => navigate('/my-organisation/edit')}
            data-testid="organisation-edit"
          >
            {t('organisations:editProfile')}
          </Button>
        ) : null
      }
    >
      <ProCard>
        <OrganisationDescriptions organisation={organisation.data} />
      </ProCard>
    </PageContainer>
  );
}

export function OwnOrganisationEditPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  return (
    <OrganisationEditor
      id={user.organisation.id}
      backTo="/my-organisation"
      onSaved={() => navigate('/my-organisation', { replace: true })}
    />
  );
}
