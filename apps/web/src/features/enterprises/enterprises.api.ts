import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type Enterprise = ResponseBody<'/api/enterprises/{id}', 'get'>;
export type EnterpriseQuery = QueryOf<'/api/enterprises', 'get'>;
export type EnterpriseCreateInput = RequestBody<'/api/enterprises', 'post'>;
export type EnterpriseUpdateInput = RequestBody<'/api/enterprises/{id}', 'patch'>;
export type EnterpriseImportResult = ResponseBody<'/api/enterprises/import', 'post'>;

export const enterpriseKeys = {
  all: ['enterprises'] as const,
  detail: (id: string) => ['enterprises', 'detail', id] as const,
};

export function listEnterprises(query: EnterpriseQuery) {
  return unwrap(api.GET('/api/enterprises', { params: { query } }));
}

/** The list as filtered (its filters without the page) as an xlsx file. */
export async function exportEnterprises(query: Omit<EnterpriseQuery, 'page' | 'pageSize'>) {
  saveDownload(
    await api.GET('/api/enterprises/export', {
      params: { query: { ...query, format: 'xlsx' } },
      parseAs: 'blob',
    }),
    'enterprises.xlsx',
  );
}

export function useEnterprise(id: string | undefined) {
  return useQuery({
    queryKey: enterpriseKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/enterprises/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useCreateEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EnterpriseCreateInput) => unwrap(api.POST('/api/enterprises', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
  });
}

/** `version`: the record's as the form was opened (sent as If-Match). */
export function useUpdateEnterprise(id: string, version: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EnterpriseUpdateInput) =>
      unwrap(
        api.PATCH('/api/enterprises/{id}', {
          params: { path: { id }, header: version ? ifMatch(id, version) : {} },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
  });
}

/** Downloads the xlsx template (in the UI language) through the authenticated client. */
export async function downloadImportTemplate(): Promise<void> {
  saveDownload(
    await api.GET('/api/enterprises/import-template', { parseAs: 'blob' }),
    'enterprise-import-template.xlsx',
  );
}

/** Uploads an xlsx for import; the typed client sends the session headers and refreshes an expired token. */
export function importEnterprises(file: File): Promise<EnterpriseImportResult> {
  return unwrap(api.POST('/api/enterprises/import', { body: { file }, bodySerializer: multipart }));
}

export function useImportEnterprises() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importEnterprises,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
  });
}
