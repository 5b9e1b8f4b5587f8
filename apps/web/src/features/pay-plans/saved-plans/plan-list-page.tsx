import { AppstoreOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CALCULATOR_KIND_LABELS, type CalculatorKind, Role } from '@skillpay/domain';
import { showError } from '../../../app/api/api-error';
import { valueEnumOf, labelOf } from '../../../app/i18n/labels';
import { useLanguage } from '../../../app/i18n/i18n';
import { useCurrentRole } from '../../../app/session/session-user';
import { useRegionLabel } from '../../regions';
import { listPayPlans, type PayPlanListItem } from './plan-versions.api';
import { QueryTable } from '../../../ui/query-table';
import { payPlanKeys } from '../pay-plans.api';

interface PlanSearch {
  calculator?: CalculatorKind;
}

/**
 * 薪酬方案: an enterprise's own saved plans; for a district officer or the city, the plans of the
 * pilot enterprises in scope (the API scopes the list), to open during guidance.
 */
export function PlanListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const language = useLanguage();
  const role = useCurrentRole();
  const regionLabel = useRegionLabel();
  const bureau = role !== Role.Enterprise;

  const columns: ProColumns<PayPlanListItem>[] = [
    {
      title: t('payPlans:plans.planTitle'),
      dataIndex: 'title',
      hideInSearch: true,
      ellipsis: true,
      width: 240,
      render: (_dom, plan) => (
        <Link to={`/pay-tools/plans/${plan.id}`} data-testid="plan-link">
          {plan.title}
        </Link>
      ),
    },
    {
      title: t('payPlans:plans.calculator'),
      dataIndex: 'calculator',
      width: 160,
      valueType: 'select',
      valueEnum: valueEnumOf(CALCULATOR_KIND_LABELS, language),
      render: (_dom, plan) => labelOf(CALCULATOR_KIND_LABELS, plan.calculator, language),
    },
    {
      title: t('payPlans:plans.enterprise'),
      hideInSearch: true,
      hideInTable: !bureau,
      width: 220,
      ellipsis: true,
      render: (_dom, plan) => plan.enterprise.name,
    },
    {
      title: t('progressReports:region'),
      hideInSearch: true,
      hideInTable: !bureau,
      width: 110,
      render: (_dom, plan) => regionLabel(plan.enterprise.regionCode, plan.enterprise.regionName),
    },
    {
      title: t('payPlans:plans.programme'),
      dataIndex: 'programmeTitle',
      hideInSearch: true,
      ellipsis: true,
      width: 200,
    },
    {
      title: t('payPlans:plans.version'),
      hideInSearch: true,
      width: 90,
      render: (_dom, plan) => <Tag>{t('payPlans:plans.versionN', { version: plan.currentVersion })}</Tag>,
    },
    {
      title: t('payPlans:plans.updatedAt'),
      dataIndex: 'updatedAt',
      valueType: 'dateTime',
      hideInSearch: true,
      width: 160,
    },
  ];

  return (
    <PageContainer
      title={t('payPlans:plans.title')}
      content={bureau ? t('payPlans:plans.scopeHint') : t('payPlans:plans.ownHint')}
      onBack={() => navigate('/pay-tools')}
      breadcrumbRender={false}
    >
      <QueryTable<PayPlanListItem, PlanSearch>
        queryKey={payPlanKeys.all}
        rowKey="id"
        columns={columns}
        headerTitle={t('payPlans:plans.listTitle')}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('payPlans:plans.empty') }}
        request={async ({ current, pageSize, calculator }) => {
          const page = await listPayPlans({ page: current ?? 1, pageSize: pageSize ?? 20, calculator });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => showError(message, error)}
        toolBarRender={() => [
          <Button key="tools" icon={<AppstoreOutlined />} onClick={() => navigate('/pay-tools')}>
            {t('payPlans:plans.tools')}
          </Button>,
        ]}
        data-testid="plan-list"
      />
    </PageContainer>
  );
}
