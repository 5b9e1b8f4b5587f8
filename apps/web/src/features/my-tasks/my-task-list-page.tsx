import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TaskStatus } from '@skillpay/domain';
import { useTableColumns } from '../../ui/table-columns';
import { OwnProgress, TaskStatusTag } from '../programmes';
import { type MyTask, useMyTasks } from './my-tasks.api';

/** 我的台账任务: the tasks the caller's organisation answers for, across the live programmes. */
export function MyTaskListPage() {
  const { t } = useTranslation();
  const tasks = useMyTasks();

  const columns = useTableColumns<ProColumns<MyTask>>([
    {
      title: t('myTasks:task'),
      key: 'task',
      width: 220,
      render: (_dom, row) => (
        <Space direction="vertical" size={0}>
          <Link to={`/my-tasks/${row.task.id}`} data-testid="my-task-link">
            {row.task.title}
          </Link>
          <Typography.Text type="secondary">{row.stage ?? '—'}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('myTasks:programme'),
      key: 'programme',
      width: 260,
      render: (_dom, row) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{row.programme.title}</Typography.Text>
          {row.programme.documentNumber ? (
            <Typography.Text type="secondary">{row.programme.documentNumber}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('myTasks:dueOn'),
      key: 'dueOn',
      width: 110,
      render: (_dom, row) => <span style={{ whiteSpace: 'nowrap' }}>{row.task.dueOn ?? '—'}</span>,
    },
    {
      title: t('myTasks:ownProgress'),
      key: 'own',
      width: 150,
      render: (_dom, row) => <OwnProgress task={row.task} />,
    },
    {
      title: t('myTasks:ownStatus'),
      key: 'status',
      width: 170,
      // the unit's own status: a unit done with its part is not overdue
      render: (_dom, row) => (
        <TaskStatusTag task={row.task.own ?? { status: TaskStatus.NotStarted, overdue: row.task.overdue }} />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      keyColumn: 'right',
      render: (_dom, row) => <Link to={`/my-tasks/${row.task.id}`}>{t('myTasks:open')}</Link>,
    },
  ]);

  return (
    <PageContainer title={t('myTasks:title')} content={t('myTasks:intro')}>
      <ProTable<MyTask>
        rowKey={(row) => row.task.id}
        columns={columns}
        dataSource={tasks.data ?? []}
        loading={tasks.isLoading}
        search={false}
        pagination={false}
        options={{ reload: () => void tasks.refetch(), density: false, setting: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('myTasks:empty')} /> }}
        data-testid="my-tasks-table"
      />
    </PageContainer>
  );
}
