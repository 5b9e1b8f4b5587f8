import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import {
  CALCULATOR_SOURCES,
  EVALUATION_FACTOR_LABELS,
  EvaluationFactor,
  evaluatePosts,
  MAX_FACTOR_LEVELS,
} from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/i18n';
import { CalculatorLayout } from '../shared/calculator-layout';
import { useFieldStatus } from '../shared/calculator-errors';
import { calculate } from '../shared/live-calculation';
import { type PayPlanDetail } from '../pay-plans.api';
import { PlanToolbar, usePlanBeingRevised } from '../saved-plans/plan-toolbar';
import {
  defaultPostEvaluationValues,
  postEvaluationFieldPath,
  type PostEvaluationFormValues,
  postEvaluationInputOf,
  postEvaluationValuesOf,
} from './post-evaluation-values';
import { PostEvaluationView } from './post-evaluation-view';
import { sourceTooltip } from '../shared/source-link';
import { labelOf } from '../../../app/i18n/labels';

/** 岗位评价 (arts. 17–19): point factors → post points → grades, live. */
export function PostEvaluationPage() {
  const revising = usePlanBeingRevised('post-evaluation');
  const plan = revising.plan;
  const initialValues = plan ? postEvaluationValuesOf(plan.version.input) : defaultPostEvaluationValues();
  return (
    <PostEvaluationCalculator
      key={plan?.id ?? 'new'}
      loading={revising.loading}
      plan={plan}
      initialValues={initialValues}
    />
  );
}

interface PostEvaluationCalculatorProps {
  loading: boolean;
  plan: PayPlanDetail | null;
  initialValues: PostEvaluationFormValues;
}

