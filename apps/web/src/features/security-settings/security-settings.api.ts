import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type RequestBody, type ResponseBody } from '../../app/api/types';

export type TwoFactorSetting = ResponseBody<'/api/security-settings/two-factor', 'get'>['items'][number];
export type TwoFactorSettingsInput = RequestBody<'/api/security-settings/two-factor', 'put'>;

const settingsKey = ['security-settings', 'two-factor'] as const;

export function useTwoFactorSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => unwrap(api.GET('/api/security-settings/two-factor')),
  });
}

export function useUpdateTwoFactorSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TwoFactorSettingsInput) =>
      unwrap(api.PUT('/api/security-settings/two-factor', { body: input })),
    onSuccess: (data) => queryClient.setQueryData(settingsKey, data),
  });
}
