import { useSyncExternalStore } from 'react';
import { type Me, type TokenResponse } from '../api/types';

export type SessionStatus = 'restoring' | 'authenticated' | 'anonymous';

/** Why the user is anonymous: never logged in, logged out on purpose, or the session ran out. */
export type EndReason = 'initial' | 'logout' | 'expired';

export interface SessionState {
  status: SessionStatus;
  user: Me | null;
  endReason: EndReason;
}

/**
 * The session lives in memory only: the access token is never written to storage, and a reload
 * restores the session from the httpOnly refresh cookie (POST /api/auth/refresh).
 */
let accessToken: string | null = null;
let state: SessionState = { status: 'restoring', user: null, endReason: 'initial' };
const listeners = new Set<() => void>();

function emit(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  getState: (): SessionState => state,
  getAccessToken: (): string | null => accessToken,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** After login or refresh. */
  start(token: TokenResponse): void {
    accessToken = token.accessToken;
    emit({ status: 'authenticated', user: token.user, endReason: 'initial' });
  },
  /** After GET /api/auth/me, e.g. once the password has been changed. */
  updateUser(user: Me): void {
    if (state.status === 'authenticated') emit({ ...state, user });
  },
  end(reason: EndReason): void {
    accessToken = null;
    emit({ status: 'anonymous', user: null, endReason: reason });
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}

/** The logged-in user; only for components rendered behind the authentication guard. */
export function useCurrentUser(): Me {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser() used outside an authenticated route');
  return user;
}
