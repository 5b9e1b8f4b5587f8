import { LinkOutlined } from '@ant-design/icons';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  chinaToday,
  TARGET_GROUP_LABELS,
  TASK_LINK_LABELS,
  TASK_STATUS_LABELS,
  TaskStatus,
} from '@skillpay/domain';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import { type LedgerRow, ledgerRows } from './ledger-rows';
import { type Programme, type Task } from './programmes.api';
import { taskStatusColour } from './programme-status';
import { useTableColumns } from '../../ui/table-columns';
import { percentRange } from './task-progress';

export function TaskStatusTag({ task }: { task: Pick<Task, 'status' | 'overdue'> }) {
  const { language } = useDomainLabels();
  return (
    <Space size={4} wrap>
      <Tag color={taskStatusColour(task.status, false)}>
        {labelOf(TASK_STATUS_LABELS, task.status, language)}
      </Tag>
      {task.overdue ? <Tag color="error">{labelOf(TASK_STATUS_LABELS, 'overdue', language)}</Tag> : null}
    </Space>
  );
}

/** What a linked task follows, and for a release the one that completed it (with its page). */
export function TaskLinkNote({ task }: { task: Pick<Task, 'linkedEvent' | 'release'> }) {
  const { t } = useTranslation();
  const { language } = useDomainLabels();
  if (!task.linkedEvent) return null;
  return (
    <Space size={4} wrap data-testid="task-link">
      <Tag icon={<LinkOutlined />} color="processing">
        {labelOf(TASK_LINK_LABELS, task.linkedEvent, language)}
      </Tag>
      {task.release ? (
        <Link to={`/benchmark-releases/${task.release.id}`}>
          {t('programmes:releasePublished', {
            release: task.release.label,
            date: chinaToday(new Date(task.release.publishedAt)),
          })}
        </Link>
      ) : null}
    </Space>
  );
}

/** The task across its units: their range and how many reported; never a mean. */
export function TaskProgressSummary({ task }: { task: Pick<Task, 'progress' | 'linkedEvent'> }) {
  const { t } = useTranslation();
  const range = percentRange(task.progress);
  if (!range) {
    return (
      <Typography.Text type="secondary">
        {t(task.linkedEvent ? 'programmes:nothingToCount' : 'programmes:nothingReported')}
      </Typography.Text>
    );
  }
  return (
    <Space direction="vertical" size={0} data-testid="task-progress">
      <Typography.Text strong>
        {range.min === range.max ? `${range.min}%` : t('programmes:percentRange', range)}
      </Typography.Text>
      {task.linkedEvent ? null : (
        <Typography.Text type="secondary">{t('programmes:reportedCount', task.progress)}</Typography.Text>
      )}
    </Space>
  );
}

/** The caller's own unit on the task: its latest report, or what the task's link counts for it. */
export function OwnProgress({ task }: { task: Pick<Task, 'own'> }) {
  const { t } = useTranslation();
  if (!task.own) return <Typography.Text type="secondary">{t('programmes:notReported')}</Typography.Text>;
  const { percent, counted, of } = task.own;
  return (
    <Space direction="vertical" size={0} style={{ width: '100%' }} data-testid="own-progress">
      <Progress percent={percent} size="small" />
      {counted !== null && of !== null ? (
        <Typography.Text type="secondary">{t('programmes:counted', { counted, of })}</Typography.Text>
      ) : null}
    </Space>
  );
}

export function useLedgerGroups(programme: Programme) {
  const { language } = useDomainLabels();
  return [
    ...programme.phases.map((phase) => ({
      id: phase.id,
      label: `${phase.name}（${phase.startsOn} ~ ${phase.endsOn}）`,
    })),
    ...programme.measures.map((measure) => ({
      id: measure.id,
      label: `${labelOf(TARGET_GROUP_LABELS, measure.targetGroup, language)}：${measure.title}`,
    })),
  ];
}

/** The ledger (工作台账): one row per task, grouped by phase or measure. */
export function LedgerTable({
  programme,
  tasks,
  loading,
  actions,
  toolbar = [],
  own = false,
}: {
  programme: Programme;
  tasks: Task[];
  loading: boolean;
  actions?: (task: Task) => React.ReactNode;
  toolbar?: React.ReactNode[];
  /** the unit's own tab: each task shows the unit's own progress, not the task's range */
  own?: boolean;
}) {
  const { t } = useTranslation();
  const groups = useLedgerGroups(programme);
  const rows = ledgerRows(tasks, groups, t('programmes:otherTasks'));

  const columns = useTableColumns<ProColumns<LedgerRow<Task>>>([
    { title: t('programmes:number'), dataIndex: 'number', width: 60, align: 'center' },
    {
      title: t('programmes:group'),
      key: 'group',
      width: 170,
      onCell: (row) => ({ rowSpan: row.groupSpan }),
      render: (_dom, row) => <Typography.Text strong>{row.group.label}</Typography.Text>,
    },
    {
      title: t('programmes:task'),
      key: 'task',
      width: 320,
      render: (_dom, row) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{row.task.title}</Typography.Text>
          {row.task.description ? (
            <Typography.Text type="secondary">{row.task.description}</Typography.Text>
          ) : null}
          <TaskLinkNote task={row.task} />
        </Space>
      ),
    },
    {
      title: t('programmes:responsible'),
      key: 'responsible',
      width: 300,
      render: (_dom, row) => (
        <Typography.Paragraph
          style={{ marginBottom: 0 }}
          ellipsis={{ rows: 3, expandable: true, symbol: t('programmes:showAll') }}
        >
          {[
            ...row.task.responsibleOrganisations.map((organisation) => organisation.name),
            ...row.task.textUnits,
          ].join(t('common.listSeparator'))}
        </Typography.Paragraph>
      ),
    },
    { title: t('programmes:dueOn'), key: 'dueOn', width: 110, render: (_dom, row) => row.task.dueOn ?? '—' },
    {
      title: t(own ? 'programmes:ownProgress' : 'programmes:progress'),
      key: 'percent',
      width: 160,
      render: (_dom, row) =>
        own ? <OwnProgress task={row.task} /> : <TaskProgressSummary task={row.task} />,
    },
    {
      title: t('programmes:taskStatus'),
      key: 'status',
      width: 150,
      // on the unit's own tab, its own status: a unit done with its part is not overdue
      render: (_dom, row) => (
        <TaskStatusTag
          task={
            own ? (row.task.own ?? { status: TaskStatus.NotStarted, overdue: row.task.overdue }) : row.task
          }
        />
      ),
    },
    ...(actions
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            keyColumn: 'right' as const,
            render: (_dom: unknown, row: LedgerRow<Task>) => actions(row.task),
          },
        ]
      : []),
  ]);

  return (
    <ProTable<LedgerRow<Task>>
      rowKey={(row) => row.task.id}
      columns={columns}
      dataSource={rows}
      loading={loading}
      search={false}
      pagination={false}
      bordered
      scroll={{ x: 1200 }}
      options={{ density: false, setting: false, reload: false }}
      toolBarRender={() => toolbar}
      data-testid="ledger-table"
    />
  );
}
