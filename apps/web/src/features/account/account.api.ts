import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type RequestBody } from '../../app/api/types';

export type ChangePasswordInput = RequestBody<'/api/auth/change-password', 'post'>;

export function changePassword(input: ChangePasswordInput): Promise<unknown> {
  return unwrap(api.POST('/api/auth/change-password', { body: input }));
}
