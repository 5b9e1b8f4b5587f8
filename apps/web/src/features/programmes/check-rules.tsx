import { ProCard } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { CHECK_RULE_KEYS, type CheckRuleKey, type CheckRuleSet } from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult } from '../../ui/status-results';
import { errorMessage } from '../../app/api/api-error';
import {
  type CheckRulesInput,
  type ProgrammeCheckRules,
  useCheckRules,
  useUpdateCheckRules,
} from './programmes.api';

const PERCENT = {
  stringMode: true,
  min: '0',
  max: '100',
  precision: 2,
  suffix: '%',
  style: { width: 160 },
} as const;

type Basis = ProgrammeCheckRules['bases'][number];

/** A catalogue text as the bureau chooses it: whose text it is, then document and article. */
function useBasisLabel() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (basis: Basis) => {
    const whose = basis.example
      ? t('programmes:checkRules.exampleOf', { city: basis.city?.[language] ?? '' })
      : basis.city
        ? t('programmes:checkRules.ownCity')
        : t('programmes:checkRules.national');
    return `${whose}：${basis.source.document[language]} ${basis.source.article[language]}`;
  };
}

function RuleCard({
  rule,
  bases,
  disabled,
}: {
  rule: CheckRuleKey;
  bases: readonly Basis[];
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const basisLabel = useBasisLabel();
  const form = Form.useFormInstance<CheckRuleSet>();
  const source = Form.useWatch([rule, 'basis', 'source'], form) as string | undefined;
  const enabled = Form.useWatch([rule, 'enabled'], form) as boolean | undefined;
  const chosen = bases.find((basis) => basis.id === source);
  return (
    <ProCard
      bordered
      size="small"
      title={t(`programmes:checkRules.names.${rule}`)}
      extra={
        <Space size="small">
          {chosen?.example && enabled ? (
            <Tag color="orange">
              {t('programmes:checkRules.exampleOf', { city: chosen.city?.[language] ?? '' })}
            </Tag>
          ) : null}
          <Form.Item name={[rule, 'enabled']} valuePropName="checked" noStyle>
            <Switch
              disabled={disabled}
              checkedChildren={t('programmes:checkRules.applies')}
              unCheckedChildren={t('programmes:checkRules.off')}
              data-testid={`check-rule-${rule}-enabled`}
            />
          </Form.Item>
        </Space>
      }
      data-testid={`check-rule-${rule}`}
    >
      <Typography.Paragraph type="secondary">{t(`programmes:checkRules.what.${rule}`)}</Typography.Paragraph>
      {rule === 'educationFund' ? (
        <Space wrap size="large">
          <Form.Item
            name={[rule, 'minShareOfWageBill']}
            label={t('programmes:checkRules.minShareOfWageBill')}
          >
            <InputNumber {...PERCENT} disabled={disabled} />
          </Form.Item>
          <Form.Item name={[rule, 'minFrontLineShare']} label={t('programmes:checkRules.minFrontLineShare')}>
            <InputNumber {...PERCENT} disabled={disabled} />
          </Form.Item>
        </Space>
      ) : null}
      {rule === 'fixedVariableRatio' ? (
        <Form.Item
          name={[rule, 'referenceFixedShare']}
          label={t('programmes:checkRules.referenceFixedShare')}
        >
          <InputNumber {...PERCENT} disabled={disabled} />
        </Form.Item>
      ) : null}
      <Form.Item name={[rule, 'basis', 'source']} label={t('programmes:checkRules.basis')}>
        <Select
          disabled={disabled}
          data-testid={`check-rule-${rule}-basis`}
          options={[
            ...bases.map((basis) => ({ value: basis.id, label: basisLabel(basis) })),
            { value: 'custom', label: t('programmes:checkRules.custom') },
          ]}
        />
      </Form.Item>
      {source === 'custom' ? (
        <Row gutter={8}>
          <Col xs={24} md={16}>
            <Form.Item name={[rule, 'basis', 'document']} label={t('programmes:checkRules.document')}>
              <Input disabled={disabled} maxLength={200} placeholder="青人社字〔2021〕61号" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={[rule, 'basis', 'article']} label={t('programmes:checkRules.article')}>
              <Input disabled={disabled} maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name={[rule, 'basis', 'excerpt']} label={t('programmes:checkRules.excerpt')}>
              <Input.TextArea disabled={disabled} maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
        </Row>
      ) : chosen ? (
        <Typography.Paragraph type="secondary" italic style={{ marginBottom: 0 }}>
          {chosen.source.excerpt[language]}
        </Typography.Paragraph>
      ) : null}
    </ProCard>
  );
}

/** The form for rules as stored: percentages as strings, custom texts kept. */
function inputOf(values: CheckRuleSet): CheckRulesInput {
  return values as unknown as CheckRulesInput;
}

function Editor({ data }: { data: ProgrammeCheckRules }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CheckRuleSet>();
  const update = useUpdateCheckRules(data.id, data.version);
  const disabled = !data.editable;
  return (
    <Form<CheckRuleSet>
      form={form}
      layout="vertical"
      key={data.version}
      initialValues={data.rules as unknown as CheckRuleSet}
      onFinish={async (values) => {
        try {
          await update.mutateAsync(inputOf(values));
          message.success(t('programmes:checkRules.saved'));
        } catch (error) {
          if (!showFieldErrors(form, error)) showError(message, error);
        }
      }}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('programmes:checkRules.intro')} />
        {CHECK_RULE_KEYS.map((rule) => (
          <RuleCard
            key={rule}
            rule={rule}
            bases={data.bases.filter((b) => b.rule === rule)}
            disabled={disabled}
          />
        ))}
        {data.editable ? (
          <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="check-rules-save">
            {t('programmes:checkRules.save')}
          </Button>
        ) : null}
      </Space>
    </Form>
  );
}

/** 合规检查规则: which checks apply to the programme's reports, their thresholds and basis. */
export function CheckRulesView({ programmeId }: { programmeId: string }) {
  const rules = useCheckRules(programmeId);
  if (rules.isLoading) return <PageLoading />;
  if (rules.isError || !rules.data) {
    return <ErrorResult message={errorMessage(rules.error)} onRetry={() => void rules.refetch()} />;
  }
  return <Editor data={rules.data} />;
}
