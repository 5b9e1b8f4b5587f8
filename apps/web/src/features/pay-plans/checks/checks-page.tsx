import { ProCard } from '@ant-design/pro-components';
import { Alert, Checkbox, Col, Form, InputNumber, Row, Space, Switch, Table, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type CheckResult, SOURCES, type SourceArticle } from '@skillpay/paycalc';
import { CheckResults } from '../../progress-reports';
import { type FieldStatus, useFieldStatus } from '../shared/calculator-errors';
import {
  CHECK_PARTS,
  checkFieldPath,
  type CheckPart,
  type ChecksFormValues,
  checksValuesOf,
  EDUCATION_FUND_FIELDS,
  FIXED_VARIABLE_FIELDS,
  HIGH_SKILL_PAIRS,
  liveChecks,
  newChecksValues,
  TWO_LOWER_THAN_PAIRS,
} from './checks-values';
import { PlanCalculatorPage, type ToolbarSlot } from '../saved-plans/plan-calculator-page';
import { SourceLink, sourceTooltip } from '../shared/source-link';

const NUMBER = { stringMode: true, style: { width: '100%' } } as const;

const PART_SOURCES: Record<CheckPart, SourceArticle> = {
  twoLowerThan: SOURCES.twoLowerThan,
  highSkillWageGrowth: SOURCES.highSkillWageGrowth,
  educationFund: SOURCES.educationFund,
  fixedVariableRatio: SOURCES.fixedVariableRatio,
};

type Status = (name: readonly (string | number)[]) => FieldStatus;

/** Rows of this year's and last year's figures of a growth check. */
function YearPairs({ part, keys, status }: { part: CheckPart; keys: readonly string[]; status: Status }) {
  const { t } = useTranslation();
  const cell = (key: string, year: 'current' | 'previous') => (
    <Form.Item name={[part, key, year]} style={{ marginBottom: 0 }} {...status([part, key, year])}>
      <InputNumber {...NUMBER} data-testid={`check-${part}-${key}-${year}`} />
    </Form.Item>
  );
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={keys.map((key) => ({ key }))}
      columns={[
        {
          title: '',
          render: (_v, row) => (
            <Space size={4}>
              {t(`payPlans:checks.fields.${row.key as 'wageBill'}`)}
              <Typography.Text type="secondary">
                <SourceLink source={PART_SOURCES[part]} />
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('payPlans:checks.current'), width: '30%', render: (_v, row) => cell(row.key, 'current') },
        {
          title: t('payPlans:checks.previous'),
          width: '30%',
          render: (_v, row) => cell(row.key, 'previous'),
        },
      ]}
    />
  );
}

/** Single figures of a share check. */
function Figures({ part, keys, status }: { part: CheckPart; keys: readonly string[]; status: Status }) {
  const { t } = useTranslation();
  const tooltip = sourceTooltip(PART_SOURCES[part]);
  const label = (key: string) =>
    part === 'educationFund' && key === 'wageBill'
      ? t('payPlans:checks.fields.educationWageBill')
      : t(`payPlans:checks.fields.${key as 'fixedPay'}`);
  return (
    <Row gutter={8}>
      {keys.map((key) => (
        <Col xs={24} md={24 / keys.length} key={key}>
          <Form.Item name={[part, key]} label={label(key)} tooltip={tooltip} {...status([part, key])}>
            <InputNumber {...NUMBER} data-testid={`check-${part}-${key}`} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

export interface ChecksFormProps {
  initialValues: ChecksFormValues;
  /** the save/export toolbar, given the calculator and the input the form holds (null while it does not compute) */
  toolbar?: ToolbarSlot;
}

/** 合规检查: the four checks, each computed live by libs/paycalc with its figures and article. */
export function ChecksForm({ initialValues, toolbar }: ChecksFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ChecksFormValues>();
  const watched = Form.useWatch([], { form, preserve: true }) as ChecksFormValues | undefined;
  const values = watched ?? initialValues;
  const live = useMemo(() => liveChecks(values), [values]);
  const parts = new Set(values.parts ?? []);
  // one status per check: each marks its own first bad figure
  const useStatus = (part: CheckPart) =>
    useFieldStatus(live.results[part]?.error ?? null, (field) => checkFieldPath(part, field));
  const twoStatus = useStatus('twoLowerThan');
  const growthStatus = useStatus('highSkillWageGrowth');
  const fundStatus = useStatus('educationFund');
  const ratioStatus = useStatus('fixedVariableRatio');
  const results = CHECK_PARTS.map((part) => live.results[part]?.result).filter(
    (result): result is CheckResult => Boolean(result),
  );

  const section = (part: CheckPart, body: ReactNode) =>
    parts.has(part) ? (
      <ProCard
        bordered
        key={part}
        title={t(`payPlans:checks.${part}`)}
        extra={<SourceLink source={PART_SOURCES[part]} />}
        data-testid={`checks-${part}`}
      >
        {body}
      </ProCard>
    ) : null;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {toolbar?.(
        parts.size > 0 && live.errorPath === null ? { calculator: 'checks', input: live.input } : null,
      )}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={13}>
          <Form<ChecksFormValues> form={form} layout="vertical" initialValues={initialValues}>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <ProCard bordered>
                <Form.Item name="parts" style={{ marginBottom: 8 }}>
                  <Checkbox.Group
                    options={CHECK_PARTS.map((part) => ({
                      value: part,
                      label: t(`payPlans:checks.${part}`),
                    }))}
                  />
                </Form.Item>
                <Space>
                  <Form.Item name="stateOwned" valuePropName="checked" noStyle>
                    <Switch size="small" data-testid="checks-state-owned" />
                  </Form.Item>
                  {t('payPlans:checks.stateOwned')}
                </Space>
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                  {t('payPlans:checks.stateOwnedHint')}
                </Typography.Paragraph>
              </ProCard>
              {parts.size === 0 ? (
                <Alert type="warning" showIcon message={t('payPlans:needOnePart')} />
              ) : null}
              {section(
                'twoLowerThan',
                <YearPairs part="twoLowerThan" keys={TWO_LOWER_THAN_PAIRS} status={twoStatus} />,
              )}
              {section(
                'highSkillWageGrowth',
                <YearPairs part="highSkillWageGrowth" keys={HIGH_SKILL_PAIRS} status={growthStatus} />,
              )}
              {section(
                'educationFund',
                <Figures part="educationFund" keys={EDUCATION_FUND_FIELDS} status={fundStatus} />,
              )}
              {section(
                'fixedVariableRatio',
                <Figures part="fixedVariableRatio" keys={FIXED_VARIABLE_FIELDS} status={ratioStatus} />,
              )}
            </Space>
          </Form>
        </Col>
        <Col xs={24} xl={11}>
          <ProCard bordered title={t('payTools:result')}>
            {live.errorPath ? (
              <Alert type="info" showIcon message={t('payTools:invalid')} style={{ marginBottom: 8 }} />
            ) : null}
            <CheckResults results={results} />
          </ProCard>
        </Col>
      </Row>
    </Space>
  );
}

export function ChecksPage() {
  const { t } = useTranslation();
  return (
    <PlanCalculatorPage
      calculator="checks"
      intro={t('payPlans:checks.intro')}
      newValues={() => newChecksValues()}
      valuesOf={(plan) => checksValuesOf(plan.version.input)}
    >
      {(initialValues, toolbar) => <ChecksForm initialValues={initialValues} toolbar={toolbar} />}
    </PlanCalculatorPage>
  );
}
