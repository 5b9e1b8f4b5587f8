import { ProCard } from '@ant-design/pro-components';
import {
  Alert,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SKILL_LEVEL_LABELS, SkillLevel } from '@skillpay/domain';
import { CALCULATOR_SOURCES, type SourceArticle } from '@skillpay/paycalc';
import { useLanguage } from '../../../app/i18n/i18n';
import { MentorResult, NightShiftResult, SkillAllowanceResult, TeamLeaderResult } from './allowances-result';
import {
  type AllowancePart,
  type AllowancesFormValues,
  allowancesValuesOf,
  CUSTOM_LEVEL,
  liveAllowances,
  newAllowancesValues,
  SKILL_ALLOWANCE_PRESETS,
  skillErrorPath,
} from './allowances-values';
import { type FieldStatus, useFieldStatus } from '../shared/calculator-errors';
import { ListRows } from '../shared/list-rows';
import { formPathOf, type Live } from '../shared/live-calculation';
import { PlanCalculatorPage, type ToolbarSlot } from '../saved-plans/plan-calculator-page';
import { SourceLink, sourceTooltip } from '../shared/source-link';
import { labelOf } from '../../../app/i18n/labels';

const NUMBER = { stringMode: true, style: { width: '100%' } } as const;

type Status = (name: readonly (string | number)[]) => FieldStatus;

interface PartCardProps {
  part: AllowancePart;
  title: string;
  source: SourceArticle;
  included: boolean;
  children: ReactNode;
}

/** One allowance with its switch: a part switched off is left out of the plan. */
function PartCard({ part, title, source, included, children }: PartCardProps) {
  const { t } = useTranslation();
  return (
    <ProCard
      bordered
      data-testid={`allowance-${part}`}
      title={
        <Space>
          <Form.Item name={['include', part]} valuePropName="checked" noStyle>
            <Switch size="small" aria-label={t('payPlans:include')} data-testid={`include-${part}`} />
          </Form.Item>
          {title}
        </Space>
      }
      extra={<SourceLink source={source} />}
    >
      {included ? children : <Typography.Text type="secondary">{t('payPlans:excluded')}</Typography.Text>}
    </ProCard>
  );
}

/** The live result beside a part's inputs, or the prompt to correct the marked field. */
function PartResult<R>({ live, render }: { live: Live<R> | null; render: (result: R) => ReactNode }) {
  const { t } = useTranslation();
  if (!live) return null;
  if (live.error) return <Alert type="info" showIcon message={t('payTools:invalid')} />;
  return <>{render(live.result)}</>;
}

function SkillAllowanceInputs({ status }: { status: Status }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = Form.useFormInstance<AllowancesFormValues>();
  const levels = Form.useWatch(['skillAllowance', 'rows'], form) ?? [];
  const source = sourceTooltip(CALCULATOR_SOURCES.skillAllowance);
  const levelOptions = [
    ...Object.values(SkillLevel).map((level) => ({
      value: level,
      label: labelOf(SKILL_LEVEL_LABELS, level, language),
    })),
    { value: CUSTOM_LEVEL, label: t('payPlans:allowances.skill.custom') },
  ];
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text type="secondary">{t('payPlans:examples')}</Typography.Text>
        <Button
          size="small"
          data-testid="preset-case-d"
          onClick={() => form.setFieldValue(['skillAllowance', 'rows'], SKILL_ALLOWANCE_PRESETS.caseD())}
        >
          {t('payPlans:allowances.skill.caseD')}
        </Button>
        <Button
          size="small"
          data-testid="preset-case-b"
          onClick={() => form.setFieldValue(['skillAllowance', 'rows'], SKILL_ALLOWANCE_PRESETS.caseB())}
        >
          {t('payPlans:allowances.skill.caseB')}
        </Button>
        <SourceLink source={CALCULATOR_SOURCES.caseDSkillPay} />
      </Space>
      <Typography.Text type="secondary">{t('payPlans:allowances.skill.caseDNote')}</Typography.Text>
      <ListRows
        name={['skillAllowance', 'rows']}
        status={status}
        newRow={() => ({ level: CUSTOM_LEVEL })}
        rowAlign="top"
        rowTestId={(index) => `skill-row-${index}`}
        removeCol={{ xs: 2, md: 2 }}
        columns={(index) => {
          const custom = levels[index]?.level === CUSTOM_LEVEL;
          return [
            {
              name: 'level',
              label: t('payPlans:allowances.skill.level'),
              tooltip: source,
              col: { xs: 24, md: custom ? 5 : 9 },
              input: <Select options={levelOptions} />,
            },
            custom
              ? {
                  name: 'label',
                  label: t('payPlans:allowances.skill.label'),
                  col: { xs: 24, md: 4 },
                  input: <Input />,
                }
              : null,
            {
              name: 'monthlyAmount',
              label: t('payPlans:allowances.skill.monthlyAmount'),
              tooltip: source,
              col: { xs: 12, md: 7 },
              input: <InputNumber {...NUMBER} data-testid={`skill-amount-${index}`} />,
            },
            {
              name: 'headcount',
              label: t('payPlans:allowances.skill.headcount'),
              tooltip: source,
              col: { xs: 10, md: 6 },
              input: <InputNumber {...NUMBER} data-testid={`skill-headcount-${index}`} />,
            },
          ];
        }}
      />
    </Space>
  );
}

