import { ProCard } from '@ant-design/pro-components';
import {
  Alert,
  Checkbox,
  Col,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AppliedCheckRules,
  appliedRule,
  type CheckResult,
  type CheckRuleSet,
  type CitedSource,
  NATIONAL_APPLIED_RULES,
} from '@skillpay/paycalc';
import { useLanguage } from '../../../app/i18n/i18n';
import { useCheckRules, useProgrammes } from '../../programmes';
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

type Status = (name: readonly (string | number)[]) => FieldStatus;

interface PartProps {
  part: CheckPart;
  keys: readonly string[];
  status: Status;
  /** the basis the applying programme's rule cites */
  source: CitedSource;
}

/**
 * The programme whose check rules apply: the plan's, else the first active one the caller sees;
 * none chosen means the national defaults.
 */
function useAppliedRules(initial: string | null | undefined) {
  const programmes = useProgrammes({ status: 'active' });
  const [chosen, setChosen] = useState<string | null | undefined>(initial);
  const programmeId = chosen === undefined ? (programmes.data?.items[0]?.id ?? null) : chosen;
  const rules = useCheckRules(programmeId ?? undefined);
  const applied = useMemo<AppliedCheckRules>(
    () =>
      programmeId && rules.data
        ? { rules: rules.data.rules as unknown as CheckRuleSet, cityCode: rules.data.regionCode }
        : NATIONAL_APPLIED_RULES,
    [programmeId, rules.data],
  );
  return { programmes: programmes.data?.items ?? [], programmeId, setProgrammeId: setChosen, applied };
}

/** Rows of this year's and last year's figures of a growth check. */
function YearPairs({ part, keys, status, source }: PartProps) {
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
                <SourceLink source={source} />
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
function Figures({ part, keys, status, source }: PartProps) {
  const { t } = useTranslation();
  const tooltip = sourceTooltip(source);
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

/**
 * 合规检查: the checks chosen, each computed live by libs/paycalc with its figures and the basis
 * the applying programme's rule cites; a rule of another city's text is marked as its example.
 */
export function ChecksForm({ initialValues, toolbar }: ChecksFormProps) {
  const initialProgramme = initialValues.programmeId;
  const { t } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<ChecksFormValues>();
  const watched = Form.useWatch([], { form, preserve: true }) as ChecksFormValues | undefined;
  const values = watched ?? initialValues;
  const { programmes, programmeId, setProgrammeId, applied } = useAppliedRules(initialProgramme);
  const live = useMemo(() => liveChecks(values, applied), [values, applied]);
  const sources = useMemo(
    () => Object.fromEntries(CHECK_PARTS.map((part) => [part, appliedRule(applied, part).source])),
    [applied],
  ) as Record<CheckPart, CitedSource>;
  // a new form starts on the checks the programme applies, not on every check the portal knows
  useEffect(() => {
    if (initialProgramme === undefined) {
      form.setFieldValue(
        'parts',
        CHECK_PARTS.filter((part) => applied.rules[part].enabled),
      );
    }
  }, [applied, form, initialProgramme]);
  const partLabel = (part: CheckPart) => (
    <Space size={4}>
      {t(`payPlans:checks.${part}`)}
      {applied.rules[part].enabled ? <Tag color="blue">{t('payPlans:checks.applies')}</Tag> : null}
      {sources[part].exampleOf ? (
        <Tag color="orange">
          {t('payPlans:checks.exampleOf', { city: sources[part].exampleOf[language] })}
        </Tag>
      ) : null}
    </Space>
  );
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
        title={partLabel(part)}
        extra={<SourceLink source={sources[part]} />}
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
                <Space wrap style={{ marginBottom: 8 }}>
                  {t('payPlans:checks.rulesOf')}
                  <Select
                    style={{ minWidth: 280 }}
                    value={programmeId ?? ''}
                    onChange={(value: string) => setProgrammeId(value || null)}
                    data-testid="checks-programme"
                    options={[
                      ...programmes.map((programme) => ({ value: programme.id, label: programme.title })),
                      { value: '', label: t('payPlans:checks.national') },
                    ]}
                  />
                </Space>
                <Form.Item name="parts" style={{ marginBottom: 8 }}>
                  <Checkbox.Group
                    options={CHECK_PARTS.map((part) => ({ value: part, label: partLabel(part) }))}
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
                <YearPairs
                  part="twoLowerThan"
                  keys={TWO_LOWER_THAN_PAIRS}
                  status={twoStatus}
                  source={sources.twoLowerThan}
                />,
              )}
              {section(
                'highSkillWageGrowth',
                <YearPairs
                  part="highSkillWageGrowth"
                  keys={HIGH_SKILL_PAIRS}
                  status={growthStatus}
                  source={sources.highSkillWageGrowth}
                />,
              )}
              {section(
                'educationFund',
                <Figures
                  part="educationFund"
                  keys={EDUCATION_FUND_FIELDS}
                  status={fundStatus}
                  source={sources.educationFund}
                />,
              )}
              {section(
                'fixedVariableRatio',
                <Figures
                  part="fixedVariableRatio"
                  keys={FIXED_VARIABLE_FIELDS}
                  status={ratioStatus}
                  source={sources.fixedVariableRatio}
                />,
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
      valuesOf={(plan) => ({ ...checksValuesOf(plan.version.input), programmeId: plan.programmeId })}
    >
      {(initialValues, toolbar) => <ChecksForm initialValues={initialValues} toolbar={toolbar} />}
    </PlanCalculatorPage>
  );
}
