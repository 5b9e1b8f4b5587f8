import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { saveDownload } from '../../ui/download';
import { ifMatch, type Versioned } from '../../app/api/concurrency';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';

export type PilotApplication = ResponseBody<'/api/pilot-applications/{id}', 'get'>;
export type PilotListItem = ResponseBody<'/api/pilot-applications', 'get'>['items'][number];
export type PilotQuery = QueryOf<'/api/pilot-applications', 'get'>;
export type PilotCreateInput = RequestBody<'/api/pilot-applications', 'post'>;
export type PilotUpdateInput = RequestBody<'/api/pilot-applications/{id}', 'patch'>;
export type PilotActionName = PilotListItem['availableActions'][number];
export type Quota = ResponseBody<'/api/programmes/{programmeId}/quotas', 'get'>['items'][number];
export type EnterprisePlan = ResponseBody<'/api/pilot-applications/{id}/plan', 'get'>;
export type EnterprisePlanUpdateInput = RequestBody<'/api/pilot-applications/{id}/plan', 'patch'>;
export type MilestoneInput = RequestBody<'/api/pilot-applications/{id}/plan/milestones', 'post'>;
export type MilestoneUpdateInput = RequestBody<
  '/api/pilot-applications/{id}/plan/milestones/{milestoneId}',
  'patch'
>;

export const pilotKeys = {
  all: ['pilot-applications'] as const,
  detail: (id: string) => ['pilot-applications', 'detail', id] as const,
  plan: (id: string) => ['pilot-applications', 'plan', id] as const,
  quotas: (programmeId: string) => ['pilot-applications', 'quotas', programmeId] as const,
};

export function listPilotApplications(query: PilotQuery) {
  return unwrap(api.GET('/api/pilot-applications', { params: { query } }));
}

/** The list as filtered (its filters without the page) as an xlsx file. */
export async function exportPilotApplications(query: Omit<PilotQuery, 'page' | 'pageSize'>) {
  saveDownload(
    await api.GET('/api/pilot-applications/export', {
      params: { query: { ...query, format: 'xlsx' } },
      parseAs: 'blob',
    }),
    'pilot-applications.xlsx',
  );
}

export function usePilotApplication(id: string | undefined) {
  return useQuery({
    queryKey: pilotKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/pilot-applications/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useCreatePilotApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PilotCreateInput) => unwrap(api.POST('/api/pilot-applications', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pilotKeys.all }),
  });
}

/** `version`: the application's as the form was opened (sent as If-Match). */
export function useUpdatePilotApplication(id: string, version: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PilotUpdateInput) =>
      unwrap(
        api.PATCH('/api/pilot-applications/{id}', {
          params: { path: { id }, header: version ? ifMatch(id, version) : {} },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pilotKeys.all }),
  });
}

const TRANSITION_PATHS = {
  submit: '/api/pilot-applications/{id}/submit',
  recommend: '/api/pilot-applications/{id}/recommend',
  return: '/api/pilot-applications/{id}/return',
  approve: '/api/pilot-applications/{id}/approve',
  reject: '/api/pilot-applications/{id}/reject',
  withdraw: '/api/pilot-applications/{id}/withdraw',
} as const satisfies Record<PilotActionName, string>;

export function useTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: PilotActionName; reason?: string }) =>
      unwrap(
        api.POST(TRANSITION_PATHS[action], {
          params: { path: { id } },
          body: reason?.trim() ? { reason: reason.trim() } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pilotKeys.all }),
  });
}

/** The enterprise attaches files to its draft or returned application. */
export function useAttachToPilot(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) =>
      unwrap(
        api.POST('/api/pilot-applications/{id}/attachments', {
          params: { path: { id } },
          body: { files },
          bodySerializer: multipart,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pilotKeys.all }),
  });
}

export function useRemovePilotAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(
        api.DELETE('/api/pilot-applications/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pilotKeys.all }),
  });
}

export function useDownloadPilotAttachment(id: string) {
  return useMutation({
    mutationFn: async (attachment: { id: string; fileName: string }) => {
      saveDownload(
        await api.GET('/api/pilot-applications/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
        attachment.fileName,
      );
    },
  });
}

export function useQuotas(programmeId: string | undefined) {
  return useQuery({
    queryKey: pilotKeys.quotas(programmeId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/programmes/{programmeId}/quotas', {
          params: { path: { programmeId: programmeId ?? '' } },
        }),
      ),
    enabled: Boolean(programmeId),
  });
}

/** `programmeVersion`: as the quotas were shown (the quotas are part of the programme; sent as If-Match). */
export function useUpdateQuotas(programmeId: string, programmeVersion: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (quotas: Array<{ regionCode: string; quota: number }>) =>
      unwrap(
        api.PUT('/api/programmes/{programmeId}/quotas', {
          params: {
            path: { programmeId },
            header: programmeVersion ? ifMatch(programmeId, programmeVersion) : {},
          },
          body: { quotas },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pilotKeys.all }),
  });
}

export function useEnterprisePlan(id: string, enabled: boolean) {
  return useQuery({
    queryKey: pilotKeys.plan(id),
    queryFn: () => unwrap(api.GET('/api/pilot-applications/{id}/plan', { params: { path: { id } } })),
    enabled,
  });
}

/** Changes of the plan shown (`plan`: its id and version, sent as If-Match); each answers the plan as it now is. */
export function useEnterprisePlanMutations(id: string, plan: Versioned) {
  const queryClient = useQueryClient();
  const onSuccess = (saved: EnterprisePlan) => queryClient.setQueryData(pilotKeys.plan(id), saved);
  const path = { id };
  const header = ifMatch(plan.id, plan.version);
  return {
    update: useMutation({
      mutationFn: (input: EnterprisePlanUpdateInput) =>
        unwrap(api.PATCH('/api/pilot-applications/{id}/plan', { params: { path, header }, body: input })),
      onSuccess,
    }),
    addMilestone: useMutation({
      mutationFn: (input: MilestoneInput) =>
        unwrap(api.POST('/api/pilot-applications/{id}/plan/milestones', { params: { path }, body: input })),
      onSuccess,
    }),
    updateMilestone: useMutation({
      mutationFn: ({ milestoneId, ...input }: MilestoneUpdateInput & { milestoneId: string }) =>
        unwrap(
          api.PATCH('/api/pilot-applications/{id}/plan/milestones/{milestoneId}', {
            params: { path: { id, milestoneId }, header },
            body: input,
          }),
        ),
      onSuccess,
    }),
    removeMilestone: useMutation({
      mutationFn: (milestoneId: string) =>
        unwrap(
          api.DELETE('/api/pilot-applications/{id}/plan/milestones/{milestoneId}', {
            params: { path: { id, milestoneId }, header },
          }),
        ),
      onSuccess,
    }),
  };
}
