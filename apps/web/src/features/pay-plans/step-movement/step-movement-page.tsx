import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useMemo } from 'react';
import {
  CALCULATOR_SOURCES,
  MAX_PAY_STEPS,
  MAX_SIMULATION_YEARS,
  Rating,
  RATING_LABELS,
  RATINGS,
  simulatePayPath,
  simulateTeamWageBill,
} from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useLanguage } from '../../../app/i18n/i18n';
import { CalculatorLayout } from '../shared/calculator-layout';
import { useFieldStatus } from '../shared/calculator-errors';
import { calculate } from '../shared/live-calculation';
import { type CalculatorCall, type PayPlanDetail } from '../pay-plans.api';
import { PlanToolbar, usePlanBeingRevised } from '../saved-plans/plan-toolbar';
import { sourceTooltip } from '../shared/source-link';
import {
  defaultStepMovementValues,
  payPathInputOf,
  stepMovementFieldPath,
  type StepMovementFormValues,
  stepMovementInputOf,
  type StepMovementNavigation,
  stepMovementValuesOf,
  teamWageBillInputOf,
} from './step-movement-values';
import { PayPathView, TeamWageBillView } from './step-movement-view';
import { labelOf } from '../../../app/i18n/labels';

/** 晋档模拟 (art. 20): a worker's pay path, or a team's wage bill under a rating distribution. */
export function StepMovementPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const handover = (location.state as StepMovementNavigation | null) ?? null;
  const revising = usePlanBeingRevised('step-movement');
  const plan = revising.plan;
  const initialValues = plan ? stepMovementValuesOf(plan.version.input) : defaultStepMovementValues(handover);
  return (
    <StepMovementCalculator
      key={plan?.id ?? 'new'}
      loading={revising.loading}
      plan={plan}
      initialValues={initialValues}
      notice={!plan && handover ? t('payTools:stepMovement.fromPayTable', { grade: handover.grade }) : null}
    />
  );
}

interface StepMovementCalculatorProps {
  loading: boolean;
  plan: PayPlanDetail | null;
  initialValues: StepMovementFormValues;
  notice: string | null;
}

