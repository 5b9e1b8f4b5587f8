import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type ProgressReport = ResponseBody<'/api/progress-reports/{id}', 'get'>;
export type ProgressReportListItem = ResponseBody<'/api/progress-reports', 'get'>['items'][number];
export type ProgressReportQuery = QueryOf<'/api/progress-reports', 'get'>;
export type ReportSchedule = ResponseBody<'/api/progress-reports/schedule', 'get'>;
export type ProgrammeSchedule = ReportSchedule['programmes'][number];
export type ReportInput = RequestBody<'/api/progress-reports', 'post'>;
export type ReportContent = RequestBody<'/api/progress-reports/{id}', 'put'>;
export type CheckResultView = ProgressReport['version']['checks'][number];
export type ReportActionName = ProgressReportListItem['availableActions'][number];

export const reportKeys = {
  all: ['progress-reports'] as const,
  detail: (id: string, version?: number) => ['progress-reports', 'detail', id, version ?? 'latest'] as const,
  schedule: (programmeId?: string) => ['progress-reports', 'schedule', programmeId ?? 'all'] as const,
};

export function listProgressReports(query: ProgressReportQuery) {
  return unwrap(api.GET('/api/progress-reports', { params: { query } }));
}

/** The list as filtered (its filters without the page) as an xlsx file. */
export async function exportProgressReports(query: Omit<ProgressReportQuery, 'page' | 'pageSize'>) {
  saveDownload(
    await api.GET('/api/progress-reports/export', {
      params: { query: { ...query, format: 'xlsx' } },
      parseAs: 'blob',
    }),
    'progress-reports.xlsx',
  );
}

/** A report with its latest version, or with an earlier one when `version` is given. */
export function useProgressReport(id: string | undefined, version?: number) {
  return useQuery({
    queryKey: reportKeys.detail(id ?? '', version),
    queryFn: () =>
      version
        ? unwrap(
            api.GET('/api/progress-reports/{id}/versions/{version}', {
              params: { path: { id: id ?? '', version } },
            }),
          )
        : unwrap(api.GET('/api/progress-reports/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useReportSchedule(programmeId?: string) {
  return useQuery({
    queryKey: reportKeys.schedule(programmeId),
    queryFn: () =>
      unwrap(
        api.GET('/api/progress-reports/schedule', { params: { query: programmeId ? { programmeId } : {} } }),
      ),
  });
}

/** `programmeVersion`: the programme's as shown (the cadence is part of it; sent as If-Match). */
export function useSetCadence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      programmeVersion,
      ...input
    }: RequestBody<'/api/progress-reports/cadence', 'put'> & { programmeVersion?: number }) =>
      unwrap(
        api.PUT('/api/progress-reports/cadence', {
          params: { header: programmeVersion ? ifMatch(input.programmeId, programmeVersion) : {} },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) => unwrap(api.POST('/api/progress-reports', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** `editVersion`: the report's as the form was opened (sent as If-Match). */
export function useUpdateReport(id: string, editVersion: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportContent) =>
      unwrap(
        api.PUT('/api/progress-reports/{id}', {
          params: { path: { id }, header: editVersion ? ifMatch(id, editVersion) : {} },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

const ACTION_PATHS = {
  submit: '/api/progress-reports/{id}/submit',
  accept: '/api/progress-reports/{id}/accept',
  return: '/api/progress-reports/{id}/return',
  revise: '/api/progress-reports/{id}/revise',
} as const satisfies Record<ReportActionName, string>;

export function useReportAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, comment }: { id: string; action: ReportActionName; comment?: string }) =>
      unwrap(
        api.POST(ACTION_PATHS[action], {
          params: { path: { id } },
          body: comment?.trim() ? { comment: comment.trim() } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useAttachToReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => {
      return unwrap(
        api.POST('/api/progress-reports/{id}/attachments', {
          params: { path: { id } },
          body: { files },
          bodySerializer: multipart,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useDownloadReportAttachment(id: string) {
  return useMutation({
    mutationFn: async (attachment: { id: string; fileName: string }) => {
      saveDownload(
        await api.GET('/api/progress-reports/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
        attachment.fileName,
      );
    },
  });
}
