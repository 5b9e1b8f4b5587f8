import { QueryFailedError } from 'typeorm';
import { isRedisUnavailable } from '../common/redis/redis-errors';
import { isDatabaseUnavailable } from './query-errors';

const pgError = (message: string, code?: string) => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('which errors mean a dependency did not answer (503) rather than a bug (500)', () => {
  it.each([
    ['connection refused', pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', failedQuery(pgError('read ECONNRESET', 'ECONNRESET'))],
    ['connection dropped mid-query', failedQuery(new Error('Connection terminated unexpectedly'))],
    ['server shutting down (57P01)', failedQuery(pgError('terminating connection', '57P01'))],
    [
      'statement timeout (57014)',
      failedQuery(pgError('canceling statement due to statement timeout', '57014')),
    ],
    ['too many connections (53300)', pgError('sorry, too many clients already', '53300')],
    ['pool wait timed out', new Error('timeout exceeded when trying to connect')],
    ['server stopped answering', failedQuery(new Error('Query read timeout'))],
    ['several addresses refused', Object.assign(new Error(''), { errors: [pgError('x', 'ECONNREFUSED')] })],
  ])('PostgreSQL: %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', failedQuery(pgError('duplicate key', '23505'))],
    ['syntax error', failedQuery(pgError('syntax error', '42601'))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
  ])('PostgreSQL, not unavailable: %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('Redis: ioredis timeouts, a closed connection and spent retries, not socket errors of PostgreSQL', () => {
    expect(isRedisUnavailable(new Error('Command timed out'))).toBe(true);
    expect(
      isRedisUnavailable(new Error("Stream isn't writeable and enableOfflineQueue options is false")),
    ).toBe(true);
    expect(isRedisUnavailable(new Error('Connection is closed.'))).toBe(true);
    expect(isRedisUnavailable(Object.assign(new Error('x'), { name: 'MaxRetriesPerRequestError' }))).toBe(
      true,
    );
    expect(isRedisUnavailable(pgError('read ECONNRESET', 'ECONNRESET'))).toBe(false);
    expect(isRedisUnavailable(undefined)).toBe(false);
  });
});
