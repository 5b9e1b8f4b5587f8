import { type ProColumns } from '@ant-design/pro-components';
import { FOOTNOTE_LABELS } from '@skillpay/domain';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { valueEnumOf } from '../../app/i18n/labels';
import { type TableColumnExtras } from '../../ui/table-columns';
import { CellMark, formatYuan, OccupationName, useBenchmarkLabels } from './benchmark-labels';

/** What the bureaus' cell tables show of a cell (a computed one, or one in a release). */
export interface CellRow {
  occupationCode: string;
  occupationName: string | null;
  occupationNameEn: string | null;
  urgentlyNeeded?: boolean;
  skillLevel: string;
  regionCode: string;
  regionName: string;
  regionNameEn: string;
  employees: number;
  enterprises: number;
  maxEnterpriseShare: number;
  mean: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  footnote: string | null;
  /** in a release: the earlier release whose figures the cell shows */
  carriedFrom?: string | null;
}

/** A cell's key within one programme, year or release: occupation × skill level × region. */
export function cellKey(cell: { occupationCode: string; skillLevel: string; regionCode: string }): string {
  return `${cell.occupationCode}|${cell.skillLevel}|${cell.regionCode}`;
}

export interface CellColumnsOptions<T> {
  /** shown after the region's name, e.g. a tag for the city roll-up */
  regionExtra?: (cell: T) => ReactNode;
  /** whether the search form offers the footnote (withheld cells) */
  searchFootnote?: boolean;
}

/**
 * The columns of the bureaus' cell tables: the place (searchable by occupation, skill level and
 * region), the figures with the disclosure-control share, and the footnote of a withheld cell.
 */
export function useCellColumns<T extends CellRow>({
  regionExtra,
  searchFootnote = false,
}: CellColumnsOptions<T> = {}): Array<ProColumns<T> & TableColumnExtras> {
  const { t } = useTranslation();
  const labels = useBenchmarkLabels();
  const yuan = (value: number) => formatYuan(value, labels.language);
  return [
    {
      title: t('benchmarks:occupation'),
      dataIndex: 'occupation',
      fieldProps: { placeholder: t('benchmarks:occupationSearch') },
      render: (_dom, record) => <OccupationName cell={record} />,
    },
    {
      title: t('benchmarks:skillLevel'),
      dataIndex: 'skillLevel',
      valueType: 'select',
      valueEnum: labels.skillLevelEnum,
      render: (_dom, record) => labels.skillLevel(record.skillLevel),
    },
    {
      title: t('benchmarks:region'),
      dataIndex: 'regionCode',
      fieldProps: { placeholder: '370211' },
      render: (_dom, record) =>
        regionExtra ? (
          // the region and its tag on one line: a narrow column broke 青岛市 全市 a character a line
          <span style={{ whiteSpace: 'nowrap' }}>
            {labels.region(record)} {regionExtra(record)}
          </span>
        ) : (
          labels.region(record)
        ),
    },
    { title: t('benchmarks:employees'), dataIndex: 'employees', hideInSearch: true, figure: 'count' },
    { title: t('benchmarks:enterprises'), dataIndex: 'enterprises', hideInSearch: true, figure: 'count' },
    {
      title: t('benchmarks:maxShare'),
      dataIndex: 'maxEnterpriseShare',
      hideInSearch: true,
      figure: 'percent',
    },
    ...(['p10', 'p25', 'p50', 'p75', 'p90'] as const).map((key): ProColumns<T> & TableColumnExtras => ({
      title: key === 'p50' ? t('benchmarks:median') : key.toUpperCase(),
      dataIndex: key,
      hideInSearch: true,
      figure: 'amount',
      render: (_dom, record) => yuan(record[key]),
    })),
    {
      title: t('benchmarks:mean'),
      dataIndex: 'mean',
      hideInSearch: true,
      figure: 'amount',
      keyColumn: 'right',
      render: (_dom, record) => yuan(record.mean),
    },
    {
      title: t('benchmarks:footnote'),
      dataIndex: 'footnote',
      keyColumn: 'right',
      ...(searchFootnote ? { valueType: 'select' as const } : { hideInSearch: true }),
      valueEnum: valueEnumOf(FOOTNOTE_LABELS, labels.language),
      render: (_dom, record) => <CellMark cell={record} />,
    },
  ];
}
