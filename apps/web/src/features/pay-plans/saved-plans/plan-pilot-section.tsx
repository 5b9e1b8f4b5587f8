import { ProCard } from '@ant-design/pro-components';
import { Alert, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CALCULATOR_KIND_LABELS, can } from '@skillpay/domain';
import { errorMessage } from '../../../app/api/api-error';
import { useLanguage } from '../../../app/i18n/i18n';
import { useCurrentRole } from '../../../app/session/session-user';
import { usePayPlans } from './plan-versions.api';
import { labelOf } from '../../../app/i18n/labels';

export interface PilotPayPlansProps {
  pilotApplicationId: string;
}

/** The pay plans saved against a pilot application, on its page (for roles that may read plans). */
export function PilotPayPlans({ pilotApplicationId }: PilotPayPlansProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const allowed = can(useCurrentRole(), 'payPlans', 'read');
  const plans = usePayPlans({ pilotApplicationId, page: 1, pageSize: 100 }, allowed);
  if (!allowed) return null;
  return (
    <ProCard title={t('payPlans:plans.pilotSection')} bordered data-testid="pilot-pay-plans">
      {plans.isError ? <Alert type="error" showIcon message={errorMessage(plans.error)} /> : null}
      <Table
        size="small"
        rowKey="id"
        loading={plans.isLoading}
        pagination={false}
        dataSource={plans.data?.items ?? []}
        locale={{ emptyText: t('payPlans:plans.pilotSectionEmpty') }}
        columns={[
          {
            title: t('payPlans:plans.planTitle'),
            render: (_v, plan) => <Link to={`/pay-tools/plans/${plan.id}`}>{plan.title}</Link>,
          },
          {
            title: t('payPlans:plans.calculator'),
            render: (_v, plan) => labelOf(CALCULATOR_KIND_LABELS, plan.calculator, language),
          },
          {
            title: t('payPlans:plans.version'),
            width: 100,
            render: (_v, plan) => <Tag>{t('payPlans:plans.versionN', { version: plan.currentVersion })}</Tag>,
          },
          {
            title: t('payPlans:plans.updatedAt'),
            width: 160,
            render: (_v, plan) => (
              <Typography.Text type="secondary">
                {dayjs(plan.updatedAt).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
            ),
          },
        ]}
      />
    </ProCard>
  );
}
