import {
  PageContainer,
  ProForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { App, Card } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  GUIDANCE_KIND_LABELS,
  GUIDELINE_PART_LABELS,
  GuidanceKind,
  GuidelinePart,
  TRAINING_AUDIENCE_LABELS,
  TrainingAudience,
} from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import { useCurrentUser } from '../../app/session/session-store';
import { layoutSize } from '../../app/theme';
import { PageLoading } from '../../ui/page-loading';
import { NotFoundResult } from '../../ui/status-results';
import { useOrganisations } from '../organisations';
import { useProgrammes } from '../programmes';
import { useUsers } from '../users';
import {
  type GuidanceActivity,
  type GuidanceInput,
  useGuidanceActivity,
  useSaveGuidance,
} from './guidance.api';

type GuidanceFormValues = Omit<GuidanceInput, 'occurredOn'> & { occurredOn: string };

export function GuidanceCreatePage() {
  return <GuidanceFormPage />;
}

export function GuidanceEditPage() {
  const { id } = useParams<{ id: string }>();
  const activity = useGuidanceActivity(id);
  if (activity.isLoading) return <PageLoading />;
  if (!activity.data) return <NotFoundResult />;
  return <GuidanceFormPage key={activity.data.version} activity={activity.data} />;
}

function GuidanceFormPage({ activity }: { activity?: GuidanceActivity }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { language } = useDomainLabels();
  const me = useCurrentUser();
  const save = useSaveGuidance(activity);
  const formRef = useRef<ProFormInstance<GuidanceFormValues>>(undefined);
  const programmes = useProgrammes();
  const enterprises = useOrganisations({ type: 'enterprise', page: 1, pageSize: 200 });
  const officers = useUsers({
    organisationId: activity?.organisation.id ?? me.organisation.id,
    page: 1,
    pageSize: 200,
  });

  const onFinish = async (values: GuidanceFormValues) => {
    try {
      const training = values.kind === GuidanceKind.Training;
      const input: GuidanceInput = {
        ...values,
        occurredOn: String(values.occurredOn).slice(0, 10),
        programmeId: values.programmeId ?? null,
        trainingAudiences: training ? (values.trainingAudiences ?? []) : [],
        attendeeCount: values.attendeeCount ?? null,
      };
      const saved = await save.mutateAsync(input);
      message.success(t('common.saved'));
      navigate(`/guidance/${saved.id}`, { replace: true });
      return true;
    } catch (error) {
      showFieldErrors(formRef.current, error);
      showError(message, error);
      return false;
    }
  };

  const initialValues: Partial<GuidanceFormValues> = activity
    ? {
        kind: activity.kind,
        occurredOn: activity.occurredOn,
        title: activity.title,
        programmeId: activity.programme?.id ?? null,
        enterpriseIds: activity.enterprises.map((e) => e.id),
        officerIds: activity.officers.map((o) => o.id),
        guidelineParts: activity.guidelineParts,
        outcome: activity.outcome,
        trainingAudiences: activity.trainingAudiences,
        attendeeCount: activity.attendeeCount,
      }
    : { kind: GuidanceKind.Visit, officerIds: [me.id] };

  return (
    <PageContainer
      title={activity ? t('guidance:edit') : t('guidance:create')}
      onBack={() => navigate(activity ? `/guidance/${activity.id}` : '/guidance')}
      breadcrumbRender={false}
    >
      <Card>
        <ProForm<GuidanceFormValues>
          formRef={formRef}
          layout="vertical"
          style={{ maxWidth: layoutSize.formMaxWidth }}
          initialValues={initialValues}
          onFinish={onFinish}
          submitter={{
            searchConfig: { submitText: t('common.save') },
            resetButtonProps: { style: { display: 'none' } },
          }}
        >
          <ProFormSelect
            name="kind"
            label={t('guidance:kind')}
            rules={[{ required: true, message: t('common.required') }]}
            options={Object.values(GuidanceKind).map((kind) => ({
              value: kind,
              label: labelOf(GUIDANCE_KIND_LABELS, kind, language),
            }))}
          />
          <ProFormDatePicker
            name="occurredOn"
            label={t('guidance:occurredOn')}
            fieldProps={{ format: 'YYYY-MM-DD' }}
            transform={(value: unknown) => ({
              occurredOn: typeof value === 'string' ? value.slice(0, 10) : value,
            })}
            rules={[{ required: true, message: t('common.required') }]}
          />
          <ProFormText
            name="title"
            label={t('guidance:title')}
            rules={[{ required: true, message: t('common.required') }]}
            fieldProps={{ maxLength: 200 }}
          />
          <ProFormSelect
            name="programmeId"
            label={t('guidance:programme')}
            allowClear
            options={(programmes.data?.items ?? []).map((programme) => ({
              value: programme.id,
              label: programme.title,
            }))}
          />
          <ProFormSelect
            name="enterpriseIds"
            label={t('guidance:enterprises')}
            mode="multiple"
            showSearch
            options={(enterprises.data?.items ?? []).map((enterprise) => ({
              value: enterprise.id,
              label: enterprise.name,
            }))}
          />
          <ProFormSelect
            name="officerIds"
            label={t('guidance:officers')}
            mode="multiple"
            options={(officers.data?.items ?? []).map((user) => ({
              value: user.id,
              label: user.displayName,
            }))}
          />
          <ProFormSelect
            name="guidelineParts"
            label={t('guidance:guidelineParts')}
            mode="multiple"
            options={Object.values(GuidelinePart).map((part) => ({
              value: part,
              label: `${labelOf(GUIDELINE_PART_LABELS, part, language)}（${t('guidance:articles', { articles: GUIDELINE_PART_LABELS[part].articles })}）`,
            }))}
          />
          <ProFormDependency name={['kind']}>
            {({ kind }: { kind?: GuidanceKind }) =>
              kind === GuidanceKind.Training ? (
                <>
                  <ProFormSelect
                    name="trainingAudiences"
                    label={t('guidance:audience')}
                    mode="multiple"
                    rules={[{ required: true, message: t('common.required') }]}
                    options={Object.values(TrainingAudience).map((audience) => ({
                      value: audience,
                      label: labelOf(TRAINING_AUDIENCE_LABELS, audience, language),
                    }))}
                  />
                  <ProFormDigit
                    name="attendeeCount"
                    label={t('guidance:attendeeCount')}
                    min={1}
                    fieldProps={{ precision: 0 }}
                    rules={[{ required: true, message: t('common.required') }]}
                  />
                </>
              ) : null
            }
          </ProFormDependency>
          <ProFormTextArea
            name="outcome"
            label={t('guidance:outcome')}
            fieldProps={{ maxLength: 5000, showCount: true, autoSize: { minRows: 3, maxRows: 10 } }}
          />
        </ProForm>
      </Card>
    </PageContainer>
  );
}
