import { type DataSource } from 'typeorm';

/**
 * Tables a refused request may legitimately change, and why:
 * - session: every authenticated request moves its session's last-activity time (idle timeout);
 * - login_throttle: failed logins are counted (lockout) — the refusal itself;
 * - schema_migration: not business data.
 * audit_log is kept, except the rows that record a refusal (outcome denied/failure: 403s, hidden
 * 404s, failed logins), which 等保 requires to be written precisely when something is refused.
 */
const EXCLUDED = new Set(['session', 'login_throttle', 'schema_migration']);
const ROW_FILTER: Record<string, string> = { audit_log: `WHERE outcome = 'success'` };

export type Fingerprint = Record<string, string>;

/** Row count and a hash of every row, per business table. */
export async function fingerprint(dataSource: DataSource): Promise<Fingerprint> {
  const tables = await dataSource.query<Array<{ name: string }>>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const selects = tables
    .filter(({ name }) => !EXCLUDED.has(name))
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS print
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
