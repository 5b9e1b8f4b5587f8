import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TARGET_GROUP_LABELS, TASK_STATUS_LABELS } from '@skillpay/domain';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import { type LedgerRow, ledgerRows } from './ledger-rows';
import { type Programme, type Task } from './programmes.api';
import { taskStatusColour } from './programme-status';
import { useTableColumns } from '../../ui/table-columns';

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
}: {
  programme: Programme;
  tasks: Task[];
  loading: boolean;
  actions?: (task: Task) => React.ReactNode;
  toolbar?: React.ReactNode[];
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
      title: t('programmes:progress'),
      key: 'percent',
      width: 140,
      render: (_dom, row) => <Progress percent={row.task.percent} size="small" />,
    },
    {
      title: t('programmes:taskStatus'),
      key: 'status',
      width: 150,
      render: (_dom, row) => <TaskStatusTag task={row.task} />,
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
