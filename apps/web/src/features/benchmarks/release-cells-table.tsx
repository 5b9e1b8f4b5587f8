import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { App } from 'antd';
import { FOOTNOTE_LABELS } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/api-error';
import { valueEnumOf } from '../../app/i18n/labels';
import { listReleaseCells, type ReleaseCell, type ReleaseCellQuery } from './benchmarks.api';
import { FootnoteTag, formatYuan, OccupationName, useBenchmarkLabels } from './benchmark-labels';

interface CellSearch {
  occupation?: string;
  skillLevel?: string;
  regionCode?: string;
  footnote?: string;
}

export interface ReleaseCellsTableProps {
  releaseId: string;
}

/** The bureaus' view of a release's cells: withheld ones keep their figures, marked by the footnote. */
export function ReleaseCellsTable({ releaseId }: ReleaseCellsTableProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useBenchmarkLabels();
  const yuan = (value: number) => formatYuan(value, labels.language);

  const columns: ProColumns<ReleaseCell>[] = [
    {
      title: t('benchmarks.occupation'),
      dataIndex: 'occupation',
      fieldProps: { placeholder: t('benchmarks.occupationSearch') },
      render: (_dom, record) => <OccupationName cell={record} />,
    },
    {
      title: t('benchmarks.skillLevel'),
      dataIndex: 'skillLevel',
      valueType: 'select',
      valueEnum: labels.skillLevelEnum,
      render: (_dom, record) => labels.skillLevel(record.skillLevel),
    },
    {
      title: t('benchmarks.region'),
      dataIndex: 'regionCode',
      render: (_dom, record) => labels.region(record),
      fieldProps: { placeholder: '370211' },
    },
    { title: t('benchmarks.employees'), dataIndex: 'employees', hideInSearch: true, align: 'right' },
    { title: t('benchmarks.enterprises'), dataIndex: 'enterprises', hideInSearch: true, align: 'right' },
    {
      title: t('benchmarks.maxShare'),
      dataIndex: 'maxEnterpriseShare',
      hideInSearch: true,
      align: 'right',
      render: (_dom, record) => `${record.maxEnterpriseShare}%`,
    },
    ...(['p10', 'p25', 'p50', 'p75', 'p90'] as const).map((key): ProColumns<ReleaseCell> => ({
      title: key === 'p50' ? t('benchmarks.median') : key.toUpperCase(),
      dataIndex: key,
      hideInSearch: true,
      align: 'right',
      render: (_dom, record) => yuan(record[key]),
    })),
    {
      title: t('benchmarks.mean'),
      dataIndex: 'mean',
      hideInSearch: true,
      align: 'right',
      render: (_dom, record) => yuan(record.mean),
    },
    {
      title: t('benchmarks.footnote'),
      dataIndex: 'footnote',
      valueType: 'select',
      valueEnum: valueEnumOf(FOOTNOTE_LABELS, labels.language),
      render: (_dom, record) => (record.footnote ? <FootnoteTag code={record.footnote} /> : null),
    },
  ];

  return (
    <ProTable<ReleaseCell, CellSearch>
      rowKey={(record) => `${record.occupationCode}|${record.skillLevel}|${record.regionCode}`}
      columns={columns}
      headerTitle={t('benchmarks.releases.cells')}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      pagination={{ defaultPageSize: 50, showSizeChanger: true }}
      options={{ density: false, setting: false }}
      scroll={{ x: 'max-content' }}
      size="small"
      data-testid="release-cells"
      request={async ({ current, pageSize, occupation, skillLevel, regionCode, footnote }) => {
        const page = await listReleaseCells(releaseId, {
          page: current ?? 1,
          pageSize: pageSize ?? 50,
          occupation: occupation?.trim() ? occupation.trim() : undefined,
          skillLevel: skillLevel as ReleaseCellQuery['skillLevel'],
          regionCode: regionCode?.trim() ? regionCode.trim() : undefined,
          footnote: footnote as ReleaseCellQuery['footnote'],
        });
        return { data: page.items, total: page.total, success: true };
      }}
      onRequestError={(error) => message.error(errorMessage(error))}
    />
  );
}
