import { App, Button, type ButtonProps, Form, Input, Modal, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GENDER_LABELS,
  type Gender,
  PAY_TREATMENT_LABELS,
  type PayTreatment,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
  TALENT_ACTION_LABELS,
  TALENT_ROLE_LABELS,
  TALENT_STATUS_LABELS,
  TALENT_WORKFLOW,
  TalentAction,
  type TalentRole,
  TalentStatus,
} from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { type TalentRouteAction, useTalentTransition } from './talents.api';

const STATUS_COLOURS: Record<TalentStatus, string> = {
  [TalentStatus.Draft]: 'default',
  [TalentStatus.Submitted]: 'processing',
  [TalentStatus.Verified]: 'cyan',
  [TalentStatus.Returned]: 'warning',
  [TalentStatus.Confirmed]: 'success',
};

/** Labels of the talent database in the UI language. */
export function useTalentLabels() {
  const language = useLanguage();
  return {
    language,
    status: (status: string) => TALENT_STATUS_LABELS[status as TalentStatus]?.[language] ?? status,
    action: (action: string) => TALENT_ACTION_LABELS[action as TalentAction]?.[language] ?? action,
    gender: (gender: string) => GENDER_LABELS[gender as Gender]?.[language] ?? gender,
    skillLevel: (level: string) => SKILL_LEVEL_LABELS[level as SkillLevel]?.[language] ?? level,
    treatment: (treatment: string) =>
      PAY_TREATMENT_LABELS[treatment as PayTreatment]?.[language] ?? treatment,
    role: (role: string) => TALENT_ROLE_LABELS[role as TalentRole]?.[language] ?? role,
    honour: (honour: { nameZh: string; nameEn?: string | null }) =>
      language === 'en' ? (honour.nameEn ?? honour.nameZh) : honour.nameZh,
  };
}

export function TalentStatusTag({ status }: { status: string }) {
  const labels = useTalentLabels();
  return (
    <Tag color={STATUS_COLOURS[status as TalentStatus] ?? 'default'} data-testid="talent-status">
      {labels.status(status)}
    </Tag>
  );
}

export interface TalentActionButtonsProps {
  talent: { id: string; name: string };
  actions: readonly string[];
  reconfirmable?: boolean;
  size?: 'small' | 'middle';
  onDone?: () => void;
}

/**
 * The workflow steps the caller may take now: submitting and confirming ask first, returning
 * opens a dialog for the reason that goes on record; a record in the database may be reconfirmed.
 */
export function TalentActionButtons({
  talent,
  actions,
  reconfirmable,
  size = 'middle',
  onDone,
}: TalentActionButtonsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useTalentLabels();
  const transition = useTalentTransition();
  const [asking, setAsking] = useState<TalentRouteAction | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const run = async (action: TalentRouteAction, reason?: string) => {
    try {
      await transition.mutateAsync({ id: talent.id, action, reason });
      message.success(
        action === 'reconfirm'
          ? t('talents:reconfirmed')
          : t('talents:done', { action: labels.action(action) }),
      );
      setAsking(null);
      form.resetFields();
      onDone?.();
    } catch (error) {
      showFieldErrors(form, error);
      showError(message, error);
    }
  };

  const withReason = (action: string) => TALENT_WORKFLOW.actions[action as TalentAction]?.reasonRequired;
  const all: TalentRouteAction[] = [
    ...(actions as TalentRouteAction[]),
    ...(reconfirmable ? (['reconfirm'] as const) : []),
  ];
  return (
    <>
      <Space size="small" wrap={false}>
        {all.map((action) => {
          const label = action === 'reconfirm' ? t('talents:reconfirm') : labels.action(action);
          const button = (
            <Button
              key={action}
              size={size}
              type={withReason(action) ? 'default' : 'primary'}
              loading={transition.isPending && transition.variables?.action === action}
              data-testid={`talent-${action}`}
              onClick={withReason(action) ? () => setAsking(action) : undefined}
            >
              {label}
            </Button>
          );
          if (withReason(action)) return button;
          return (
            <Popconfirm
              key={action}
              title={
                action === TalentAction.Submit
                  ? t('talents:submitConfirm')
                  : action === 'reconfirm'
                    ? t('talents:reconfirmConfirm')
                    : t('talents:done', { action: label }) + '?'
              }
              okText={label}
              cancelText={t('common.cancel')}
              okButtonProps={{ 'data-testid': `talent-${action}-ok` } as ButtonProps}
              onConfirm={() => run(action)}
            >
              {button}
            </Popconfirm>
          );
        })}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? t('talents:actionOn', { action: labels.action(asking), name: talent.name }) : ''}
        okText={asking ? labels.action(asking) : ''}
        okButtonProps={{ 'data-testid': 'talent-reason-ok' } as ButtonProps}
        cancelText={t('common.cancel')}
        confirmLoading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => asking && run(asking, values.reason)}>
          <Form.Item
            name="reason"
            label={asking ? t('talents:reasonLabel', { action: labels.action(asking) }) : ''}
            rules={[
              {
                required: true,
                whitespace: true,
                message: asking ? t('talents:reasonRequired', { action: labels.action(asking) }) : '',
              },
            ]}
          >
            <Input.TextArea
              rows={4}
              maxLength={1000}
              showCount
              placeholder={t('talents:reasonPlaceholder')}
              data-testid="talent-reason"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
