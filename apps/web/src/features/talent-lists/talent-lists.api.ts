import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type TalentListAction } from '@skillpay/domain';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type QueryOf, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type TalentList = ResponseBody<'/api/talent-lists/{id}', 'get'>;
export type TalentListItem = ResponseBody<'/api/talent-lists', 'get'>['items'][number];
export type DepartmentEntry = ResponseBody<'/api/talent-lists/{id}/entries', 'get'>['items'][number];
export type PublicEntry = ResponseBody<'/api/public/talent-lists/{id}/entries', 'get'>['items'][number];
export type EntryQuery = QueryOf<'/api/talent-lists/{id}/entries', 'get'>;
export type Audience = 'public' | 'departments';

export const talentListKeys = {
  all: ['talent-lists'] as const,
  list: (page: number) => ['talent-lists', 'list', page] as const,
  detail: (id: string) => ['talent-lists', 'detail', id] as const,
  entries: (id: string, query: EntryQuery) => ['talent-lists', 'entries', id, query] as const,
};

export const publicTalentListKeys = {
  editions: (page: number) => ['public-talent-lists', 'editions', page] as const,
  edition: (id: string) => ['public-talent-lists', 'edition', id] as const,
  entries: (id: string, query: EntryQuery) => ['public-talent-lists', 'entries', id, query] as const,
};

export function useTalentLists(page: number, pageSize: number) {
  return useQuery({
    queryKey: talentListKeys.list(page),
    queryFn: () => unwrap(api.GET('/api/talent-lists', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
}

export function useTalentList(id: string) {
  return useQuery({
    queryKey: talentListKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/talent-lists/{id}', { params: { path: { id } } })),
  });
}

export function useTalentListEntries(id: string, query: EntryQuery) {
  return useQuery({
    queryKey: talentListKeys.entries(id, query),
    queryFn: () => unwrap(api.GET('/api/talent-lists/{id}/entries', { params: { path: { id }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateTalentList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => unwrap(api.POST('/api/talent-lists', { body: { year } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentListKeys.all }),
  });
}

export function useTalentListStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TalentListAction) => {
      const params = { params: { path: { id } } };
      switch (action) {
        case 'review':
          return unwrap(api.POST('/api/talent-lists/{id}/review', { ...params, body: {} }));
        case 'publish':
          return unwrap(api.POST('/api/talent-lists/{id}/publish', params));
        default:
          return unwrap(api.POST('/api/talent-lists/{id}/discard', { ...params, body: {} }));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentListKeys.all }),
  });
}

export async function downloadTalentList(id: string, audience: Audience): Promise<void> {
  saveDownload(
    await api.GET('/api/talent-lists/{id}/export.xlsx', {
      params: { path: { id }, query: { audience } },
      parseAs: 'blob',
    }),
    `talent-list-${audience}.xlsx`,
  );
}

// ——— the public pages ———

export function usePublicTalentLists(page: number, pageSize: number) {
  return useQuery({
    queryKey: publicTalentListKeys.editions(page),
    queryFn: () => unwrap(api.GET('/api/public/talent-lists', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
}

export function usePublicTalentList(id: string) {
  return useQuery({
    queryKey: publicTalentListKeys.edition(id),
    queryFn: () => unwrap(api.GET('/api/public/talent-lists/{id}', { params: { path: { id } } })),
  });
}

export function usePublicTalentListEntries(id: string, query: EntryQuery) {
  return useQuery({
    queryKey: publicTalentListKeys.entries(id, query),
    queryFn: () =>
      unwrap(api.GET('/api/public/talent-lists/{id}/entries', { params: { path: { id }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function publicTalentListXlsxUrl(id: string): string {
  return `/api/public/talent-lists/${encodeURIComponent(id)}/export.xlsx`;
}
