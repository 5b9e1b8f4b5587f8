import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type TalentDetail = ResponseBody<'/api/talents/{id}', 'get'>;
export type TalentListItem = ResponseBody<'/api/talents', 'get'>['items'][number];
export type TalentHistory = ResponseBody<'/api/talents/{id}/history', 'get'>;
export type TalentQuery = QueryOf<'/api/talents', 'get'>;
export type TalentCreateInput = RequestBody<'/api/talents', 'post'>;
export type TalentUpdateInput = RequestBody<'/api/talents/{id}', 'patch'>;
export type HonourOption = ResponseBody<'/api/talents/honour-options', 'get'>[number];

export const talentKeys = {
  all: ['talents'] as const,
  detail: (id: string) => ['talents', 'detail', id] as const,
  history: (id: string) => ['talents', 'history', id] as const,
  honours: ['talents', 'honour-options'] as const,
};

export function listTalents(query: TalentQuery) {
  return unwrap(api.GET('/api/talents', { params: { query } }));
}

export function useTalent(id: string | undefined) {
  return useQuery({
    queryKey: talentKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/talents/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useTalentHistory(id: string) {
  return useQuery({
    queryKey: talentKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/talents/{id}/history', { params: { path: { id } } })),
  });
}

export function useHonourOptions() {
  return useQuery({
    queryKey: talentKeys.honours,
    queryFn: () => unwrap(api.GET('/api/talents/honour-options')),
    staleTime: 5 * 60_000,
  });
}

export function useCreateTalent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TalentCreateInput) => unwrap(api.POST('/api/talents', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentKeys.all }),
  });
}

/** `version`: the record's as the editor was opened (sent as If-Match: a stale one answers 412). */
export function useUpdateTalent(id: string, version: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TalentUpdateInput) =>
      unwrap(
        api.PATCH('/api/talents/{id}', {
          params: { path: { id }, header: version ? ifMatch(id, version) : {} },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentKeys.all }),
  });
}

export function useDeleteTalent(id: string, version: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/talents/{id}', {
          params: { path: { id }, header: version ? ifMatch(id, version) : {} },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentKeys.all }),
  });
}

const TRANSITION_PATHS = {
  submit: '/api/talents/{id}/submit',
  verify: '/api/talents/{id}/verify',
  return: '/api/talents/{id}/return',
  'city-return': '/api/talents/{id}/city-return',
} as const;

export type TalentRouteAction = keyof typeof TRANSITION_PATHS | 'confirm' | 'reconfirm';

export function useTalentTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: TalentRouteAction; reason?: string }) =>
      action === 'confirm' || action === 'reconfirm'
        ? unwrap(api.POST('/api/talents/{id}/confirm', { params: { path: { id } } }))
        : unwrap(
            api.POST(TRANSITION_PATHS[action], {
              params: { path: { id } },
              body: reason?.trim() ? { reason: reason.trim() } : {},
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentKeys.all }),
  });
}

export function useTransferTalent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/api/talents/{id}/transfer', 'post'>) =>
      unwrap(api.POST('/api/talents/{id}/transfer', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentKeys.all }),
  });
}

export function useUploadCertificate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ honourEntryId, files }: { honourEntryId: string; files: File[] }) =>
      unwrap(
        api.POST('/api/talents/{id}/honours/{honourEntryId}/certificates', {
          params: { path: { id, honourEntryId } },
          body: { files },
          bodySerializer: multipart,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentKeys.all }),
  });
}

export function useRemoveCertificate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(
        api.DELETE('/api/talents/{id}/certificates/{attachmentId}', {
          params: { path: { id, attachmentId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentKeys.all }),
  });
}

export function useDownloadCertificate(id: string) {
  return useMutation({
    mutationFn: async (attachment: { id: string; fileName: string }) => {
      saveDownload(
        await api.GET('/api/talents/{id}/certificates/{attachmentId}', {
          params: { path: { id, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
        attachment.fileName,
      );
    },
  });
}

/** Enterprises of the bureau's region, for a record the bureau registers or a transfer. */
export function useRegionEnterprises(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['talents', 'enterprises', q],
    queryFn: () =>
      unwrap(api.GET('/api/enterprises', { params: { query: { q: q || undefined, pageSize: 50 } } })),
    enabled,
  });
}

/** The occupation catalogue, searched by code or name. */
export function useOccupationOptions(search: string) {
  return useQuery({
    queryKey: ['talents', 'occupations', search],
    queryFn: () =>
      unwrap(
        api.GET('/api/occupations', { params: { query: { search: search || undefined, pageSize: 50 } } }),
      ),
  });
}
