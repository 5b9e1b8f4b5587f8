import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { WageUploadStatus } from '@skillpay/domain';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type WageUpload = ResponseBody<'/api/wage-uploads/{id}', 'get'>;
export type WageUploadQuery = QueryOf<'/api/wage-uploads', 'get'>;
export type WageUploadError = ResponseBody<'/api/wage-uploads/{id}/errors', 'get'>['items'][number];
export type WageRow = ResponseBody<'/api/wage-uploads/{id}/rows', 'get'>['items'][number];
export type WageSummary = ResponseBody<'/api/wage-uploads/{id}/summary', 'get'>;

export const wageUploadKeys = {
  all: ['wage-uploads'] as const,
  detail: (id: string) => ['wage-uploads', 'detail', id] as const,
  errors: (id: string, page: number) => ['wage-uploads', 'errors', id, page] as const,
  summary: (id: string) => ['wage-uploads', 'summary', id] as const,
  pilotProgrammes: ['wage-uploads', 'pilot-programmes'] as const,
};

/** Still with the worker: the screen keeps polling. */
export function isPending(status: string | undefined): boolean {
  return status === WageUploadStatus.Queued || status === WageUploadStatus.Validating;
}

export function listWageUploads(query: WageUploadQuery) {
  return unwrap(api.GET('/api/wage-uploads', { params: { query } }));
}

/** The list as filtered (its filters without the page) as an xlsx file. */
export async function exportWageUploads(query: Omit<WageUploadQuery, 'page' | 'pageSize'>) {
  saveDownload(
    await api.GET('/api/wage-uploads/export', {
      params: { query: { ...query, format: 'xlsx' } },
      parseAs: 'blob',
    }),
    'wage-uploads.xlsx',
  );
}

/** One upload, polled every second while the worker validates it (the progress bar). */
export function useWageUpload(id: string | undefined) {
  return useQuery({
    queryKey: wageUploadKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/wage-uploads/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
    refetchInterval: (query) => (isPending(query.state.data?.status) ? 1_000 : false),
  });
}

export function useWageUploadErrors(id: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: wageUploadKeys.errors(id, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/wage-uploads/{id}/errors', { params: { path: { id }, query: { page, pageSize: 20 } } }),
      ),
    enabled,
  });
}

export function useWageSummary(id: string, enabled: boolean) {
  return useQuery({
    queryKey: wageUploadKeys.summary(id),
    queryFn: () => unwrap(api.GET('/api/wage-uploads/{id}/summary', { params: { path: { id } } })),
    enabled,
  });
}

export function listWageRows(id: string, page: number, pageSize: number) {
  return unwrap(
    api.GET('/api/wage-uploads/{id}/rows', { params: { path: { id }, query: { page, pageSize } } }),
  );
}

/** The programmes in which the enterprise is an approved pilot: where it may report wage data. */
export function usePilotProgrammes(enabled: boolean) {
  return useQuery({
    queryKey: wageUploadKeys.pilotProgrammes,
    queryFn: async () => {
      const page = await unwrap(
        api.GET('/api/pilot-applications', { params: { query: { status: 'approved', pageSize: 200 } } }),
      );
      return page.items.map((item) => ({ id: item.programmeId, title: item.programmeTitle }));
    },
    enabled,
  });
}

/** The template in the UI language (xlsx with drop-downs and instructions, or csv). */
export async function downloadTemplate(format: 'xlsx' | 'csv'): Promise<void> {
  const result =
    format === 'xlsx'
      ? await api.GET('/api/wage-uploads/template.xlsx', { parseAs: 'blob' })
      : await api.GET('/api/wage-uploads/template.csv', { parseAs: 'blob' });
  saveDownload(result, `wage-data-template.${format}`);
}

/** An upload's error list (in the UI language) or its original file (the enterprise only). */
export async function downloadOfUpload(
  id: string,
  what: 'errors.xlsx' | 'errors.csv' | 'file',
): Promise<void> {
  const options = { params: { path: { id } }, parseAs: 'blob' as const };
  const result =
    what === 'errors.xlsx'
      ? await api.GET('/api/wage-uploads/{id}/errors.xlsx', options)
      : what === 'errors.csv'
        ? await api.GET('/api/wage-uploads/{id}/errors.csv', options)
        : await api.GET('/api/wage-uploads/{id}/file', options);
  saveDownload(result, what === 'file' ? 'wage-data' : `wage-upload-${what}`);
}

/** Uploads a wage file; the typed client sends the session headers and refreshes an expired token. */
export function uploadWageFile(input: {
  file: File;
  programmeId: string;
  year: number;
}): Promise<WageUpload> {
  return unwrap(
    api.POST('/api/wage-uploads', {
      body: { file: input.file, programmeId: input.programmeId, year: input.year },
      bodySerializer: multipart,
    }),
  );
}

export function useUploadWageFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadWageFile,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wageUploadKeys.all }),
  });
}
