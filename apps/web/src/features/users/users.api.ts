import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { saveDownload } from '../../ui/download';
import { ifMatch } from '../../app/api/concurrency';
import { type QueryOf, type RequestBody, type ResponseBody } from '../../app/api/types';

export type User = ResponseBody<'/api/users/{id}', 'get'>;
export type UserListItem = ResponseBody<'/api/users', 'get'>['items'][number];
export type UserQuery = QueryOf<'/api/users', 'get'>;
export type UserCreateInput = RequestBody<'/api/users', 'post'>;
export type UserUpdateInput = RequestBody<'/api/users/{id}', 'patch'>;

export const userKeys = {
  all: ['users'] as const,
  list: (query: UserQuery) => ['users', 'list', query] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export function listUsers(query: UserQuery) {
  return unwrap(api.GET('/api/users', { params: { query } }));
}

/** The list as filtered (its filters without the page) as an xlsx file. */
export async function exportUsers(query: Omit<UserQuery, 'page' | 'pageSize'>) {
  saveDownload(
    await api.GET('/api/users/export', { params: { query: { ...query, format: 'xlsx' } }, parseAs: 'blob' }),
    'users.xlsx',
  );
}

export function useUsers(query: UserQuery, enabled = true) {
  return useQuery({ queryKey: userKeys.list(query), queryFn: () => listUsers(query), enabled });
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/users/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

function useInvalidatingMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useCreateUser() {
  return useInvalidatingMutation((input: UserCreateInput) => unwrap(api.POST('/api/users', { body: input })));
}

/** `version`: the account's as the form was opened (sent as If-Match). */
export function useUpdateUser(id: string, version: number) {
  return useInvalidatingMutation((input: UserUpdateInput) =>
    unwrap(
      api.PATCH('/api/users/{id}', { params: { path: { id }, header: ifMatch(id, version) }, body: input }),
    ),
  );
}

export function useSetUserEnabled() {
  return useInvalidatingMutation(({ id, enabled }: { id: string; enabled: boolean }) =>
    enabled
      ? unwrap(api.POST('/api/users/{id}/enable', { params: { path: { id } } }))
      : unwrap(api.POST('/api/users/{id}/disable', { params: { path: { id } } })),
  );
}

export function useResetPassword() {
  return useInvalidatingMutation(({ id, newPassword }: { id: string; newPassword: string }) =>
    unwrap(api.POST('/api/users/{id}/reset-password', { params: { path: { id } }, body: { newPassword } })),
  );
}

export function useResetTwoFactor() {
  return useInvalidatingMutation(({ id, reason }: { id: string; reason: string }) =>
    unwrap(api.POST('/api/users/{id}/reset-two-factor', { params: { path: { id } }, body: { reason } })),
  );
}
