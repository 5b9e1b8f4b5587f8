import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type QueryOf } from '../../app/api/types';

/** A list's total without fetching its rows. */
export function useOrganisationCount(
  filter: Omit<QueryOf<'/api/organisations', 'get'>, 'page' | 'pageSize'>,
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['organisations', 'count', filter],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/organisations', { params: { query: { ...filter, page: 1, pageSize: 1 } } }),
        )
      ).total,
    enabled,
  });
}

export function useUserCount(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'count'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/users', { params: { query: { page: 1, pageSize: 1 } } }))).total,
    enabled,
  });
}

export function useHealth(enabled: boolean) {
  return useQuery({
    queryKey: ['health'],
    queryFn: () => unwrap(api.GET('/api/health')),
    enabled,
    refetchInterval: 60_000,
  });
}

/** 待办: what waits for the caller, refreshed when the page is opened again or every few minutes. */
export function useWorkbench(enabled: boolean) {
  return useQuery({
    queryKey: ['workbench'],
    queryFn: () => unwrap(api.GET('/api/workbench')),
    enabled,
    refetchInterval: 300_000,
  });
}
