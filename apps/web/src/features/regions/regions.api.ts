import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { type RequestBody, type ResponseBody } from '../../app/api/types';
import { useLanguage } from '../../app/i18n/i18n';
import { regionName } from './region-tree';

export type Region = ResponseBody<'/api/regions', 'get'>['items'][number];
export type RegionCreateInput = RequestBody<'/api/regions', 'post'>;
export type RegionUpdateInput = RequestBody<'/api/regions/{code}', 'patch'>;

const regionKeys = { all: ['regions'] as const };

/** All regions (a few dozen rows), cached for the session: they change rarely. */
/** `enabled`: false for a role that reads no regions (the audit administrator). */
export function useRegions(enabled = true) {
  return useQuery({
    queryKey: regionKeys.all,
    queryFn: () => unwrap(api.GET('/api/regions')),
    enabled,
    staleTime: 10 * 60_000,
    select: (page) => page.items,
  });
}

export function useCreateRegion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegionCreateInput) => unwrap(api.POST('/api/regions', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regionKeys.all }),
  });
}

export function useUpdateRegion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, version, input }: { code: string; version: number; input: RegionUpdateInput }) =>
      unwrap(
        api.PATCH('/api/regions/{code}', {
          params: { path: { code }, header: ifMatch(code, version) },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regionKeys.all }),
  });
}

/**
 * Region names in the UI language, looked up by code; `fallback` (e.g. the API's `regionName`)
 * until the region list has loaded.
 */
export function useRegionLabel(): (code: string, fallback?: string) => string {
  const regions = useRegions();
  const language = useLanguage();
  return (code, fallback) => {
    const region = regions.data?.find((candidate) => candidate.code === code);
    return region ? regionName(region, language) : (fallback ?? code);
  };
}
