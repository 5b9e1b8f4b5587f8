import { type DataSource } from 'typeorm';

/**
 * Tables a refused request may legitimately change, and why:
 * - session: every authenticated request moves its session's last-activity time (idle timeout);
 * - login_throttle: failed logins are counted (lockout) — the refusal itself;
 * - schema_migration: not business data.
 * audit_log is kept, except the rows that record a refusal (outcome denied/failure: 403s, hidden
 * 404s, failed logins) and the exports (`*.export`: a download is audited although it changes
 * nothing), which 等保 requires to be written precisely on such requests, and the reads of personal
 * data (`*.read`: every read of a talent's record is audited, PIPL).
 */
const EXCLUDED = new Set(['session', 'login_throttle', 'schema_migration']);
const ROW_FILTER: Record<string, string> = {
  audit_log: `WHERE outcome = 'success' AND action NOT LIKE '%.export' AND action NOT LIKE '%.read'`,
};

export type Fingerprint = Record<string, string>;

/** The fingerprint's statement per database: the schema does not change while the tests run. */
const statements = new WeakMap<DataSource, Promise<string>>();

async function fingerprintStatement(dataSource: DataSource): Promise<string> {
  const columns = await dataSource.query<Array<{ table: string; column: string; binary: boolean }>>(
    `SELECT c.table_name AS table, c.column_name AS column, c.data_type = 'bytea' AS binary
     FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, string[]>();
  for (const { table, column, binary } of columns) {
    if (EXCLUDED.has(table)) continue;
    const value = binary ? `octet_length(t."${column}")` : `t."${column}"`;
    tables.set(table, [...(tables.get(table) ?? []), value]);
  }
  return [...tables]
    .map(
      ([name, values]) =>
        // an order-free sum of 64-bit row hashes: no sort, cheap enough to take around every request
        `SELECT '${name}' AS name, count(*) || ':' || coalesce(sum(hashtextextended(row(${values.join(', ')})::text, 13)), 0) AS print
         FROM "${name}" t ${ROW_FILTER[name] ?? ''}`,
    )
    .join(' UNION ALL ');
}

/**
 * Row count and a hash over every row, per business table. Binary columns (stored uploads,
 * generated documents) count by their length: the upload corpus leaves files of megabytes, and
 * hashing them as text around each of the fuzz's two thousand requests made the probe run for
 * ten minutes; a row whose file changes changes its other columns too (version, size, status).
 */
export async function fingerprint(dataSource: DataSource): Promise<Fingerprint> {
  let statement = statements.get(dataSource);
  if (!statement) {
    statement = fingerprintStatement(dataSource);
    statements.set(dataSource, statement);
  }
  const rows = await dataSource.query<Array<{ name: string; print: string }>>(await statement);
  return Object.fromEntries(rows.map(({ name, print }) => [name, print]));
}

/** The tables whose fingerprint differs, e.g. `enterprise (3 → 4 rows)`. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name} (${before[name]?.split(':')[0]} → ${after[name]?.split(':')[0]} rows)`);
}
