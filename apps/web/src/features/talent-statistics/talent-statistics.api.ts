import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type ResponseBody } from '../../app/api/types';

export type TalentStatistics = ResponseBody<'/api/talent-statistics', 'get'>;
export type TalentCount = TalentStatistics['byHonour'][number];

export function useTalentStatistics(year: number) {
  return useQuery({
    queryKey: ['talent-statistics', year],
    queryFn: () => unwrap(api.GET('/api/talent-statistics', { params: { query: { year } } })),
    placeholderData: keepPreviousData,
  });
}
