import { refreshSession } from '../api/client';
import { sessionStore } from './session-store';

/** Set by the API beside the httpOnly refresh cookie, and cleared with it (auth.controller.ts). */
const SESSION_HINT_COOKIE = 'skillpay_session';

function hasSessionHint(): boolean {
  return document.cookie.split('; ').some((cookie) => cookie.startsWith(`${SESSION_HINT_COOKIE}=`));
}

let started = false;

/**
 * Restores the session from the refresh cookie, once, before a page that depends on it decides
 * between the portal and /login. Without the hint cookie there is no session to restore: asking
 * would only earn a 401 on every visit, so the visitor is anonymous at once. True when a
 * session is being restored.
 */
export function restoreSession(): boolean {
  if (started) return false;
  started = true;
  if (!hasSessionHint()) {
    sessionStore.end('initial');
    return false;
  }
  void refreshSession().then((restored) => {
    if (!restored) sessionStore.end('initial');
  });
  return true;
}
