import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  PageContainer,
  ProCard,
  ProForm,
  ProFormDependency,
  ProFormDigit,
  ProFormList,
  ProFormRadio,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
  ProFormTreeSelect,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { Alert, App, type ButtonProps, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  chapterOfArticle,
  ENTERPRISE_SIZE_LABELS,
  GUIDELINE_CHAPTER_KEYS,
  GUIDELINE_CHAPTERS,
  INDUSTRY_SECTIONS,
  OWNERSHIP_LABELS,
  Role,
} from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError, showFieldErrors } from '../../app/api/api-error';
import { valueEnumOf } from '../../app/i18n/labels';
import { useCurrentUser } from '../../app/session/session-store';
import { useCurrentRole } from '../../app/session/session-user';
import { layoutSize } from '../../app/theme';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { useEnterpriseLabels } from '../enterprises';
import { regionTreeOptions, useRegions } from '../regions';
import {
  type CaseCreateInput,
  type CaseDetail,
  type CaseFigure,
  type CaseUpdateInput,
  useCase,
  useCreateCase,
  useDistrictEnterprises,
  useEnterprisePayPlans,
  useUpdateCase,
} from './cases.api';
import { useCaseLabels } from './case-status';

type SubjectKind = 'registered' | 'external';

interface CaseFormValues {
  subjectKind?: SubjectKind;
  enterpriseId?: string;
  externalEnterprise?: CaseCreateInput['externalEnterprise'];
  title: string;
  articles: number[];
  background: string;
  measures: string;
  results: CaseFigure[];
  resultsNarrative: string;
  payPlanIds: string[];
  useWage: boolean;
  wageYears?: { fromYear?: number; toYear?: number };
}

/** The pay years a wage outcome can compare: the last eight. */
function yearOptions() {
  const now = new Date().getFullYear();
  return Array.from({ length: 8 }, (_, index) => now - index).map((year) => ({
    value: year,
    label: String(year),
  }));
}

/** The articles of 7号 a case may cite, grouped by chapter: "第20条" under 岗位工资. */
function useArticleOptions() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  return GUIDELINE_CHAPTER_KEYS.map((chapter) => {
    const [first, last] = GUIDELINE_CHAPTERS[chapter].articles;
    return {
      label: `${labels.chapter(chapter)}（${t('cases:articleOption', { article: first })}—${t('cases:articleOption', { article: last })}）`,
      title: labels.chapter(chapter),
      options: Array.from({ length: last - first + 1 }, (_, index) => first + index).map((article) => ({
        value: article,
        label: `${t('cases:articleOption', { article })} · ${labels.chapter(chapterOfArticle(article)!)}`,
      })),
    };
  });
}

function contentOf(values: CaseFormValues) {
  return {
    title: values.title.trim(),
    articles: values.articles ?? [],
    background: values.background ?? '',
    measures: values.measures ?? '',
    results: (values.results ?? []).map((figure) => ({
      indicator: figure.indicator?.trim() ?? '',
      before: figure.before ?? null,
      after: figure.after ?? null,
      unit: figure.unit?.trim() ?? '',
      period: figure.period?.trim() ?? '',
    })),
    resultsNarrative: values.resultsNarrative ?? '',
    payPlanIds: values.payPlanIds ?? [],
  };
}

function wageYearsOf(values: CaseFormValues) {
  return values.useWage && values.wageYears?.fromYear && values.wageYears?.toYear
    ? { fromYear: values.wageYears.fromYear, toYear: values.wageYears.toYear }
    : null;
}

interface CaseFormProps {
  mode: 'create' | 'edit';
  initialValues: Partial<CaseFormValues>;
  /** the enterprise whose pay plans and wage data the case may use (null: external, or not chosen yet) */
  enterpriseId: string | null;
  /** the case is about an external enterprise (no plans, no wage data) */
  external?: boolean;
  onSubmit: (values: CaseFormValues) => Promise<unknown>;
  onCancel: () => void;
}

