import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type ResponseBody } from '../../app/api/types';

export type ProgrammeStatistics = ResponseBody<'/api/programme-statistics', 'get'>;
export type ProgrammeFigures = ProgrammeStatistics['programmes'][number];

export function useProgrammeStatistics(enabled = true) {
  return useQuery({
    queryKey: ['programme-statistics'],
    queryFn: () => unwrap(api.GET('/api/programme-statistics')),
    enabled,
  });
}
