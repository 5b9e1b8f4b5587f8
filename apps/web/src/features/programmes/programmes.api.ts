import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch, type Versioned } from '../../app/api/concurrency';
import { multipart } from '../../app/api/multipart';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type Programme = ResponseBody<'/api/programmes/{id}', 'get'>;
export type ProgrammeListItem = ResponseBody<'/api/programmes', 'get'>['items'][number];
export type ProgrammeQuery = QueryOf<'/api/programmes', 'get'>;
export type ProgrammeTemplate = ResponseBody<'/api/programmes/templates', 'get'>[number];
export type ProgrammeCreateInput = RequestBody<'/api/programmes', 'post'>;
export type ProgrammeUpdateInput = RequestBody<'/api/programmes/{id}', 'patch'>;
export type Task = ResponseBody<'/api/programmes/{id}/tasks', 'get'>[number];
export type TaskUpdate = ResponseBody<'/api/programmes/{id}/tasks/{taskId}/updates', 'get'>[number];
export type ProgressMatrix = ResponseBody<'/api/programmes/{id}/progress-matrix', 'get'>;
export type Roadmap = ResponseBody<'/api/programmes/{id}/roadmap', 'get'>;
export type WorkingGroupMember = ResponseBody<'/api/programmes/{id}/working-group', 'get'>[number];
export type WorkingGroupMemberInput = RequestBody<'/api/programmes/{id}/working-group', 'post'>;

