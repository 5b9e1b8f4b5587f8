import { PageContainer, ProCard } from '@ant-design/pro-components';
import { useNavigate, useParams } from 'react-router';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { UserActions } from './user-actions';
import { UserDescriptions } from './user-descriptions';
import { useUser } from './users.api';

export function UserDetailPage() {
  const navigate = useNavigate();
  const { id } = useParams<{ id: string }>();
  const user = useUser(id);

  if (user.isLoading) return <PageLoading />;
  if (user.isError) {
    if (user.error instanceof ApiRequestError && user.error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(user.error)} onRetry={() => void user.refetch()} />;
  }
  if (!user.data) return <NotFoundResult />;

  return (
    <PageContainer
      title={user.data.displayName}
      subTitle={user.data.username}
      onBack={() => navigate('/users')}
      breadcrumbRender={false}
      extra={<UserActions user={user.data} variant="page" />}
    >
      <ProCard>
        <UserDescriptions user={user.data} />
      </ProCard>
    </PageContainer>
  );
}
