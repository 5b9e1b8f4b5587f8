import { DeleteOutlined, LineChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useMemo } from 'react';
import { WAGE_SKILL_LEVELS } from '@skillpay/domain';
import {
  buildPayTable,
  CALCULATOR_SOURCES,
  gradeStepAmounts,
  MAX_PAY_STEPS,
  type PayTable,
  type PayTableGrade,
  PayTableFill,
  PayTableForm,
  SKILL_LADDERS,
} from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '../../../app/i18n/i18n';
import { useBenchmarkLabels } from '../../benchmarks';
import { CalculatorLayout } from '../shared/calculator-layout';
import { useFieldStatus } from '../shared/calculator-errors';
import { calculate } from '../shared/live-calculation';
import {
  defaultPayTableValues,
  gradesOf,
  payTableFieldPath,
  payTableInputOf,
  type PayTableFormValues,
  payTableValuesOf,
} from './pay-table-values';
import { PayTableMarket } from './pay-table-market';
import { PayTableView } from './pay-table-view';
import { type PayPlanDetail } from '../pay-plans.api';
import { PlanToolbar, usePlanBeingRevised } from '../saved-plans/plan-toolbar';
import { sourceTooltip } from '../shared/source-link';
import { type StepMovementNavigation } from '../step-movement/step-movement-values';

/** 岗位工资表 (arts. 20–24, Qujing annex 1), live as the user types. */
export function PayTablePage() {
  const revising = usePlanBeingRevised('pay-table');
  const plan = revising.plan;
  const initialValues = plan ? payTableValuesOf(plan.version.input) : defaultPayTableValues();
  return (
    <PayTableCalculator
      key={plan?.id ?? 'new'}
      loading={revising.loading}
      plan={plan}
      initialValues={initialValues}
    />
  );
}

interface PayTableCalculatorProps {
  loading: boolean;
  plan: PayPlanDetail | null;
  initialValues: PayTableFormValues;
}

