import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ProCard } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Form,
  InputNumber,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Typography,
  theme,
} from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADOPTION_STATUS_LABELS,
  ALLOWANCE_TYPE_LABELS,
  GUIDELINE_ELEMENT_LABELS,
  GuidelineElement,
  HIGH_SKILL_INCENTIVE_LABELS,
  MAX_BROAD_BAND_STEPS,
  MAX_CAREER_GRADES,
  MAX_REPORT_NARRATIVE,
  PAY_UNIT_LABELS,
  PERFORMANCE_PAY_METHOD_LABELS,
  POST_EVALUATION_METHOD_LABELS,
  SKILL_LEVEL_LABELS,
} from '@skillpay/domain';
import { type AppliedCheckRules } from '@skillpay/paycalc';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { CheckResults } from './check-results';
import { useReportLabels } from './report-labels';
import { liveChecks, type ReportFormValues } from './report-values';

const AMOUNT = { min: 0, precision: 2, style: { width: '100%' } } as const;

export interface ReportFormProps {
  initialValues: ReportFormValues;
  /** state-owned enterprises are bound by the SOE rules; for others they are advice */
  stateOwned: boolean;
  /** the programme's check rules: which checks apply, thresholds and basis */
  checkRules: AppliedCheckRules;
  /** fields above the content (programme and period of a new report) */
  header?: ReactNode;
  onSave: (values: ReportFormValues) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * The report form: adoption of each guideline element, key indicators, narrative. The checks of
 * libs/paycalc run in the browser on every change, beside the form, exactly as the API will run
 * them on saving.
 */
export function ReportForm({
  initialValues,
  stateOwned,
  checkRules,
  header,
  onSave,
  onCancel,
}: ReportFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const labels = useReportLabels();
  const [form] = Form.useForm<ReportFormValues>();
  const [saving, setSaving] = useState(false);
  const indicators = Form.useWatch('indicators', form);
  const live = useMemo(
    () => liveChecks(indicators, stateOwned, checkRules),
    [indicators, stateOwned, checkRules],
  );
  const options = labels.options;

  const element = (key: GuidelineElement, details: ReactNode) => (
    <Row gutter={token.marginMD} key={key} data-testid={`adoption-${key}`}>
      <Col span={24}>
        <Typography.Text strong>{labels.element(key)}</Typography.Text>{' '}
        <Typography.Text type="secondary">
          {t('progressReports:form.articles', { articles: GUIDELINE_ELEMENT_LABELS[key].articles })}
        </Typography.Text>
      </Col>
      <Col xs={24} lg={10}>
        <Form.Item name={['adoption', key, 'status']} label={t('progressReports:form.elementStatus')}>
          <Radio.Group
            optionType="button"
            size="small"
            options={options(ADOPTION_STATUS_LABELS)}
            data-testid={`adoption-${key}-status`}
          />
        </Form.Item>
      </Col>
      <Col xs={24} lg={14}>
        {details}
      </Col>
    </Row>
  );

  const yearPair = (
    key:
      | 'averagePay'
      | 'managementAveragePay'
      | 'technicalAveragePay'
      | 'wageBill'
      | 'economicBenefit'
      | 'labourProductivity',
  ) => ({
    key,
    label: t(`progressReports:form.rows.${key}`),
    current: (
      <Form.Item name={['indicators', key]} noStyle>
        <InputNumber
          {...AMOUNT}
          min={key === 'economicBenefit' ? undefined : 0}
          data-testid={`indicator-${key}`}
        />
      </Form.Item>
    ),
    previous: (
      <Form.Item name={['indicators', `${key}Previous`]} noStyle>
        <InputNumber
          {...AMOUNT}
          min={key === 'economicBenefit' ? undefined : 0}
          data-testid={`indicator-${key}Previous`}
        />
      </Form.Item>
    ),
  });

  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={async (values) => {
        setSaving(true);
        try {
          await onSave({ ...values, narrative: (values.narrative ?? '').trim() });
        } catch (error) {
          showFieldErrors(form, error);
          showError(message, error);
        } finally {
          setSaving(false);
        }
      }}
    >
      <Row gutter={token.marginLG} align="top">
        <Col xs={24} xl={15}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {header}
            <ProCard title={t('progressReports:form.adoption')} bordered>
              <Typography.Paragraph type="secondary">
                {t('progressReports:form.adoptionHint')}
              </Typography.Paragraph>
              {element(
                GuidelineElement.CareerChannel,
                <Form.Item
                  name={['adoption', 'careerChannel', 'gradeCount']}
                  label={t('progressReports:form.gradeCount')}
                >
                  <InputNumber
                    min={1}
                    max={MAX_CAREER_GRADES}
                    precision={0}
                    data-testid="adoption-gradeCount"
                  />
                </Form.Item>,
              )}
              {element(
                GuidelineElement.PayUnits,
                <Form.Item name={['adoption', 'payUnits', 'units']} label={t('progressReports:form.units')}>
                  <Checkbox.Group options={options(PAY_UNIT_LABELS)} />
                </Form.Item>,
              )}
              {element(
                GuidelineElement.PostEvaluation,
                <Form.Item
                  name={['adoption', 'postEvaluation', 'method']}
                  label={t('progressReports:form.method')}
                >
                  <Select allowClear options={options(POST_EVALUATION_METHOD_LABELS)} />
                </Form.Item>,
              )}
              {element(
                GuidelineElement.BroadBand,
                <Form.Item name={['adoption', 'broadBand', 'steps']} label={t('progressReports:form.steps')}>
                  <InputNumber min={1} max={MAX_BROAD_BAND_STEPS} precision={0} />
                </Form.Item>,
              )}
              {element(
                GuidelineElement.PerformancePay,
                <Form.Item
                  name={['adoption', 'performancePay', 'method']}
                  label={t('progressReports:form.performancePayMethod')}
                >
                  <Select
                    allowClear
                    options={options(PERFORMANCE_PAY_METHOD_LABELS)}
                    data-testid="adoption-performancePay-method"
                  />
                </Form.Item>,
              )}
              {element(
                GuidelineElement.Allowances,
                <Form.Item label={t('progressReports:form.allowances')}>
                  <Form.List name={['adoption', 'allowances', 'items']}>
                    {(fields, { add, remove }) => (
                      <Space direction="vertical" style={{ width: '100%' }}>
                        {fields.map((field) => (
                          <Space key={field.key} align="baseline" wrap>
                            <Form.Item
                              name={[field.name, 'type']}
                              rules={[{ required: true, message: t('common.required') }]}
                              noStyle
                            >
                              <Select
                                style={{ minWidth: 180 }}
                                placeholder={t('progressReports:form.allowanceType')}
                                options={options(ALLOWANCE_TYPE_LABELS)}
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
                                placeholder={t('progressReports:form.allowanceAmount')}
                              />
                            </Form.Item>
                            <Button
                              type="text"
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
                  </Form.List>
                </Form.Item>,
              )}
              {element(
                GuidelineElement.HighSkillIncentives,
                <Form.Item
                  name={['adoption', 'highSkillIncentives', 'incentives']}
                  label={t('progressReports:form.incentives')}
                >
                  <Checkbox.Group options={options(HIGH_SKILL_INCENTIVE_LABELS)} />
                </Form.Item>,
              )}
            </ProCard>

            <ProCard title={t('progressReports:form.indicators')} bordered>
              <Typography.Paragraph type="secondary">
                {t('progressReports:form.indicatorsHint')}
              </Typography.Paragraph>
              <Typography.Title level={5}>{t('progressReports:form.skillLevels')}</Typography.Title>
              <Form.List name={['indicators', 'skillLevels']}>
                {(fields, { add, remove }) => (
                  <>
                    <Table
                      size="small"
                      pagination={false}
                      rowKey="key"
                      dataSource={fields}
                      data-testid="indicator-skill-levels"
                      columns={[
                        {
                          title: t('progressReports:form.level'),
                          width: 190,
                          render: (_value, field) => (
                            <Form.Item
                              name={[field.name, 'level']}
                              rules={[{ required: true, message: t('common.required') }]}
                              noStyle
                            >
                              <Select style={{ width: '100%' }} options={options(SKILL_LEVEL_LABELS)} />
                            </Form.Item>
                          ),
                        },
                        ...(
                          ['headcount', 'averagePay', 'previousHeadcount', 'previousAveragePay'] as const
                        ).map((column) => ({
                          title: t(`progressReports:form.${column}`),
                          render: (_value: unknown, field: { name: number }) => (
                            <Form.Item name={[field.name, column]} noStyle>
                              <InputNumber
                                {...AMOUNT}
                                precision={column.endsWith('eadcount') ? 0 : 2}
                                data-testid={`skill-${field.name}-${column}`}
                              />
                            </Form.Item>
                          ),
                        })),
                        {
                          width: 48,
                          render: (_value, field) => (
                            <Button
                              type="text"
                              icon={<DeleteOutlined />}
                              aria-label={t('progressReports:form.remove')}
                              onClick={() => remove(field.name)}
                            />
                          ),
                        },
                      ]}
                    />
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      style={{ marginTop: token.marginXS }}
                      disabled={fields.length >= Object.keys(SKILL_LEVEL_LABELS).length}
                      onClick={() =>
                        add({
                          level: undefined,
                          headcount: null,
                          averagePay: null,
                          previousHeadcount: null,
                          previousAveragePay: null,
                        })
                      }
                    >
                      {t('progressReports:form.addLevel')}
                    </Button>
                  </>
                )}
              </Form.List>
              <Table
                style={{ marginTop: token.marginLG }}
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={(
                  [
                    'averagePay',
                    'managementAveragePay',
                    'technicalAveragePay',
                    'wageBill',
                    'economicBenefit',
                    'labourProductivity',
                  ] as const
                ).map(yearPair)}
                columns={[
                  { dataIndex: 'label', title: '' },
                  { dataIndex: 'current', title: t('progressReports:form.thisYear'), width: 200 },
                  { dataIndex: 'previous', title: t('progressReports:form.previousYear'), width: 200 },
                ]}
              />
              <Row gutter={token.marginMD} style={{ marginTop: token.marginLG }}>
                {(['educationFund', 'educationFundFrontLine', 'fixedPay', 'variablePay'] as const).map(
                  (key) => (
                    <Col xs={24} md={12} key={key}>
                      <Form.Item name={['indicators', key]} label={t(`progressReports:form.${key}`)}>
                        <InputNumber {...AMOUNT} data-testid={`indicator-${key}`} />
                      </Form.Item>
                    </Col>
                  ),
                )}
              </Row>
            </ProCard>

            <ProCard title={t('progressReports:form.narrative')} bordered>
              <Form.Item name="narrative">
                <Input.TextArea
                  autoSize={{ minRows: 4, maxRows: 12 }}
                  maxLength={MAX_REPORT_NARRATIVE}
                  showCount
                  placeholder={t('progressReports:form.narrativePlaceholder')}
                  data-testid="report-narrative"
                />
              </Form.Item>
              <Typography.Text type="secondary">{t('progressReports:form.attachmentsHint')}</Typography.Text>
            </ProCard>
            <Space>
              <Button type="primary" htmlType="submit" loading={saving} data-testid="report-save">
                {t('progressReports:form.saveDraft')}
              </Button>
              <Button onClick={onCancel}>{t('common.cancel')}</Button>
            </Space>
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <div style={{ position: 'sticky', top: token.marginLG }}>
            <ProCard title={t('progressReports:form.liveChecks')} bordered data-testid="live-checks">
              <Typography.Paragraph type="secondary">
                {t('progressReports:form.liveChecksHint')}
              </Typography.Paragraph>
              {live.results?.length === 0 ? (
                <Typography.Text type="secondary">{t('progressReports:form.noChecks')}</Typography.Text>
              ) : live.results ? (
                <CheckResults results={live.results} />
              ) : (
                <Alert
                  type="warning"
                  showIcon
                  message={t('progressReports:checks.inputError', {
                    field:
                      (
                        t('progressReports:checks.figures', { returnObjects: true }) as Record<string, string>
                      )[live.invalidField] ?? live.invalidField,
                  })}
                />
              )}
            </ProCard>
          </div>
        </Col>
      </Row>
    </Form>
  );
}
