import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch, type Versioned } from '../../app/api/concurrency';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type CaseCollection = ResponseBody<'/api/case-collections/{id}', 'get'>;
export type CaseCollectionListItem = ResponseBody<'/api/case-collections', 'get'>['items'][number];
export type CaseCollectionQuery = QueryOf<'/api/case-collections', 'get'>;
export type CollectionEntry = CaseCollection['entries'][number];
export type CollectionCandidate = ResponseBody<'/api/case-collections/candidates', 'get'>['items'][number];
export type CaseCollectionCreateInput = RequestBody<'/api/case-collections', 'post'>;
export type CaseCollectionUpdateInput = RequestBody<'/api/case-collections/{id}', 'patch'>;

export type PublicCollection = ResponseBody<'/api/public/case-collections', 'get'>['items'][number];
export type PublicCollectionDetail = ResponseBody<'/api/public/case-collections/{id}', 'get'>;
export type PublicCase = ResponseBody<'/api/public/case-collections/{id}/cases/{caseId}', 'get'>;
export type PublicCaseQuery = QueryOf<'/api/public/cases', 'get'>;
export type PublicCaseHit = ResponseBody<'/api/public/cases', 'get'>['items'][number];
export type CaseEnterprise = PublicCaseHit['enterprise'];
export type CaseFigure = PublicCase['results'][number];

export const caseCollectionKeys = {
  all: ['case-collections'] as const,
  list: (query: CaseCollectionQuery) => ['case-collections', 'list', query] as const,
  detail: (id: string) => ['case-collections', 'detail', id] as const,
  candidates: ['case-collections', 'candidates'] as const,
};

export const publicCaseKeys = {
  collections: ['public-cases', 'collections'] as const,
  collection: (id: string) => ['public-cases', 'collection', id] as const,
  caseOf: (id: string, caseId: string) => ['public-cases', 'case', id, caseId] as const,
  search: (query: PublicCaseQuery) => ['public-cases', 'search', query] as const,
  filters: ['public-cases', 'filters'] as const,
};

// ——— the city's editions ———

export function useCaseCollections(query: CaseCollectionQuery) {
  return useQuery({
    queryKey: caseCollectionKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/case-collections', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useCaseCollection(id: string | undefined) {
  return useQuery({
    queryKey: caseCollectionKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/case-collections/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useCollectionCandidates(enabled: boolean) {
  return useQuery({
    queryKey: caseCollectionKeys.candidates,
    queryFn: () => unwrap(api.GET('/api/case-collections/candidates')),
    enabled,
  });
}

export function useCreateCaseCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseCollectionCreateInput) =>
      unwrap(api.POST('/api/case-collections', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseCollectionKeys.all }),
  });
}

export function useUpdateCaseCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ collection, input }: { collection: Versioned; input: CaseCollectionUpdateInput }) =>
      unwrap(
        api.PATCH('/api/case-collections/{id}', {
          params: { path: { id: collection.id }, header: ifMatch(collection.id, collection.version) },
          body: input,
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(caseCollectionKeys.detail(data.id), data);
      return queryClient.invalidateQueries({ queryKey: caseCollectionKeys.all });
    },
  });
}

export function usePublishCaseCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (collection: Versioned) =>
      unwrap(
        api.POST('/api/case-collections/{id}/publish', {
          params: { path: { id: collection.id }, header: ifMatch(collection.id, collection.version) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseCollectionKeys.all }),
  });
}

export function useDeleteCaseCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (collection: Versioned) =>
      unwrap(
        api.DELETE('/api/case-collections/{id}', {
          params: { path: { id: collection.id }, header: ifMatch(collection.id, collection.version) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseCollectionKeys.all }),
  });
}

/** The edition's 案例汇编 (a draft too, to proofread). */
export async function downloadCollectionDocx(id: string) {
  saveDownload(
    await api.GET('/api/case-collections/{id}/docx', { params: { path: { id } }, parseAs: 'blob' }),
    'case-collection.docx',
  );
}

// ——— the public ———

/** The public docx: a plain link, so it downloads without script too. */
export function publicDocxUrl(id: string): string {
  return `/api/public/case-collections/${encodeURIComponent(id)}/docx`;
}

export function usePublicCollections() {
  return useQuery({
    queryKey: publicCaseKeys.collections,
    queryFn: () => unwrap(api.GET('/api/public/case-collections')),
  });
}

export function usePublicCollection(id: string) {
  return useQuery({
    queryKey: publicCaseKeys.collection(id),
    queryFn: () => unwrap(api.GET('/api/public/case-collections/{id}', { params: { path: { id } } })),
  });
}

export function usePublicCase(id: string, caseId: string) {
  return useQuery({
    queryKey: publicCaseKeys.caseOf(id, caseId),
    queryFn: () =>
      unwrap(
        api.GET('/api/public/case-collections/{id}/cases/{caseId}', { params: { path: { id, caseId } } }),
      ),
  });
}

export function usePublicCaseSearch(query: PublicCaseQuery) {
  return useQuery({
    queryKey: publicCaseKeys.search(query),
    queryFn: () => unwrap(api.GET('/api/public/cases', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function usePublicCaseFilters() {
  return useQuery({
    queryKey: publicCaseKeys.filters,
    queryFn: () => unwrap(api.GET('/api/public/cases/filters')),
    staleTime: 5 * 60_000,
  });
}
