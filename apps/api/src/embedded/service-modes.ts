import { connect } from 'node:net';
import { EMBEDDED, EMBEDDED_IN_PRODUCTION } from '../common/config/app-config';

/**
 * Which services `npm start` uses: the real PostgreSQL and Redis when they are configured or
 * running on this machine, otherwise the embedded ones (PGlite; queues in PostgreSQL), so a
 * laptop with only Node still gets the whole portal. Never downgrades silently: a configured
 * URL is used as given (and fails loudly when unreachable), and production never embeds.
 */

export interface ServiceModes {
  database: 'real' | 'embedded';
  queues: 'redis' | 'embedded';
}

export class EmbeddedModeRefused extends Error {}

/** Is something listening on host:port? (a TCP connect, given up after `timeoutMs`) */
export function isListening(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function resolveServiceModes(
  env: NodeJS.ProcessEnv,
  listening: (host: string, port: number) => Promise<boolean> = isListening,
): Promise<ServiceModes> {
  const mode = async (value: string | undefined, port: number): Promise<'real' | 'embedded'> => {
    if (value === EMBEDDED) return 'embedded';
    if (value) return 'real';
    return (await listening('127.0.0.1', port)) ? 'real' : 'embedded';
  };
  const [database, redis] = await Promise.all([mode(env.DATABASE_URL, 5432), mode(env.REDIS_URL, 6379)]);
  const modes: ServiceModes = { database, queues: redis === 'real' ? 'redis' : 'embedded' };
  if (env.NODE_ENV === 'production' && (modes.database === 'embedded' || modes.queues === 'embedded')) {
    const which = modes.database === 'embedded' ? 'DATABASE_URL' : 'REDIS_URL';
    const why = env[which] === EMBEDDED ? '' : ' (unset, and nothing listens on this machine)';
    throw new EmbeddedModeRefused(`${which}${why} ${EMBEDDED_IN_PRODUCTION}.`);
  }
  return modes;
}

/** The one start-up line saying which mode each service is in. */
export function describeServiceModes(modes: ServiceModes, database: string, dataDir?: string): string {
  const db =
    modes.database === 'embedded'
      ? `PostgreSQL embedded (PGlite, data in ${dataDir})`
      : `PostgreSQL real (${database})`;
  const queues =
    modes.queues === 'embedded' ? 'job queues embedded (in PostgreSQL, no Redis)' : 'job queues real (Redis)';
  const embedded = modes.database === 'embedded' || modes.queues === 'embedded';
  return (
    `Services: ${db}; ${queues}.` +
    (embedded
      ? ' Embedded mode is for a single machine (evaluation, training); set DATABASE_URL and REDIS_URL to real services for production.'
      : '')
  );
}
