import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';

export type Organisation = ResponseBody<'/api/organisations/{id}', 'get'>;
export type OrganisationListItem = ResponseBody<'/api/organisations', 'get'>['items'][number];
export type OrganisationQuery = QueryOf<'/api/organisations', 'get'>;
export type OrganisationCreateInput = RequestBody<'/api/organisations', 'post'>;
export type OrganisationUpdateInput = RequestBody<'/api/organisations/{id}', 'patch'>;

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: OrganisationQuery) => ['organisations', 'list', query] as const,
  detail: (id: string) => ['organisations', 'detail', id] as const,
};

export function listOrganisations(query: OrganisationQuery) {
  return unwrap(api.GET('/api/organisations', { params: { query } }));
}

export function useOrganisations(query: OrganisationQuery, enabled = true) {
  return useQuery({
    queryKey: organisationKeys.list(query),
    queryFn: () => listOrganisations(query),
    enabled,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: organisationKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/organisations/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationCreateInput) => unwrap(api.POST('/api/organisations', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

/** `version`: the organisation's as the form was opened (sent as If-Match). */
export function useUpdateOrganisation(id: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationUpdateInput) =>
      unwrap(
        api.PATCH('/api/organisations/{id}', {
          params: { path: { id }, header: ifMatch(id, version) },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

export function useDeleteOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.DELETE('/api/organisations/{id}', { params: { path: { id }, header: ifMatch(id, version) } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}
