import { PageContainer, ProCard } from '@ant-design/pro-components';
import { Alert, App, Descriptions, Space, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PROGRAMME_STATUS_LABELS, TaskStatus } from '@skillpay/domain';
import { ApiRequestError, errorMessage, showError } from '../../app/api/api-error';
import { labelOf, useDomainLabels } from '../../app/i18n/labels';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import {
  OwnProgress,
  ProgressHistoryList,
  ProgressReportModal,
  TaskProgressSummary,
  TaskStatusTag,
} from '../programmes';
import { useDownloadMyTaskAttachment, useMyTask, useMyTaskUpdates, useReportMyTask } from './my-tasks.api';

/**
 * One of the caller's ledger tasks, where its reminders lead: what the task asks, the unit's own
 * progress beside all units' range, the report form and the unit's own reports.
 */
export function MyTaskDetailPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const { language } = useDomainLabels();
  const navigate = useNavigate();
  const { taskId } = useParams<{ taskId: string }>();
  const record = useMyTask(taskId);
  const updates = useMyTaskUpdates(taskId);
  const report = useReportMyTask(taskId ?? '');
  const download = useDownloadMyTaskAttachment(taskId ?? '');

  if (record.isLoading) return <PageLoading />;
  if (record.isError) {
    const { error } = record;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void record.refetch()} />;
  }
  if (!record.data) return <NotFoundResult />;
  const { programme, stage, task, reportable } = record.data;

  return (
    <PageContainer
      title={task.title}
      subTitle={stage ?? undefined}
      onBack={() => navigate('/my-tasks')}
      breadcrumbRender={false}
      extra={
        reportable
          ? [
              <ProgressReportModal
                key="report"
                primary
                task={task}
                onSubmit={(input) => report.mutateAsync(input)}
              />,
            ]
          : []
      }
    >
      <Space direction="vertical" size={token.marginMD} style={{ width: '100%' }}>
        {!reportable ? (
          <Alert
            type="info"
            showIcon
            message={t(task.linkedEvent ? 'myTasks:linked' : 'myTasks:notReportable')}
          />
        ) : null}
        <ProCard bordered>
          <Descriptions
            column={2}
            bordered
            size="small"
            styles={{ label: { whiteSpace: 'nowrap' } }}
            data-testid="my-task-details"
          >
            <Descriptions.Item label={t('myTasks:programme')} span={2}>
              <Space wrap>
                <Typography.Text>{programme.title}</Typography.Text>
                {programme.documentNumber ? (
                  <Typography.Text type="secondary">{programme.documentNumber}</Typography.Text>
                ) : null}
                <Tag>{labelOf(PROGRAMME_STATUS_LABELS, programme.status, language)}</Tag>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('myTasks:description')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {task.description || '—'}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('myTasks:dueOn')}>
              <span style={{ whiteSpace: 'nowrap' }}>{task.dueOn ?? '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('myTasks:ownStatus')}>
              <TaskStatusTag task={task.own ?? { status: TaskStatus.NotStarted, overdue: task.overdue }} />
            </Descriptions.Item>
            <Descriptions.Item label={t('myTasks:ownProgress')}>
              <OwnProgress task={task} />
            </Descriptions.Item>
            <Descriptions.Item label={t('myTasks:allUnits')}>
              <TaskProgressSummary task={task} />
            </Descriptions.Item>
            <Descriptions.Item label={t('myTasks:responsible')} span={2}>
              {[
                ...task.responsibleOrganisations.map((organisation) => organisation.name),
                ...task.textUnits,
              ].join(t('common.listSeparator'))}
            </Descriptions.Item>
          </Descriptions>
        </ProCard>
        <ProCard bordered title={t('myTasks:history')}>
          <ProgressHistoryList
            updates={updates.data}
            loading={updates.isLoading}
            onDownload={(attachment) =>
              download.mutate(attachment, { onError: (error) => showError(message, error) })
            }
          />
        </ProCard>
      </Space>
    </PageContainer>
  );
}
