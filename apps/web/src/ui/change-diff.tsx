import { Table, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ChangeDiffRow, type Snapshot, diffSnapshots } from './snapshot-diff';

function formatValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

export interface ChangeDiffProps {
  before: Snapshot;
  after: Snapshot;
}

/** Before/after view of an audited change. */
export function ChangeDiff({ before, after }: ChangeDiffProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const rows = diffSnapshots(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('diff.empty')}</Typography.Text>;
  const changeColours: Record<ChangeDiffRow['change'], string> = {
    added: 'success',
    removed: 'error',
    changed: 'warning',
    unchanged: 'default',
  };
  const cell = (value: unknown, highlight: string | undefined) => (
    <Typography.Text
      style={{
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        fontFamily: token.fontFamilyCode,
        fontSize: token.fontSizeSM,
        background: highlight,
      }}
    >
      {formatValue(value)}
    </Typography.Text>
  );
  return (
    <Table<ChangeDiffRow>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="change-diff"
      columns={[
        { title: t('diff.field'), dataIndex: 'field', width: '22%' },
        {
          title: t('diff.change'),
          dataIndex: 'change',
          width: 96,
          render: (change: ChangeDiffRow['change']) => (
            <Tag color={changeColours[change]}>{t(`diff.${change}`)}</Tag>
          ),
        },
        {
          title: t('diff.before'),
          dataIndex: 'before',
          render: (value: unknown, row) =>
            cell(
              value,
              row.change === 'changed' || row.change === 'removed' ? token.colorErrorBg : undefined,
            ),
        },
        {
          title: t('diff.after'),
          dataIndex: 'after',
          render: (value: unknown, row) =>
            cell(
              value,
              row.change === 'changed' || row.change === 'added' ? token.colorSuccessBg : undefined,
            ),
        },
      ]}
    />
  );
}
