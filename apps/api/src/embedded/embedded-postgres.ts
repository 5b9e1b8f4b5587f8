import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepClientMessagesTogether, type QueryQueue } from './client-messages';

/**
 * Single-machine mode's database: PGlite (PostgreSQL compiled to WebAssembly) served over the
 * PostgreSQL wire protocol, so the API, worker and CLI keep using `pg` and TypeORM unchanged.
 *
 * PGlite is one PostgreSQL session shared by every client connection: the socket server runs
 * one connection's transaction at a time (others wait until it ends), session settings are
 * shared, and NOTIFY does not reach other connections. docs/embedded-mode.md has the trade-offs.
 */

/** The schema BullMQ's PostgreSQL backend keeps its queues in (see queue-backend.ts). */
export const QUEUE_SCHEMA = 'bullmq';

/** Client connections the server accepts: the pools of the API, the worker and the CLI. */
const MAX_CONNECTIONS = 64;

export interface EmbeddedPostgres {
  /** postgres://… for DATABASE_URL */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `dataDir` (a folder, created when missing; `memory://` for a throw-away
 * database) and serves it on 127.0.0.1:`port` (0: any free port).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  /** DB_STATEMENT_TIMEOUT_MS, which clients cannot set at connection start here */
  statementTimeoutMs?: number;
}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create(options.dataDir);
  // PGlite ignores the settings clients send when they connect, so the one shared session gets
  // them here. BullMQ's schema is on the search path (the names do not overlap ours). The statement
  // timeout is set as configured, though without timer signals in WebAssembly it is not reliably
  // enforced; no idle-in-transaction timeout: it would end the session of every client.
  const timeout = Math.max(0, Math.trunc(options.statementTimeoutMs ?? 30_000));
  await db.exec(`SET search_path TO public, ${QUEUE_SCHEMA}; SET statement_timeout = ${timeout};`);
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: MAX_CONNECTIONS,
  });
  keepClientMessagesTogether((server as unknown as { queryQueue: QueryQueue }).queryQueue);
  await server.start();
  // host:port, with the port the system chose when asked for 0
  const port = Number(server.getServerConn().split(':').pop());
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      await server.stop();
      // closing flushes the data folder: a killed server may leave it to be recovered on start
      await db.close();
    },
  };
}
