import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ProCard } from '@ant-design/pro-components';
import { Alert, Button, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CALCULATOR_SOURCES,
  MAX_PROFIT_TIERS,
  PROFIT_TARGET_LABELS,
  PROFIT_TARGET_NAMES,
  type ProfitSharingInput,
} from '@skillpay/paycalc';
import { useLanguage } from '../../app/i18n/i18n';
import { useFieldStatus } from './calculator-errors';
import { formPathOf } from './live-calculation';
import { ProfitSharingResult } from './profit-sharing-result';
import {
  liveProfitSharing,
  newProfitSharingValues,
  type ProfitSharingFormValues,
  profitSharingValuesOf,
} from './profit-sharing-values';
import { PlanCalculatorPage } from './plan-calculator-page';
import { SourceLink, sourceTooltip } from './source-link';

const NUMBER = { stringMode: true, style: { width: '100%' } } as const;
const SOURCE = CALCULATOR_SOURCES.excessProfitSharing;

export interface ProfitSharingFormProps {
  initialValues: ProfitSharingFormValues;
  /** the save/export toolbar, given the plan input of what the form holds and whether it computes */
  toolbar?: (input: ProfitSharingInput, valid: boolean) => ReactNode;
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
    index < PROFIT_TARGET_NAMES.length ? PROFIT_TARGET_LABELS[PROFIT_TARGET_NAMES[index]][language] : '';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {toolbar?.(input, live.error === null)}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={11}>
          <ProCard
            bordered
            title={t('payTools.kinds.profit-sharing.title')}
            extra={<SourceLink source={SOURCE} />}
          >
            <Form<ProfitSharingFormValues> form={form} layout="vertical" initialValues={initialValues}>
              <Form.Item
                name="actualNetProfit"
                label={t('payPlans.profitSharing.actualNetProfit')}
                tooltip={tooltip}
                {...status('actualNetProfit')}
              >
                <InputNumber {...NUMBER} data-testid="profit-actual" />
              </Form.Item>
              <Typography.Text strong>{t('payPlans.profitSharing.tiers')}</Typography.Text>
              <Typography.Paragraph type="secondary">
                {t('payPlans.profitSharing.tiersHint')}
              </Typography.Paragraph>
              <Form.List name="tiers">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field) => (
                      <Row key={field.key} gutter={8} data-testid={`profit-tier-${field.name}`}>
                        <Col span={7}>
                          <Form.Item
                            name={[field.name, 'name']}
                            label={t('payPlans.profitSharing.tierName')}
                            {...status(['tiers', field.name, 'name'])}
                          >
                            <Input placeholder={defaultTierName(field.name)} />
                          </Form.Item>
                        </Col>
                        <Col span={9}>
                          <Form.Item
                            name={[field.name, 'target']}
                            label={t('payPlans.profitSharing.target')}
                            tooltip={tooltip}
                            {...status(['tiers', field.name, 'target'])}
                          >
                            <InputNumber {...NUMBER} />
                          </Form.Item>
                        </Col>
                        <Col span={6}>
                          <Form.Item
                            name={[field.name, 'ratePercent']}
                            label={t('payPlans.profitSharing.ratePercent')}
                            tooltip={tooltip}
                            {...status(['tiers', field.name, 'ratePercent'])}
                          >
                            <InputNumber {...NUMBER} />
                          </Form.Item>
                        </Col>
                        <Col span={2} style={{ paddingTop: 30 }}>
                          <Button
                            type="text"
                            icon={<DeleteOutlined />}
                            aria-label={t('payPlans.remove')}
                            disabled={fields.length <= 1}
                            onClick={() => remove(field.name)}
                          />
                        </Col>
                      </Row>
                    ))}
                    <Button
                      icon={<PlusOutlined />}
                      disabled={fields.length >= MAX_PROFIT_TIERS}
                      onClick={() => add({})}
                      style={{ marginBottom: 16 }}
                    >
                      {t('payPlans.add')}
                    </Button>
                  </>
                )}
              </Form.List>
              <Form.Item
                name="companyCoefficient"
                label={t('payPlans.profitSharing.companyCoefficient')}
                tooltip={tooltip}
                style={{ maxWidth: 240 }}
                {...status('companyCoefficient')}
              >
                <InputNumber {...NUMBER} />
              </Form.Item>
              <Typography.Text strong>{t('payPlans.profitSharing.participants')}</Typography.Text>
              <Form.List name="participants">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field) => (
                      <Row key={field.key} gutter={8}>
                        <Col span={9}>
                          <Form.Item
                            name={[field.name, 'key']}
                            label={t('payPlans.profitSharing.participant')}
                            {...status(['participants', field.name, 'key'])}
                          >
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col span={6}>
                          <Form.Item
                            name={[field.name, 'postCoefficient']}
                            label={t('payPlans.profitSharing.postCoefficient')}
                            tooltip={tooltip}
                            {...status(['participants', field.name, 'postCoefficient'])}
                          >
                            <InputNumber {...NUMBER} />
                          </Form.Item>
                        </Col>
                        <Col span={7}>
                          <Form.Item
                            name={[field.name, 'performanceCoefficient']}
                            label={t('payPlans.profitSharing.performanceCoefficient')}
                            tooltip={tooltip}
                            {...status(['participants', field.name, 'performanceCoefficient'])}
                          >
                            <InputNumber {...NUMBER} />
                          </Form.Item>
                        </Col>
                        <Col span={2} style={{ paddingTop: 30 }}>
                          <Button
                            type="text"
                            icon={<DeleteOutlined />}
                            aria-label={t('payPlans.remove')}
                            disabled={fields.length <= 1}
                            onClick={() => remove(field.name)}
                          />
                        </Col>
                      </Row>
                    ))}
                    <Button icon={<PlusOutlined />} onClick={() => add({ performanceCoefficient: '1' })}>
                      {t('payPlans.add')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Form>
          </ProCard>
        </Col>
        <Col xs={24} xl={13}>
          <ProCard bordered title={t('payTools.result')}>
            {live.error ? (
              <Alert type="info" showIcon message={t('payTools.invalid')} />
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
      intro={t('payPlans.profitSharing.intro')}
      newValues={newProfitSharingValues}
      valuesOf={(input) => profitSharingValuesOf(input as unknown as ProfitSharingInput)}
    >
      {(initialValues, toolbar) => <ProfitSharingForm initialValues={initialValues} toolbar={toolbar} />}
    </PlanCalculatorPage>
  );
}