function PostEvaluationCalculator({ loading, plan, initialValues }: PostEvaluationCalculatorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<PostEvaluationFormValues>();
  const watched = Form.useWatch((values: PostEvaluationFormValues) => values, { form, preserve: true });
  const values = watched ?? initialValues;
  const input = useMemo(() => postEvaluationInputOf(values), [values]);
  const live = useMemo(() => calculate(() => evaluatePosts(input)), [input]);
  const status = useFieldStatus(live.error, postEvaluationFieldPath(values));
  const factors = values.factors ?? [];
  const kindOptions = [
    ...Object.values(EvaluationFactor).map((kind) => ({
      value: kind,
      label: labelOf(EVALUATION_FACTOR_LABELS, kind, language),
    })),
    { value: 'custom', label: t('payTools:postEvaluation.customFactor') },
  ];
  const factorName = (index: number) => {
    const factor = factors[index];
    if (!factor?.kind || factor.kind === 'custom')
      return factor?.label || t('payTools:postEvaluation.customFactor');
    return labelOf(EVALUATION_FACTOR_LABELS, factor.kind, language);
  };

  /** Removing a factor removes its column of post levels too. */
  const removeFactor = (index: number, remove: (index: number) => void) => {
    remove(index);
    form.setFieldValue(
      'posts',
      (form.getFieldValue('posts') as PostEvaluationFormValues['posts']).map((post) => ({
        ...post,
        levels: (post?.levels ?? []).filter((_, position) => position !== index),
      })),
    );
  };

  type PostRow = { name: number; key: number; remove: () => void };
  const postColumns = (rows: PostRow[]): TableColumnsType<PostRow> => [
    {
      title: t('payTools:postEvaluation.postLabel'),
      key: 'label',
      render: (_, row) => (
        <Form.Item
          name={[row.name, 'label']}
          style={{ marginBottom: 0 }}
          {...status(['posts', row.name, 'label'])}
        >
          <Input style={{ width: 120 }} />
        </Form.Item>
      ),
    },
    ...factors.map((_, index) => ({
      title: factorName(index),
      key: `factor-${index}`,
      render: (_value: unknown, row: PostRow) => (
        <Form.Item
          name={[row.name, 'levels', index]}
          style={{ marginBottom: 0 }}
          {...status(['posts', row.name, 'levels', index])}
        >
          <InputNumber min={1} max={MAX_FACTOR_LEVELS} precision={0} style={{ width: 64 }} />
        </Form.Item>
      ),
    })),
    {
      title: '',
      key: 'remove',
      render: (_, row) => (
        <Button icon={<DeleteOutlined />} disabled={rows.length <= 1} onClick={row.remove} />
      ),
    },
  ];

  const formNode = (
    <Form<PostEvaluationFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      data-testid="post-evaluation-form"
    >
      <Form.Item
        name="totalPoints"
        label={t('payTools:postEvaluation.totalPoints')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.pointFactorEvaluation)}
        {...status('totalPoints')}
      >
        <InputNumber stringMode min="0" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        label={t('payTools:postEvaluation.factors')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.pointFactorEvaluation)}
        {...status('factors')}
      >
        <Form.List name="factors">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item
                    name={[field.name, 'kind']}
                    style={{ marginBottom: 0 }}
                    {...status(['factors', field.name, 'kind'])}
                  >
                    <Select options={kindOptions} style={{ width: 170 }} />
                  </Form.Item>
                  {factors[field.name]?.kind === 'custom' ? (
                    <Form.Item
                      name={[field.name, 'label']}
                      style={{ marginBottom: 0 }}
                      {...status(['factors', field.name, 'label'])}
                    >
                      <Input placeholder={t('payTools:postEvaluation.factorLabel')} style={{ width: 120 }} />
                    </Form.Item>
                  ) : null}
                  <Form.Item
                    name={[field.name, 'weightPercent']}
                    style={{ marginBottom: 0 }}
                    {...status(['factors', field.name, 'weightPercent'])}
                  >
                    <InputNumber
                      stringMode
                      min="0"
                      max="100"
                      addonAfter="%"
                      placeholder={t('payTools:postEvaluation.weight')}
                      style={{ width: 110 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'levels']}
                    style={{ marginBottom: 0 }}
                    {...status(['factors', field.name, 'levels'])}
                  >
                    <InputNumber
                      min={1}
                      max={MAX_FACTOR_LEVELS}
                      precision={0}
                      addonBefore={t('payTools:postEvaluation.levels')}
                      style={{ width: 130 }}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    disabled={fields.length <= 1}
                    onClick={() => removeFactor(field.name, remove)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'custom', label: '', weightPercent: '0', levels: 5 })}
              >
                {t('payTools:postEvaluation.addFactor')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={t('payTools:postEvaluation.posts')} {...status('posts')}>
        <Form.List name="posts">
          {(fields, { add, remove }) => {
            const rows = fields.map((field) => ({
              name: field.name,
              key: field.key,
              remove: () => remove(field.name),
            }));
            return (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Table<PostRow>
                  size="small"
                  rowKey="key"
                  pagination={false}
                  columns={postColumns(rows)}
                  dataSource={rows}
                  scroll={{ x: 'max-content' }}
                />
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ label: '', levels: factors.map(() => 1) })}
                >
                  {t('payTools:postEvaluation.addPost')}
                </Button>
              </Space>
            );
          }}
        </Form.List>
      </Form.Item>
      <Form.Item
        label={t('payTools:postEvaluation.bands')}
        tooltip={sourceTooltip(CALCULATOR_SOURCES.pointFactorEvaluation)}
        {...status('bands')}
      >
        <Form.List name="bands">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field) => (
                <Space key={field.key} align="start">
                  <Form.Item
                    name={[field.name, 'grade']}
                    style={{ marginBottom: 0 }}
                    {...status(['bands', field.name, 'grade'])}
                  >
                    <Input placeholder={t('payTools:postEvaluation.bandGrade')} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'minPoints']}
                    style={{ marginBottom: 0 }}
                    {...status(['bands', field.name, 'minPoints'])}
                  >
                    <InputNumber
                      stringMode
                      min="0"
                      placeholder={t('payTools:postEvaluation.minPoints')}
                      style={{ width: 140 }}
                    />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ grade: '', minPoints: null })}>
                {t('payTools:postEvaluation.addBand')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </Form>
  );

  return (
    <CalculatorLayout
      kind="post-evaluation"
      loading={loading}
      form={formNode}
      toolbar={
        <PlanToolbar
          call={live.result ? { calculator: 'post-evaluation', input } : null}
          defaultTitle={t('payTools:kinds.post-evaluation.title')}
          plan={plan}
        />
      }
      result={live.result ? <PostEvaluationView evaluation={live.result} /> : null}
    />
  );
}
