import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client, Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

/** The embedded database as the API, worker and CLI meet it: `pg` over the wire protocol. */
describe('embedded PostgreSQL (PGlite over the wire protocol)', () => {
  let server: EmbeddedPostgres;
  let pool: Pool;
  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir: 'memory://' });
    pool = new Pool({ connectionString: server.url, max: 3 });
    await pool.query('CREATE TABLE copied (n int PRIMARY KEY, label text NOT NULL)');
    // PGlite compiles its WebAssembly on start: seconds when idle, more after the suites before it
  }, 120_000);
  afterAll(async () => {
    await pool.end();
    await server.stop();
  });

  const copy = (client: Client | import('pg').PoolClient, text: string) =>
    pipeline([text], client.query(copyFrom('COPY copied (n, label) FROM STDIN')));

  it('takes COPY FROM STDIN inside a transaction, while another connection waits its turn', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await copy(client, '1\tone\n2\ttwo\n3\t三\n');
      // another connection's read waits for the transaction, then sees it committed
      const reading = pool.query<{ count: number }>('SELECT count(*)::int AS count FROM copied');
      await client.query('COMMIT');
      expect((await reading).rows[0].count).toBe(3);
    } finally {
      client.release();
    }
    const { rows } = await pool.query('SELECT label FROM copied WHERE n = 3');
    expect(rows).toEqual([{ label: '三' }]);
  });

  it('reports a bad row as PostgreSQL does, keeps nothing of it and stays usable', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await expect(copy(client, '10\tten\nnot-a-number\tx\n')).rejects.toThrow(
        /invalid input syntax for type integer/,
      );
      await client.query('ROLLBACK');
      await expect(copy(client, '11\televen\n')).resolves.toBeUndefined();
      await expect(
        pipeline(['1\tx\n'], client.query(copyFrom('COPY no_such_table FROM STDIN'))),
      ).rejects.toThrow(/relation "no_such_table" does not exist/);
    } finally {
      client.release();
    }
    const { rows } = await pool.query('SELECT n FROM copied WHERE n >= 10 ORDER BY n');
    expect(rows).toEqual([{ n: 11 }]);
  });

  it('keeps prepared statements per connection, as PostgreSQL does, though PGlite has one session', async () => {
    const clients = [
      new Client({ connectionString: server.url }),
      new Client({ connectionString: server.url }),
    ];
    try {
      for (const client of clients) await client.connect();
      // the same name, prepared by each client (pg prepares a name once per client)
      const answers = await Promise.all(
        clients.map((client, i) =>
          client.query({ name: 'same-name', text: 'SELECT $1::int + $2::int AS sum', values: [i, 10] }),
        ),
      );
      expect(answers.map((answer) => answer.rows[0].sum)).toEqual([10, 11]);
      const again = await clients[1].query({
        name: 'same-name',
        text: 'SELECT $1::int + $2::int AS sum',
        values: [5, 5],
      });
      expect(again.rows[0].sum).toBe(10);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('keeps its data in its folder between starts', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'skillpay-pglite-'));
    try {
      const first = await startEmbeddedPostgres({ dataDir });
      const writer = new Client({ connectionString: first.url });
      await writer.connect();
      await writer.query(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('试点企业')`);
      await writer.end();
      await first.stop();

      const second = await startEmbeddedPostgres({ dataDir });
      const reader = new Client({ connectionString: second.url });
      await reader.connect();
      const { rows } = await reader.query('SELECT note FROM kept');
      const [{ search_path: searchPath, statement_timeout: timeout }] = (
        await reader.query(
          'SELECT current_setting($1) AS search_path, current_setting($2) AS statement_timeout',
          ['search_path', 'statement_timeout'],
        )
      ).rows;
      await reader.end();
      await second.stop();
      expect(rows).toEqual([{ note: '试点企业' }]);
      // the session settings clients cannot send at connection start here
      expect({ searchPath, timeout }).toEqual({ searchPath: 'public, bullmq', timeout: '30s' });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    // two starts, each compiling the WebAssembly and the first running initdb into the folder
  }, 240_000);
});
