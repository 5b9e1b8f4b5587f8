import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type GuidanceActivity = ResponseBody<'/api/guidance-activities/{id}', 'get'>;
export type GuidanceQuery = QueryOf<'/api/guidance-activities', 'get'>;
export type GuidanceInput = RequestBody<'/api/guidance-activities', 'post'>;

export const guidanceKeys = {
  all: ['guidance'] as const,
  detail: (id: string) => ['guidance', 'detail', id] as const,
};

export function listGuidance(query: GuidanceQuery) {
  return unwrap(api.GET('/api/guidance-activities', { params: { query } }));
}

export function useGuidanceActivity(id: string | undefined) {
  return useQuery({
    queryKey: guidanceKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/guidance-activities/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useSaveGuidance(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GuidanceInput) =>
      id
        ? unwrap(api.PATCH('/api/guidance-activities/{id}', { params: { path: { id } }, body: input }))
        : unwrap(api.POST('/api/guidance-activities', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: guidanceKeys.all }),
  });
}

export function useDeleteGuidance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/guidance-activities/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: guidanceKeys.all }),
  });
}

export function useAttachToGuidance(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => {
      return unwrap(
        api.POST('/api/guidance-activities/{id}/attachments', {
          params: { path: { id } },
          body: { files },
          bodySerializer: multipart,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: guidanceKeys.all }),
  });
}

export function useDownloadGuidanceAttachment(id: string) {
  return useMutation({
    mutationFn: async (attachment: { id: string; fileName: string }) => {
      saveDownload(
        await api.GET('/api/guidance-activities/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
        attachment.fileName,
      );
    },
  });
}
