import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Popover, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TASK_STATUS_LABELS } from '@skillpay/domain';
import { useDomainLabels, labelOf } from '../../app/i18n/labels';
import { type LedgerRow, ledgerRows } from './ledger-rows';
import { type Programme, type ProgressMatrix, useProgressMatrix } from './programmes.api';
import { useLedgerGroups } from './ledger-table';
import { taskStatusColour } from './programme-status';

type MatrixRow = ProgressMatrix['rows'][number];

/** The city's view: tasks down, responsible organisations across, each cell its latest report. */
export function ProgressMatrixView({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const { language } = useDomainLabels();
  const matrix = useProgressMatrix(programme.id, true);
  const groups = useLedgerGroups(programme);
  const rows = ledgerRows(
    (matrix.data?.rows ?? []).map((row) => ({
      ...row,
      phaseId: row.task.phaseId,
      measureId: row.task.measureId,
    })),
    groups,
    t('programmes:otherTasks'),
  );

  const organisationColumns: ProColumns<LedgerRow<MatrixRow>>[] = (matrix.data?.organisations ?? []).map(
    (organisation) => ({
      title: organisation.name.replace(/人力资源和社会保障局$/, t('programmes:bureauShort')),
      key: organisation.id,
      width: 120,
      align: 'center',
      render: (_dom, row) => {
        const cell = row.task.cells.find((candidate) => candidate.organisationId === organisation.id);
        if (!cell) return <Typography.Text type="secondary">—</Typography.Text>;
        if (!cell.status) {
          return (
            <Tag color={cell.overdue ? 'error' : 'default'} bordered={false}>
              {cell.overdue ? labelOf(TASK_STATUS_LABELS, 'overdue', language) : t('programmes:notReported')}
            </Tag>
          );
        }
        return (
          <Popover
            title={organisation.name}
            content={
              <Space direction="vertical" size={2} style={{ maxWidth: 360 }}>
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{cell.note}</Typography.Text>
                <Typography.Text type="secondary">
                  {cell.reportedAt ? new Date(cell.reportedAt).toLocaleString() : ''}
                </Typography.Text>
              </Space>
            }
          >
            <Tag color={taskStatusColour(cell.status, cell.overdue)}>
              {labelOf(TASK_STATUS_LABELS, cell.status, language)} {cell.percent}%
            </Tag>
          </Popover>
        );
      },
    }),
  );

  const columns: ProColumns<LedgerRow<MatrixRow>>[] = [
    {
      title: t('programmes:group'),
      key: 'group',
      width: 160,
      fixed: 'left',
      onCell: (row) => ({ rowSpan: row.groupSpan }),
      render: (_dom, row) => <Typography.Text strong>{row.group.label}</Typography.Text>,
    },
    {
      title: t('programmes:task'),
      key: 'task',
      width: 180,
      fixed: 'left',
      render: (_dom, row) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{row.task.task.title}</Typography.Text>
          <Typography.Text type="secondary">{row.task.task.dueOn ?? ''}</Typography.Text>
        </Space>
      ),
    },
    ...organisationColumns,
  ];

  return (
    <ProTable<LedgerRow<MatrixRow>>
      rowKey={(row) => row.task.task.id}
      columns={columns}
      dataSource={rows}
      loading={matrix.isLoading}
      search={false}
      pagination={false}
      bordered
      scroll={{ x: 'max-content' }}
      options={{ density: false, setting: false, reload: () => void matrix.refetch() }}
      headerTitle={t('programmes:matrixTitle')}
      data-testid="progress-matrix"
    />
  );
}
