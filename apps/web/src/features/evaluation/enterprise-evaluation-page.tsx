import { StarFilled, StarOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Space, Tag } from 'antd';
import { DemonstrationUnitKind, can } from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCurrentRole } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { NotFoundResult, QueryFailureResult } from '../../ui/status-results';
import { MarkDemonstrationModal } from './demonstration-modals';
import { useEnterpriseEvaluation } from './evaluation.api';
import { EnterpriseEvaluationView } from './enterprise-evaluation';

/**
 * 企业评估 of one pilot, for the bureaus (opened from the pilot table): the same figures as the
 * enterprise sees, with its small cells withheld; the city marks it 示范企业 from here.
 */
export function EnterpriseEvaluationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useCurrentRole();
  const { enterpriseId } = useParams<{ enterpriseId: string }>();
  const [params] = useSearchParams();
  const programmeId = params.get('programmeId') ?? undefined;
  const evaluation = useEnterpriseEvaluation(enterpriseId, programmeId);
  const [marking, setMarking] = useState(false);

  if (!programmeId) return <NotFoundResult />;
  if (evaluation.isLoading) return <PageLoading />;
  if (evaluation.isError) {
    return <QueryFailureResult error={evaluation.error} onRetry={() => void evaluation.refetch()} />;
  }
  const data = evaluation.data;
  if (!data) return <NotFoundResult />;
  const canMark = can(role, 'demonstrationUnits', 'create') && data.pilot && !data.demonstration;

  return (
    <PageContainer
      title={data.enterpriseName}
      subTitle={t('evaluation:enterpriseEvaluation.title')}
      tags={
        <Space size={4}>
          <Tag>{data.regionName}</Tag>
          {data.demonstration ? (
            <Tag color="gold" icon={<StarFilled />} data-testid="enterprise-demonstration">
              {t('evaluation:enterpriseEvaluation.demonstration')}
            </Tag>
          ) : null}
        </Space>
      }
      onBack={() => navigate(`/evaluation?programmeId=${programmeId}`)}
      breadcrumbRender={false}
      extra={
        canMark
          ? [
              <Button
                key="mark"
                icon={<StarOutlined />}
                onClick={() => setMarking(true)}
                data-testid="mark-demonstration"
              >
                {t('evaluation:demonstration.markEnterprise')}
              </Button>,
            ]
          : []
      }
    >
      <EnterpriseEvaluationView evaluation={data} />
      {canMark ? (
        <MarkDemonstrationModal
          open={marking}
          programmeId={programmeId}
          fixed={{ kind: DemonstrationUnitKind.Enterprise, id: data.enterpriseId, name: data.enterpriseName }}
          onClose={() => setMarking(false)}
        />
      ) : null}
    </PageContainer>
  );
}
