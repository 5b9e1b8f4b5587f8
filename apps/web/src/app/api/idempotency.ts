import { type Middleware } from 'openapi-fetch';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * Every POST carries an Idempotency-Key: a new one for each submission, the same one when the
 * same submission (same path and body) is sent again after it got no answer — a network error or
 * a 5xx, after which the API may or may not have done it. The API then answers the repeat with
 * its first answer instead of creating the thing twice. Once an answer below 500 arrives, the
 * next submission is a new one. Forms need nothing of their own.
 */
const unanswered = new Map<string, string>();
const inFlight = new Map<string, string>();

/** The login, refresh and logout calls are not creations (and the API ignores keys there). */
const SKIPPED_PREFIX = '/api/auth/';

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Method, URL and body; a multipart body without its boundary, which is new on every send. */
async function submissionOf(request: Request): Promise<string> {
  let body = new TextDecoder('latin1').decode(await request.clone().arrayBuffer());
  const boundary = /boundary=([^;]+)/.exec(request.headers.get('Content-Type') ?? '')?.[1];
  if (boundary) body = body.split(boundary).join('');
  const bytes = new TextEncoder().encode(`${request.method} ${request.url}\n${body}`);
  return hex(await crypto.subtle.digest('SHA-256', bytes));
}

export const idempotencyMiddleware: Middleware = {
  async onRequest({ request, schemaPath, id }) {
    if (request.method !== 'POST' || schemaPath.startsWith(SKIPPED_PREFIX)) return request;
    if (request.headers.has(IDEMPOTENCY_KEY_HEADER)) return request;
    const submission = await submissionOf(request);
    const key = unanswered.get(submission) ?? crypto.randomUUID();
    unanswered.set(submission, key);
    inFlight.set(id, submission);
    request.headers.set(IDEMPOTENCY_KEY_HEADER, key);
    return request;
  },
  onResponse({ response, id }) {
    const submission = inFlight.get(id);
    inFlight.delete(id);
    if (submission && response.status < 500) unanswered.delete(submission);
    return response;
  },
  onError({ id }) {
    // no answer: the key stays for this submission's retry
    inFlight.delete(id);
  },
};
