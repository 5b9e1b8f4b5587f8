/**
 * ioredis's ways of saying Redis did not answer: a command timed out (commandTimeout), the
 * connection is down and commands are not queued (enableOfflineQueue: false), or retries ran out.
 */
const UNAVAILABLE_MESSAGES =
  /^(Command timed out|Stream isn't writeable|Connection is closed|Reached the max retries per request limit)/;

export function isRedisUnavailable(error: unknown): boolean {
  // duck-typed: socket errors come from Node's realm, not always the caller's Error
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (typeof message !== 'string') return false;
  return name === 'MaxRetriesPerRequestError' || UNAVAILABLE_MESSAGES.test(message);
}
