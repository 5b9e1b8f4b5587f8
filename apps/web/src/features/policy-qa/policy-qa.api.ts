import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';

export type PolicyQa = ResponseBody<'/api/policy-qa/{id}', 'get'>;
export type PolicyQaListItem = ResponseBody<'/api/policy-qa', 'get'>['items'][number];
export type PolicyQaQuery = QueryOf<'/api/policy-qa', 'get'>;
export type PolicyQaInput = RequestBody<'/api/policy-qa', 'post'>;
export type PolicyQaUpdate = RequestBody<'/api/policy-qa/{id}', 'patch'>;
export type PolicyQaVersion = ResponseBody<'/api/policy-qa/{id}/versions', 'get'>[number];
export type PolicyQaAction = PolicyQa['availableActions'][number];
export type PublicPolicyQa = ResponseBody<'/api/public/policy-qa', 'get'>['items'][number];
export type PublicPolicyQaQuery = QueryOf<'/api/public/policy-qa', 'get'>;

export const policyQaKeys = {
  all: ['policy-qa'] as const,
  list: (query: PolicyQaQuery) => ['policy-qa', 'list', query] as const,
  detail: (id: string) => ['policy-qa', 'detail', id] as const,
  versions: (id: string) => ['policy-qa', 'versions', id] as const,
  public: (query: PublicPolicyQaQuery) => ['public', 'policy-qa', query] as const,
};

export function usePolicyQaList(query: PolicyQaQuery) {
  return useQuery({
    queryKey: policyQaKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/policy-qa', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function usePolicyQa(id: string | undefined) {
  return useQuery({
    queryKey: policyQaKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/policy-qa/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function usePolicyQaVersions(id: string | undefined) {
  return useQuery({
    queryKey: policyQaKeys.versions(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/policy-qa/{id}/versions', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useCreatePolicyQa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PolicyQaInput) => unwrap(api.POST('/api/policy-qa', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyQaKeys.all }),
  });
}

/** An edit, sent with the version it was opened with (412 when someone changed it meanwhile). */
export function useUpdatePolicyQa(entry: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PolicyQaUpdate) =>
      unwrap(
        api.PATCH('/api/policy-qa/{id}', {
          params: { path: { id: entry.id }, header: ifMatch(entry.id, entry.version) },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyQaKeys.all }),
  });
}

export function useDeletePolicyQa(entry: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/policy-qa/{id}', {
          params: { path: { id: entry.id }, header: ifMatch(entry.id, entry.version) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyQaKeys.all }),
  });
}

/** Publish (a colleague of the author) or withdraw (with a reason). */
export function usePolicyQaStep(entry: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason }: { action: PolicyQaAction; reason?: string }) => {
      const params = { path: { id: entry.id }, header: ifMatch(entry.id, entry.version) };
      return action === 'publish'
        ? unwrap(api.POST('/api/policy-qa/{id}/publish', { params }))
        : unwrap(api.POST('/api/policy-qa/{id}/withdraw', { params, body: { reason } }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: policyQaKeys.all }),
  });
}

/** 政策问答 for anyone: published entries, searched and filtered by topic. */
export function usePublicPolicyQa(query: PublicPolicyQaQuery) {
  return useQuery({
    queryKey: policyQaKeys.public(query),
    queryFn: () => unwrap(api.GET('/api/public/policy-qa', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
