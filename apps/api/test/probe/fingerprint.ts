import { type DataSource } from 'typeorm';

/**
 * Tables a refused request may legitimately change, and why:
 * - session: every authenticated request moves its session's last-activity time (idle timeout);
 * - login_throttle: failed logins are counted (lockout) — the refusal itself;
 * - schema_migration: not business data.
 * audit_log is kept, except the rows that record a refusal (outcome denied/failure: 403s, hidden
 * 404s, failed logins) and the exports (`*.export`: a download is audited although it changes
 * nothing), which 等保 requires to be written precisely on such requests.
 */
const EXCLUDED = new Set(['session', 'login_throttle', 'schema_migration']);
const ROW_FILTER: Record<string, string> = {
  audit_log: `WHERE outcome = 'success' AND action NOT LIKE '%.export'`,
};

export type Fingerprint = Record<string, string>;

/** Row count and a hash over every row, per business table. */
export async function fingerprint(dataSource: DataSource): Promise<Fingerprint> {
  const tables = await dataSource.query<Array<{ name: string }>>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const selects = tables
    .filter(({ name }) => !EXCLUDED.has(name))
    .map(
      ({ name }) =>
        // an order-free sum of 64-bit row hashes: no sort, cheap enough to take around every request
        `SELECT '${name}' AS name, count(*) || ':' || coalesce(sum(hashtextextended(t::text, 13)), 0) AS print
         FROM "${name}" t ${ROW_FILTER[name] ?? ''}`,
    );
  const rows = await dataSource.query<Array<{ name: string; print: string }>>(selects.join(' UNION ALL '));
  return Object.fromEntries(rows.map(({ name, print }) => [name, print]));
}

/** The tables whose fingerprint differs, e.g. `enterprise (3 → 4 rows)`. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name} (${before[name]?.split(':')[0]} → ${after[name]?.split(':')[0]} rows)`);
}