function CaseForm({
  mode,
  initialValues,
  enterpriseId,
  external = false,
  onSubmit,
  onCancel,
}: CaseFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useCurrentRole();
  const enterpriseLabels = useEnterpriseLabels();
  const regions = useRegions();
  const formRef = useRef<ProFormInstance<CaseFormValues>>(undefined);
  const articleOptions = useArticleOptions();
  const [search, setSearch] = useState('');
  const choosesSubject = mode === 'create' && role === Role.DistrictBureau;
  const enterprises = useDistrictEnterprises(search, choosesSubject);
  const [chosen, setChosen] = useState<string | null>(enterpriseId);
  const [subjectKind, setSubjectKind] = useState<SubjectKind>(initialValues.subjectKind ?? 'registered');
  const isExternal = external || (choosesSubject && subjectKind === 'external');
  const planOwner = isExternal ? null : choosesSubject ? chosen : enterpriseId;
  const plans = useEnterprisePayPlans(planOwner);

  return (
    <ProForm<CaseFormValues>
      formRef={formRef}
      layout="vertical"
      initialValues={{ results: [], articles: [], payPlanIds: [], useWage: false, ...initialValues }}
      style={{ maxWidth: layoutSize.formMaxWidth }}
      submitter={{
        searchConfig: { submitText: t('common.save'), resetText: t('common.cancel') },
        onReset: onCancel,
        submitButtonProps: { 'data-testid': 'case-save' } as ButtonProps,
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
      {choosesSubject ? (
        <ProCard title={t('cases:enterprise')} bordered style={{ marginBottom: 16 }}>
          <ProFormRadio.Group
            name="subjectKind"
            label={t('cases:subjectKind')}
            radioType="button"
            fieldProps={{ onChange: (event) => setSubjectKind(event.target.value as SubjectKind) }}
            options={[
              { value: 'registered', label: t('cases:registered') },
              { value: 'external', label: t('cases:external') },
            ]}
          />
          {subjectKind === 'registered' ? (
            <ProFormSelect
              name="enterpriseId"
              label={t('cases:enterprise')}
              placeholder={t('cases:enterprisePlaceholder')}
              showSearch
              options={(enterprises.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
              fieldProps={
                {
                  filterOption: false,
                  onSearch: setSearch,
                  loading: enterprises.isLoading,
                  onChange: (value: string) => setChosen(value ?? null),
                  'data-testid': 'case-enterprise',
                } as object
              }
              rules={[{ required: true, message: t('common.required') }]}
            />
          ) : (
            <>
              <ProFormText
                name={['externalEnterprise', 'name']}
                label={t('cases:externalName')}
                placeholder={t('cases:externalNamePlaceholder')}
                fieldProps={{ maxLength: 100 }}
                rules={[{ required: true, whitespace: true, message: t('common.required') }]}
              />
              <ProFormTreeSelect
                name={['externalEnterprise', 'regionCode']}
                label={t('cases:externalRegion')}
                fieldProps={{
                  treeData: regionTreeOptions(regions.data ?? [], enterpriseLabels.language),
                  treeDefaultExpandAll: true,
                  showSearch: true,
                  treeNodeFilterProp: 'title',
                }}
                rules={[{ required: true, message: t('common.required') }]}
              />
              <ProForm.Group>
                <ProFormSelect
                  name={['externalEnterprise', 'industrySection']}
                  label={t('enterprises:industry')}
                  width="sm"
                  options={Object.keys(INDUSTRY_SECTIONS).map((code) => ({
                    value: code,
                    label: enterpriseLabels.industry(code),
                  }))}
                  rules={[{ required: true, message: t('common.required') }]}
                />
                <ProFormSelect
                  name={['externalEnterprise', 'size']}
                  label={t('enterprises:size')}
                  width="xs"
                  valueEnum={valueEnumOf(ENTERPRISE_SIZE_LABELS, enterpriseLabels.language)}
                  rules={[{ required: true, message: t('common.required') }]}
                />
                <ProFormSelect
                  name={['externalEnterprise', 'ownership']}
                  label={t('enterprises:ownership')}
                  width="sm"
                  valueEnum={valueEnumOf(OWNERSHIP_LABELS, enterpriseLabels.language)}
                  rules={[{ required: true, message: t('common.required') }]}
                />
              </ProForm.Group>
            </>
          )}
        </ProCard>
      ) : null}
      <ProFormText
        name="title"
        label={t('cases:title')}
        placeholder={t('cases:titlePlaceholder')}
        fieldProps={{ maxLength: 200, showCount: true, 'data-testid': 'case-title' } as object}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      />
      <ProFormSelect
        name="articles"
        label={t('cases:articles')}
        tooltip={t('cases:articlesHint')}
        mode="multiple"
        options={articleOptions}
        fieldProps={{ 'data-testid': 'case-articles', optionFilterProp: 'label' } as object}
      />
      <ProFormTextArea
        name="background"
        label={t('cases:background')}
        placeholder={t('cases:backgroundPlaceholder')}
        fieldProps={
          {
            maxLength: 20000,
            showCount: true,
            autoSize: { minRows: 3, maxRows: 12 },
            'data-testid': 'case-background',
          } as object
        }
      />
      <ProFormTextArea
        name="measures"
        label={t('cases:measures')}
        placeholder={t('cases:measuresPlaceholder')}
        fieldProps={
          {
            maxLength: 20000,
            showCount: true,
            autoSize: { minRows: 5, maxRows: 16 },
            'data-testid': 'case-measures',
          } as object
        }
      />
      <Typography.Text strong>{t('cases:results')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('cases:resultsHint')}
      </Typography.Paragraph>
      <ProFormList
        name="results"
        creatorButtonProps={
          {
            creatorButtonText: t('cases:addFigure'),
            icon: <PlusOutlined />,
            'data-testid': 'case-add-figure',
          } as ButtonProps & { creatorButtonText: string }
        }
        creatorRecord={{ indicator: '', before: null, after: null, unit: '', period: '' }}
        copyIconProps={false}
        deleteIconProps={{ Icon: DeleteOutlined, tooltipText: t('cases:removeFigure') }}
        itemRender={({ listDom, action }) => (
          <Space align="start" style={{ display: 'flex' }}>
            {listDom}
            <div style={{ paddingTop: 30 }}>{action}</div>
          </Space>
        )}
      >
        {(_field, index) => (
          <Space align="start" wrap={false} size="small">
            <ProFormText
              name="indicator"
              label={t('cases:indicator')}
              width={230}
              fieldProps={{ maxLength: 100, 'data-testid': `case-figure-indicator-${index}` } as object}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            />
            <ProFormDigit
              name="before"
              label={t('cases:before')}
              width={100}
              fieldProps={{ min: -1e12, max: 1e12, 'data-testid': `case-figure-before-${index}` } as object}
            />
            <ProFormDigit
              name="after"
              label={t('cases:after')}
              width={100}
              fieldProps={{ min: -1e12, max: 1e12, 'data-testid': `case-figure-after-${index}` } as object}
            />
            <ProFormText
              name="unit"
              label={t('cases:unit')}
              width={70}
              fieldProps={{ maxLength: 20, 'data-testid': `case-figure-unit-${index}` } as object}
            />
            <ProFormText
              name="period"
              label={t('cases:period')}
              width={140}
              placeholder={t('cases:periodPlaceholder')}
              fieldProps={{ maxLength: 40, 'data-testid': `case-figure-period-${index}` } as object}
            />
          </Space>
        )}
      </ProFormList>
      <ProFormTextArea
        name="resultsNarrative"
        label={t('cases:resultsNarrative')}
        fieldProps={
          {
            maxLength: 20000,
            showCount: true,
            autoSize: { minRows: 3, maxRows: 10 },
            'data-testid': 'case-narrative',
          } as object
        }
      />
      {isExternal ? (
        <Alert type="info" showIcon message={t('cases:wageOutcomeExternal')} style={{ marginBottom: 16 }} />
      ) : (
        <>
          <ProFormSelect
            name="payPlanIds"
            label={t('cases:payPlans')}
            tooltip={t('cases:payPlansHint')}
            mode="multiple"
            disabled={!planOwner}
            placeholder={plans.isSuccess && plans.data.items.length === 0 ? t('cases:noPayPlans') : undefined}
            options={(plans.data?.items ?? []).map((plan) => ({ value: plan.id, label: plan.title }))}
          />
          <ProFormSwitch
            name="useWage"
            label={t('cases:useWageOutcome')}
            tooltip={t('cases:wageOutcomeHint')}
            disabled={!planOwner}
          />
          <ProFormDependency name={['useWage']}>
            {({ useWage }) =>
              useWage ? (
                <ProForm.Group>
                  <ProFormSelect
                    name={['wageYears', 'fromYear']}
                    label={t('cases:fromYear')}
                    width="xs"
                    options={yearOptions()}
                    rules={[{ required: true, message: t('common.required') }]}
                  />
                  <ProFormSelect
                    name={['wageYears', 'toYear']}
                    label={t('cases:toYear')}
                    width="xs"
                    options={yearOptions()}
                    rules={[{ required: true, message: t('common.required') }]}
                  />
                </ProForm.Group>
              ) : null
            }
          </ProFormDependency>
        </>
      )}
    </ProForm>
  );
}

export function CaseCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const role = useCurrentRole();
  const create = useCreateCase();

  return (
    <PageContainer title={t('cases:writeTitle')} onBack={() => navigate('/cases')} breadcrumbRender={false}>
      <ProCard>
        <Alert
          type="info"
          showIcon
          message={role === Role.DistrictBureau ? t('cases:draftHiddenBureau') : t('cases:draftHidden')}
          style={{ marginBottom: 16 }}
        />
        <CaseForm
          mode="create"
          initialValues={{ subjectKind: 'registered' }}
          enterpriseId={role === Role.Enterprise ? user.organisation.id : null}
          onCancel={() => navigate('/cases')}
          onSubmit={async (values) => {
            const wageYears = wageYearsOf(values);
            const input: CaseCreateInput = {
              ...contentOf(values),
              ...(role === Role.DistrictBureau && values.subjectKind === 'external'
                ? { externalEnterprise: values.externalEnterprise }
                : role === Role.DistrictBureau
                  ? { enterpriseId: values.enterpriseId }
                  : {}),
              ...(wageYears ? { wageYears } : {}),
            };
            const created = await create.mutateAsync(input);
            message.success(t('common.created'));
            navigate(`/cases/${created.id}`, { replace: true });
          }}
        />
      </ProCard>
    </PageContainer>
  );
}

function valuesOf(record: CaseDetail): Partial<CaseFormValues> {
  const current = record.current;
  return {
    title: current.title,
    articles: current.articles,
    background: current.background,
    measures: current.measures,
    results: current.results,
    resultsNarrative: current.resultsNarrative,
    payPlanIds: current.payPlans.map((plan) => plan.id),
    useWage: current.wageOutcome !== null,
    wageYears: current.wageOutcome
      ? { fromYear: current.wageOutcome.fromYear, toYear: current.wageOutcome.toYear }
      : undefined,
  };
}

export function CaseEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams<{ id: string }>();
  const caseStudy = useCase(id);
  const update = useUpdateCase(id ?? '', caseStudy.data?.version);
  const backTo = `/cases/${id ?? ''}`;

  if (caseStudy.isLoading) return <PageLoading />;
  if (caseStudy.isError) {
    const { error } = caseStudy;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void caseStudy.refetch()} />;
  }
  const record = caseStudy.data;
  if (!record) return <NotFoundResult />;
  const frozen = record.current.submittedAt !== null;
  return (
    <PageContainer
      title={t('cases:editTitle')}
      subTitle={record.enterprise.name}
      onBack={() => navigate(backTo)}
      breadcrumbRender={false}
    >
      <ProCard>
        {frozen ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('cases:newVersionHint', {
              version: record.currentVersionNo + 1,
              previous: record.currentVersionNo,
            })}
          />
        ) : null}
        <CaseForm
          key={record.version}
          mode="edit"
          initialValues={valuesOf(record)}
          enterpriseId={record.enterprise.id}
          external={record.enterprise.external}
          onCancel={() => navigate(backTo)}
          onSubmit={async (values) => {
            const input: CaseUpdateInput = { ...contentOf(values), wageYears: wageYearsOf(values) };
            // unchanged wage years keep the stored panel (computed from the data as it stood)
            const before = record.current.wageOutcome;
            if (
              before &&
              input.wageYears &&
              before.fromYear === input.wageYears.fromYear &&
              before.toYear === input.wageYears.toYear
            ) {
              delete input.wageYears;
            }
            await update.mutateAsync(input);
            message.success(t('common.saved'));
            navigate(backTo, { replace: true });
          }}
        />
      </ProCard>
    </PageContainer>
  );
}
