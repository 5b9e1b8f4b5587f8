import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Col, Descriptions, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { CALCULATOR_KIND_LABELS } from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError } from '../../../app/api/api-error';
import { useLanguage } from '../../../app/i18n/i18n';
import { PageLoading } from '../../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../../ui/status-results';
import { useRegionLabel } from '../../regions';
import { PlanResult } from './plan-result';
import { PLAN_PARAM } from './plan-toolbar';
import { exportPlanVersion, usePayPlanAt } from './plan-versions.api';
import { toolPath } from '../shared/tool-kinds';
import { labelOf } from '../../../app/i18n/labels';

const VERSION_PARAM = 'version';

/**
 * One saved pay plan: the version asked for (the latest by default) with the result the server
 * computed, its export, and the version history. Bureaus open it read-only during guidance; the
 * enterprise can revise it in its calculator, which saves the next version.
 */
export function PlanDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const language = useLanguage();
  const regionLabel = useRegionLabel();
  const { id } = useParams<{ id: string }>();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get(VERSION_PARAM));
  const version = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const query = usePayPlanAt(id, version);
  const [exporting, setExporting] = useState(false);

  if (query.isLoading) return <PageLoading />;
  if (query.isError) {
    const { error } = query;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void query.refetch()} />;
  }
  const plan = query.data;
  if (!plan) return <NotFoundResult />;
  const shown = plan.version;
  const earlier = shown.version !== plan.currentVersion;
  const showVersion = (next: number) =>
    setParams(next === plan.currentVersion ? {} : { [VERSION_PARAM]: String(next) });

  const onExport = async () => {
    setExporting(true);
    try {
      await exportPlanVersion(plan.id, shown.version, `${plan.calculator}-v${shown.version}.xlsx`);
      message.success(t('payPlans:plans.exported'));
    } catch (error) {
      showError(message, error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageContainer
      title={shown.title}
      subTitle={labelOf(CALCULATOR_KIND_LABELS, plan.calculator, language)}
      tags={
        <Tag color={earlier ? 'default' : 'blue'}>
          {t('payPlans:plans.versionN', { version: shown.version })}
        </Tag>
      }
      onBack={() => navigate('/pay-tools/plans')}
      breadcrumbRender={false}
      extra={
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void onExport()}
            data-testid="plan-version-export"
          >
            {t('payPlans:plans.export')}
          </Button>
          {plan.editable ? (
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(`${toolPath(plan.calculator)}?${PLAN_PARAM}=${plan.id}`)}
              data-testid="plan-edit"
            >
              {t('payPlans:plans.edit')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {earlier ? (
          <Alert
            type="warning"
            showIcon
            message={t('payPlans:plans.viewing', { version: shown.version })}
            action={
              <Button size="small" onClick={() => showVersion(plan.currentVersion)}>
                {t('payPlans:plans.viewLatest')}
              </Button>
            }
          />
        ) : null}
        <Row gutter={[16, 16]} align="top">
          <Col xs={24} xl={17}>
            <ProCard bordered>
              <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="plan-facts">
                <Descriptions.Item label={t('payPlans:plans.enterprise')}>
                  {plan.enterprise.name}
                </Descriptions.Item>
                <Descriptions.Item label={t('progressReports:region')}>
                  {regionLabel(plan.enterprise.regionCode, plan.enterprise.regionName)}
                </Descriptions.Item>
                <Descriptions.Item label={t('payPlans:plans.pilot')}>
                  <Link to={`/pilot-applications/${plan.pilotApplicationId}`}>{plan.programmeTitle}</Link>
                </Descriptions.Item>
                <Descriptions.Item label={t('payPlans:plans.savedBy')}>
                  {shown.createdByName ?? '—'} · {dayjs(shown.createdAt).format('YYYY-MM-DD HH:mm')}
                </Descriptions.Item>
                {shown.note ? (
                  <Descriptions.Item label={t('payPlans:plans.note')} span={2}>
                    {shown.note}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </ProCard>
            <ProCard
              bordered
              title={t('payPlans:plans.result')}
              style={{ marginTop: 16 }}
              data-testid="plan-result"
            >
              <PlanResult plan={plan} />
            </ProCard>
          </Col>
          <Col xs={24} xl={7}>
            <ProCard bordered title={t('payPlans:plans.versions')}>
              <Table
                size="small"
                rowKey="version"
                pagination={false}
                data-testid="plan-versions"
                dataSource={[...plan.versions].reverse()}
                columns={[
                  {
                    title: t('payPlans:plans.version'),
                    width: 90,
                    render: (_v, row) =>
                      row.version === shown.version ? (
                        <Typography.Text strong>
                          {t('payPlans:plans.versionN', { version: row.version })}
                        </Typography.Text>
                      ) : (
                        <Typography.Link
                          onClick={() => showVersion(row.version)}
                          data-testid={`plan-version-${row.version}`}
                        >
                          {t('payPlans:plans.versionN', { version: row.version })}
                        </Typography.Link>
                      ),
                  },
                  {
                    title: t('payPlans:plans.updatedAt'),
                    render: (_v, row) => (
                      <Space direction="vertical" size={0}>
                        <span>{dayjs(row.createdAt).format('YYYY-MM-DD HH:mm')}</span>
                        {row.note ? <Typography.Text type="secondary">{row.note}</Typography.Text> : null}
                      </Space>
                    ),
                  },
                ]}
              />
            </ProCard>
          </Col>
        </Row>
      </Space>
    </PageContainer>
  );
}
