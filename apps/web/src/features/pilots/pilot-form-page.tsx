import {
  PageContainer,
  ProCard,
  ProForm,
  ProFormSelect,
  ProFormTextArea,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { Alert, App } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PriorityCategory } from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { layoutSize } from '../../app/theme';
import { useCurrentUser } from '../../app/session/session-store';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { useEnterpriseLabels } from '../enterprises';
import { useEnterprise } from '../enterprises';
import {
  type PilotCreateInput,
  useCreatePilotApplication,
  usePilotApplication,
  useUpdatePilotApplication,
} from './pilots.api';
import { useProgrammes } from '../programmes';

interface PilotFormProps {
  initialValues?: Partial<PilotCreateInput>;
  /** the programme cannot change once the application exists */
  programmeFixed?: boolean;
  submitText: string;
  onSubmit: (values: PilotCreateInput) => Promise<unknown>;
  onCancel: () => void;
}

function PilotForm({
  initialValues,
  programmeFixed = false,
  submitText,
  onSubmit,
  onCancel,
}: PilotFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useEnterpriseLabels();
  const programmes = useProgrammes({ status: 'active' });
  const formRef = useRef<ProFormInstance<PilotCreateInput>>(undefined);
  const options = (programmes.data?.items ?? []).map((programme) => ({
    value: programme.id,
    label: programme.documentNumber ? `${programme.title}（${programme.documentNumber}）` : programme.title,
  }));

  return (
    <ProForm<PilotCreateInput>
      formRef={formRef}
      layout="vertical"
      initialValues={{ priorityCategories: [], ...initialValues }}
      style={{ maxWidth: layoutSize.formMaxWidth }}
      submitter={{ searchConfig: { submitText, resetText: t('common.cancel') }, onReset: onCancel }}
      onFinish={async (values) => {
        try {
          await onSubmit({ ...values, reasons: values.reasons.trim() });
          return true;
        } catch (error) {
          showFieldErrors(formRef.current, error);
          showError(message, error);
          return false;
        }
      }}
    >
      {!programmeFixed && programmes.isSuccess && options.length === 0 ? (
        <Alert type="warning" showIcon message={t('pilots:noProgramme')} />
      ) : null}
      <ProFormSelect
        name="programmeId"
        label={t('pilots:programme')}
        placeholder={t('pilots:programmePlaceholder')}
        disabled={programmeFixed}
        options={options}
        fieldProps={{ loading: programmes.isLoading, 'data-testid': 'pilot-programme' } as object}
        rules={[{ required: true, message: t('common.required') }]}
      />
      <ProFormTextArea
        name="reasons"
        label={t('pilots:reasons')}
        fieldProps={
          {
            maxLength: 2000,
            showCount: true,
            autoSize: { minRows: 4, maxRows: 10 },
            'data-testid': 'pilot-reasons',
          } as object
        }
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      />
      <ProFormSelect
        name="priorityCategories"
        label={t('pilots:priorityCategories')}
        mode="multiple"
        options={Object.values(PriorityCategory).map((value) => ({ value, label: labels.priority(value) }))}
      />
    </ProForm>
  );
}

export function PilotApplyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const enterprise = useEnterprise(user.organisation.id);
  const create = useCreatePilotApplication();

  if (enterprise.isLoading) return <PageLoading />;
  const registered = Boolean(enterprise.data);
  return (
    <PageContainer
      title={t('pilots:applyTitle')}
      onBack={() => navigate('/pilot-applications')}
      breadcrumbRender={false}
    >
      <ProCard>
        {registered ? (
          <PilotForm
            initialValues={{ priorityCategories: enterprise.data?.priorityCategories ?? [] }}
            submitText={t('common.save')}
            onCancel={() => navigate('/pilot-applications')}
            onSubmit={async (values) => {
              const created = await create.mutateAsync(values);
              message.success(t('common.created'));
              navigate(`/pilot-applications/${created.id}`, { replace: true });
            }}
          />
        ) : (
          <Alert type="warning" showIcon message={t('enterprises:notRegistered')} />
        )}
      </ProCard>
    </PageContainer>
  );
}

export function PilotEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams<{ id: string }>();
  const application = usePilotApplication(id);
  const update = useUpdatePilotApplication(id ?? '', application.data?.version);
  const backTo = `/pilot-applications/${id ?? ''}`;

  if (application.isLoading) return <PageLoading />;
  if (application.isError) {
    const { error } = application;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void application.refetch()} />;
  }
  if (!application.data) return <NotFoundResult />;
  const record = application.data;
  return (
    <PageContainer
      title={t('pilots:editTitle')}
      subTitle={record.programmeTitle}
      onBack={() => navigate(backTo)}
      breadcrumbRender={false}
    >
      <ProCard>
        <PilotForm
          key={record.version}
          programmeFixed
          initialValues={{
            programmeId: record.programmeId,
            reasons: record.reasons,
            priorityCategories: record.priorityCategories,
          }}
          submitText={t('common.save')}
          onCancel={() => navigate(backTo)}
          onSubmit={async (values) => {
            await update.mutateAsync({
              reasons: values.reasons,
              priorityCategories: values.priorityCategories,
            });
            message.success(t('common.saved'));
            navigate(backTo, { replace: true });
          }}
        />
      </ProCard>
    </PageContainer>
  );
}