function PayTableCalculator({ loading, plan, initialValues }: PayTableCalculatorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useLanguage();
  const benchmarkLabels = useBenchmarkLabels();
  const [form] = Form.useForm<PayTableFormValues>();
  const watched = Form.useWatch((values: PayTableFormValues) => values, { form, preserve: true });
  const values = watched ?? initialValues;
  const input = useMemo(() => payTableInputOf(values), [values]);
  const live = useMemo(() => calculate(() => buildPayTable(input)), [input]);
  const status = useFieldStatus(live.error, payTableFieldPath);
  const ladderLabels = values.ladder === 'custom' ? null : SKILL_LADDERS[values.ladder];
  const gradeOptions = gradesOf(values).map((grade) => ({
    value: grade.key,
    label:
      grade.label ??
      ladderLabels?.find((candidate) => candidate.key === grade.key)?.label[language] ??
      grade.key,
  }));
  const levelOptions = WAGE_SKILL_LEVELS.map((level) => ({
    value: level,
    label: benchmarkLabels.skillLevel(level),
  }));

  const simulate = (table: PayTable, grade: PayTableGrade) => {
    const amounts = calculate(() => gradeStepAmounts(table, grade.key));
    if (!amounts.result || table.stepCount < 2) return null;
    const state: StepMovementNavigation = { stepAmounts: amounts.result, grade: grade.label[language] };
    return (
      <Button
        size="small"
        type="link"
        icon={<LineChartOutlined />}
        title={t('payTools:payTable.simulate')}
        onClick={() => navigate('/pay-tools/step-movement', { state })}
      />
    );
  };

  const formNode = (
    <Form<PayTableFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      data-testid="pay-table-form"
    >
      <Form.Item
        name="ladder"
        label={t('payTools:payTable.ladder')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.qujingPayTable)}
      >
        <Radio.Group
          optionType="button"
          options={(['national', 'qujing', 'custom'] as const).map((value) => ({
            value,
            label: t(`payTools:payTable.ladders.${value}`),
          }))}
        />
      </Form.Item>
      {values.ladder === 'custom' ? (
        <Form.Item label={t('payTools:payTable.customGrades')} {...status('customGrades')}>
          <Form.List name="customGrades">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'label']}
                      noStyle={false}
                      style={{ marginBottom: 0 }}
                      {...status(['customGrades', field.name, 'label'])}
                    >
                      <Input
                        placeholder={t('payTools:payTable.gradeLabel')}
                        style={{ width: 160 }}
                        data-testid={`custom-grade-${field.name}`}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'marketSkillLevel']} style={{ marginBottom: 0 }}>
                      <Select
                        allowClear
                        placeholder={t('payTools:payTable.marketLevel')}
                        options={levelOptions}
                        style={{ width: 180 }}
                      />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ label: '' })}>
                  {t('payTools:payTable.addGrade')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      ) : null}
      <Form.Item
        label={t('payTools:payTable.keyPoints')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.payTableConstruction)}
        extra={t('payTools:payTable.keyPointsHint')}
        {...status('keyPoints')}
      >
        <Form.List name="keyPoints">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'grade']}
                    style={{ marginBottom: 0 }}
                    {...status(['keyPoints', field.name, 'grade'])}
                  >
                    <Select
                      options={gradeOptions}
                      placeholder={t('payTools:payTable.grade')}
                      style={{ width: 180 }}
                      data-testid={`key-point-grade-${index}`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'ratio']}
                    style={{ marginBottom: 0 }}
                    {...status(['keyPoints', field.name, 'ratio'])}
                  >
                    <InputNumber
                      stringMode
                      min="0"
                      step="0.1"
                      placeholder={t('payTools:payTable.ratio')}
                      style={{ width: 140 }}
                      data-testid={`key-point-ratio-${index}`}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    disabled={fields.length <= 2}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ ratio: null }, Math.max(fields.length - 1, 0))}
                data-testid="key-point-add"
              >
                {t('payTools:payTable.addKeyPoint')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="fill"
        label={t('payTools:payTable.fill')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.payTableConstruction)}
        {...status('fill')}
      >
        <Radio.Group
          options={Object.values(PayTableFill).map((value) => ({
            value,
            label: t(`payTools:payTable.fills.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="form"
        label={t('payTools:payTable.form')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.payTableForm)}
        {...status('form')}
      >
        <Radio.Group
          options={Object.values(PayTableForm).map((value) => ({
            value,
            label: t(`payTools:payTable.forms.${value}`),
          }))}
        />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          name="base"
          label={t('payTools:payTable.base')}
          tooltip={sourceTooltip(CALCULATOR_SOURCES.payTableConstruction)}
          {...status('base')}
        >
          <InputNumber
            stringMode
            min="0"
            addonAfter={t(`payTools:payTable.baseHint.${values.form}`)}
            style={{ width: 200 }}
            data-testid="pay-table-base"
          />
        </Form.Item>
        {values.form === PayTableForm.Amount ? null : (
          <Form.Item
            name="pointValue"
            label={t('payTools:payTable.pointValue')}
            tooltip={sourceTooltip(CALCULATOR_SOURCES.payTableForm)}
            {...status('pointValue')}
          >
            <InputNumber stringMode min="0" style={{ width: 180 }} data-testid="pay-table-point-value" />
          </Form.Item>
        )}
      </Space>
      <Space wrap align="start">
        <Form.Item
          name="steps"
          label={t('payTools:payTable.steps')}
          tooltip={sourceTooltip(CALCULATOR_SOURCES.qujingPayTable)}
          {...status('steps')}
        >
          <InputNumber
            min={1}
            max={MAX_PAY_STEPS}
            precision={0}
            style={{ width: 120 }}
            data-testid="pay-table-steps"
          />
        </Form.Item>
        <Form.Item
          name="decimals"
          label={t('payTools:payTable.decimals')}
          tooltip={sourceTooltip(CALCULATOR_SOURCES.payTableForm)}
          {...status('decimals')}
        >
          <InputNumber min={0} max={4} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Space>
      <Form.Item
        label={t('payTools:payTable.increment')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.broadbandSteps)}
        {...status('increment')}
      >
        <Space wrap>
          <Form.Item name="incrementMode" noStyle>
            <Radio.Group
              optionType="button"
              options={(['percent', 'value'] as const).map((value) => ({
                value,
                label: t(`payTools:payTable.incrementModes.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="increment" noStyle>
            <InputNumber
              stringMode
              min="0"
              addonAfter={values.incrementMode === 'percent' ? '%' : undefined}
              style={{ width: 160 }}
              data-testid="pay-table-increment"
            />
          </Form.Item>
        </Space>
      </Form.Item>
    </Form>
  );

  return (
    <CalculatorLayout
      kind="pay-table"
      loading={loading}
      form={formNode}
      toolbar={
        <PlanToolbar
          call={live.result ? { calculator: 'pay-table', input } : null}
          defaultTitle={t('payTools:kinds.pay-table.title')}
          plan={plan}
        />
      }
      result={
        live.result ? (
          <PayTableView
            table={live.result}
            gradeAction={(grade) => simulate(live.result, grade)}
            extraTabs={[
              {
                key: 'market',
                label: t('payTools:payTable.market'),
                children: <PayTableMarket table={live.result} />,
              },
            ]}
          />
        ) : null
      }
    />
  );
}
