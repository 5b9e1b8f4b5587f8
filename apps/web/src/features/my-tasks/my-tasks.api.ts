import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { multipart } from '../../app/api/multipart';
import { type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';
import { type ProgressReportInput } from '../programmes';

export type MyTask = ResponseBody<'/api/my-tasks', 'get'>[number];

export const myTaskKeys = {
  all: ['my-tasks'] as const,
  list: ['my-tasks', 'list'] as const,
  detail: (taskId: string) => ['my-tasks', 'detail', taskId] as const,
  updates: (taskId: string) => ['my-tasks', 'updates', taskId] as const,
};

const path = (taskId: string) => ({ params: { path: { taskId } } });

export function useMyTasks() {
  return useQuery({ queryKey: myTaskKeys.list, queryFn: () => unwrap(api.GET('/api/my-tasks')) });
}

export function useMyTask(taskId: string | undefined) {
  return useQuery({
    queryKey: myTaskKeys.detail(taskId ?? ''),
    queryFn: () => unwrap(api.GET('/api/my-tasks/{taskId}', path(taskId ?? ''))),
    enabled: Boolean(taskId),
  });
}

export function useMyTaskUpdates(taskId: string | undefined) {
  return useQuery({
    queryKey: myTaskKeys.updates(taskId ?? ''),
    queryFn: () => unwrap(api.GET('/api/my-tasks/{taskId}/updates', path(taskId ?? ''))),
    enabled: Boolean(taskId),
  });
}

export function useReportMyTask(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgressReportInput) =>
      unwrap(
        api.POST('/api/my-tasks/{taskId}/updates', {
          ...path(taskId),
          body: { note: input.note, status: input.status, percent: input.percent, files: input.files },
          bodySerializer: multipart,
        }),
      ),
    // the task's figures, the list and the workbench all change with a report
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myTaskKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['workbench'] }),
      ]),
  });
}

export function useDownloadMyTaskAttachment(taskId: string) {
  return useMutation({
    mutationFn: async (attachment: { id: string; fileName: string }) => {
      saveDownload(
        await api.GET('/api/my-tasks/{taskId}/attachments/{attachmentId}', {
          params: { path: { taskId, attachmentId: attachment.id } },
          parseAs: 'blob',
        }),
        attachment.fileName,
      );
    },
  });
}
