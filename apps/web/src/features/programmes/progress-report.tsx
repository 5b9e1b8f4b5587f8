import { InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import {
  ModalForm,
  ProFormDigit,
  ProFormSelect,
  ProFormTextArea,
  type ProFormInstance,
} from '@ant-design/pro-components';
import { App, Button, Drawer, Empty, Form, List, Space, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES, TASK_STATUS_LABELS, TaskStatus } from '@skillpay/domain';
import { showError, showFieldErrors } from '../../app/api/api-error';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import { attachmentErrorMessage } from './attachment-errors';
import {
  type ProgressReportInput,
  type Task,
  type TaskUpdate,
  useDownloadTaskAttachment,
  useReportProgress,
  useTaskUpdates,
} from './programmes.api';
import { TaskStatusTag } from './ledger-table';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.zip';

interface ReportValues {
  note: string;
  status: Task['status'];
  percent: number;
}

/** The progress report form of a responsible bureau, on the ledger. */
export function ProgressReportButton({ programmeId, task }: { programmeId: string; task: Task }) {
  const report = useReportProgress(programmeId);
  return (
    <ProgressReportModal task={task} onSubmit={(input) => report.mutateAsync({ taskId: task.id, input })} />
  );
}

interface ProgressReportModalProps {
  task: Pick<Task, 'id' | 'title' | 'own'>;
  /** sends the report (the ledger's route for a bureau, 我的台账任务 for a reviewer organisation) */
  onSubmit: (input: ProgressReportInput) => Promise<unknown>;
  /** the trigger's look: a link in a table row (default) or a primary button on a task page */
  primary?: boolean;
}

/** The progress report form of a responsible unit, with attachments checked before sending. */
export function ProgressReportModal({ task, onSubmit, primary = false }: ProgressReportModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language } = useDomainLabels();
  const formRef = useRef<ProFormInstance<ReportValues>>(undefined);
  const [files, setFiles] = useState<File[]>([]);

  const onFinish = async (values: ReportValues) => {
    try {
      await onSubmit({ ...values, files });
      message.success(t('programmes:reported'));
      setFiles([]);
      return true;
    } catch (error) {
      showFieldErrors(formRef.current, error);
      message.error(attachmentErrorMessage(error));
      return false;
    }
  };

  return (
    <ModalForm<ReportValues>
      formRef={formRef}
      title={t('programmes:reportTitle', { task: task.title })}
      trigger={
        primary ? (
          <Button type="primary" data-testid={`report-${task.id}`}>
            {t('programmes:report')}
          </Button>
        ) : (
          <Button type="link" size="small" data-testid={`report-${task.id}`}>
            {t('programmes:report')}
          </Button>
        )
      }
      initialValues={{
        // the unit carries on from its own last report, not from the task's other units
        status:
          !task.own || task.own.status === TaskStatus.NotStarted ? TaskStatus.InProgress : task.own.status,
        percent: task.own?.percent ?? 0,
      }}
      modalProps={{ destroyOnHidden: true }}
      onFinish={onFinish}
    >
      <ProFormTextArea
        name="note"
        label={t('programmes:note')}
        rules={[{ required: true, message: t('common.required') }]}
        fieldProps={{ maxLength: 2000, showCount: true, autoSize: { minRows: 3, maxRows: 8 } }}
      />
      <ProFormSelect
        name="status"
        label={t('programmes:taskStatus')}
        rules={[{ required: true, message: t('common.required') }]}
        options={Object.values(TaskStatus).map((status) => ({
          value: status,
          label: labelOf(TASK_STATUS_LABELS, status, language),
        }))}
      />
      <ProFormDigit
        name="percent"
        label={t('programmes:percent')}
        min={0}
        max={100}
        fieldProps={{ precision: 0, addonAfter: '%' }}
        rules={[{ required: true, message: t('common.required') }]}
      />
      <Form.Item label={t('programmes:files')} extra={t('programmes:filesHint')} name="files">
        <Upload.Dragger
          multiple
          accept={ACCEPT}
          fileList={files.map((file, index) => ({
            uid: String(index),
            name: file.name,
            status: 'done' as const,
          }))}
          beforeUpload={(file) => {
            if (file.size > MAX_ATTACHMENT_BYTES) {
              message.error(t('programmes:fileTooLarge', { file: file.name }));
              return Upload.LIST_IGNORE;
            }
            setFiles((current) => [...current, file].slice(0, 5));
            return false;
          }}
          onRemove={(removed) =>
            setFiles((current) => current.filter((_file, index) => String(index) !== removed.uid))
          }
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('programmes:dropFiles')}</p>
        </Upload.Dragger>
      </Form.Item>
    </ModalForm>
  );
}

/** The history of reports on a task, as far as the caller may read it. */
export function ProgressHistoryButton({ programmeId, task }: { programmeId: string; task: Task }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const updates = useTaskUpdates(programmeId, open ? task.id : undefined);
  const download = useDownloadTaskAttachment(programmeId);

  return (
    <>
      <Button type="link" size="small" onClick={() => setOpen(true)}>
        {t('programmes:history')}
      </Button>
      <Drawer
        title={t('programmes:historyTitle', { task: task.title })}
        width={560}
        open={open}
        onClose={() => setOpen(false)}
      >
        <ProgressHistoryList
          updates={updates.data}
          loading={updates.isLoading}
          onDownload={(attachment) =>
            download.mutate(attachment, { onError: (error) => showError(message, error) })
          }
        />
      </Drawer>
    </>
  );
}

interface ProgressHistoryListProps {
  updates: TaskUpdate[] | undefined;
  loading: boolean;
  onDownload: (attachment: { id: string; fileName: string }) => void;
}

/** Reports on a task, newest first: unit, status, percent, note and attachments. */
export function ProgressHistoryList({ updates, loading, onDownload }: ProgressHistoryListProps) {
  const { t } = useTranslation();
  if (updates && updates.length === 0) return <Empty description={t('programmes:noHistory')} />;
  return (
    <List
      loading={loading}
      dataSource={updates ?? []}
      renderItem={(update) => (
        <List.Item>
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong>{update.organisation.name}</Typography.Text>
              <TaskStatusTag task={{ status: update.status, overdue: false }} />
              <Typography.Text type="secondary">{update.percent}%</Typography.Text>
              <Typography.Text type="secondary">
                {new Date(update.createdAt).toLocaleString()}
              </Typography.Text>
            </Space>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {update.note}
            </Typography.Paragraph>
            {update.attachments.map((attachment) => (
              <Typography.Link key={attachment.id} onClick={() => onDownload(attachment)}>
                <PaperClipOutlined /> {attachment.fileName}
              </Typography.Link>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
