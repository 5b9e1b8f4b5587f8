import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Descriptions } from 'antd';
import { Ownership } from '@skillpay/domain';
import { type AppliedCheckRules, type CheckRuleSet } from '@skillpay/paycalc';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { useCurrentUser } from '../../app/session/session-store';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import { useEnterprise } from '../enterprises';
import { useCheckRules } from '../programmes';
import {
  type ReportContent,
  useCreateReport,
  useProgressReport,
  useReportSchedule,
  useUpdateReport,
} from './progress-reports.api';
import { ReportForm } from './report-form';
import { useReportLabels } from './report-labels';
import { newReportValues, type ReportFormValues } from './report-values';

/** The programme's check rules as the form's live checks take them. */
function useProgrammeCheckRules(programmeId: string | undefined) {
  const query = useCheckRules(programmeId);
  const applied = useMemo<AppliedCheckRules | null>(
    () =>
      query.data
        ? { rules: query.data.rules as unknown as CheckRuleSet, cityCode: query.data.regionCode }
        : null,
    [query.data],
  );
  return { ...query, applied };
}

function contentOf(values: ReportFormValues): ReportContent {
  return {
    adoption: values.adoption,
    indicators: values.indicators,
    narrative: values.narrative,
  } as ReportContent;
}

/** /progress-reports/new?programmeId=…&period=…: the enterprise writes the report of a period. */
export function ProgressReportCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const labels = useReportLabels();
  const [search] = useSearchParams();
  const programmeId = search.get('programmeId') ?? '';
  const period = search.get('period') ?? '';
  const user = useCurrentUser();
  const enterprise = useEnterprise(user.organisation.id);
  const schedule = useReportSchedule(programmeId || undefined);
  const rules = useProgrammeCheckRules(programmeId || undefined);
  const create = useCreateReport();

  if (enterprise.isLoading || schedule.isLoading || rules.isLoading) return <PageLoading />;
  if (rules.isError)
    return <ErrorResult message={errorMessage(rules.error)} onRetry={() => void rules.refetch()} />;
  const programme = schedule.data?.programmes.find((p) => p.programmeId === programmeId);
  if (!programme || !programme.periods.some((p) => p.period === period)) return <NotFoundResult />;
  return (
    <PageContainer
      title={t('progressReports:form.createTitle')}
      subTitle={`${programme.programmeTitle} · ${labels.period(period)}`}
      onBack={() => navigate('/progress-reports')}
      breadcrumbRender={false}
    >
      {enterprise.data && rules.applied ? (
        <ReportForm
          initialValues={newReportValues()}
          stateOwned={enterprise.data.ownership === Ownership.StateOwned}
          checkRules={rules.applied}
          header={
            <ProCard bordered>
              <Descriptions size="small" column={2}>
                <Descriptions.Item label={t('progressReports:programme')}>
                  {programme.programmeTitle}
                </Descriptions.Item>
                <Descriptions.Item label={t('progressReports:period')}>
                  {labels.period(period)}（
                  {t('progressReports:schedule.dueHint', {
                    date: programme.periods.find((p) => p.period === period)?.dueOn,
                  })}
                  ）
                </Descriptions.Item>
              </Descriptions>
            </ProCard>
          }
          onCancel={() => navigate('/progress-reports')}
          onSave={async (values) => {
            const created = await create.mutateAsync({ programmeId, period, ...contentOf(values) });
            message.success(t('common.saved'));
            navigate(`/progress-reports/${created.id}`, { replace: true });
          }}
        />
      ) : (
        <Alert type="warning" showIcon message={t('enterprises:notRegistered')} />
      )}
    </PageContainer>
  );
}

/** /progress-reports/:id/edit: the enterprise changes its draft (the latest version). */
export function ProgressReportEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const labels = useReportLabels();
  const { id } = useParams<{ id: string }>();
  const report = useProgressReport(id);
  const update = useUpdateReport(id ?? '', report.data?.editVersion);
  const rules = useProgrammeCheckRules(report.data?.programmeId);
  const backTo = `/progress-reports/${id ?? ''}`;

  if (report.isLoading || rules.isLoading) return <PageLoading />;
  if (rules.isError)
    return <ErrorResult message={errorMessage(rules.error)} onRetry={() => void rules.refetch()} />;
  if (report.isError) {
    const { error } = report;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void report.refetch()} />;
  }
  const record = report.data;
  if (!record) return <NotFoundResult />;
  return (
    <PageContainer
      title={t('progressReports:form.editTitle')}
      subTitle={`${record.programmeTitle} · ${labels.period(record.period)} · ${t(
        'progressReports:versionN',
        {
          version: record.currentVersion,
        },
      )}`}
      onBack={() => navigate(backTo)}
      breadcrumbRender={false}
    >
      {record.editable && rules.applied ? (
        <ReportForm
          key={record.editVersion}
          initialValues={
            {
              adoption: record.version.adoption,
              indicators: record.version.indicators,
              narrative: record.version.narrative,
            } as ReportFormValues
          }
          stateOwned={record.enterprise.stateOwned}
          checkRules={rules.applied}
          onCancel={() => navigate(backTo)}
          onSave={async (values) => {
            await update.mutateAsync(contentOf(values));
            message.success(t('common.saved'));
            navigate(backTo, { replace: true });
          }}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          message={t('progressReports:detail.notEditable', { status: labels.status(record.status) })}
        />
      )}
    </PageContainer>
  );
}
