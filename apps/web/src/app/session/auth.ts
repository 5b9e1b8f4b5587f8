import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import { type RequestBody, type SecondFactorChallenge } from '../api/types';
import { sessionStore } from './session-store';

/** The password step: starts the session, or answers the pending login when a code is needed. */
export async function logIn(
  credentials: RequestBody<'/api/auth/login', 'post'>,
): Promise<SecondFactorChallenge | null> {
  const result = await unwrap(api.POST('/api/auth/login', { body: credentials }));
  if ('secondFactorRequired' in result) return result;
  sessionStore.start(result);
  return null;
}

/** The second step: the authenticator's code or a recovery code. */
export async function logInSecondFactor(pendingToken: string, code: string): Promise<void> {
  sessionStore.start(
    await unwrap(api.POST('/api/auth/login/second-factor', { body: { pendingToken, code } })),
  );
}

export async function logOut(): Promise<void> {
  try {
    await unwrap(api.POST('/api/auth/logout'));
  } finally {
    // Even if the server could not be told, this browser forgets the session.
    sessionStore.end('logout');
  }
}

/** Re-reads the current user, e.g. after a password change or an enrolment clears what was pending. */
export async function reloadCurrentUser(): Promise<void> {
  sessionStore.updateUser(await unwrap(api.GET('/api/auth/me')));
}
