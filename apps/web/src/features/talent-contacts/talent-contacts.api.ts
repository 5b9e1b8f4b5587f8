import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';
import { serviceRequestKeys } from '../service-requests';

export type TalentContact = ResponseBody<'/api/talent-contacts/{id}', 'get'>;
export type TalentContactQuery = QueryOf<'/api/talent-contacts', 'get'>;
export type TalentContactInput = RequestBody<'/api/talent-contacts', 'post'>;
export type Coverage = ResponseBody<'/api/talent-contacts/coverage', 'get'>;
export type CoverageTalent = Coverage['uncoveredTalents'][number];

export const contactKeys = {
  all: ['talent-contacts'] as const,
  list: (query: TalentContactQuery) => ['talent-contacts', 'list', query] as const,
  coverage: (month: string) => ['talent-contacts', 'coverage', month] as const,
  talents: (search: string) => ['talent-contacts', 'talents', search] as const,
};

export function useTalentContacts(query: TalentContactQuery) {
  return useQuery({
    queryKey: contactKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/talent-contacts', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useCoverage(month: string) {
  return useQuery({
    queryKey: contactKeys.coverage(month),
    queryFn: () => unwrap(api.GET('/api/talent-contacts/coverage', { params: { query: { month } } })),
    placeholderData: keepPreviousData,
  });
}

export function useContactTalentOptions(search: string, enabled: boolean) {
  return useQuery({
    queryKey: contactKeys.talents(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/talent-contacts/talent-options', {
          params: { query: { search: search || undefined } },
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useRecordContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TalentContactInput) => unwrap(api.POST('/api/talent-contacts', { body: input })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: contactKeys.all });
      await queryClient.invalidateQueries({ queryKey: serviceRequestKeys.all });
    },
  });
}
