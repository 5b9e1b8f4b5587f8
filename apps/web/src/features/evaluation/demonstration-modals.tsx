import { App, type ButtonProps, Form, Input, Modal, Radio, Select } from 'antd';
import { DemonstrationUnitKind } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { showError, showFieldErrors } from '../../app/api/api-error';
import {
  type DemonstrationUnit,
  useEditDemonstration,
  useMarkDemonstration,
  useProgrammeEvaluation,
  useRemoveDemonstration,
} from './evaluation.api';
import { useEvaluationLabels } from './evaluation-ui';

/** Enough for a reason of a few sentences; the API holds the limit (its 400 names the field). */
const MAX_REASON = 2000;

interface MarkValues {
  kind: DemonstrationUnitKind;
  unit: string;
  reason: string;
}

export interface MarkDemonstrationModalProps {
  open: boolean;
  programmeId: string;
  /** the unit chosen beforehand (from an enterprise's evaluation) */
  fixed?: { kind: DemonstrationUnitKind; id: string; name: string };
  onClose: () => void;
}

/**
 * 认定示范单位: a pilot enterprise (示范企业) or a district (典型区市) of the programme, with the
 * reason; the API attaches the unit's figures as they are now.
 */
export function MarkDemonstrationModal({ open, programmeId, fixed, onClose }: MarkDemonstrationModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useEvaluationLabels();
  const [form] = Form.useForm<MarkValues>();
  const mark = useMarkDemonstration();
  const evaluation = useProgrammeEvaluation(fixed ? undefined : programmeId);
  const kind = Form.useWatch('kind', form) ?? fixed?.kind ?? DemonstrationUnitKind.Enterprise;
  const pilots = (evaluation.data?.pilots ?? []).filter((pilot) => !pilot.demonstration);
  const districts = (evaluation.data?.districts ?? []).filter((unit) => !unit.cityDirect);
  return (
    <Modal
      open={open}
      title={fixed ? t('evaluation:demonstration.markEnterprise') : t('evaluation:demonstration.mark')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mark.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'demonstration-submit' } as ButtonProps}
      destroyOnHidden
      width={600}
    >
      <Form<MarkValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: fixed?.kind ?? DemonstrationUnitKind.Enterprise, unit: fixed?.id }}
        onFinish={async (values) => {
          try {
            // a unit chosen beforehand has no field of its own in the form
            const kind = fixed?.kind ?? values.kind;
            const unit = fixed?.id ?? values.unit;
            await mark.mutateAsync({
              programmeId,
              kind,
              ...(kind === DemonstrationUnitKind.Enterprise ? { enterpriseId: unit } : { regionCode: unit }),
              reason: values.reason.trim(),
            });
            message.success(t('evaluation:demonstration.saved'));
            onClose();
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        {fixed ? (
          <Form.Item label={labels.kind(fixed.kind)}>
            <Input value={fixed.name} disabled />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="kind" label={t('evaluation:demonstration.kind')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={Object.values(DemonstrationUnitKind).map((value) => ({
                  value,
                  label: labels.kind(value),
                }))}
                onChange={() => form.setFieldValue('unit', undefined)}
              />
            </Form.Item>
            <Form.Item
              name="unit"
              label={t('evaluation:demonstration.unit')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                loading={evaluation.isLoading}
                placeholder={
                  kind === DemonstrationUnitKind.Enterprise
                    ? t('evaluation:demonstration.enterprisePlaceholder')
                    : t('evaluation:demonstration.districtPlaceholder')
                }
                options={
                  kind === DemonstrationUnitKind.Enterprise
                    ? pilots.map((pilot) => ({
                        value: pilot.enterpriseId,
                        label: `${pilot.enterpriseName}（${pilot.regionName}）`,
                      }))
                    : districts.map((unit) => ({ value: unit.regionCode, label: unit.regionName }))
                }
                data-testid="demonstration-unit"
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="reason"
          label={t('evaluation:demonstration.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: MAX_REASON }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={MAX_REASON}
            showCount
            placeholder={t('evaluation:demonstration.reasonPlaceholder')}
            data-testid="demonstration-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface EditReasonModalProps {
  unit: DemonstrationUnit | null;
  onClose: () => void;
}

/** 编辑理由: the reason changed; the API refreshes the figures attached. */
export function EditReasonModal({ unit, onClose }: EditReasonModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const edit = useEditDemonstration({ id: unit?.id ?? '', version: unit?.version ?? 0 });
  return (
    <Modal
      open={Boolean(unit)}
      title={`${t('evaluation:demonstration.edit')} · ${unit?.name ?? ''}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={edit.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      width={600}
    >
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ reason: unit?.reason }}
        onFinish={async (values) => {
          try {
            await edit.mutateAsync(values.reason.trim());
            message.success(t('evaluation:demonstration.saved'));
            onClose();
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        <Form.Item
          name="reason"
          label={t('evaluation:demonstration.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: MAX_REASON }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={MAX_REASON} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 撤销: the unit removed, with the reason the audit log keeps. */
export function RemoveDemonstrationModal({ unit, onClose }: EditReasonModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const remove = useRemoveDemonstration();
  return (
    <Modal
      open={Boolean(unit)}
      title={`${t('evaluation:demonstration.removeTitle')} · ${unit?.name ?? ''}`}
      okText={t('evaluation:demonstration.remove')}
      okButtonProps={{ danger: true, 'data-testid': 'demonstration-remove-submit' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={remove.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async (values) => {
          if (!unit) return;
          try {
            await remove.mutateAsync({ id: unit.id, version: unit.version, reason: values.reason.trim() });
            message.success(t('evaluation:demonstration.removed'));
            onClose();
          } catch (error) {
            if (!showFieldErrors(form, error)) showError(message, error);
          }
        }}
      >
        <Form.Item
          name="reason"
          label={t('evaluation:demonstration.removeReason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: MAX_REASON }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={MAX_REASON} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
