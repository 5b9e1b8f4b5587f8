import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type QueryOf, type ResponseBody } from '../../app/api/types';

/*
 * The public benchmarks API (no login), apart from the portal's benchmark calls so the light
 * public entry loads only these (benchmarks.api.ts re-exports them).
 */

export type PublicCell = ResponseBody<'/api/public/benchmarks', 'get'>['items'][number];
export type PublicQuery = QueryOf<'/api/public/benchmarks', 'get'>;
export type PublicRelease = ResponseBody<'/api/public/benchmarks/releases', 'get'>['items'][number];
/** A release's generated method note, in both languages. */
export type MethodNote = ResponseBody<'/api/public/benchmarks/method', 'get'>['items'][number]['methodNote'];

export const publicBenchmarkKeys = { all: ['public-benchmarks'] as const };

export function usePublicCells(query: PublicQuery) {
  return useQuery({
    queryKey: [...publicBenchmarkKeys.all, 'cells', query],
    queryFn: () => unwrap(api.GET('/api/public/benchmarks', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function usePublicReleases() {
  return useQuery({
    queryKey: [...publicBenchmarkKeys.all, 'releases'],
    queryFn: () => unwrap(api.GET('/api/public/benchmarks/releases')),
  });
}

export function usePublicMethod() {
  return useQuery({
    queryKey: [...publicBenchmarkKeys.all, 'method'],
    queryFn: () => unwrap(api.GET('/api/public/benchmarks/method')),
  });
}

export function usePublicFilters() {
  return useQuery({
    queryKey: [...publicBenchmarkKeys.all, 'filters'],
    queryFn: () => unwrap(api.GET('/api/public/benchmarks/filters')),
  });
}

export function usePublicOccupations(search: string) {
  return useQuery({
    queryKey: [...publicBenchmarkKeys.all, 'occupations', search],
    queryFn: () =>
      unwrap(
        api.GET('/api/public/occupations', {
          params: { query: { search: search.trim() ? search.trim() : undefined, pageSize: 50 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A public download is a plain link: no session, the same filters as the table. */
export function publicExportUrl(
  format: 'xlsx' | 'csv',
  query: Omit<PublicQuery, 'page' | 'pageSize'>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/public/benchmarks/export.${format}${search ? `?${search}` : ''}`;
}
