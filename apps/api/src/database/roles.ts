import { Client } from 'pg';

/**
 * The two roles a deployment's database is used through (docs/operations.md, "Database roles"):
 * the owner runs migrations and owns every object; the application (API, worker) gets data
 * rights only, and on the append-only tables not even those: INSERT and SELECT. Neither is a
 * superuser, so the audit log's triggers and grants hold against the application itself.
 */
export const OWNER_ROLE = 'skillpay_owner';
export const APP_ROLE = 'skillpay_app';

/** Tables the application appends to and reads, never changes: privileges refuse the rest. */
export const APPEND_ONLY_TABLES = ['audit_log', 'workflow_transition'] as const;

/** Read by the application (TypeORM checks it), written by migrations only. */
const MIGRATIONS_TABLE = 'schema_migration';

/** BullMQ's PostgreSQL backend (REDIS_URL=embedded), when it lives in the database. */
const QUEUE_SCHEMA = 'bullmq';

const ROLE_ATTRIBUTES = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `url` with `role` as its user and no password (local trust authentication). */
export function roleUrl(url: string, role: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = '';
  return parsed.toString();
}

async function connect(url: string, database?: string): Promise<Client> {
  const parsed = new URL(url);
  if (database) parsed.pathname = `/${database}`;
  const client = new Client({ connectionString: parsed.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  return client;
}

/** Whether `url`'s role may create roles (a superuser, as `postgres` on a developer's machine). */
export async function canCreateRoles(url: string): Promise<boolean> {
  const client = await connect(url, 'postgres');
  try {
    const { rows } = await client.query<{ allowed: boolean }>(
      `SELECT rolsuper OR rolcreaterole AS allowed FROM pg_roles WHERE rolname = current_user`,
    );
    return rows[0]?.allowed ?? false;
  } finally {
    await client.end();
  }
}

/**
 * Through `adminUrl` (a superuser): creates the owner and application roles when missing (the
 * same names on the whole server, so tests and developers' databases share them: creation is
 * idempotent and tolerates a concurrent one), and the database (adminUrl's) owned by the owner;
 * objects an earlier version created under another role are handed to the owner. Returns the
 * application's and the owner's URLs. Roles get no password: for local trust authentication
 * (deploy/postgres-init/ does the same with passwords for docker compose).
 */
export async function provisionDatabase(
  adminUrl: string,
): Promise<{ databaseUrl: string; migrationDatabaseUrl: string }> {
  const database = decodeURIComponent(new URL(adminUrl).pathname.slice(1));
  const server = await connect(adminUrl, 'postgres');
  try {
    for (const role of [OWNER_ROLE, APP_ROLE]) {
      const { rows } = await server.query<{ wrong: boolean }>(
        `SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls OR NOT rolcanlogin AS wrong
           FROM pg_roles WHERE rolname = $1`,
        [role],
      );
      if (rows.length === 0) {
        await server
          .query(`CREATE ROLE ${ident(role)} ${ROLE_ATTRIBUTES}`)
          .catch((error: { code?: string }) => {
            // created by a concurrent run a moment ago
            if (error.code !== '42710' && error.code !== '23505') throw error;
          });
      } else if (rows[0].wrong) {
        await server.query(`ALTER ROLE ${ident(role)} ${ROLE_ATTRIBUTES}`);
      }
    }
    const { rows } = await server.query<{ owner: string }>(
      `SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`,
      [database],
    );
    if (rows.length === 0) {
      await server
        .query(`CREATE DATABASE ${ident(database)} OWNER ${ident(OWNER_ROLE)}`)
        .catch((error: { code?: string }) => {
          if (error.code !== '42P04') throw error;
        });
    } else if (rows[0].owner !== OWNER_ROLE) {
      await server.query(`ALTER DATABASE ${ident(database)} OWNER TO ${ident(OWNER_ROLE)}`);
    }
  } finally {
    await server.end();
  }

  const target = await connect(adminUrl, database);
  try {
    await target.query(`
      ALTER SCHEMA public OWNER TO ${ident(OWNER_ROLE)};
      REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      GRANT USAGE ON SCHEMA public TO ${ident(APP_ROLE)};`);
    // a database set up before the roles existed: its objects (not an extension's) to the owner
    await target.query(`
      DO $$
      DECLARE object record;
      BEGIN
        FOR object IN
          SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                ELSE 'TABLE' END AS kind, c.oid::regclass::text AS name
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
             AND c.relowner <> '${OWNER_ROLE}'::regrole
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
        LOOP
          EXECUTE format('ALTER %s %s OWNER TO ${OWNER_ROLE}', object.kind, object.name);
        END LOOP;
        FOR object IN
          SELECT p.oid::regprocedure::text AS name
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.proowner <> '${OWNER_ROLE}'::regrole
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER ROUTINE %s OWNER TO ${OWNER_ROLE}', object.name);
        END LOOP;
        FOR object IN
          SELECT t.oid::regtype::text AS name
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
           WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND t.typowner <> '${OWNER_ROLE}'::regrole
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER TYPE %s OWNER TO ${OWNER_ROLE}', object.name);
        END LOOP;
      END $$`);
  } finally {
    await target.end();
  }
  return { databaseUrl: roleUrl(adminUrl, APP_ROLE), migrationDatabaseUrl: roleUrl(adminUrl, OWNER_ROLE) };
}

/** A connection's `query`, for the grants (a TypeORM data source or query runner, or a pg client). */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Run by the owner after each migration run (`cli setup`, `cli migrate`): gives `appRole` data
 * rights on every table (so a table a migration adds is covered at once), then takes back
 * UPDATE, DELETE and TRUNCATE on the append-only tables and any write on the migrations table.
 * The retention purge deletes audit rows through `audit_log_purge`, which runs as the owner.
 */
export async function grantApplicationRights(owner: Queryable, appRole: string): Promise<void> {
  const app = ident(appRole);
  await owner.query(`
    GRANT USAGE ON SCHEMA public TO ${app};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app};
    REVOKE UPDATE, DELETE, TRUNCATE ON ${APPEND_ONLY_TABLES.map(ident).join(', ')} FROM ${app};
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${ident(MIGRATIONS_TABLE)} FROM ${app};
    GRANT EXECUTE ON FUNCTION audit_log_purge(timestamptz) TO ${app};`);
  await owner.query(`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '${QUEUE_SCHEMA}') THEN
        GRANT USAGE ON SCHEMA ${QUEUE_SCHEMA} TO ${app};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${QUEUE_SCHEMA} TO ${app};
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${QUEUE_SCHEMA} TO ${app};
      END IF;
    END $$`);
}

/** What the preflight checks of the application's role: the rights that would bypass the grants. */
export interface RoleRights {
  role: string;
  superuser: boolean;
  replication: boolean;
  bypassRls: boolean;
  /** owns the audit log, so could drop its triggers */
  ownsAuditLog: boolean;
  /** PGlite (embedded mode), which has one role and no privileges to speak of */
  embedded: boolean;
}

export async function roleRights(connection: { query(sql: string): Promise<unknown> }): Promise<RoleRights> {
  const result = (await connection.query(
    `SELECT current_user AS role, r.rolsuper AS superuser, r.rolreplication AS replication,
            r.rolbypassrls AS bypass_rls,
            coalesce((SELECT c.relowner = r.oid FROM pg_class c WHERE c.oid = to_regclass('public.audit_log')), false) AS owns_audit_log,
            version() LIKE '%PGlite%' AS embedded
       FROM pg_roles r WHERE r.rolname = current_user`,
  )) as { rows: Array<Record<string, unknown>> };
  const row = result.rows[0];
  return {
    role: String(row.role),
    superuser: row.superuser === true,
    replication: row.replication === true,
    bypassRls: row.bypass_rls === true,
    ownsAuditLog: row.owns_audit_log === true,
    embedded: row.embedded === true,
  };
}
