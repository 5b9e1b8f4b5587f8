import createClient, { type Middleware } from 'openapi-fetch';
import { type paths } from '../../api/schema';
import { currentLanguage } from '../i18n/i18n';
import { sessionStore } from '../session/session-store';
import { idempotencyMiddleware } from './idempotency';

/** The typed API client. Paths in the OpenAPI document already start with /api. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

/** Endpoints that must never trigger the refresh-and-retry dance (they are the dance). */
const AUTH_PATHS: readonly string[] = ['/api/auth/login', '/api/auth/refresh', '/api/auth/logout'];

let refreshing: Promise<boolean> | null = null;

/**
 * The refresh cookie rotates on every use, so two tabs must not spend the same one: the Web Locks
 * API queues refreshes across the tabs of this origin, and the second tab then sends the cookie
 * the first one received.
 */
function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  // The lock is held until the callback's promise settles, i.e. until the task is done.
  return new Promise<T>((resolve, reject) => {
    void locks.request('skillpay.session-refresh', () => task().then(resolve, reject));
  });
}

/**
 * Exchanges the httpOnly refresh cookie for a new access token. Concurrent callers in this tab
 * share one request, so a burst of 401s after the token expires causes a single refresh.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= acrossTabs(() => api.POST('/api/auth/refresh'))
    .then(({ data, response }) => {
      if (response.ok && data) {
        sessionStore.start(data);
        return true;
      }
      return false;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function withHeaders(request: Request): Request {
  request.headers.set('Accept-Language', currentLanguage());
  const token = sessionStore.getAccessToken();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  else request.headers.delete('Authorization');
  return request;
}

/** Untouched copies of requests in flight, kept so a request can be replayed once after a refresh. */
const replayable = new Map<string, Request>();

const sessionMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    withHeaders(request);
    if (!AUTH_PATHS.includes(schemaPath)) replayable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, schemaPath, id, options }) {
    const replay = replayable.get(id);
    replayable.delete(id);
    if (response.status !== 401 || !replay || AUTH_PATHS.includes(schemaPath)) return response;
    // The access token expired (or was revoked): refresh once, then replay the request once.
    if (await refreshSession()) return options.fetch(withHeaders(replay));
    // Only end a session that still exists: a 401 while logged out needs no announcement.
    if (sessionStore.getState().status === 'authenticated') sessionStore.end('expired');
    return response;
  },
  onError({ id }) {
    replayable.delete(id);
  },
};

// first: its onResponse runs last, so it sees the answer after a refresh-and-replay
api.use(idempotencyMiddleware);
api.use(sessionMiddleware);
