import { Client } from 'pg';

/** A bare PostgreSQL connection, for start-up checks before any data source exists. */
export interface PgConnection {
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

export async function connectPostgres(connectionString: string, timeoutMs: number): Promise<PgConnection> {
  const client = new Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  await client.connect();
  return client;
}

/** Creates the database `name` through a connection to another one (e.g. `postgres`). */
export async function createDatabase(admin: PgConnection, name: string): Promise<void> {
  await admin
    .query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    // another replica created it a moment ago
    .catch((inner: { code?: string }) => {
      if (inner.code !== '42P04') throw inner;
    });
}
