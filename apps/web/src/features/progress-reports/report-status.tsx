import { App, Button, Form, Input, Modal, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_REPORT_WORKFLOW, ProgressReportAction, ProgressReportStatus } from '@skillpay/domain';
import { showError } from '../../app/api/api-error';
import { type ProgressReport, type ReportActionName, useReportAction } from './progress-reports.api';
import { useReportLabels } from './report-labels';

const STATUS_COLOURS: Record<ProgressReportStatus, string> = {
  [ProgressReportStatus.Draft]: 'default',
  [ProgressReportStatus.Submitted]: 'processing',
  [ProgressReportStatus.Accepted]: 'success',
  [ProgressReportStatus.Returned]: 'warning',
};

export function ReportStatusTag({ status }: { status: string }) {
  const labels = useReportLabels();
  return (
    <Tag color={STATUS_COLOURS[status as ProgressReportStatus] ?? 'default'} data-testid="report-status">
      {labels.status(status)}
    </Tag>
  );
}

export interface ReportActionsProps {
  id: string;
  actions: readonly ReportActionName[];
  /** after the step, with the report as it is now */
  onDone?: (report: ProgressReport, action: ReportActionName) => void;
}

/** The steps the caller may take now: submit asks for confirmation, accept and return for a comment. */
export function ReportActions({ id, actions, onDone }: ReportActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useReportLabels();
  const mutation = useReportAction();
  const [asking, setAsking] = useState<ReportActionName | null>(null);
  const [form] = Form.useForm<{ comment: string }>();

  const run = async (action: ReportActionName, comment?: string) => {
    try {
      const report = await mutation.mutateAsync({ id, action, comment });
      message.success(t('progressReports:actions.done', { action: labels.action(action) }));
      setAsking(null);
      form.resetFields();
      onDone?.(report, action);
    } catch (error) {
      showError(message, error);
    }
  };

  const commentRequired = asking
    ? PROGRESS_REPORT_WORKFLOW.actions[asking as ProgressReportAction].reasonRequired
    : false;
  return (
    <>
      <Space size="small" wrap>
        {actions.map((action) => {
          const loading = mutation.isPending && mutation.variables?.action === action;
          if (action === ProgressReportAction.Submit) {
            return (
              <Popconfirm
                key={action}
                title={t('progressReports:actions.submitConfirm')}
                okText={t('progressReports:actions.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => run(action)}
              >
                <Button type="primary" loading={loading} data-testid={`report-${action}`}>
                  {labels.action(action)}
                </Button>
              </Popconfirm>
            );
          }
          const reviewing = action === ProgressReportAction.Accept || action === ProgressReportAction.Return;
          return (
            <Button
              key={action}
              type={action === ProgressReportAction.Return ? 'default' : 'primary'}
              danger={action === ProgressReportAction.Return}
              loading={loading}
              data-testid={`report-${action}`}
              onClick={() => (reviewing ? setAsking(action) : void run(action))}
            >
              {labels.action(action)}
            </Button>
          );
        })}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? labels.action(asking) : ''}
        okText={t('progressReports:actions.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={mutation.isPending}
        onCancel={() => setAsking(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => asking && run(asking, values.comment)}>
          <Form.Item
            name="comment"
            label={
              commentRequired
                ? t('progressReports:actions.comment')
                : t('progressReports:actions.commentOptional')
            }
            rules={
              commentRequired
                ? [
                    {
                      required: true,
                      whitespace: true,
                      message: t('progressReports:actions.commentRequired'),
                    },
                  ]
                : []
            }
          >
            <Input.TextArea rows={4} maxLength={1000} showCount data-testid="report-comment" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
