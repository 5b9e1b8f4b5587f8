import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiRequestError, unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { currentLanguage } from '../../app/i18n/i18n';
import { sessionStore } from '../../app/session/session-store';

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

export function useUpdateEnterprise(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EnterpriseUpdateInput) =>
      unwrap(api.PATCH('/api/enterprises/{id}', { params: { path: { id } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
  });
}

/** Downloads the xlsx template (in the UI language) through the authenticated client. */
export async function downloadImportTemplate(): Promise<void> {
  const { data, response } = await api.GET('/api/enterprises/import-template', { parseAs: 'blob' });
  if (!response.ok || !data) throw new ApiRequestError(response.status, undefined);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : 'enterprise-import-template.xlsx';
  const url = URL.createObjectURL(data as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Uploads an xlsx for import. Multipart bodies bypass the JSON client, so the session headers
 * are set here (a 401 is answered like any other error: the page asks to log in again).
 */
export async function importEnterprises(file: File): Promise<EnterpriseImportResult> {
  const form = new FormData();
  form.append('file', file);
  const token = sessionStore.getAccessToken();
  let response: Response;
  try {
    response = await fetch('/api/enterprises/import', {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: {
        'Accept-Language': currentLanguage(),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });
  } catch {
    throw new ApiRequestError(0, undefined);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiRequestError(response.status, body);
  return body as EnterpriseImportResult;
}

export function useImportEnterprises() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importEnterprises,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
  });
}
