import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { useLanguage } from '../../app/i18n/i18n';

export function useProgrammeDashboard(programmeId: string | undefined) {
  // the server names regions in the request's language
  const language = useLanguage();
  return useQuery({
    queryKey: ['programmes', programmeId, 'dashboard', language],
    queryFn: () =>
      unwrap(api.GET('/api/programmes/{id}/dashboard', { params: { path: { id: programmeId! } } })),
    enabled: Boolean(programmeId),
  });
}
