import {
  Alert,
  App,
  type ButtonProps,
  Col,
  DatePicker,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import {
  type AdoptionWeights,
  type ProgressReportAdoption,
  adoptionIndex,
  adoptsAnything,
} from '@skillpay/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { type AdoptionFormValue, AdoptionInputs, adoptionFormValue, adoptionInput } from './adoption-inputs';
import {
  type InfluencedEnterprise,
  type InfluencedInput,
  useInfluenceCandidates,
  useSaveInfluenced,
} from './evaluation.api';
import { Num, useEvaluationLabels } from './evaluation-ui';

/** Enough for a few sentences; the API holds the limit and names the field when over it. */
const MAX_NOTE = 1000;

interface InfluencedValues {
  enterpriseId: string;
  activityId: string;
  reportedOn: Dayjs;
  adoption: AdoptionFormValue;
  note?: string;
}

export interface InfluencedEnterpriseModalProps {
  open: boolean;
  programmeId: string;
  /** the record being edited; none to record a new one */
  record?: InfluencedEnterprise | null;
  /** the programme's weights, for the index shown as the adoption is entered */
  weights?: AdoptionWeights;
  onClose: () => void;
}

/**
 * 登记带动企业: a non-pilot enterprise listed on one of the programme's trainings or 示范班 (the
 * guidance records), the activity it attended, and what it reports adopting, element by element.
 */
export function InfluencedEnterpriseModal({
  open,
  programmeId,
  record,
  weights,
  onClose,
}: InfluencedEnterpriseModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useEvaluationLabels();
  const [form] = Form.useForm<InfluencedValues>();
  const save = useSaveInfluenced(record ? { id: record.id, version: record.version } : undefined);
  const candidates = useInfluenceCandidates(programmeId, open);
  const enterpriseId = Form.useWatch('enterpriseId', form) ?? record?.enterpriseId;
  const adoption = Form.useWatch('adoption', form);
  const candidate = candidates.data?.find((entry) => entry.enterpriseId === enterpriseId);
  const activities = candidate?.activities ?? [];
  const preview = useMemo(() => {
    if (!adoption) return null;
    const whole = adoptionInput(adoption);
    return { index: adoptionIndex(whole, weights).index, counts: adoptsAnything(whole) };
  }, [adoption, weights]);
  const enterpriseOptions = (candidates.data ?? []).map((entry) => ({
    value: entry.enterpriseId,
    label: `${entry.name}（${entry.regionName}）`,
  }));
  if (record && !enterpriseOptions.some((option) => option.value === record.enterpriseId)) {
    enterpriseOptions.unshift({
      value: record.enterpriseId,
      label: `${record.enterpriseName}（${record.regionName}）`,
    });
  }
  const activityOptions = activities.map((activity) => ({
    value: activity.id,
    label: t('evaluation:influenced.activityOn', {
      date: activity.occurredOn,
      kind: labels.guidanceKind(activity.kind),
      title: activity.title,
    }),
  }));
  if (record && !activityOptions.some((option) => option.value === record.activityId)) {
    activityOptions.unshift({
      value: record.activityId,
      label: t('evaluation:influenced.activityOn', {
        date: record.activityOn,
        kind: labels.guidanceKind(record.activityKind),
        title: record.activityTitle,
      }),
    });
  }

  return (
    <Modal
      open={open}
      title={
        record
          ? `${t('evaluation:influenced.edit')} · ${record.enterpriseName}`
          : t('evaluation:influenced.add')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'influenced-submit' } as ButtonProps}
      destroyOnHidden
      width={920}
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto' } }}
    >
      <Form<InfluencedValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          enterpriseId: record?.enterpriseId,
          activityId: record?.activityId,
          reportedOn: record ? dayjs(record.reportedOn) : dayjs(),
          adoption: adoptionFormValue(record?.adoption as Partial<ProgressReportAdoption> | undefined),
          note: record?.note,
        }}
        onFinish={async (values) => {
          const body = {
            activityId: values.activityId,
            reportedOn: values.reportedOn.format('YYYY-MM-DD'),
            // the domain's adoption is the DTO's shape; its amounts are numbers, its lists enums
            adoption: adoptionInput(values.adoption) as InfluencedInput['adoption'],
            note: values.note?.trim() ?? '',
          };
          try {
            await save.mutateAsync(
              record ? body : { ...body, programmeId, enterpriseId: values.enterpriseId },
            );
            message.success(t('evaluation:influenced.saved'));
            onClose();
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        <Row gutter={16}>
          <Col flex="auto">
            <Form.Item
              name="enterpriseId"
              label={t('evaluation:influenced.enterprise')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                disabled={Boolean(record)}
                loading={candidates.isLoading}
                placeholder={t('evaluation:influenced.enterprisePlaceholder')}
                options={enterpriseOptions}
                onChange={(value: string) => {
                  const first = candidates.data?.find((entry) => entry.enterpriseId === value)?.activities[0];
                  form.setFieldValue('activityId', first?.id);
                }}
                data-testid="influenced-enterprise"
              />
            </Form.Item>
          </Col>
          <Col flex="180px">
            <Form.Item
              name="reportedOn"
              label={t('evaluation:influenced.reportedOn')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker
                disabledDate={(day) => day.isAfter(dayjs(), 'day')}
                allowClear={false}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        {candidates.data && candidates.data.length === 0 && !record ? (
          <Alert
            type="info"
            showIcon
            message={t('evaluation:influenced.noActivity')}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form.Item
          name="activityId"
          label={t('evaluation:influenced.activity')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            placeholder={t('evaluation:influenced.activityPlaceholder')}
            options={activityOptions}
            disabled={!enterpriseId}
            data-testid="influenced-activity"
          />
        </Form.Item>
        <Form.Item
          label={
            <Space size="small">
              <span>{t('evaluation:influenced.adoption')}</span>
              {preview ? (
                <Typography.Text type="secondary">
                  {t('evaluation:influenced.index')} <Num>{labels.number(preview.index)}</Num>
                </Typography.Text>
              ) : null}
              {preview?.counts ? (
                <Tag color="success">{t('evaluation:influenced.adoptsAnything')}</Tag>
              ) : null}
            </Space>
          }
          extra={t('evaluation:influenced.adoptionHint')}
        >
          <AdoptionInputs name={['adoption']} />
        </Form.Item>
        <Form.Item name="note" label={t('evaluation:influenced.note')} rules={[{ max: MAX_NOTE }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={MAX_NOTE} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
