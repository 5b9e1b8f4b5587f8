import { App, Button, type ButtonProps, Form, Input, Modal, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PILOT_WORKFLOW, PilotAction, PilotStatus } from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useEnterpriseLabels } from '../enterprises';
import { type PilotActionName, useTransition } from './pilots.api';
import { QuotaUse, type QuotaSubject, quotaFull, useRegionQuota } from './quota-use';

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
  application: QuotaSubject & { id: string; enterprise: { name: string } };
  actions: readonly PilotActionName[];
  size?: 'small' | 'middle';
  onDone?: () => void;
}

const PRIMARY: readonly string[] = [PilotAction.Submit, PilotAction.Recommend, PilotAction.Approve];
/** Steps taken with one click (withdrawing asks to confirm); every decision opens the opinion dialog. */
const DIRECT: readonly string[] = [PilotAction.Submit, PilotAction.Withdraw];
/** Steps that take one of the region's places: the dialog shows the quota use first. */
const USES_PLACE: readonly string[] = [PilotAction.Recommend, PilotAction.Approve];

/**
 * The steps the caller may take now. Recommend, return, approve and reject open a dialog for the
 * opinion that goes on record with the step (required where the workflow says so) and, for the
 * steps that take a place, the region's quota use.
 */
export function TransitionButtons({ application, actions, size = 'middle', onDone }: TransitionButtonsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useEnterpriseLabels();
  const transition = useTransition();
  const [asking, setAsking] = useState<PilotActionName | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const quota = useRegionQuota(application, asking !== null && USES_PLACE.includes(asking));

  const run = async (action: PilotActionName, reason?: string) => {
    try {
      await transition.mutateAsync({ id: application.id, action, reason });
      message.success(t('pilots:done', { action: labels.pilotAction(action) }));
      setAsking(null);
      form.resetFields();
      onDone?.();
    } catch (error) {
      showFieldErrors(form, error);
      showError(message, error);
    }
  };

  const reasonRequired = asking ? PILOT_WORKFLOW.actions[asking as PilotAction].reasonRequired : false;
  const blocked = asking !== null && USES_PLACE.includes(asking) && quotaFull(quota);
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
                  : () => (DIRECT.includes(action) ? void run(action) : setAsking(action))
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
        title={
          asking
            ? t('pilots:actionOn', { action: labels.pilotAction(asking), name: application.enterprise.name })
            : ''
        }
        okText={asking ? labels.pilotAction(asking) : t('pilots:confirm')}
        okButtonProps={
          {
            disabled: blocked,
            danger: asking === PilotAction.Reject,
            'data-testid': 'pilot-confirm',
          } as ButtonProps
        }
        cancelText={t('common.cancel')}
        confirmLoading={transition.isPending}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          {asking && USES_PLACE.includes(asking) ? (
            <QuotaUse subject={application} row={quota} action={asking} />
          ) : null}
          <Form form={form} layout="vertical" onFinish={(values) => asking && run(asking, values.reason)}>
            <Form.Item
              name="reason"
              label={
                asking
                  ? reasonRequired
                    ? t(`pilots:opinion.${asking}`)
                    : t('pilots:optional', { label: t(`pilots:opinion.${asking}`) })
                  : ''
              }
              rules={
                reasonRequired && asking
                  ? [
                      {
                        required: true,
                        whitespace: true,
                        message: t('pilots:opinionRequired', { label: t(`pilots:opinion.${asking}`) }),
                      },
                    ]
                  : []
              }
            >
              <Input.TextArea
                rows={4}
                maxLength={1000}
                showCount
                placeholder={asking ? t(`pilots:opinionPlaceholder.${asking}`) : undefined}
                data-testid="pilot-reason"
              />
            </Form.Item>
          </Form>
        </Space>
      </Modal>
    </>
  );
}
