import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { showError } from '../../app/api/api-error';
import { listReleaseCells, type ReleaseCell, type ReleaseCellQuery, benchmarkKeys } from './benchmarks.api';
import { cellKey, useCellColumns } from './cell-columns';
import { QueryTable } from '../../ui/query-table';

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

  const columns = useCellColumns<ReleaseCell>({ searchFootnote: true });

  return (
    <QueryTable<ReleaseCell, CellSearch>
      queryKey={benchmarkKeys.releases}
      rowKey={cellKey}
      columns={columns}
      headerTitle={t('benchmarks:releases.cells')}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      pagination={{ defaultPageSize: 50, showSizeChanger: true }}
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
      onRequestError={(error) => showError(message, error)}
    />
  );
}
