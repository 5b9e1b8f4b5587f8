import { ROLES, type Role } from '@skillpay/domain';
import { type Me } from '../api/types';
import { useCurrentUser } from './session-store';

/** The API sends roles as strings; the domain works with the Role enum (same values). */
export function roleOf(user: Pick<Me, 'role'>): Role {
  const role = ROLES.find((candidate) => candidate === user.role);
  if (!role) throw new Error(`Unknown role from the API: ${String(user.role)}`);
  return role;
}

export function useCurrentRole(): Role {
  return roleOf(useCurrentUser());
}
