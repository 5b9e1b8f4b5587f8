import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type Occupation = ResponseBody<'/api/occupations/{code}', 'get'>;
export type OccupationQuery = QueryOf<'/api/occupations', 'get'>;
export type OccupationCreateInput = RequestBody<'/api/occupations', 'post'>;
export type OccupationUpdateInput = RequestBody<'/api/occupations/{code}', 'patch'>;
export type OccupationImportResult = ResponseBody<'/api/occupations/import', 'post'>;

export const occupationKeys = { all: ['occupations'] as const };

export function listOccupations(query: OccupationQuery) {
  return unwrap(api.GET('/api/occupations', { params: { query } }));
}

export function useCreateOccupation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OccupationCreateInput) => unwrap(api.POST('/api/occupations', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: occupationKeys.all }),
  });
}

export function useUpdateOccupation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, version, input }: { code: string; version: number; input: OccupationUpdateInput }) =>
      unwrap(
        api.PATCH('/api/occupations/{code}', {
          params: { path: { code }, header: ifMatch(code, version) },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: occupationKeys.all }),
  });
}

export function useDeleteOccupation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, version }: { code: string; version: number }) =>
      unwrap(
        api.DELETE('/api/occupations/{code}', { params: { path: { code }, header: ifMatch(code, version) } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: occupationKeys.all }),
  });
}

/** Downloads the xlsx template in the UI language, named by the server. */
export function useDownloadOccupationTemplate() {
  return useMutation({
    mutationFn: async () => {
      saveDownload(
        await api.GET('/api/occupations/template.xlsx', { parseAs: 'blob' }),
        'occupation-import-template.xlsx',
      );
    },
  });
}

/** Uploads an xlsx; the typed client sends the session headers and refreshes an expired token. */
export function useImportOccupations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      return unwrap(api.POST('/api/occupations/import', { body: { file }, bodySerializer: multipart }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: occupationKeys.all }),
  });
}
