import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded/embedded-postgres';

/**
 * Embedded database entry point, started by `npm start` in single-machine mode:
 * `node embedded-db.js <data folder> [--managed]` serves PGlite on a free local port and prints
 * `EMBEDDED_POSTGRES_READY <url>` once clients can connect. SIGTERM or SIGINT closes it cleanly.
 * `--managed` (npm start): Ctrl+C is left to the parent, which stops the database with SIGTERM
 * after the API and worker have closed their connections; if the parent dies, it stops too.
 */
export const READY_PREFIX = 'EMBEDDED_POSTGRES_READY ';

async function main(): Promise<void> {
  const dataDir = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'data/pglite');
  mkdirSync(dataDir, { recursive: true });
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.EMBEDDED_DB_PORT ?? 0),
    statementTimeoutMs: Number(process.env.DB_STATEMENT_TIMEOUT_MS ?? 30_000),
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`embedded database: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  if (process.argv.includes('--managed')) {
    const parent = process.ppid;
    process.on('SIGINT', () => undefined);
    setInterval(() => process.ppid !== parent && stop(), 1000).unref();
  } else {
    process.on('SIGINT', stop);
  }
  console.log(`${READY_PREFIX}${server.url}`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(`✖ The embedded database could not start: ${error.message}`);
    process.exit(1);
  });
}
