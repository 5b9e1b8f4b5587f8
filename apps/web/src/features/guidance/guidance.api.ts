import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
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

/** The list as filtered (its filters without the page) as an xlsx file. */
export async function exportGuidance(query: Omit<GuidanceQuery, 'page' | 'pageSize'>) {
  saveDownload(
    await api.GET('/api/guidance-activities/export', {
      params: { query: { ...query, format: 'xlsx' } },
      parseAs: 'blob',
    }),
    'guidance-activities.xlsx',
  );
}

export function useGuidanceActivity(id: string | undefined) {
  return useQuery({
    queryKey: guidanceKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/guidance-activities/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** Creates, or changes `opened` (sent as If-Match with the version the form was opened with). */
export function useSaveGuidance(opened?: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GuidanceInput) =>
      opened
        ? unwrap(
            api.PATCH('/api/guidance-activities/{id}', {
              params: { path: { id: opened.id }, header: ifMatch(opened.id, opened.version) },
              body: input,
            }),
          )
        : unwrap(api.POST('/api/guidance-activities', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: guidanceKeys.all }),
  });
}

export function useDeleteGuidance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/guidance-activities/{id}', {
          params: { path: { id }, header: ifMatch(id, version) },
        }),
      ),
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
