import { DownloadOutlined } from '@ant-design/icons';
import {
  ProTable,
  type ParamsType,
  type ProColumns,
  type ProFormInstance,
  type ProTableProps,
  type RequestData,
} from '@ant-design/pro-components';
import { keepPreviousData, type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Tooltip } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { showError } from '../app/api/api-error';
import { type TableColumnExtras, useTableColumns } from './table-columns';
import { fromSearchParams, type TableDensity, tableSettingsKey, toSearchParams } from './table-state';

/** What ProTable passes to a list's fetch: its search form's values with the page asked for. */
export type QueryTableParams<Params> = Params & { current?: number; pageSize?: number; keyword?: string };

type Row = Record<string, unknown>;

export interface QueryTableProps<T extends Row, Params extends ParamsType> extends Omit<
  ProTableProps<T, Params>,
  'request' | 'dataSource' | 'loading' | 'columns'
> {
  /**
   * The list's query key, e.g. `userKeys.all`: each page is cached under it with its params, so
   * invalidating it (as the feature's mutations do) refreshes the table.
   */
  queryKey: QueryKey;
  /** Fetches one page for the table's params. */
  request: (params: QueryTableParams<Params>) => Promise<Partial<RequestData<T>>>;
  columns: Array<ProColumns<T> & TableColumnExtras>;
  /**
   * Names the table's column and density settings kept in the browser; defaults to the query key
   * (give one when a page shows two tables over the same query).
   */
  tableId?: string;
  /**
   * Keeps the search form's values and the page in the address (`?status=submitted&page=2`), so a
   * filtered view can be bookmarked, shared and reloaded. One table per page.
   */
  syncToUrl?: boolean;
  /** Offers 导出 Excel: downloads every row of the current filters (the params without the page). */
  onExport?: (params: QueryTableParams<Params>) => Promise<void>;
}

/**
 * antd ProTable over TanStack Query: ProTable keeps its search form, pagination and error callback,
 * and hands each change of params to the query cache; the rows and the loading state come from a
 * `useQuery` on that key, so an invalidation anywhere refreshes the table — no `actionRef.reload()`.
 *
 * Every list gets the same settings: key columns fixed, figures right-aligned with their unit
 * (`TableColumnExtras`), the user's choice of columns and density kept per table in localStorage,
 * and optionally the filters in the URL and an xlsx export of the filtered rows.
 */
export function QueryTable<T extends Row, Params extends ParamsType = ParamsType>({
  queryKey,
  request,
  columns,
  tableId,
  syncToUrl = false,
  onExport,
  ...table
}: QueryTableProps<T, Params>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  // the address is read once, when the table opens; afterwards the table writes it
  const [fromUrl] = useState(() => (syncToUrl ? fromSearchParams(searchParams) : null));
  const ownFormRef = useRef<ProFormInstance>(undefined);
  const formRef = (table.formRef ?? ownFormRef) as React.MutableRefObject<ProFormInstance | undefined>;
  const settingsKey = tableSettingsKey(tableId ?? queryKey.map(String).join('.'));
  const [density, setDensity] = useState<TableDensity>(
    () =>
      (localStorage.getItem(`${settingsKey}.density`) as TableDensity | null) ??
      table.defaultSize ??
      'middle',
  );
  const [params, setParams] = useState<QueryTableParams<Params> | null>(null);
  const [exporting, setExporting] = useState(false);
  const tableColumns = useTableColumns<ProColumns<T>>(columns);

  const page = useQuery({
    queryKey: [...queryKey, 'table', params],
    queryFn: () => request(params as QueryTableParams<Params>),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });

  const load = (next: QueryTableParams<Params>) => {
    setParams(next);
    if (syncToUrl) {
      const values = (formRef.current?.getFieldsValue?.() ?? {}) as Record<string, unknown>;
      const defaults = (table.form?.initialValues ?? {}) as Record<string, unknown>;
      setSearchParams(toSearchParams(values, next.current, next.pageSize, defaultPageSize, defaults), {
        replace: true,
      });
    }
    // ProTable asks when its params change or its reload button is pressed: always a fresh page
    return queryClient.fetchQuery({
      queryKey: [...queryKey, 'table', next],
      queryFn: () => request(next),
      staleTime: 0,
    });
  };

  const exportRows = async () => {
    if (!onExport || !params) return;
    setExporting(true);
    try {
      const { current: _current, pageSize: _pageSize, ...filters } = params;
      await onExport(filters as QueryTableParams<Params>);
    } catch (error) {
      showError(message, error);
    } finally {
      setExporting(false);
    }
  };

  const pagination = table.pagination === false ? undefined : (table.pagination ?? {});
  const defaultPageSize = pagination?.defaultPageSize ?? 20;
  const exportButton: ReactNode = onExport ? (
    <Tooltip key="export" title={t('common.table.exportHint')}>
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportRows} data-testid="table-export">
        {t('common.table.exportXlsx')}
      </Button>
    </Tooltip>
  ) : null;
  const toolBarRender: ProTableProps<T, Params>['toolBarRender'] =
    table.toolBarRender === false && !onExport
      ? false
      : (action, rows) => [
          ...(exportButton ? [exportButton] : []),
          ...(table.toolBarRender ? table.toolBarRender(action, rows) : []),
        ];

  return (
    <ProTable<T, Params>
      {...table}
      columns={tableColumns}
      // a table with key columns scrolls inside its card, so those stay in view however wide it is;
      // one without lays out to the card's width
      scroll={
        table.scroll ??
        (tableColumns.some((column) => column.fixed && !column.hideInTable)
          ? { x: 'max-content' }
          : undefined)
      }
      formRef={formRef}
      form={
        fromUrl
          ? { ...table.form, initialValues: { ...table.form?.initialValues, ...fromUrl.values } }
          : table.form
      }
      pagination={
        pagination
          ? {
              ...pagination,
              defaultCurrent: fromUrl?.current ?? pagination.defaultCurrent,
              defaultPageSize: fromUrl?.pageSize ?? defaultPageSize,
            }
          : false
      }
      toolBarRender={toolBarRender}
      options={{
        reload: true,
        density: true,
        setting: { draggable: true, checkable: true },
        ...table.options,
      }}
      columnsState={{ persistenceKey: `${settingsKey}.columns`, persistenceType: 'localStorage' }}
      size={density}
      onSizeChange={(size) => {
        if (!size) return;
        setDensity(size);
        localStorage.setItem(`${settingsKey}.density`, size);
      }}
      request={load}
      dataSource={page.data?.data}
      loading={page.isFetching}
    />
  );
}
