import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';

export type OpinionNote = ResponseBody<'/api/opinion-notes/{id}', 'get'>;
export type OpinionNoteListItem = ResponseBody<'/api/opinion-notes', 'get'>['items'][number];
export type OpinionNoteQuery = QueryOf<'/api/opinion-notes', 'get'>;
export type OpinionNoteInput = RequestBody<'/api/opinion-notes', 'post'>;
export type OpinionNoteChanges = RequestBody<'/api/opinion-notes/{id}', 'patch'>;
export type OpinionStatistics = ResponseBody<'/api/opinion-notes/statistics', 'get'>;
export type OpinionStatisticsQuery = QueryOf<'/api/opinion-notes/statistics', 'get'>;
export type OpinionAction = OpinionNote['availableActions'][number];
export type OpinionStepBody = RequestBody<'/api/opinion-notes/{id}/take', 'post'>;

export const opinionNoteKeys = {
  all: ['opinion-notes'] as const,
  list: (query: OpinionNoteQuery) => ['opinion-notes', 'list', query] as const,
  detail: (id: string) => ['opinion-notes', 'detail', id] as const,
  statistics: (query: OpinionStatisticsQuery) => ['opinion-notes', 'statistics', query] as const,
  responsible: ['opinion-notes', 'responsible'] as const,
};

export function useOpinionNotes(query: OpinionNoteQuery) {
  return useQuery({
    queryKey: opinionNoteKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/opinion-notes', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useOpinionNote(id: string | undefined) {
  return useQuery({
    queryKey: opinionNoteKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/opinion-notes/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useOpinionStatistics(query: OpinionStatisticsQuery, enabled = true) {
  return useQuery({
    queryKey: opinionNoteKeys.statistics(query),
    queryFn: () => unwrap(api.GET('/api/opinion-notes/statistics', { params: { query } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useResponsibleOptions(enabled: boolean) {
  return useQuery({
    queryKey: opinionNoteKeys.responsible,
    queryFn: () => unwrap(api.GET('/api/opinion-notes/responsible-options')),
    enabled,
  });
}

export function useCreateOpinionNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OpinionNoteInput) => unwrap(api.POST('/api/opinion-notes', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opinionNoteKeys.all }),
  });
}

/** An edit, sent with the version it was opened with (412 when someone changed it meanwhile). */
export function useUpdateOpinionNote(note: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: OpinionNoteChanges) =>
      unwrap(
        api.PATCH('/api/opinion-notes/{id}', {
          params: { path: { id: note.id }, header: ifMatch(note.id, note.version) },
          body: changes,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opinionNoteKeys.all }),
  });
}

export function useDeleteOpinionNote(note: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.DELETE('/api/opinion-notes/{id}', {
          params: { path: { id: note.id }, header: ifMatch(note.id, note.version) },
          body: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opinionNoteKeys.all }),
  });
}

/** One workflow step (take, respond, close, reopen) with the version it was opened with. */
export function useOpinionStep(note: { id: string; version: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: OpinionAction; body: OpinionStepBody }) => {
      const params = { path: { id: note.id }, header: ifMatch(note.id, note.version) };
      switch (action) {
        case 'take':
          return unwrap(api.POST('/api/opinion-notes/{id}/take', { params, body }));
        case 'respond':
          return unwrap(api.POST('/api/opinion-notes/{id}/respond', { params, body }));
        case 'close':
          return unwrap(api.POST('/api/opinion-notes/{id}/close', { params, body }));
        case 'reopen':
          return unwrap(api.POST('/api/opinion-notes/{id}/reopen', { params, body }));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opinionNoteKeys.all }),
  });
}
