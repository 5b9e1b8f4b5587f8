import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, InputNumber, Radio, Row, Select, Space, Typography, theme } from 'antd';
import {
  ADOPTION_STATUS_LABELS,
  ALLOWANCE_TYPE_LABELS,
  AdoptionStatus,
  GUIDELINE_ELEMENT_LABELS,
  GuidelineElement,
  HIGH_SKILL_INCENTIVE_LABELS,
  type Language,
  MAX_BROAD_BAND_STEPS,
  MAX_CAREER_GRADES,
  PAY_UNIT_LABELS,
  PERFORMANCE_PAY_METHOD_LABELS,
  POST_EVALUATION_METHOD_LABELS,
  type ProgressReportAdoption,
  emptyAdoption,
  withAdoptionDefaults,
} from '@skillpay/domain';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';

type LabelTable = Record<string, Record<Language, string>>;

function options(table: LabelTable, language: Language) {
  return Object.keys(table).map((value) => ({ value, label: labelOf(table, value, language) }));
}

/** The adoption as the form holds it: the report's shape, with empty numbers as null. */
export type AdoptionFormValue = ProgressReportAdoption;

/** A stored adoption made whole for the form (older records lack performance pay). */
export function adoptionFormValue(
  adoption: Partial<ProgressReportAdoption> | null | undefined,
): AdoptionFormValue {
  return adoption ? withAdoptionDefaults(adoption) : emptyAdoption();
}

/** The form's adoption as the API takes it: incomplete allowance rows dropped. */
export function adoptionInput(value: AdoptionFormValue): ProgressReportAdoption {
  const whole = withAdoptionDefaults(value);
  return {
    ...whole,
    careerChannel: { ...whole.careerChannel, gradeCount: whole.careerChannel.gradeCount ?? null },
    broadBand: { ...whole.broadBand, steps: whole.broadBand.steps ?? null },
    postEvaluation: { ...whole.postEvaluation, method: whole.postEvaluation.method ?? null },
    performancePay: { ...whole.performancePay, method: whole.performancePay.method ?? null },
    payUnits: { ...whole.payUnits, units: whole.payUnits.units ?? [] },
    highSkillIncentives: {
      ...whole.highSkillIncentives,
      incentives: whole.highSkillIncentives.incentives ?? [],
    },
    allowances: {
      ...whole.allowances,
      items: (whole.allowances.items ?? []).filter(
        (item) => item && item.type && item.amount !== null && item.amount !== undefined,
      ),
    },
  };
}

export interface AdoptionInputsProps {
  /** where the adoption sits in the form (`['adoption']`) */
  name: readonly string[];
}

/**
 * The guideline's elements as an enterprise reports them (the progress report's adoption, in the
 * same shape): a status per element and what it consists of — grades of the channel, pay units,
 * the post evaluation and performance pay methods, steps per grade, allowances, incentives. The
 * progress report form draws its own; this one is compact for a dialog.
 */
