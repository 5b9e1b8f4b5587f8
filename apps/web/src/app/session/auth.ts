import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { type RequestBody } from '../api/types';
import { sessionStore } from './session-store';

export async function logIn(credentials: RequestBody<'/api/auth/login', 'post'>): Promise<void> {
  const token = await unwrap(api.POST('/api/auth/login', { body: credentials }));
  sessionStore.start(token);
}

export async function logOut(): Promise<void> {
  try {
    await unwrap(api.POST('/api/auth/logout'));
  } finally {
    // Even if the server could not be told, this browser forgets the session.
    sessionStore.end('logout');
  }
}

/** Re-reads the current user, e.g. after a password change clears `mustChangePassword`. */
export async function reloadCurrentUser(): Promise<void> {
  sessionStore.updateUser(await unwrap(api.GET('/api/auth/me')));
}
