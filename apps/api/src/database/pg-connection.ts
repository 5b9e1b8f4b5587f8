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
