import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type ServiceRequest = ResponseBody<'/api/service-requests/{id}', 'get'>;
export type ServiceRequestListItem = ResponseBody<'/api/service-requests', 'get'>['items'][number];
export type ServiceRequestQuery = QueryOf<'/api/service-requests', 'get'>;
export type ServiceRequestInput = RequestBody<'/api/service-requests', 'post'>;
export type ServiceDashboard = ResponseBody<'/api/service-requests/dashboard', 'get'>;
export type DashboardFigure = ServiceDashboard['byCategory'][number];
export type TalentOption = ResponseBody<'/api/service-requests/talent-options', 'get'>[number];
export type ServiceAction = ServiceRequest['availableActions'][number];

export const serviceRequestKeys = {
  all: ['service-requests'] as const,
  list: (query: ServiceRequestQuery) => ['service-requests', 'list', query] as const,
  detail: (id: string) => ['service-requests', 'detail', id] as const,
  dashboard: ['service-requests', 'dashboard'] as const,
  departments: ['service-requests', 'departments'] as const,
  talents: (search: string) => ['service-requests', 'talents', search] as const,
};

export function useServiceRequests(query: ServiceRequestQuery) {
  return useQuery({
    queryKey: serviceRequestKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/service-requests', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useServiceRequest(id: string | undefined) {
  return useQuery({
    queryKey: serviceRequestKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/service-requests/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useServiceDashboard() {
  return useQuery({
    queryKey: serviceRequestKeys.dashboard,
    queryFn: () => unwrap(api.GET('/api/service-requests/dashboard')),
  });
}

export function useServiceDepartments(enabled: boolean) {
  return useQuery({
    queryKey: serviceRequestKeys.departments,
    queryFn: () => unwrap(api.GET('/api/service-requests/departments')),
    enabled,
  });
}

export function useServiceTalentOptions(search: string, enabled: boolean) {
  return useQuery({
    queryKey: serviceRequestKeys.talents(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/service-requests/talent-options', {
          params: { query: { search: search || undefined } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCreateServiceRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, files }: { input: ServiceRequestInput; files: File[] }) => {
      const created = await unwrap(api.POST('/api/service-requests', { body: input }));
      if (files.length > 0) {
        await unwrap(
          api.POST('/api/service-requests/{id}/attachments', {
            params: { path: { id: created.id } },
            body: { files },
            bodySerializer: multipart,
          }),
        );
      }
      return created;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceRequestKeys.all }),
  });
}

type StepBody = { comment?: string; departmentId?: string; outcome?: string };

/** One workflow step (assign, start, resolve, close, reopen), sent with the version it was opened with. */
export function useServiceStep(request: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: ServiceAction; body: StepBody }) => {
      const params = { path: { id: request.id }, header: ifMatch(request.id, request.version) };
      switch (action) {
        case 'assign':
          return unwrap(
            api.POST('/api/service-requests/{id}/assign', {
              params,
              body: { departmentId: body.departmentId ?? '', comment: body.comment },
            }),
          );
        case 'start':
          return unwrap(api.POST('/api/service-requests/{id}/start', { params, body }));
        case 'resolve':
          return unwrap(
            api.POST('/api/service-requests/{id}/resolve', { params, body: { outcome: body.outcome ?? '' } }),
          );
        case 'close':
          return unwrap(api.POST('/api/service-requests/{id}/close', { params, body }));
        case 'reopen':
          return unwrap(api.POST('/api/service-requests/{id}/reopen', { params, body }));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceRequestKeys.all }),
  });
}

export function useRecordReply(request: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ repliedOn, text, files }: { repliedOn: string; text: string; files: File[] }) =>
      unwrap(
        api.POST('/api/service-requests/{id}/replies', {
          params: { path: { id: request.id }, header: ifMatch(request.id, request.version) },
          body: { repliedOn, text, files },
          bodySerializer: multipart,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceRequestKeys.all }),
  });
}

export function useRateServiceRequest(request: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { rating: number; comment?: string }) =>
      unwrap(
        api.POST('/api/service-requests/{id}/rating', {
          params: { path: { id: request.id }, header: ifMatch(request.id, request.version) },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceRequestKeys.all }),
  });
}

export function useDownloadServiceAttachment(id: string) {
  return useMutation({
    mutationFn: async (attachment: { id: string; fileName: string }) => {
      saveDownload(
        await api.GET('/api/service-requests/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
        attachment.fileName,
      );
    },
  });
}
