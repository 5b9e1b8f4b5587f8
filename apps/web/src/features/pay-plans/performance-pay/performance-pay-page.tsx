import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { useMemo } from 'react';
import { POST_CATEGORY_LABELS, PostCategory } from '@skillpay/domain';
import {
  auxiliaryPool,
  CALCULATOR_SOURCES,
  distributePerformancePay,
  PerformanceBasis,
} from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/i18n';
import { CalculatorLayout } from '../shared/calculator-layout';
import { InlineListRows } from '../shared/list-rows';
import { useFieldStatus } from '../shared/calculator-errors';
import { calculate } from '../shared/live-calculation';
import {
  auxiliaryInputOf,
  defaultPerformancePayValues,
  distributionInputOf,
  performancePayFieldPath,
  type PerformancePayFormValues,
  performancePayInputOf,
  performancePayValuesOf,
} from './performance-pay-values';
import { AuxiliaryPoolView, PerformancePayView } from './performance-pay-view';
import { type PayPlanDetail } from '../pay-plans.api';
import { PlanToolbar, usePlanBeingRevised } from '../saved-plans/plan-toolbar';
import { sourceTooltip } from '../shared/source-link';
import { labelOf } from '../../../app/i18n/labels';

/** 绩效工资分配 (Qujing art. 8 (六), MOHRSS arts. 25–27), live. */
export function PerformancePayPage() {
  const revising = usePlanBeingRevised('performance-pay');
  const plan = revising.plan;
  const initialValues = plan ? performancePayValuesOf(plan.version.input) : defaultPerformancePayValues();
  return (
    <PerformancePayCalculator
      key={plan?.id ?? 'new'}
      loading={revising.loading}
      plan={plan}
      initialValues={initialValues}
    />
  );
}

interface PerformancePayCalculatorProps {
  loading: boolean;
  plan: PayPlanDetail | null;
  initialValues: PerformancePayFormValues;
}

