import { App, Button, Form, Input, Modal, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PILOT_WORKFLOW, PilotAction, PilotStatus } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { useEnterpriseLabels } from '../enterprises';
import { type PilotActionName, useTransition } from './pilots.api';

const STATUS_COLOURS: Record<PilotStatus, string> = {
  [PilotStatus.Draft]: 'default',
  [PilotStatus.Submitted]: 'processing',
  [PilotStatus.Recommended]: 'cyan',
  [PilotStatus.Returned]: 'warning',
  [PilotStatus.Approved]: 'success',
  [PilotStatus.Rejected]: 'error',
  [PilotStatus.Withdrawn]: 'default',
};

export function PilotStatusTag({ status }: { status: string }) {
  const labels = useEnterpriseLabels();
  return (
    <Tag color={STATUS_COLOURS[status as PilotStatus] ?? 'default'} data-testid="pilot-status">
      {labels.pilotStatus(status)}
    </Tag>
  );
}

export interface TransitionButtonsProps {
  id: string;
  actions: readonly PilotActionName[];
  size?: 'small' | 'middle';
  onDone?: () => void;
}

const PRIMARY: readonly string[] = [PilotAction.Submit, PilotAction.Recommend, PilotAction.Approve];

/** The steps the caller may take now; return and reject ask for a reason first. */
export function TransitionButtons({ id, actions, size = 'middle', onDone }: TransitionButtonsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useEnterpriseLabels();
  const transition = useTransition();
  const [asking, setAsking] = useState<PilotActionName | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const run = async (action: PilotActionName, reason?: string) => {
    try {
      await transition.mutateAsync({ id, action, reason });
      message.success(t('pilots:done', { action: labels.pilotAction(action) }));
      setAsking(null);
      form.resetFields();
      onDone?.();
    } catch (error) {
      showError(message, error);
    }
  };

  const reasonRequired = asking ? PILOT_WORKFLOW.actions[asking as PilotAction].reasonRequired : false;
  return (
    <>
      <Space size="small" wrap>
        {actions.map((action) => {
          const button = (
            <Button
              key={action}
              size={size}
              type={PRIMARY.includes(action) ? 'primary' : 'default'}
              danger={action === PilotAction.Reject || action === PilotAction.Withdraw}
              loading={transition.isPending && transition.variables?.action === action}
              data-testid={`pilot-${action}`}
              onClick={
                action === PilotAction.Withdraw
                  ? undefined
                  : () =>
                      PILOT_WORKFLOW.actions[action as PilotAction].reasonRequired
                        ? setAsking(action)
                        : void run(action)
              }
            >
              {labels.pilotAction(action)}
            </Button>
          );
          return action === PilotAction.Withdraw ? (
            <Popconfirm key={action} title={t('pilots:withdrawConfirm')} onConfirm={() => run(action)}>
              {button}
            </Popconfirm>
          ) : (
            button
          );
        })}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? labels.pilotAction(asking) : ''}
        okText={t('pilots:confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => asking && run(asking, values.reason)}>
          <Form.Item
            name="reason"
            label={reasonRequired ? t('pilots:reason') : t('pilots:reasonOptional')}
            rules={
              reasonRequired
                ? [{ required: true, whitespace: true, message: t('pilots:reasonRequired') }]
                : []
            }
          >
            <Input.TextArea rows={4} maxLength={1000} showCount data-testid="pilot-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
