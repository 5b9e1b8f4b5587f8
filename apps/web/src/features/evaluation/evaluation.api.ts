import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type AdoptionWeights } from '@skillpay/domain';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';

export type ProgrammeEvaluation = ResponseBody<'/api/evaluation/programmes/{id}', 'get'>;
export type EnterpriseEvaluation = ResponseBody<'/api/evaluation/enterprises/{id}', 'get'>;
export type InfluencedEnterprise = ResponseBody<'/api/evaluation/influenced-enterprises/{id}', 'get'>;
export type InfluencedQuery = QueryOf<'/api/evaluation/influenced-enterprises', 'get'>;
export type InfluencedInput = RequestBody<'/api/evaluation/influenced-enterprises', 'post'>;
export type InfluencedUpdate = RequestBody<'/api/evaluation/influenced-enterprises/{id}', 'patch'>;
export type InfluenceCandidates = ResponseBody<'/api/evaluation/influenced-enterprises/candidates', 'get'>;
export type DemonstrationUnit = ResponseBody<'/api/evaluation/demonstration-units', 'get'>['items'][number];
export type DemonstrationInput = RequestBody<'/api/evaluation/demonstration-units', 'post'>;
export type PublicDemonstrationUnits = ResponseBody<'/api/public/demonstration-units', 'get'>;

export const evaluationKeys = {
  all: ['evaluation'] as const,
  programme: (id: string) => ['evaluation', 'programme', id] as const,
  enterprise: (id: string, programmeId: string) => ['evaluation', 'enterprise', id, programmeId] as const,
  influenced: ['evaluation', 'influenced'] as const,
  demonstration: ['evaluation', 'demonstration'] as const,
};

/** The whole evaluation in the caller's scope (the page picks a district's part itself). */
export function useProgrammeEvaluation(id: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.programme(id ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/evaluation/programmes/{id}', { params: { path: { id: id ?? '' }, query: {} } })),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });
}

export function useEnterpriseEvaluation(id: string | undefined, programmeId: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.enterprise(id ?? '', programmeId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/evaluation/enterprises/{id}', {
          params: { path: { id: id ?? '' }, query: { programmeId: programmeId ?? '' } },
        }),
      ),
    enabled: Boolean(id && programmeId),
  });
}

/** The weights in force for a programme (the defaults until the city sets its own). */
export function useEvaluationWeights(programmeId: string | undefined) {
  return useQuery({
    queryKey: [...evaluationKeys.all, 'weights', programmeId],
    queryFn: () =>
      unwrap(
        api.GET('/api/evaluation/programmes/{id}/weights', { params: { path: { id: programmeId ?? '' } } }),
      ),
    enabled: Boolean(programmeId),
  });
}

/** The city's weights, sent with the version it read them at. */
export function useSaveWeights(programmeId: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weights: AdoptionWeights) =>
      unwrap(
        api.PUT('/api/evaluation/programmes/{id}/weights', {
          params: { path: { id: programmeId }, header: ifMatch(programmeId, version) },
          body: { weights },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useInfluencedEnterprises(query: InfluencedQuery, enabled = true) {
  return useQuery({
    queryKey: [...evaluationKeys.influenced, query],
    queryFn: () => unwrap(api.GET('/api/evaluation/influenced-enterprises', { params: { query } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Non-pilot enterprises on the programme's trainings and 示范班, with the activities listing them. */
export function useInfluenceCandidates(programmeId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...evaluationKeys.influenced, 'candidates', programmeId],
    queryFn: () =>
      unwrap(
        api.GET('/api/evaluation/influenced-enterprises/candidates', {
          params: { query: { programmeId: programmeId ?? '' } },
        }),
      ),
    enabled: enabled && Boolean(programmeId),
  });
}

/** Records an influenced enterprise, or changes `opened` (If-Match with the version it was read at). */
export function useSaveInfluenced(opened?: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InfluencedUpdate & Partial<Pick<InfluencedInput, 'programmeId' | 'enterpriseId'>>) =>
      opened
        ? unwrap(
            api.PATCH('/api/evaluation/influenced-enterprises/{id}', {
              params: { path: { id: opened.id }, header: ifMatch(opened.id, opened.version) },
              body: input,
            }),
          )
        : unwrap(api.POST('/api/evaluation/influenced-enterprises', { body: input as InfluencedInput })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useDeleteInfluenced() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/evaluation/influenced-enterprises/{id}', {
          params: { path: { id }, header: ifMatch(id, version) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useDemonstrationUnits(programmeId: string | undefined) {
  return useQuery({
    queryKey: [...evaluationKeys.demonstration, programmeId],
    queryFn: () =>
      unwrap(
        api.GET('/api/evaluation/demonstration-units', {
          params: { query: { programmeId: programmeId ?? '' } },
        }),
      ),
    enabled: Boolean(programmeId),
  });
}

export function useMarkDemonstration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DemonstrationInput) =>
      unwrap(api.POST('/api/evaluation/demonstration-units', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useEditDemonstration(opened: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.PATCH('/api/evaluation/demonstration-units/{id}', {
          params: { path: { id: opened.id }, header: ifMatch(opened.id, opened.version) },
          body: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

export function useRemoveDemonstration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, reason }: { id: string; version: number; reason: string }) =>
      unwrap(
        api.DELETE('/api/evaluation/demonstration-units/{id}', {
          params: { path: { id }, header: ifMatch(id, version) },
          body: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}

/** 示范单位 for anyone: the units of a programme (or of every programme) with their reasons. */
export function usePublicDemonstrationUnits(programmeId?: string) {
  return useQuery({
    queryKey: ['public', 'demonstration-units', programmeId ?? ''],
    queryFn: () =>
      unwrap(
        api.GET('/api/public/demonstration-units', {
          params: { query: programmeId ? { programmeId } : {} },
        }),
      ),
  });
}
