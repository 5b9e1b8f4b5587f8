import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Empty, Select, Space, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { QueryFailureResult } from '../../ui/status-results';
import { useEnterpriseEvaluation } from './evaluation.api';
import { EnterpriseEvaluationView } from './enterprise-evaluation';

/** The enterprise's approved pilot applications: the programmes it is evaluated in. */
function useOwnPilots() {
  return useQuery({
    queryKey: ['evaluation', 'own-pilots'],
    queryFn: () =>
      unwrap(api.GET('/api/pilot-applications', { params: { query: { status: 'approved', pageSize: 50 } } })),
  });
}

/**
 * 企业评估 for the enterprise itself: its index and the elements still to adopt, its wage outcomes
 * with every cell (its own data), and what it declared against what its uploads measure.
 */
export function OwnEvaluationPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [params, setParams] = useSearchParams();
  const pilots = useOwnPilots();
  const items = pilots.data?.items ?? [];
  const chosen = items.find((item) => item.programmeId === params.get('programmeId')) ?? items[0];
  const evaluation = useEnterpriseEvaluation(chosen?.enterprise.id, chosen?.programmeId);

  if (pilots.isError)
    return <QueryFailureResult error={pilots.error} onRetry={() => void pilots.refetch()} />;
  return (
    <PageContainer
      title={t('evaluation:enterpriseEvaluation.ownTitle')}
      subTitle={
        <Typography.Text type="secondary">{t('evaluation:enterpriseEvaluation.ownSubtitle')}</Typography.Text>
      }
      breadcrumbRender={false}
      loading={pilots.isLoading || evaluation.isLoading}
    >
      {items.length > 1 ? (
        <Space style={{ marginBottom: token.marginMD }}>
          <Typography.Text>{t('evaluation:programme')}</Typography.Text>
          <Select
            value={chosen?.programmeId}
            onChange={(programmeId: string) => setParams({ programmeId }, { replace: true })}
            style={{ width: 420, maxWidth: '100%' }}
            options={items.map((item) => ({ value: item.programmeId, label: item.programmeTitle }))}
            aria-label={t('evaluation:chooseProgramme')}
          />
        </Space>
      ) : null}
      {!pilots.isLoading && !chosen ? (
        <Empty description={t('evaluation:enterpriseEvaluation.notPilot')} />
      ) : null}
      {evaluation.isError ? (
        <QueryFailureResult error={evaluation.error} onRetry={() => void evaluation.refetch()} />
      ) : null}
      {evaluation.data ? <EnterpriseEvaluationView evaluation={evaluation.data} /> : null}
    </PageContainer>
  );
}
