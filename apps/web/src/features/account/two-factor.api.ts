import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type RequestBody, type ResponseBody } from '../../app/api/types';

export type TwoFactorStatus = ResponseBody<'/api/auth/two-factor', 'get'>;
export type TwoFactorEnrolment = ResponseBody<'/api/auth/two-factor/enrolment', 'post'>;
export type DisableTwoFactorInput = RequestBody<'/api/auth/two-factor/disable', 'post'>;

const twoFactorKey = ['two-factor'] as const;

export function useTwoFactorStatus() {
  return useQuery({ queryKey: twoFactorKey, queryFn: () => unwrap(api.GET('/api/auth/two-factor')) });
}

function useInvalidatingMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKey }),
  });
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/auth/two-factor/enrolment')) });
}

export function useConfirmEnrolment() {
  return useInvalidatingMutation((code: string) =>
    unwrap(api.POST('/api/auth/two-factor/enrolment/confirm', { body: { code } })),
  );
}

export function useRegenerateRecoveryCodes() {
  return useInvalidatingMutation((code: string) =>
    unwrap(api.POST('/api/auth/two-factor/recovery-codes', { body: { code } })),
  );
}

export function useDisableTwoFactor() {
  return useInvalidatingMutation((input: DisableTwoFactorInput) =>
    unwrap(api.POST('/api/auth/two-factor/disable', { body: input })),
  );
}
