import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Role } from '@skillpay/domain';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { useCurrentUser } from '../../app/session/session-store';
import { useCurrentRole } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { EnterpriseForm, formValuesOf, inputOf, SELF_EDITABLE } from './enterprise-form';
import {
  type EnterpriseUpdateInput,
  useCreateEnterprise,
  useEnterprise,
  useUpdateEnterprise,
} from './enterprises.api';

export function EnterpriseCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateEnterprise();
  return (
    <PageContainer
      title={t('enterprises:create')}
      onBack={() => navigate('/enterprises')}
      breadcrumbRender={false}
    >
      <ProCard>
        <EnterpriseForm
          submitText={t('common.create')}
          onCancel={() => navigate('/enterprises')}
          onSubmit={async (values) => {
            const created = await create.mutateAsync(inputOf(values));
            message.success(t('common.created'));
            navigate(`/enterprises/${created.id}`, { replace: true });
          }}
        />
      </ProCard>
    </PageContainer>
  );
}

export function EnterpriseEditPage() {
  const { id } = useParams<{ id: string }>();
  return <EnterpriseEditor id={id} backTo={`/enterprises/${id ?? ''}`} />;
}

export interface EnterpriseEditorProps {
  id: string | undefined;
  backTo: string;
}

/** Bureaus edit the whole record; an enterprise only its profile fields. */
export function EnterpriseEditor({ id, backTo }: EnterpriseEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const enterprise = useEnterprise(id);
  const update = useUpdateEnterprise(id ?? '', enterprise.data?.version);

  if (enterprise.isLoading) return <PageLoading />;
  if (enterprise.isError) {
    const { error } = enterprise;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void enterprise.refetch()} />;
  }
  if (!enterprise.data) return <NotFoundResult />;
  const profileOnly = role === Role.Enterprise;

  return (
    <PageContainer
      title={t('enterprises:editTitle', { name: enterprise.data.name })}
      onBack={() => navigate(backTo)}
      breadcrumbRender={false}
    >
      <ProCard>
        <EnterpriseForm
          // a new version (after a reload) starts the form again from the current record
          key={enterprise.data.version}
          initialValues={formValuesOf(enterprise.data)}
          profileOnly={profileOnly}
          submitText={t('common.save')}
          onCancel={() => navigate(backTo)}
          onSubmit={async (values) => {
            const input = inputOf(values);
            const body: EnterpriseUpdateInput = profileOnly
              ? (Object.fromEntries(
                  Object.entries(input).filter(([field]) => SELF_EDITABLE.has(field)),
                ) as EnterpriseUpdateInput)
              : input;
            await update.mutateAsync(body);
            message.success(t('common.saved'));
            navigate(backTo, { replace: true });
          }}
        />
      </ProCard>
    </PageContainer>
  );
}

/** An enterprise keeps its own registry record current (profile fields only). */
export function EnterpriseProfileEditPage() {
  const user = useCurrentUser();
  return <EnterpriseEditor id={user.organisation.id} backTo="/pilot-applications" />;
}
