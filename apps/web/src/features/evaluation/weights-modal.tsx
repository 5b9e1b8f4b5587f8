import { App, Button, Form, InputNumber, Modal, Table, Typography } from 'antd';
import {
  ADOPTION_WEIGHT_TOTAL,
  type AdoptionWeights,
  DEFAULT_ADOPTION_WEIGHTS,
  EVALUATION_ELEMENTS,
  type EvaluationElement,
} from '@skillpay/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, showError, showFieldErrors } from '../../app/api/api-error';
import { useEvaluationLabels } from './evaluation-ui';

export interface WeightsModalProps {
  open: boolean;
  weights: AdoptionWeights;
  onSave: (weights: AdoptionWeights) => Promise<unknown>;
  onClose: () => void;
}

type WeightValues = Record<EvaluationElement, number | null>;

/**
 * The city's weights of the adoption index: the ten elements in the guideline's order, whole
 * points summing to 100. The total is checked as typed; the API's 400s land on their field
 * (`weights.<element>` or `weights.total`).
 */
export function WeightsModal({ open, weights, onSave, onClose }: WeightsModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useEvaluationLabels();
  const [form] = Form.useForm<WeightValues>();
  const values = Form.useWatch([], form) as WeightValues | undefined;
  const total = EVALUATION_ELEMENTS.reduce((sum, element) => sum + (values?.[element] ?? 0), 0);
  const balanced = total === ADOPTION_WEIGHT_TOTAL;
  const [totalError, setTotalError] = useState<string | null>(null);

  return (
    <Modal
      open={open}
      title={t('evaluation:weights.title')}
      onCancel={onClose}
      destroyOnHidden
      width={620}
      footer={[
        <Button key="defaults" onClick={() => form.setFieldsValue(DEFAULT_ADOPTION_WEIGHTS)}>
          {t('evaluation:weights.restoreDefaults')}
        </Button>,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" onClick={() => form.submit()} data-testid="weights-save">
          {t('evaluation:weights.save')}
        </Button>,
      ]}
    >
      <Form<WeightValues>
        form={form}
        initialValues={weights}
        preserve={false}
        onValuesChange={() => setTotalError(null)}
        onFinish={async (submitted) => {
          if (!balanced) return;
          try {
            await onSave(submitted as AdoptionWeights);
            message.success(t('evaluation:weights.saved'));
            onClose();
          } catch (error) {
            // the API names `weights.<element>` (or the total); the form's fields are the elements
            const total = totalProblem(error);
            if (total) setTotalError(total);
            else if (!showFieldErrors(stripPrefix(form), error)) showError(message, error);
          }
        }}
      >
        <Table
          size="small"
          pagination={false}
          rowKey={(element) => element}
          dataSource={[...EVALUATION_ELEMENTS]}
          columns={[
            {
              key: 'element',
              title: t('evaluation:weights.element'),
              render: (_, element) => labels.element(element),
            },
            {
              key: 'articles',
              title: t('evaluation:weights.articles'),
              render: (_, element) => labels.articles(element),
              onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            },
            {
              key: 'weight',
              title: t('evaluation:weights.weight'),
              width: 170,
              render: (_, element) => (
                <Form.Item
                  name={element}
                  style={{ marginBottom: 0 }}
                  rules={[{ required: true, message: t('common.required') }]}
                >
                  <InputNumber
                    min={0}
                    max={100}
                    precision={0}
                    style={{ width: '100%' }}
                    aria-label={labels.element(element)}
                    data-testid={`weight-${element}`}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
        <Form.Item
          style={{ marginTop: 12, marginBottom: 0 }}
          validateStatus={balanced && !totalError ? undefined : 'error'}
          help={balanced ? (totalError ?? undefined) : t('evaluation:weights.totalMust')}
        >
          <Typography.Text strong data-testid="weights-total" type={balanced ? undefined : 'danger'}>
            {t('evaluation:weights.total', { total })}
          </Typography.Text>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The form with the API's `weights.` prefix taken off the field names it is told about. */
function stripPrefix<Values>(form: ReturnType<typeof Form.useForm<Values>>[0]) {
  return {
    setFields: (fields: Parameters<typeof form.setFields>[0]) =>
      form.setFields(
        fields.map((field) => {
          const name = Array.isArray(field.name) ? field.name : [field.name];
          return { ...field, name: name[0] === 'weights' ? name.slice(1) : name } as (typeof fields)[number];
        }),
      ),
  };
}

/** The API's message on the weights' total (`weights` or `weights.total`), if that is what it refused. */
function totalProblem(error: unknown): string | null {
  if (!(error instanceof ApiRequestError)) return null;
  const detail = error.details.find(
    (d) => d.field === 'weights' || d.field === 'weights.total' || d.field === 'total',
  );
  return detail?.message ?? null;
}
