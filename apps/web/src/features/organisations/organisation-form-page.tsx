import { PageContainer, ProCard } from '@ant-design/pro-components';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { editableOrganisationFields } from './organisation-access';
import { OrganisationForm } from './organisation-form';
import { createInputOf, formValuesOf, updateInputOf } from './organisation-values';
import {
  type Organisation,
  useCreateOrganisation,
  useOrganisation,
  useUpdateOrganisation,
} from './organisations.api';

export function OrganisationCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const create = useCreateOrganisation();

  return (
    <PageContainer
      title={t('organisations:create')}
      onBack={() => navigate('/organisations')}
      breadcrumbRender={false}
    >
      <ProCard>
        <OrganisationForm
          editable={editableOrganisationFields(role)}
          submitText={t('common.create')}
          onCancel={() => navigate('/organisations')}
          onSubmit={async (values) => {
            const created = await create.mutateAsync(createInputOf(values));
            message.success(t('common.created'));
            navigate(`/organisations/${created.id}`, { replace: true });
          }}
        />
      </ProCard>
    </PageContainer>
  );
}

export function OrganisationEditPage() {
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  return (
    <OrganisationEditor
      id={id}
      backTo={`/organisations/${id ?? ''}`}
      onSaved={() => navigate(`/organisations/${id ?? ''}`, { replace: true })}
    />
  );
}

export interface OrganisationEditorProps {
  id: string | undefined;
  backTo: string;
  onSaved: () => void;
}

/** Loads one organisation and edits the fields the current role may change. */
export function OrganisationEditor({ id, backTo, onSaved }: OrganisationEditorProps) {
  const { t } = useTranslation();
  const organisation = useOrganisation(id);
  const navigate = useNavigate();

  if (organisation.isLoading) return <PageLoading />;
  if (organisation.isError) {
    const { error } = organisation;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void organisation.refetch()} />;
  }
  if (!organisation.data) return <NotFoundResult />;

  return (
    <PageContainer
      title={t('organisations:editTitle', { name: organisation.data.name })}
      onBack={() => navigate(backTo)}
      breadcrumbRender={false}
    >
      <ProCard>
        <EditForm
          key={organisation.data.version}
          organisation={organisation.data}
          onCancel={() => navigate(backTo)}
          onSaved={onSaved}
        />
      </ProCard>
    </PageContainer>
  );
}

interface EditFormProps {
  organisation: Organisation;
  onCancel: () => void;
  onSaved: () => void;
}

function EditForm({ organisation, onCancel, onSaved }: EditFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useCurrentRole();
  const update = useUpdateOrganisation(organisation.id, organisation.version);
  const editable = editableOrganisationFields(role);

  return (
    <OrganisationForm
      initialValues={formValuesOf(organisation)}
      editable={editable}
      submitText={t('common.save')}
      onCancel={onCancel}
      onSubmit={async (values) => {
        const input = updateInputOf(organisation, values, editable);
        if (Object.keys(input).length > 0) await update.mutateAsync(input);
        message.success(t('common.saved'));
        onSaved();
      }}
    />
  );
}