export function AdoptionInputs({ name }: AdoptionInputsProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useLanguage();
  const path = (...rest: string[]) => [...name, ...rest];

  const element = (key: GuidelineElement, details: ReactNode) => (
    <Row
      gutter={token.marginSM}
      key={key}
      align="middle"
      style={{ paddingBlock: token.paddingXS, borderBottom: `1px solid ${token.colorSplit}` }}
      data-testid={`influenced-adoption-${key}`}
    >
      <Col flex="170px">
        <Typography.Text strong>{labelOf(GUIDELINE_ELEMENT_LABELS, key, language)}</Typography.Text>
        <br />
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
          {t('progressReports:form.articles', { articles: GUIDELINE_ELEMENT_LABELS[key].articles })}
        </Typography.Text>
      </Col>
      <Col flex="232px">
        <Form.Item name={path(key, 'status')} noStyle>
          <Radio.Group
            optionType="button"
            size="small"
            options={options(ADOPTION_STATUS_LABELS, language)}
            data-testid={`influenced-adoption-${key}-status`}
          />
        </Form.Item>
      </Col>
      <Col flex="1 1 280px" style={{ minWidth: 0 }}>
        {details}
      </Col>
    </Row>
  );

  return (
    <div>
      {element(
        GuidelineElement.CareerChannel,
        <Form.Item name={path('careerChannel', 'gradeCount')} noStyle>
          <InputNumber
            min={1}
            max={MAX_CAREER_GRADES}
            precision={0}
            addonBefore={t('evaluation:influenced.gradeCount')}
            style={{ width: 170 }}
          />
        </Form.Item>,
      )}
      {element(
        GuidelineElement.PayUnits,
        <Form.Item name={path('payUnits', 'units')} noStyle>
          <Checkbox.Group options={options(PAY_UNIT_LABELS, language)} />
        </Form.Item>,
      )}
      {element(
        GuidelineElement.PostEvaluation,
        <Form.Item name={path('postEvaluation', 'method')} noStyle>
          <Select
            allowClear
            placeholder={t('evaluation:influenced.method')}
            options={options(POST_EVALUATION_METHOD_LABELS, language)}
            style={{ width: '100%', maxWidth: 240 }}
          />
        </Form.Item>,
      )}
      {element(
        GuidelineElement.BroadBand,
        <Form.Item name={path('broadBand', 'steps')} noStyle>
          <InputNumber
            min={1}
            max={MAX_BROAD_BAND_STEPS}
            precision={0}
            addonBefore={t('evaluation:influenced.steps')}
            style={{ width: 170 }}
          />
        </Form.Item>,
      )}
      {element(
        GuidelineElement.PerformancePay,
        <Form.Item name={path('performancePay', 'method')} noStyle>
          <Select
            allowClear
            placeholder={t('evaluation:influenced.method')}
            options={options(PERFORMANCE_PAY_METHOD_LABELS, language)}
            style={{ width: '100%', maxWidth: 240 }}
          />
        </Form.Item>,
      )}
      {element(
        GuidelineElement.Allowances,
        <Form.List name={path('allowances', 'items')}>
          {(fields, { add, remove }) => (
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              {fields.map((field) => (
                <Space key={field.key} size={4} align="baseline">
                  <Form.Item
                    name={[field.name, 'type']}
                    rules={[{ required: true, message: t('common.required') }]}
                    noStyle
                  >
                    <Select
                      style={{ width: 150 }}
                      placeholder={t('progressReports:form.allowanceType')}
                      options={options(ALLOWANCE_TYPE_LABELS, language)}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'amount']}
                    rules={[{ required: true, message: t('common.required') }]}
                    noStyle
                  >
                    <InputNumber
                      min={0}
                      precision={2}
                      style={{ width: 150 }}
                      placeholder={t('progressReports:form.allowanceAmount')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('progressReports:form.remove')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => add({ type: undefined, amount: null })}
                disabled={fields.length >= Object.keys(ALLOWANCE_TYPE_LABELS).length}
              >
                {t('progressReports:form.addAllowance')}
              </Button>
            </Space>
          )}
        </Form.List>,
      )}
      {element(
        GuidelineElement.HighSkillIncentives,
        <Form.Item name={path('highSkillIncentives', 'incentives')} noStyle>
          <Checkbox.Group options={options(HIGH_SKILL_INCENTIVE_LABELS, language)} />
        </Form.Item>,
      )}
    </div>
  );
}

/** Whether any element of a (possibly partial) adoption is marked adopted: for the form's hint. */
export function anyAdopted(adoption: Partial<ProgressReportAdoption> | undefined): boolean {
  if (!adoption) return false;
  return Object.values(adoption).some(
    (entry) => (entry as { status?: AdoptionStatus } | undefined)?.status === AdoptionStatus.Adopted,
  );
}