function StepMovementCalculator({ loading, plan, initialValues, notice }: StepMovementCalculatorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<StepMovementFormValues>();
  const watched = Form.useWatch((values: StepMovementFormValues) => values, { form, preserve: true });
  const values = watched ?? initialValues;
  const team = values.mode === 'team';
  const live = useMemo(
    () =>
      team
        ? calculate(() => ({ team: simulateTeamWageBill(teamWageBillInputOf(values)), path: null }))
        : calculate(() => ({ path: simulatePayPath(payPathInputOf(values)), team: null })),
    [team, values],
  );
  const status = useFieldStatus(live.error, stepMovementFieldPath);
  const ratingOptions = RATINGS.map((rating) => ({
    value: rating,
    label: labelOf(RATING_LABELS, rating, language),
  }));
  const amountsHint = t('payTools:stepMovement.stepAmountsHint');

  const pathFields = (
    <>
      <Form.Item
        name="stepAmounts"
        label={t('payTools:stepMovement.stepAmounts')}
        extra={amountsHint}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.broadbandSteps)}
        {...status('stepAmounts')}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="step-amounts" />
      </Form.Item>
      <Form.Item name="startStep" label={t('payTools:stepMovement.startStep')} {...status('startStep')}>
        <InputNumber min={1} max={MAX_PAY_STEPS} precision={0} data-testid="start-step" />
      </Form.Item>
      <Form.Item
        label={t('payTools:stepMovement.ratings')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.stepMovement)}
        {...status('ratings')}
      >
        <Form.List name="ratings">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                {t('payTools:stepMovement.fillRatings')}
                {RATINGS.map((rating) => (
                  <Button
                    key={rating}
                    size="small"
                    onClick={() =>
                      form.setFieldValue(
                        'ratings',
                        (values.ratings ?? []).map(() => rating),
                      )
                    }
                  >
                    {labelOf(RATING_LABELS, rating, language)}
                  </Button>
                ))}
              </Space>
              {fields.map((field, index) => (
                <Space key={field.key} align="start">
                  <Form.Item
                    name={field.name}
                    label={t('payTools:stepMovement.year', { year: index + 1 })}
                    style={{ marginBottom: 0 }}
                    {...status(['ratings', field.name])}
                  >
                    <Select options={ratingOptions} style={{ width: 140 }} data-testid={`rating-${index}`} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    disabled={fields.length <= 1}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                disabled={fields.length >= MAX_SIMULATION_YEARS}
                onClick={() => add(Rating.Qualified)}
              >
                {t('payTools:stepMovement.years')} +1
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </>
  );

  const teamFields = (
    <>
      <Form.Item label={t('payTools:stepMovement.groups')} {...status('groups')}>
        <Form.List name="groups">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field) => (
                <Space key={field.key} direction="vertical" style={{ width: '100%' }} size={0}>
                  <Space wrap align="start">
                    <Form.Item
                      name={[field.name, 'label']}
                      label={t('payTools:stepMovement.groupLabel')}
                      {...status(['groups', field.name, 'label'])}
                    >
                      <Input style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'step']}
                      label={t('payTools:stepMovement.groupStep')}
                      {...status(['groups', field.name, 'step'])}
                    >
                      <InputNumber min={1} max={MAX_PAY_STEPS} precision={0} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'headcount']}
                      label={t('payTools:stepMovement.headcount')}
                      {...status(['groups', field.name, 'headcount'])}
                    >
                      <InputNumber min={0} precision={0} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      style={{ marginTop: 30 }}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                  <Form.Item
                    name={[field.name, 'stepAmounts']}
                    label={t('payTools:stepMovement.stepAmounts')}
                    {...status(['groups', field.name, 'stepAmounts'])}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    label: '',
                    stepAmounts: values.groups?.[0]?.stepAmounts ?? '',
                    step: 1,
                    headcount: 1,
                  })
                }
              >
                {t('payTools:stepMovement.addGroup')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        label={t('payTools:stepMovement.distribution')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.stepMovement)}
        {...status('distribution')}
      >
        <Space wrap>
          {RATINGS.map((rating) => (
            <Form.Item
              key={rating}
              name={['distribution', rating]}
              label={labelOf(RATING_LABELS, rating, language)}
              style={{ marginBottom: 0 }}
              {...status(['distribution', rating])}
            >
              <InputNumber stringMode min="0" max="100" addonAfter="%" style={{ width: 120 }} />
            </Form.Item>
          ))}
        </Space>
      </Form.Item>
      <Form.Item name="years" label={t('payTools:stepMovement.years')} {...status('years')}>
        <InputNumber min={1} max={MAX_SIMULATION_YEARS} precision={0} />
      </Form.Item>
    </>
  );

  const formNode = (
    <Form<StepMovementFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      data-testid="step-movement-form"
    >
      {notice ? <Alert type="info" showIcon message={notice} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="mode" label={t('payTools:stepMovement.mode')}>
        <Radio.Group
          optionType="button"
          options={(['path', 'team'] as const).map((value) => ({
            value,
            label: t(`payTools:stepMovement.modes.${value}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="unqualifiedMove"
        label={t('payTools:stepMovement.unqualifiedMove')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.stepMovement)}
        {...status('unqualifiedMove')}
      >
        <Radio.Group
          options={[
            { value: 0, label: t('payTools:stepMovement.unqualifiedMoves.stay') },
            { value: -1, label: t('payTools:stepMovement.unqualifiedMoves.down') },
          ]}
        />
      </Form.Item>
      {team ? teamFields : pathFields}
    </Form>
  );

  const call: CalculatorCall | null = live.result
    ? { calculator: 'step-movement', input: stepMovementInputOf(values) }
    : null;
  return (
    <CalculatorLayout
      kind="step-movement"
      loading={loading}
      form={formNode}
      toolbar={<PlanToolbar call={call} defaultTitle={t('payTools:kinds.step-movement.title')} plan={plan} />}
      result={
        live.result?.path ? (
          <PayPathView path={live.result.path} />
        ) : live.result?.team ? (
          <TeamWageBillView bill={live.result.team} />
        ) : null
      }
    />
  );
}
