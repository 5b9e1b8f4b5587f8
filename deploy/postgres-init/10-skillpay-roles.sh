#!/usr/bin/env bash
# Database roles of a SkillPay deployment (docs/operations.md, "Database roles"); the same as
# apps/api/src/database/roles.ts sets up for `npm start`, with passwords:
#   skillpay_owner  owns the database and every object in it; `setup` migrates as this role
#   skillpay_app    the API and the worker: data rights only (granted by `setup` after each
#                   migration run), the audit log INSERT and SELECT only
# Neither is a superuser, nor may create databases or roles, replicate or bypass row security.
#
# The postgres image runs this once, when the volume is first initialised (as POSTGRES_USER, the
# image's superuser, which stays for backups and emergencies only). On a volume created before
# this script existed, run it by hand; it is idempotent and hands existing objects to the owner:
#   docker compose exec postgres bash /docker-entrypoint-initdb.d/10-skillpay-roles.sh
set -euo pipefail

: "${SKILLPAY_OWNER_PASSWORD:?set SKILLPAY_OWNER_PASSWORD in .env}"
: "${SKILLPAY_APP_PASSWORD:?set SKILLPAY_APP_PASSWORD in .env}"
db="${POSTGRES_DB:-${POSTGRES_USER:-postgres}}"

psql() { command psql -X -q -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" "$@"; }

psql --dbname postgres -v db="$db" \
  -v owner_password="$SKILLPAY_OWNER_PASSWORD" -v app_password="$SKILLPAY_APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I', role) FROM unnest(ARRAY['skillpay_owner', 'skillpay_app']) AS role
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role) \gexec
ALTER ROLE skillpay_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
ALTER ROLE skillpay_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO skillpay_owner;
SQL

psql --dbname "$db" <<'SQL'
ALTER SCHEMA public OWNER TO skillpay_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO skillpay_app;
-- a database set up before the roles existed: its objects (not an extension's) to the owner
DO $$
DECLARE object record;
BEGIN
  FOR object IN
    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                          ELSE 'TABLE' END AS kind, c.oid::regclass::text AS name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
       AND c.relowner <> 'skillpay_owner'::regrole
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO skillpay_owner', object.kind, object.name);
  END LOOP;
  FOR object IN
    SELECT p.oid::regprocedure::text AS name
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND p.proowner <> 'skillpay_owner'::regrole
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO skillpay_owner', object.name);
  END LOOP;
  FOR object IN
    SELECT t.oid::regtype::text AS name
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND t.typowner <> 'skillpay_owner'::regrole
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO skillpay_owner', object.name);
  END LOOP;
END $$;
SQL
echo "SkillPay roles ready: skillpay_owner owns database \"$db\"; skillpay_app gets its rights from setup"