function PerformancePayCalculator({ loading, plan, initialValues }: PerformancePayCalculatorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<PerformancePayFormValues>();
  const watched = Form.useWatch((values: PerformancePayFormValues) => values, { form, preserve: true });
  const values = watched ?? initialValues;
  const live = useMemo(
    () =>
      calculate(() => ({
        distribution: distributePerformancePay(distributionInputOf(values)),
        auxiliary: values.auxiliaryEnabled ? auxiliaryPool(auxiliaryInputOf(values)) : null,
      })),
    [values],
  );
  const status = useFieldStatus(live.error, performancePayFieldPath);
  const categoryOptions = Object.values(PostCategory).map((category) => ({
    value: category,
    label: labelOf(POST_CATEGORY_LABELS, category, language),
  }));
  const pieces = values.basis === PerformanceBasis.Pieces;
  // the fields a department's member and an auxiliary member share
  const memberLabelField = {
    name: 'label',
    input: <Input placeholder={t('payTools:performancePay.memberLabel')} style={{ width: 100 }} />,
  };
  const coefficientField = {
    name: 'coefficient',
    input: (
      <InputNumber
        stringMode
        min="0"
        placeholder={t('payTools:performancePay.coefficient')}
        style={{ width: 120 }}
      />
    ),
  };

  const formNode = (
    <Form<PerformancePayFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      data-testid="performance-pay-form"
    >
      <Space wrap align="start">
        <Form.Item
          name="pool"
          label={t('payTools:performancePay.pool')}
          tooltip={sourceTooltip(CALCULATOR_SOURCES.performancePayFormulas)}
          {...status('pool')}
        >
          <InputNumber
            stringMode
            min="0"
            precision={2}
            style={{ width: 200 }}
            data-testid="performance-pool"
          />
        </Form.Item>
        <Form.Item
          name="basis"
          label={t('payTools:performancePay.basis')}
          tooltip={sourceTooltip(CALCULATOR_SOURCES.performancePayFormulas)}
        >
          <Radio.Group
            optionType="button"
            options={Object.values(PerformanceBasis).map((basis) => ({
              value: basis,
              label: t(`payTools:performancePay.bases.${basis}`),
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item
        label={t('payTools:performancePay.categoryWeights')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.categoryWeights)}
        style={{ marginBottom: 0 }}
      >
        <Space wrap align="start">
          <Form.Item
            name="management"
            label={t('payTools:performancePay.management')}
            {...status('management')}
          >
            <InputNumber stringMode min="0" max="100" addonAfter="%" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="technical" label={t('payTools:performancePay.technical')} {...status('technical')}>
            <InputNumber stringMode min="0" max="100" addonAfter="%" style={{ width: 120 }} />
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item label={t('payTools:performancePay.departments')} {...status('departments')}>
        <Form.List name="departments">
          {(departments, { add: addDepartment, remove: removeDepartment }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {departments.map((department) => (
                <Card
                  key={department.key}
                  size="small"
                  title={
                    <Space wrap align="start">
                      <Form.Item
                        name={[department.name, 'label']}
                        style={{ marginBottom: 0 }}
                        {...status(['departments', department.name, 'label'])}
                      >
                        <Input
                          placeholder={t('payTools:performancePay.departmentLabel')}
                          style={{ width: 140 }}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[department.name, 'points']}
                        style={{ marginBottom: 0 }}
                        tooltip={t('payTools:performancePay.departmentPointsHint')}
                        {...status(['departments', department.name, 'points'])}
                      >
                        <InputNumber
                          stringMode
                          min="0"
                          placeholder={t('payTools:performancePay.departmentPoints')}
                          title={t('payTools:performancePay.departmentPointsHint')}
                          style={{ width: pieces ? 140 : 180 }}
                        />
                      </Form.Item>
                    </Space>
                  }
                  extra={
                    <Button
                      icon={<DeleteOutlined />}
                      disabled={departments.length <= 1}
                      onClick={() => removeDepartment(department.name)}
                    />
                  }
                >
                  <Form.Item
                    style={{ marginBottom: 0 }}
                    {...status(['departments', department.name, 'members'])}
                  >
                    <InlineListRows
                      name={[department.name, 'members']}
                      path={['departments', department.name, 'members']}
                      status={status}
                      newRow={() => ({ label: '', category: PostCategory.Skilled })}
                      addLabel={t('payTools:performancePay.addMember')}
                      fields={[
                        memberLabelField,
                        {
                          name: 'category',
                          input: <Select options={categoryOptions} style={{ width: 130 }} />,
                        },
                        {
                          name: 'measure',
                          input: (
                            <InputNumber
                              stringMode
                              min="0"
                              placeholder={t(`payTools:performancePay.measure.${values.basis}`)}
                              style={{ width: 100 }}
                            />
                          ),
                        },
                        coefficientField,
                      ]}
                    />
                  </Form.Item>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  addDepartment({ label: '', members: [{ label: '', category: PostCategory.Skilled }] })
                }
              >
                {t('payTools:performancePay.addDepartment')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="auxiliaryEnabled"
        label={t('payTools:performancePay.auxiliary')}
        valuePropName="checked"
        tooltip={sourceTooltip(CALCULATOR_SOURCES.auxiliaryPool)}
      >
        <Switch />
      </Form.Item>
      {values.auxiliaryEnabled ? (
        <>
          <Space wrap align="start">
            <Form.Item
              name={['auxiliary', 'servedAverage']}
              label={t('payTools:performancePay.servedAverage')}
              {...status('auxiliary.servedAverage')}
            >
              <InputNumber stringMode min="0" precision={2} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item
              name={['auxiliary', 'ratioPercent']}
              label={t('payTools:performancePay.ratioPercent')}
              tooltip={sourceTooltip(CALCULATOR_SOURCES.auxiliaryPool)}
              {...status('auxiliary.ratioPercent')}
            >
              <InputNumber stringMode min="0" max="100" addonAfter="%" style={{ width: 120 }} />
            </Form.Item>
          </Space>
          <Form.Item label={t('payTools:performancePay.auxMembers')} {...status('auxiliary.members')}>
            <InlineListRows
              name={['auxiliary', 'members']}
              path={['auxiliary', 'members']}
              status={status}
              newRow={() => ({ label: '' })}
              addLabel={t('payTools:performancePay.addMember')}
              fields={[
                memberLabelField,
                coefficientField,
                {
                  name: 'points',
                  input: (
                    <InputNumber
                      stringMode
                      min="0"
                      placeholder={t('payTools:performancePay.points')}
                      style={{ width: 100 }}
                    />
                  ),
                },
              ]}
            />
          </Form.Item>
        </>
      ) : null}
    </Form>
  );

  return (
    <CalculatorLayout
      kind="performance-pay"
      loading={loading}
      form={formNode}
      toolbar={
        <PlanToolbar
          call={live.result ? { calculator: 'performance-pay', input: performancePayInputOf(values) } : null}
          defaultTitle={t('payTools:kinds.performance-pay.title')}
          plan={plan}
        />
      }
      result={
        live.result ? (
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <PerformancePayView pay={live.result.distribution} />
            {live.result.auxiliary ? <AuxiliaryPoolView pool={live.result.auxiliary} /> : null}
          </Space>
        ) : null
      }
    />
  );
}
