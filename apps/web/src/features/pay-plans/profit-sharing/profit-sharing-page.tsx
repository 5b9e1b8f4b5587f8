import { ProCard } from '@ant-design/pro-components';
import { Alert, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CALCULATOR_SOURCES,
  MAX_PROFIT_TIERS,
  PROFIT_TARGET_LABELS,
  PROFIT_TARGET_NAMES,
} from '@skillpay/paycalc';
import { useLanguage } from '../../../app/i18n/i18n';
import { useFieldStatus } from '../shared/calculator-errors';
import { ListRows } from '../shared/list-rows';
import { formPathOf } from '../shared/live-calculation';
import { ProfitSharingResult } from './profit-sharing-result';
import {
  liveProfitSharing,
  newProfitSharingValues,
  type ProfitSharingFormValues,
  profitSharingValuesOf,
} from './profit-sharing-values';
import { PlanCalculatorPage, type ToolbarSlot } from '../saved-plans/plan-calculator-page';
import { SourceLink, sourceTooltip } from '../shared/source-link';
import { labelOf } from '../../../app/i18n/labels';

const NUMBER = { stringMode: true, style: { width: '100%' } } as const;
const SOURCE = CALCULATOR_SOURCES.excessProfitSharing;

export interface ProfitSharingFormProps {
  initialValues: ProfitSharingFormValues;
  /** the save/export toolbar, given the calculator and the input the form holds (null while it does not compute) */
  toolbar?: ToolbarSlot;
}

/** 超额利润分享 (art. 43): targets and rates, company coefficient, participants; computed live. */
export function ProfitSharingForm({ initialValues, toolbar }: ProfitSharingFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<ProfitSharingFormValues>();
  const watched = Form.useWatch([], { form, preserve: true }) as ProfitSharingFormValues | undefined;
  const values = watched ?? initialValues;
  const { input, live } = useMemo(() => liveProfitSharing(values), [values]);
  const status = useFieldStatus(live.error, formPathOf);
  const tooltip = sourceTooltip(SOURCE);
  const defaultTierName = (index: number) =>
    index < PROFIT_TARGET_NAMES.length
      ? labelOf(PROFIT_TARGET_LABELS, PROFIT_TARGET_NAMES[index], language)
      : '';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {toolbar?.(live.error === null ? { calculator: 'profit-sharing', input } : null)}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={11}>
          <ProCard
            bordered
            title={t('payTools:kinds.profit-sharing.title')}
            extra={<SourceLink source={SOURCE} />}
          >
            <Form<ProfitSharingFormValues> form={form} layout="vertical" initialValues={initialValues}>
              <Form.Item
                name="actualNetProfit"
                label={t('payPlans:profitSharing.actualNetProfit')}
                tooltip={tooltip}
                {...status('actualNetProfit')}
              >
                <InputNumber {...NUMBER} data-testid="profit-actual" />
              </Form.Item>
              <Typography.Text strong>{t('payPlans:profitSharing.tiers')}</Typography.Text>
              <Typography.Paragraph type="secondary">
                {t('payPlans:profitSharing.tiersHint')}
              </Typography.Paragraph>
              <ListRows
                name="tiers"
                status={status}
                newRow={() => ({})}
                max={MAX_PROFIT_TIERS}
                addStyle={{ marginBottom: 16 }}
                rowTestId={(index) => `profit-tier-${index}`}
                columns={(index) => [
                  {
                    name: 'name',
                    label: t('payPlans:profitSharing.tierName'),
                    col: { span: 7 },
                    input: <Input placeholder={defaultTierName(index)} />,
                  },
                  {
                    name: 'target',
                    label: t('payPlans:profitSharing.target'),
                    tooltip,
                    col: { span: 9 },
                    input: <InputNumber {...NUMBER} />,
                  },
                  {
                    name: 'ratePercent',
                    label: t('payPlans:profitSharing.ratePercent'),
                    tooltip,
                    col: { span: 6 },
                    input: <InputNumber {...NUMBER} />,
                  },
                ]}
              />
              <Form.Item
                name="companyCoefficient"
                label={t('payPlans:profitSharing.companyCoefficient')}
                tooltip={tooltip}
                style={{ maxWidth: 240 }}
                {...status('companyCoefficient')}
              >
                <InputNumber {...NUMBER} />
              </Form.Item>
              <Typography.Text strong>{t('payPlans:profitSharing.participants')}</Typography.Text>
              <ListRows
                name="participants"
                status={status}
                newRow={() => ({ performanceCoefficient: '1' })}
                columns={() => [
                  {
                    name: 'key',
                    label: t('payPlans:profitSharing.participant'),
                    col: { span: 9 },
                    input: <Input />,
                  },
                  {
                    name: 'postCoefficient',
                    label: t('payPlans:profitSharing.postCoefficient'),
                    tooltip,
                    col: { span: 6 },
                    input: <InputNumber {...NUMBER} />,
                  },
                  {
                    name: 'performanceCoefficient',
                    label: t('payPlans:profitSharing.performanceCoefficient'),
                    tooltip,
                    col: { span: 7 },
                    input: <InputNumber {...NUMBER} />,
                  },
                ]}
              />
            </Form>
          </ProCard>
        </Col>
        <Col xs={24} xl={13}>
          <ProCard bordered title={t('payTools:result')}>
            {live.error ? (
              <Alert type="info" showIcon message={t('payTools:invalid')} />
            ) : (
              <ProfitSharingResult result={live.result} />
            )}
          </ProCard>
        </Col>
      </Row>
    </Space>
  );
}

export function ProfitSharingPage() {
  const { t } = useTranslation();
  return (
    <PlanCalculatorPage
      calculator="profit-sharing"
      intro={t('payPlans:profitSharing.intro')}
      newValues={newProfitSharingValues}
      valuesOf={(plan) => profitSharingValuesOf(plan.version.input)}
    >
      {(initialValues, toolbar) => <ProfitSharingForm initialValues={initialValues} toolbar={toolbar} />}
    </PlanCalculatorPage>
  );
}
