import { ProTable, type ParamsType, type ProTableProps, type RequestData } from '@ant-design/pro-components';
import { keepPreviousData, type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

/** What ProTable passes to a list's fetch: its search form's values with the page asked for. */
export type QueryTableParams<Params> = Params & { current?: number; pageSize?: number; keyword?: string };

type Row = Record<string, unknown>;

export interface QueryTableProps<T extends Row, Params extends ParamsType> extends Omit<
  ProTableProps<T, Params>,
  'request' | 'dataSource' | 'loading'
> {
  /**
   * The list's query key, e.g. `userKeys.all`: each page is cached under it with its params, so
   * invalidating it (as the feature's mutations do) refreshes the table.
   */
  queryKey: QueryKey;
  /** Fetches one page for the table's params. */
  request: (params: QueryTableParams<Params>) => Promise<Partial<RequestData<T>>>;
}

/**
 * antd ProTable over TanStack Query: ProTable keeps its search form, pagination and error callback,
 * and hands each change of params to the query cache; the rows and the loading state come from a
 * `useQuery` on that key, so an invalidation anywhere refreshes the table — no `actionRef.reload()`.
 */
export function QueryTable<T extends Row, Params extends ParamsType = ParamsType>({
  queryKey,
  request,
  ...table
}: QueryTableProps<T, Params>) {
  const queryClient = useQueryClient();
  const [params, setParams] = useState<QueryTableParams<Params> | null>(null);
  const page = useQuery({
    queryKey: [...queryKey, 'table', params],
    queryFn: () => request(params as QueryTableParams<Params>),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });

  const load = (next: QueryTableParams<Params>) => {
    setParams(next);
    // ProTable asks when its params change or its reload button is pressed: always a fresh page
    return queryClient.fetchQuery({
      queryKey: [...queryKey, 'table', next],
      queryFn: () => request(next),
      staleTime: 0,
    });
  };

  return (
    <ProTable<T, Params> {...table} request={load} dataSource={page.data?.data} loading={page.isFetching} />
  );
}
