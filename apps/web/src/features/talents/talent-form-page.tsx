import {
  PageContainer,
  ProCard,
  ProForm,
  ProFormCheckbox,
  ProFormDigit,
  ProFormList,
  ProFormRadio,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { Alert, App, type ButtonProps, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  GENDER_LABELS,
  PAY_TREATMENT_LABELS,
  Role,
  TALENT_ROLE_LABELS,
  TALENT_SKILL_LEVELS,
} from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { valueEnumOf } from '../../app/i18n/labels';
import { useCurrentRole } from '../../app/session/session-user';
import { layoutSize } from '../../app/theme';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import {
  type TalentCreateInput,
  type TalentDetail,
  useCreateTalent,
  useHonourOptions,
  useOccupationOptions,
  useRegionEnterprises,
  useTalent,
  useUpdateTalent,
} from './talents.api';
import { useTalentLabels } from './talent-status';

interface TalentFormValues {
  name: string;
  gender: TalentCreateInput['gender'];
  birthYear: number;
  idNumber?: string;
  enterpriseId?: string;
  occupationCode: string;
  skillLevel: TalentCreateInput['skillLevel'];
  honours: { honourId: string; year: number }[];
  payTreatments: { treatment: string; annualAmountYuan?: number | null }[];
  roles: string[];
  publicConsent: boolean;
}

interface TalentFormProps {
  mode: 'create' | 'edit';
  initialValues: Partial<TalentFormValues>;
  maskedId?: string;
  occupation?: { code: string; name: string };
  onSubmit: (values: TalentFormValues) => Promise<void>;
  onCancel: () => void;
}

function TalentForm({ mode, initialValues, maskedId, occupation, onSubmit, onCancel }: TalentFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useCurrentRole();
  const labels = useTalentLabels();
  const formRef = useRef<ProFormInstance<TalentFormValues>>(undefined);
  const [enterpriseSearch, setEnterpriseSearch] = useState('');
  const [occupationSearch, setOccupationSearch] = useState('');
  const choosesEnterprise = mode === 'create' && role === Role.DistrictBureau;
  const enterprises = useRegionEnterprises(enterpriseSearch, choosesEnterprise);
  const occupations = useOccupationOptions(occupationSearch);
  const honours = useHonourOptions();
  const thisYear = new Date().getFullYear();
  const occupationOptions = [
    ...(occupation ? [{ value: occupation.code, label: `${occupation.code} ${occupation.name}` }] : []),
    ...(occupations.data?.items ?? [])
      .filter((item) => item.code !== occupation?.code)
      .map((item) => ({
        value: item.code,
        label: `${item.code} ${labels.language === 'en' ? (item.nameEn ?? item.nameZh) : item.nameZh}`,
      })),
  ];

  return (
    <ProForm<TalentFormValues>
      formRef={formRef}
      layout="vertical"
      initialValues={{ honours: [], payTreatments: [], roles: [], publicConsent: false, ...initialValues }}
      style={{ maxWidth: layoutSize.formMaxWidth }}
      submitter={{
        searchConfig: { submitText: t('talents:save'), resetText: t('talents:cancel') },
        onReset: onCancel,
        submitButtonProps: { 'data-testid': 'talent-save' } as ButtonProps,
      }}
      onFinish={async (values) => {
        try {
          await onSubmit(values);
          return true;
        } catch (error) {
          showFieldErrors(formRef.current, error);
          showError(message, error);
          return false;
        }
      }}
    >
      <ProForm.Group>
        <ProFormText
          name="name"
          label={t('talents:name')}
          width="sm"
          rules={[{ required: true, whitespace: true }]}
          fieldProps={{ maxLength: 50, 'data-testid': 'talent-name' } as object}
        />
        <ProFormRadio.Group
          name="gender"
          label={t('talents:gender')}
          rules={[{ required: true }]}
          valueEnum={valueEnumOf(GENDER_LABELS, labels.language)}
          fieldProps={{ 'data-testid': 'talent-gender' } as object}
        />
        <ProFormDigit
          name="birthYear"
          label={t('talents:birthYear')}
          width="xs"
          min={1920}
          max={thisYear}
          rules={[{ required: true }]}
          fieldProps={{ precision: 0, 'data-testid': 'talent-birth-year' } as object}
        />
      </ProForm.Group>
      <ProFormText
        name="idNumber"
        label={t('talents:idNumber')}
        width="md"
        extra={maskedId ? t('talents:idNumberKeep', { masked: maskedId }) : t('talents:idNumberHint')}
        rules={mode === 'create' ? [{ required: true, whitespace: true }] : []}
        fieldProps={{ maxLength: 18, autoComplete: 'off', 'data-testid': 'talent-id-number' } as object}
      />
      {choosesEnterprise ? (
        <ProFormSelect
          name="enterpriseId"
          label={t('talents:enterprise')}
          width="lg"
          rules={[{ required: true }]}
          placeholder={t('talents:enterprisePlaceholder')}
          options={(enterprises.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
          fieldProps={{ showSearch: true, filterOption: false, onSearch: setEnterpriseSearch }}
        />
      ) : null}
      <ProForm.Group>
        <ProFormSelect
          name="occupationCode"
          label={t('talents:occupation')}
          width="md"
          rules={[{ required: true }]}
          placeholder={t('talents:occupationPlaceholder')}
          options={occupationOptions}
          fieldProps={
            {
              showSearch: true,
              filterOption: false,
              onSearch: setOccupationSearch,
              'data-testid': 'talent-occupation',
            } as object
          }
        />
        <ProFormSelect
          name="skillLevel"
          label={t('talents:skillLevel')}
          width="sm"
          rules={[{ required: true }]}
          options={TALENT_SKILL_LEVELS.map((level) => ({ value: level, label: labels.skillLevel(level) }))}
          fieldProps={{ 'data-testid': 'talent-skill-level' } as object}
        />
      </ProForm.Group>
      <Typography.Title level={5}>{t('talents:honours')}</Typography.Title>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('talents:honoursHint')} />
      <ProFormList
        name="honours"
        creatorButtonProps={
          { creatorButtonText: t('talents:addHonour'), 'data-testid': 'talent-add-honour' } as ButtonProps
        }
        copyIconProps={false}
        rules={[
          {
            validator: async (_rule, value: unknown[] | undefined) => {
              if (!value?.length) throw new Error(t('talents:noHonour'));
            },
          },
        ]}
      >
        <ProForm.Group>
          <ProFormSelect
            name="honourId"
            label={t('talents:honour')}
            width="md"
            rules={[{ required: true }]}
            options={(honours.data ?? []).map((honour) => ({
              value: honour.id,
              label: honour.qualifying
                ? `${labels.honour(honour)}（${t('talents:qualifyingTag')}）`
                : labels.honour(honour),
            }))}
            fieldProps={
              { showSearch: true, optionFilterProp: 'label', 'data-testid': 'talent-honour' } as object
            }
          />
          <ProFormDigit
            name="year"
            label={t('talents:honourYear')}
            width="xs"
            min={1950}
            max={thisYear}
            rules={[{ required: true }]}
            fieldProps={{ precision: 0, 'data-testid': 'talent-honour-year' } as object}
          />
        </ProForm.Group>
      </ProFormList>
      {mode === 'create' ? (
        <Typography.Paragraph type="secondary">{t('talents:certificateAfterSave')}</Typography.Paragraph>
      ) : null}
      <Typography.Title level={5}>{t('talents:payTreatments')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('talents:amountHint')}</Typography.Paragraph>
      <ProFormList
        name="payTreatments"
        creatorButtonProps={{ creatorButtonText: t('talents:addTreatment') }}
        copyIconProps={false}
      >
        <ProForm.Group>
          <ProFormSelect
            name="treatment"
            label={t('talents:treatment')}
            width="sm"
            rules={[{ required: true }]}
            valueEnum={valueEnumOf(PAY_TREATMENT_LABELS, labels.language)}
          />
          <ProFormDigit
            name="annualAmountYuan"
            label={t('talents:annualAmount')}
            width="sm"
            min={0}
            fieldProps={{ precision: 0 }}
          />
        </ProForm.Group>
      </ProFormList>
      <ProFormCheckbox.Group
        name="roles"
        label={t('talents:roles')}
        valueEnum={valueEnumOf(TALENT_ROLE_LABELS, labels.language)}
      />
      <ProFormSwitch
        name="publicConsent"
        label={t('talents:publicConsent')}
        fieldProps={{ 'data-testid': 'talent-consent' } as object}
      />
    </ProForm>
  );
}

function inputOf(values: TalentFormValues): TalentCreateInput {
  return {
    name: values.name.trim(),
    gender: values.gender,
    birthYear: values.birthYear,
    idNumber: values.idNumber?.trim() ?? '',
    ...(values.enterpriseId ? { enterpriseId: values.enterpriseId } : {}),
    occupationCode: values.occupationCode,
    skillLevel: values.skillLevel,
    honours: values.honours ?? [],
    payTreatments: (values.payTreatments ?? []).map((p) => ({
      treatment: p.treatment as TalentCreateInput['payTreatments'] extends (infer P)[] | undefined
        ? P extends { treatment: infer T }
          ? T
          : never
        : never,
      annualAmountYuan: p.annualAmountYuan ?? null,
    })),
    roles: (values.roles ?? []) as TalentCreateInput['roles'],
    publicConsent: Boolean(values.publicConsent),
  };
}

export function TalentCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateTalent();
  return (
    <PageContainer
      title={t('talents:registerTitle')}
      onBack={() => navigate('/talents')}
      breadcrumbRender={false}
    >
      <ProCard>
        <TalentForm
          mode="create"
          initialValues={{}}
          onCancel={() => navigate('/talents')}
          onSubmit={async (values) => {
            const created = await create.mutateAsync(inputOf(values));
            message.success(t('talents:saved'));
            navigate(`/talents/${created.id}`, { replace: true });
          }}
        />
      </ProCard>
    </PageContainer>
  );
}

function valuesOf(record: TalentDetail): Partial<TalentFormValues> {
  return {
    name: record.name,
    gender: record.gender,
    birthYear: record.birthYear,
    occupationCode: record.occupationCode,
    skillLevel: record.skillLevel as TalentFormValues['skillLevel'],
    honours: record.honours.map((honour) => ({ honourId: honour.honourId, year: honour.year })),
    payTreatments: record.payTreatments.map((p) => ({
      treatment: p.treatment,
      annualAmountYuan: p.annualAmountYuan ?? null,
    })),
    roles: record.roles,
    publicConsent: record.publicConsent,
  };
}

export function TalentEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams<{ id: string }>();
  const talent = useTalent(id);
  const update = useUpdateTalent(id ?? '', talent.data?.version);
  const backTo = `/talents/${id ?? ''}`;

  if (talent.isLoading) return <PageLoading />;
  if (talent.isError) {
    const { error } = talent;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void talent.refetch()} />;
  }
  const record = talent.data;
  if (!record) return <NotFoundResult />;
  const amountsShown = record.payTreatments.some((p) => 'annualAmountYuan' in p);
  return (
    <PageContainer
      title={t('talents:editTitle')}
      subTitle={record.enterprise.name}
      onBack={() => navigate(backTo)}
      breadcrumbRender={false}
    >
      <ProCard>
        <Space direction="vertical" style={{ width: '100%' }}>
          <TalentForm
            key={record.version}
            mode="edit"
            initialValues={valuesOf(record)}
            maskedId={record.idNumberMasked}
            occupation={{ code: record.occupationCode, name: record.occupationName }}
            onCancel={() => navigate(backTo)}
            onSubmit={async (values) => {
              const { idNumber, ...input } = inputOf(values);
              // amounts the caller cannot see are not sent back (they would be cleared)
              const payTreatments = amountsShown
                ? input.payTreatments
                : input.payTreatments?.map((p) => ({ treatment: p.treatment }));
              await update.mutateAsync({ ...input, payTreatments, ...(idNumber ? { idNumber } : {}) });
              message.success(t('talents:saved'));
              navigate(backTo, { replace: true });
            }}
          />
        </Space>
      </ProCard>
    </PageContainer>
  );
}
