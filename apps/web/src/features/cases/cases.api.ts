import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type CaseDetail = ResponseBody<'/api/cases/{id}', 'get'>;
export type CaseListItem = ResponseBody<'/api/cases', 'get'>['items'][number];
export type CaseVersion = ResponseBody<'/api/cases/{id}/versions', 'get'>[number];
export type CaseQuery = QueryOf<'/api/cases', 'get'>;
export type CaseCreateInput = RequestBody<'/api/cases', 'post'>;
export type CaseUpdateInput = RequestBody<'/api/cases/{id}', 'patch'>;
export type CaseActionName = CaseListItem['availableActions'][number];
export type CaseFigure = CaseCreateInput['results'] extends (infer F)[] | undefined ? F : never;

export const caseKeys = {
  all: ['cases'] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  versions: (id: string) => ['cases', 'versions', id] as const,
};

export function listCases(query: CaseQuery) {
  return unwrap(api.GET('/api/cases', { params: { query } }));
}

/** The list as filtered (its filters without the page) as an xlsx file. */
export async function exportCases(query: Omit<CaseQuery, 'page' | 'pageSize'>) {
  saveDownload(
    await api.GET('/api/cases/export', {
      params: { query: { ...query, format: 'xlsx' } },
      parseAs: 'blob',
    }),
    'cases.xlsx',
  );
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: caseKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/cases/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useCaseVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.versions(id),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/versions', { params: { path: { id } } })),
    enabled,
  });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseCreateInput) => unwrap(api.POST('/api/cases', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

/** `version`: the case's as the editor was opened (sent as If-Match: a stale one answers 412). */
export function useUpdateCase(id: string, version: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseUpdateInput) =>
      unwrap(
        api.PATCH('/api/cases/{id}', {
          params: { path: { id }, header: version ? ifMatch(id, version) : {} },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useDeleteCase(id: string, version: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/cases/{id}', {
          params: { path: { id }, header: version ? ifMatch(id, version) : {} },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

const TRANSITION_PATHS = {
  submit: '/api/cases/{id}/submit',
  endorse: '/api/cases/{id}/endorse',
  return: '/api/cases/{id}/return',
} as const;

export type CaseRouteAction = keyof typeof TRANSITION_PATHS;

export function isRouteAction(action: string): action is CaseRouteAction {
  return action in TRANSITION_PATHS;
}

export function useCaseTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: CaseRouteAction; reason?: string }) =>
      unwrap(
        api.POST(TRANSITION_PATHS[action], {
          params: { path: { id } },
          body: reason?.trim() ? { reason: reason.trim() } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useAttachToCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) =>
      unwrap(
        api.POST('/api/cases/{id}/attachments', {
          params: { path: { id } },
          body: { files },
          bodySerializer: multipart,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useRemoveCaseAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(
        api.DELETE('/api/cases/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useDownloadCaseAttachment(id: string) {
  return useMutation({
    mutationFn: async (attachment: { id: string; fileName: string }) => {
      saveDownload(
        await api.GET('/api/cases/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
        attachment.fileName,
      );
    },
  });
}

/** The enterprise's saved pay plans a case may link to. */
export function useEnterprisePayPlans(enterpriseId: string | null | undefined) {
  return useQuery({
    queryKey: ['cases', 'pay-plans', enterpriseId ?? ''],
    queryFn: () =>
      unwrap(
        api.GET('/api/pay-plans', { params: { query: { enterpriseId: enterpriseId ?? '', pageSize: 100 } } }),
      ),
    enabled: Boolean(enterpriseId),
  });
}

/** Enterprises of the bureau's district, for a case the bureau writes about one of them. */
export function useDistrictEnterprises(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'enterprises', q],
    queryFn: () =>
      unwrap(api.GET('/api/enterprises', { params: { query: { q: q || undefined, pageSize: 50 } } })),
    enabled,
  });
}
