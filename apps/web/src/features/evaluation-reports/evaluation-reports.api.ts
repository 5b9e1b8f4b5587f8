import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type EvaluationReport = ResponseBody<'/api/evaluation/reports/{id}', 'get'>;
export type EvaluationReportListItem = ResponseBody<'/api/evaluation/reports', 'get'>['items'][number];
export type EvaluationReportVersion = EvaluationReport['versions'][number];
export type EvaluationDistrictReport = EvaluationReport['districts'][number];
export type EvaluationReportSections = EvaluationReport['sections'];
export type EvaluationReportUpdateInput = RequestBody<'/api/evaluation/reports/{id}', 'patch'>;

export const evaluationReportKeys = {
  all: ['evaluation-reports'] as const,
  list: (programmeId: string | undefined) => ['evaluation-reports', 'list', programmeId ?? ''] as const,
  detail: (id: string) => ['evaluation-reports', 'detail', id] as const,
};

const path = (id: string) => ({ path: { id } });

export function useEvaluationReports(programmeId: string | undefined) {
  return useQuery({
    queryKey: evaluationReportKeys.list(programmeId),
    queryFn: () => unwrap(api.GET('/api/evaluation/reports', { params: { query: { programmeId } } })),
    enabled: Boolean(programmeId),
  });
}

export function useEvaluationReport(id: string | undefined) {
  return useQuery({
    queryKey: evaluationReportKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/evaluation/reports/{id}', { params: path(id ?? '') })),
    enabled: Boolean(id),
  });
}

export function useCreateEvaluationReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (programmeId: string) =>
      unwrap(api.POST('/api/evaluation/reports', { body: { programmeId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationReportKeys.all }),
  });
}

export function useUpdateEvaluationReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ report, input }: { report: EvaluationReport; input: EvaluationReportUpdateInput }) =>
      unwrap(
        api.PATCH('/api/evaluation/reports/{id}', {
          params: { ...path(report.id), header: ifMatch(report.id, report.editVersion) },
          body: input,
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(evaluationReportKeys.detail(data.id), data);
      return queryClient.invalidateQueries({ queryKey: evaluationReportKeys.all });
    },
  });
}

export function useGenerateEvaluationReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/evaluation/reports/{id}/versions', { params: path(id) })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evaluationReportKeys.all }),
  });
}

export function useSubmitEvaluationReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/evaluation/reports/{id}/submit', { params: path(id) })),
    onSuccess: (data) => {
      queryClient.setQueryData(evaluationReportKeys.detail(data.id), data);
      return queryClient.invalidateQueries({ queryKey: evaluationReportKeys.all });
    },
  });
}

/** A version's docx as generated (named by the server: 黄岛区…评估报告（第2版）.docx). */
export async function downloadEvaluationReport(id: string, version?: number) {
  saveDownload(
    await api.GET('/api/evaluation/reports/{id}/file', {
      params: { path: { id }, query: { version } },
      parseAs: 'blob',
    }),
    'evaluation-report.docx',
  );
}
