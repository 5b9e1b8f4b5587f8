import { QueryFailedError } from 'typeorm';

/** Whether a database error is a unique-constraint violation (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/**
 * Errors that say PostgreSQL could not be reached or stopped answering, not that the query was
 * wrong: socket errors, the server shutting down or refusing connections (SQLSTATE classes 08 and
 * 57P, too many connections), statements cancelled by statement_timeout, and pg's own timeouts.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '53300',
  '57014',
  '57P01',
  '57P02',
  '57P03',
]);
const UNREACHABLE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended unexpectedly|connect ETIMEDOUT|timeout expired)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  // duck-typed: socket errors come from Node's realm, not always the caller's Error
  const { code, message, errors } = (cause ?? {}) as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
  // Node's connect error on a host with several addresses is an AggregateError
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  return typeof message === 'string' && UNREACHABLE_MESSAGES.test(message);
}
