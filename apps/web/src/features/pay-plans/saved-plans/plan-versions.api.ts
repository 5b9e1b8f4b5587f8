import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../app/api/api-error';
import { api } from '../../../app/api/client';
import { type QueryOf, type ResponseBody } from '../../../app/api/types';
import { saveDownload } from '../../../ui/download';
import { payPlanKeys } from '../pay-plans.api';

export type PayPlanListItem = ResponseBody<'/api/pay-plans', 'get'>['items'][number];
export type PayPlanQuery = QueryOf<'/api/pay-plans', 'get'>;

export function listPayPlans(query: PayPlanQuery) {
  return unwrap(api.GET('/api/pay-plans', { params: { query } }));
}

/** The plans in the caller's scope (e.g. one pilot application's), for a small list. */
export function usePayPlans(query: PayPlanQuery, enabled = true) {
  return useQuery({
    queryKey: [...payPlanKeys.all, 'list', query],
    queryFn: () => listPayPlans(query),
    enabled,
  });
}

/** A plan with the version asked for (the latest when `version` is absent) and its version list. */
export function usePayPlanAt(id: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: [...payPlanKeys.detail(id ?? ''), version ?? 'latest'],
    queryFn: () =>
      version
        ? unwrap(
            api.GET('/api/pay-plans/{id}/versions/{version}', {
              params: { path: { id: id ?? '', version } },
            }),
          )
        : unwrap(api.GET('/api/pay-plans/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** One version's result as an xlsx, as the server computed and stored it. */
export async function exportPlanVersion(id: string, version: number, fallback: string) {
  saveDownload(
    await api.GET('/api/pay-plans/{id}/versions/{version}/export.xlsx', {
      params: { path: { id, version } },
      parseAs: 'blob',
    }),
    fallback,
  );
}