export const programmeKeys = {
  all: ['programmes'] as const,
  templates: ['programmes', 'templates'] as const,
  list: (query: ProgrammeQuery) => ['programmes', 'list', query] as const,
  detail: (id: string) => ['programmes', 'detail', id] as const,
  tasks: (id: string, mine: boolean) => ['programmes', 'tasks', id, mine] as const,
  updates: (id: string, taskId: string) => ['programmes', 'updates', id, taskId] as const,
  matrix: (id: string) => ['programmes', 'matrix', id] as const,
  roadmap: (id: string) => ['programmes', 'roadmap', id] as const,
  workingGroup: (id: string) => ['programmes', 'working-group', id] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

export function listProgrammes(query: ProgrammeQuery) {
  return unwrap(api.GET('/api/programmes', { params: { query } }));
}

export function useProgrammes(query: ProgrammeQuery = {}) {
  return useQuery({ queryKey: programmeKeys.list(query), queryFn: () => listProgrammes(query) });
}

export function useProgrammeTemplates(enabled = true) {
  return useQuery({
    queryKey: programmeKeys.templates,
    queryFn: () => unwrap(api.GET('/api/programmes/templates')),
    enabled,
    staleTime: Infinity,
  });
}

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/programmes/{id}', path(id ?? ''))),
    enabled: Boolean(id),
  });
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgrammeCreateInput) => unwrap(api.POST('/api/programmes', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

/** `version`: the programme's as shown (sent as If-Match). */
export function useUpdateProgramme(id: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgrammeUpdateInput) =>
      unwrap(
        api.PATCH('/api/programmes/{id}', {
          params: { path: { id }, header: ifMatch(id, version) },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export type ProgrammeCheckRules = ResponseBody<'/api/programmes/{id}/check-rules', 'get'>;
export type CheckRulesInput = RequestBody<'/api/programmes/{id}/check-rules', 'put'>;

const checkRulesKey = (id: string) => [...programmeKeys.all, 'check-rules', id] as const;

/** Which checks the programme applies, their thresholds and basis (read by the report form too). */
export function useCheckRules(id: string | undefined) {
  return useQuery({
    queryKey: checkRulesKey(id ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{id}/check-rules', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** `version`: the programme's as the rules were opened (sent as If-Match). */
export function useUpdateCheckRules(id: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CheckRulesInput) =>
      unwrap(
        api.PUT('/api/programmes/{id}/check-rules', {
          params: { path: { id }, header: ifMatch(id, version) },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export function useTasks(id: string, mine = false, enabled = true) {
  return useQuery({
    queryKey: programmeKeys.tasks(id, mine),
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{id}/tasks', { params: { path: { id }, query: { mine } } })),
    enabled,
  });
}

export function useTaskUpdates(id: string, taskId: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.updates(id, taskId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/programmes/{id}/tasks/{taskId}/updates', {
          params: { path: { id, taskId: taskId ?? '' } },
        }),
      ),
    enabled: Boolean(taskId),
  });
}

export interface ProgressReportInput {
  note: string;
  status: Task['status'];
  percent: number;
  files: File[];
}

export function useReportProgress(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, input }: { taskId: string; input: ProgressReportInput }) => {
      return unwrap(
        api.POST('/api/programmes/{id}/tasks/{taskId}/updates', {
          params: { path: { id, taskId } },
          body: { note: input.note, status: input.status, percent: input.percent, files: input.files },
          bodySerializer: multipart,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export function useProgressMatrix(id: string, enabled: boolean) {
  return useQuery({
    queryKey: programmeKeys.matrix(id),
    queryFn: () => unwrap(api.GET('/api/programmes/{id}/progress-matrix', path(id))),
    enabled,
  });
}

export function useRoadmap(id: string) {
  return useQuery({
    queryKey: programmeKeys.roadmap(id),
    queryFn: () => unwrap(api.GET('/api/programmes/{id}/roadmap', path(id))),
  });
}

export function useWorkingGroup(id: string) {
  return useQuery({
    queryKey: programmeKeys.workingGroup(id),
    queryFn: () => unwrap(api.GET('/api/programmes/{id}/working-group', path(id))),
  });
}

export function useSaveMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ member, input }: { member?: Versioned; input: WorkingGroupMemberInput }) =>
      member
        ? unwrap(
            api.PATCH('/api/programmes/{id}/working-group/{memberId}', {
              params: { path: { id, memberId: member.id }, header: ifMatch(member.id, member.version) },
              body: input,
            }),
          )
        : unwrap(api.POST('/api/programmes/{id}/working-group', { ...path(id), body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.workingGroup(id) }),
  });
}

export function useRemoveMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: Versioned) =>
      unwrap(
        api.DELETE('/api/programmes/{id}/working-group/{memberId}', {
          params: { path: { id, memberId: member.id }, header: ifMatch(member.id, member.version) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.workingGroup(id) }),
  });
}

export function useExportLedger(id: string) {
  return useMutation({
    mutationFn: async () => {
      saveDownload(
        await api.GET('/api/programmes/{id}/ledger.xlsx', {
          ...path(id),
          parseAs: 'blob',
        }),
        'ledger.xlsx',
      );
    },
  });
}

export function useDownloadTaskAttachment(id: string) {
  return useMutation({
    mutationFn: async (attachment: { id: string; fileName: string }) => {
      saveDownload(
        await api.GET('/api/programmes/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
        attachment.fileName,
      );
    },
  });
}

export type TaskInput = RequestBody<'/api/programmes/{id}/tasks', 'post'>;
export type PhaseInput = RequestBody<'/api/programmes/{id}/phases', 'post'>;
export type MeasureInput = RequestBody<'/api/programmes/{id}/measures', 'post'>;

export function useResponsibleCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['programmes', 'candidates', id],
    queryFn: () => unwrap(api.GET('/api/programmes/{id}/responsible-candidates', path(id))),
    enabled,
    staleTime: 60_000,
  });
}

export function useSaveTask(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, input }: { task?: Versioned; input: TaskInput }) =>
      task
        ? unwrap(
            api.PATCH('/api/programmes/{id}/tasks/{taskId}', {
              params: { path: { id, taskId: task.id }, header: ifMatch(task.id, task.version) },
              body: input,
            }),
          )
        : unwrap(api.POST('/api/programmes/{id}/tasks', { ...path(id), body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export function useAddPhase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PhaseInput) =>
      unwrap(api.POST('/api/programmes/{id}/phases', { ...path(id), body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export function useAddMeasure(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeasureInput) =>
      unwrap(api.POST('/api/programmes/{id}/measures', { ...path(id), body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export function useRemoveTask(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: Versioned) =>
      unwrap(
        api.DELETE('/api/programmes/{id}/tasks/{taskId}', {
          params: { path: { id, taskId: task.id }, header: ifMatch(task.id, task.version) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}