function TeamLeaderInputs({ status }: { status: Status }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<AllowancesFormValues>();
  const way = Form.useWatch('teamLeaderWay', form);
  const categories = Form.useWatch(['teamLeaderByCategory', 'categories'], form) ?? [];
  const source = sourceTooltip(CALCULATOR_SOURCES.teamLeaderAllowance);
  const money = (name: string, label: string, extra?: ReactNode) => (
    <Col xs={12} md={6}>
      <Form.Item
        name={['teamLeaderByHeadcount', name]}
        label={label}
        tooltip={source}
        extra={extra}
        {...status(['teamLeaderByHeadcount', name])}
      >
        <InputNumber {...NUMBER} data-testid={`team-leader-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Form.Item name="teamLeaderWay" label={t('payPlans:allowances.teamLeader.way')} tooltip={source}>
        <Radio.Group
          optionType="button"
          options={(['headcount', 'category'] as const).map((value) => ({
            value,
            label: t(`payPlans:allowances.teamLeader.ways.${value}`),
          }))}
        />
      </Form.Item>
      {way === 'category' ? (
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('payPlans:allowances.teamLeader.categories')}</Typography.Text>
            <ListRows
              name={['teamLeaderByCategory', 'categories']}
              status={status}
              newRow={() => ({})}
              columns={() => [
                {
                  name: 'key',
                  label: t('payPlans:allowances.teamLeader.category'),
                  col: { span: 11 },
                  input: <Input />,
                },
                {
                  name: 'monthly',
                  label: t('payPlans:allowances.teamLeader.categoryRate'),
                  tooltip: source,
                  col: { span: 11 },
                  input: <InputNumber {...NUMBER} />,
                },
              ]}
            />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('payPlans:allowances.teamLeader.teams')}</Typography.Text>
            <ListRows
              name={['teamLeaderByCategory', 'teams']}
              status={status}
              newRow={() => ({})}
              columns={() => [
                {
                  name: 'key',
                  label: t('payPlans:allowances.teamLeader.team'),
                  col: { span: 11 },
                  input: <Input />,
                },
                {
                  name: 'category',
                  label: t('payPlans:allowances.teamLeader.category'),
                  col: { span: 11 },
                  input: (
                    <Select
                      options={categories
                        .map((category) => category?.key?.trim())
                        .filter((key): key is string => Boolean(key))
                        .map((key) => ({ value: key, label: key }))}
                    />
                  ),
                },
              ]}
            />
          </Col>
        </Row>
      ) : (
        <>
          <Row gutter={8}>
            {money('base', t('payPlans:allowances.teamLeader.base'))}
            {money('includedMembers', t('payPlans:allowances.teamLeader.includedMembers'))}
            {money('perExtraMember', t('payPlans:allowances.teamLeader.perExtraMember'))}
            {money(
              'cap',
              t('payPlans:allowances.teamLeader.cap'),
              t('payPlans:allowances.teamLeader.capHint'),
            )}
          </Row>
          <Typography.Text strong>{t('payPlans:allowances.teamLeader.teams')}</Typography.Text>
          <ListRows
            name={['teamLeaderByHeadcount', 'teams']}
            status={status}
            newRow={() => ({})}
            columns={() => [
              {
                name: 'key',
                label: t('payPlans:allowances.teamLeader.team'),
                col: { xs: 12, md: 10 },
                input: <Input />,
              },
              {
                name: 'members',
                label: t('payPlans:allowances.teamLeader.members'),
                tooltip: source,
                col: { xs: 10, md: 8 },
                input: <InputNumber {...NUMBER} />,
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}

function MentorInputs({ status }: { status: Status }) {
  const { t } = useTranslation();
  const source = sourceTooltip(CALCULATOR_SOURCES.mentorAllowance);
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Form.Item
        name={['mentor', 'ratePerApprentice']}
        label={t('payPlans:allowances.mentor.rate')}
        tooltip={source}
        extra={t('payPlans:allowances.mentor.rateHint')}
        style={{ maxWidth: 320 }}
        {...status(['mentor', 'ratePerApprentice'])}
      >
        <InputNumber {...NUMBER} />
      </Form.Item>
      <Typography.Text strong>{t('payPlans:allowances.mentor.mentors')}</Typography.Text>
      <ListRows
        name={['mentor', 'mentors']}
        status={status}
        newRow={() => ({})}
        columns={() => [
          {
            name: 'key',
            label: t('payPlans:allowances.mentor.mentor'),
            col: { xs: 24, md: 8 },
            input: <Input />,
          },
          {
            name: 'apprentices',
            label: t('payPlans:allowances.mentor.apprentices'),
            col: { xs: 11, md: 7 },
            input: <InputNumber {...NUMBER} />,
          },
          {
            name: 'months',
            label: t('payPlans:allowances.mentor.months'),
            tooltip: source,
            col: { xs: 11, md: 7 },
            input: <InputNumber {...NUMBER} />,
          },
        ]}
      />
    </Space>
  );
}

function NightShiftInputs({ status }: { status: Status }) {
  const { t } = useTranslation();
  const source = sourceTooltip(CALCULATOR_SOURCES.nightShiftAllowance);
  return (
    <Row gutter={8}>
      {(['nightAllowance', 'grossPay'] as const).map((name) => (
        <Col xs={24} md={12} key={name}>
          <Form.Item
            name={['nightShift', name]}
            label={t(`payPlans:allowances.nightShift.${name}`)}
            tooltip={source}
            {...status(['nightShift', name])}
          >
            <InputNumber {...NUMBER} data-testid={`night-shift-${name}`} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

export interface AllowancesFormProps {
  initialValues: AllowancesFormValues;
  /** the save/export toolbar, given the calculator and the input the form holds (null while it does not compute) */
  toolbar?: ToolbarSlot;
}

/** 津贴测算: the four allowances of arts. 28–34, each computed live by libs/paycalc. */
export function AllowancesForm({ initialValues, toolbar }: AllowancesFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AllowancesFormValues>();
  const watched = Form.useWatch([], { form, preserve: true }) as AllowancesFormValues | undefined;
  const values = watched ?? initialValues;
  const live = useMemo(() => liveAllowances(values), [values]);
  const include = values.include ?? initialValues.include;
  const teamLeaderPart = live.input.teamLeaderByCategory ? 'teamLeaderByCategory' : 'teamLeaderByHeadcount';
  const skillStatus = useFieldStatus(live.skillAllowance?.error ?? null, (field) =>
    skillErrorPath(field, values),
  );
  const teamStatus = useFieldStatus(
    live.teamLeader?.error ?? null,
    (f) => `${teamLeaderPart}.${formPathOf(f)}`,
  );
  const mentorStatus = useFieldStatus(live.mentor?.error ?? null, (f) => `mentor.${formPathOf(f)}`);
  const nightStatus = useFieldStatus(live.nightShift?.error ?? null, (f) => `nightShift.${formPathOf(f)}`);
  const anyPart = Object.values(include).some(Boolean);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {toolbar?.(anyPart && live.errorPath === null ? { calculator: 'allowances', input: live.input } : null)}
      {!anyPart ? <Alert type="warning" showIcon message={t('payPlans:needOnePart')} /> : null}
      <Form<AllowancesFormValues> form={form} layout="vertical" initialValues={initialValues}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <PartCard
            part="skillAllowance"
            title={t('payPlans:allowances.skill.title')}
            source={CALCULATOR_SOURCES.skillAllowance}
            included={include.skillAllowance}
          >
            <Row gutter={24}>
              <Col xs={24} xl={12}>
                <SkillAllowanceInputs status={skillStatus} />
              </Col>
              <Col xs={24} xl={12}>
                <PartResult
                  live={live.skillAllowance}
                  render={(result) => <SkillAllowanceResult result={result} />}
                />
              </Col>
            </Row>
          </PartCard>
          <PartCard
            part="teamLeader"
            title={t('payPlans:allowances.teamLeader.title')}
            source={CALCULATOR_SOURCES.teamLeaderAllowance}
            included={include.teamLeader}
          >
            <TeamLeaderInputs status={teamStatus} />
            <PartResult live={live.teamLeader} render={(result) => <TeamLeaderResult result={result} />} />
          </PartCard>
          <PartCard
            part="mentor"
            title={t('payPlans:allowances.mentor.title')}
            source={CALCULATOR_SOURCES.mentorAllowance}
            included={include.mentor}
          >
            <MentorInputs status={mentorStatus} />
            <PartResult live={live.mentor} render={(result) => <MentorResult result={result} />} />
          </PartCard>
          <PartCard
            part="nightShift"
            title={t('payPlans:allowances.nightShift.title')}
            source={CALCULATOR_SOURCES.nightShiftAllowance}
            included={include.nightShift}
          >
            <Row gutter={24}>
              <Col xs={24} lg={12}>
                <NightShiftInputs status={nightStatus} />
              </Col>
              <Col xs={24} lg={12}>
                <PartResult
                  live={live.nightShift}
                  render={(result) => <NightShiftResult result={result} />}
                />
              </Col>
            </Row>
          </PartCard>
        </Space>
      </Form>
    </Space>
  );
}

export function AllowancesPage() {
  const { t } = useTranslation();
  return (
    <PlanCalculatorPage
      calculator="allowances"
      intro={t('payPlans:allowances.intro')}
      newValues={newAllowancesValues}
      valuesOf={(plan) => allowancesValuesOf(plan.version.input)}
    >
      {(initialValues, toolbar) => <AllowancesForm initialValues={initialValues} toolbar={toolbar} />}
    </PlanCalculatorPage>
  );
}
