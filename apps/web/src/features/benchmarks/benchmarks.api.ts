import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';
import { publicBenchmarkKeys } from './public-benchmarks.api';

export type ComputedCellQuery = QueryOf<'/api/benchmarks', 'get'>;
export type ComputedCell = ResponseBody<'/api/benchmarks', 'get'>['items'][number];
export type AggregationStatus = ResponseBody<'/api/benchmarks/status', 'get'>;
export type RulesInput = RequestBody<'/api/benchmarks/rules', 'put'>;
export type Release = ResponseBody<'/api/benchmark-releases/{id}', 'get'>;
export type ReleaseListItem = ResponseBody<'/api/benchmark-releases', 'get'>['items'][number];
export type ReleaseQuery = QueryOf<'/api/benchmark-releases', 'get'>;
export type ReleaseCell = ResponseBody<'/api/benchmark-releases/{id}/cells', 'get'>['items'][number];
export type ReleaseCellQuery = QueryOf<'/api/benchmark-releases/{id}/cells', 'get'>;
export type ReleaseAction = ReleaseListItem['availableActions'][number];
export type Comparison = ResponseBody<'/api/benchmark-releases/compare', 'get'>;
export type ComparedCell = Comparison['changed'][number];
export type { PublicCell, PublicQuery, PublicRelease } from './public-benchmarks.api';
export type { MethodNote } from './public-benchmarks.api';
export type Position = ResponseBody<'/api/benchmark-position', 'get'>;
export type PositionItem = Position['items'][number];

export const benchmarkKeys = {
  computed: ['benchmarks'] as const,
  status: (programmeId: string, year: number) => ['benchmarks', 'status', programmeId, year] as const,
  releases: ['benchmark-releases'] as const,
  release: (id: string) => ['benchmark-releases', 'detail', id] as const,
  comparison: (from: string, to: string) => ['benchmark-releases', 'compare', from, to] as const,
  public: publicBenchmarkKeys.all,
  position: ['benchmark-position'] as const,
};

// ---- computed cells (the aggregation's output) ----

export function listComputedCells(query: ComputedCellQuery) {
  return unwrap(api.GET('/api/benchmarks', { params: { query } }));
}

/** The aggregation's state, polled while something is pending so the page follows the job. */
export function useAggregationStatus(programmeId: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: benchmarkKeys.status(programmeId ?? '', year ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/benchmarks/status', {
          params: { query: { programmeId: programmeId ?? '', year: year ?? 0 } },
        }),
      ),
    enabled: Boolean(programmeId && year),
    refetchInterval: (query) => (query.state.data && !query.state.data.upToDate ? 3_000 : false),
  });
}

export function useRecompute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { programmeId: string; year: number }) =>
      unwrap(api.POST('/api/benchmarks/recompute', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: benchmarkKeys.computed }),
  });
}

export function useUpdateRules() {
  const queryClient = useQueryClient();
  return useMutation({
    // programmeVersion: the programme's as the rules were shown (the rules are part of it; sent as If-Match)
    mutationFn: ({ programmeVersion, ...input }: RulesInput & { programmeVersion: number }) =>
      unwrap(
        api.PUT('/api/benchmarks/rules', {
          params: { header: ifMatch(input.programmeId, programmeVersion) },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: benchmarkKeys.computed }),
  });
}

// ---- releases ----

export function listReleases(query: ReleaseQuery) {
  return unwrap(api.GET('/api/benchmark-releases', { params: { query } }));
}

export function useReleaseOptions(programmeId?: string) {
  return useQuery({
    queryKey: [...benchmarkKeys.releases, 'options', programmeId ?? ''],
    queryFn: () =>
      unwrap(api.GET('/api/benchmark-releases', { params: { query: { programmeId, pageSize: 200 } } })),
  });
}

export function useRelease(id: string | undefined) {
  return useQuery({
    queryKey: benchmarkKeys.release(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/benchmark-releases/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function listReleaseCells(id: string, query: ReleaseCellQuery) {
  return unwrap(api.GET('/api/benchmark-releases/{id}/cells', { params: { path: { id }, query } }));
}

export function useCreateRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestBody<'/api/benchmark-releases', 'post'>) =>
      unwrap(api.POST('/api/benchmark-releases', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: benchmarkKeys.releases }),
  });
}

export function useReleaseTransition(id: string) {
  const queryClient = useQueryClient();
  const path = { id };
  return useMutation({
    mutationFn: ({ action, text }: { action: ReleaseAction; text?: string }) => {
      const note = text?.trim() ? text.trim() : undefined;
      if (action === 'review') {
        return unwrap(
          api.POST('/api/benchmark-releases/{id}/review', { params: { path }, body: { comment: note } }),
        );
      }
      if (action === 'discard') {
        return unwrap(
          api.POST('/api/benchmark-releases/{id}/discard', { params: { path }, body: { reason: note } }),
        );
      }
      return unwrap(api.POST('/api/benchmark-releases/{id}/publish', { params: { path } }));
    },
    onSuccess: (release) => {
      queryClient.setQueryData(benchmarkKeys.release(id), release);
      void queryClient.invalidateQueries({ queryKey: benchmarkKeys.releases });
    },
  });
}

export function useComparison(from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: benchmarkKeys.comparison(from ?? '', to ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/benchmark-releases/compare', { params: { query: { from: from ?? '', to: to ?? '' } } }),
      ),
    enabled: Boolean(from && to && from !== to),
  });
}

/** Downloads a release as published (xlsx or csv) through the authenticated client. */
export function useExportRelease(id: string) {
  return useMutation({
    mutationFn: async (format: 'xlsx' | 'csv') => {
      const options = { params: { path: { id } }, parseAs: 'blob' as const };
      saveDownload(
        format === 'xlsx'
          ? await api.GET('/api/benchmark-releases/{id}/export.xlsx', options)
          : await api.GET('/api/benchmark-releases/{id}/export.csv', options),
        `benchmarks.${format}`,
      );
    },
  });
}

// ---- public (no login): public-benchmarks.api.ts, without the portal's code ----

export {
  publicExportUrl,
  usePublicCells,
  usePublicFilters,
  usePublicMethod,
  usePublicOccupations,
  usePublicReleases,
} from './public-benchmarks.api';

// ---- enterprise position ----

export function usePositionOptions() {
  return useQuery({
    queryKey: [...benchmarkKeys.position, 'options'],
    queryFn: () => unwrap(api.GET('/api/benchmark-position/options')),
  });
}

export function usePosition(programmeId: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: [...benchmarkKeys.position, programmeId ?? '', year ?? 0],
    queryFn: () =>
      unwrap(
        api.GET('/api/benchmark-position', {
          params: { query: { programmeId: programmeId ?? '', year: year ?? 0 } },
        }),
      ),
    enabled: Boolean(programmeId && year),
  });
}
