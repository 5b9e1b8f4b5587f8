#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into the docker compose stack.
# The API and the worker are stopped; the archive is restored into a new database, and only once that
# has fully succeeded is it swapped in under the configured name. The replaced database is kept as
# <name>_pre_restore_<timestamp> for rollback: nothing is dropped.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/restore.sh [--yes] FILE

Restores FILE (a pg_dump custom-format archive from deploy/backup.sh) as the SkillPay database.
Stops the api and worker services, restores into a fresh database, swaps it in, keeps the old
database as <name>_pre_restore_<timestamp>, then starts api and worker again (the setup service
applies any migrations newer than the backup first).
  --yes   do not ask for confirmation
EOF
}

assume_yes=0
file=""
for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
    -y | --yes) assume_yes=1 ;;
    -*) usage >&2; exit 2 ;;
    *)
      if [ -n "$file" ]; then usage >&2; exit 2; fi
      file="$arg"
      ;;
  esac
done
if [ -z "$file" ]; then usage >&2; exit 2; fi
if [ ! -f "$file" ] || [ ! -r "$file" ]; then echo "Cannot read $file" >&2; exit 1; fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
compose() { docker compose --project-directory "$repo_root" -f "$repo_root/docker-compose.yml" "$@"; }
psql_admin() { compose exec -T postgres psql -X -q -v ON_ERROR_STOP=1 -U "$pg_user" -d postgres "$@"; }

compose up -d postgres
for attempt in $(seq 1 30); do
  # shellcheck disable=SC2016 # $POSTGRES_USER expands inside the container
  if compose exec -T postgres sh -c 'pg_isready -q -U "$POSTGRES_USER"'; then break; fi
  if [ "$attempt" -eq 30 ]; then echo "PostgreSQL did not become ready" >&2; exit 1; fi
  sleep 2
done
pg_user="$(compose exec -T postgres printenv POSTGRES_USER | tr -d '\r')"
pg_db="$(compose exec -T postgres printenv POSTGRES_DB | tr -d '\r')"
stamp="$(date -u +%Y%m%d%H%M%S)"
new_db="${pg_db}_restore_${stamp}"
old_db="${pg_db}_pre_restore_${stamp}"

container_file="/tmp/skillpay-restore-$$.dump"
cleanup() { compose exec -T postgres rm -f "$container_file" >/dev/null 2>&1 || true; }
trap cleanup EXIT
compose cp "$file" "postgres:$container_file"
if ! compose exec -T postgres pg_restore --list "$container_file" >/dev/null; then
  echo "$file is not a pg_dump custom-format archive" >&2
  exit 1
fi

if [ "$assume_yes" -ne 1 ]; then
  echo "This replaces database \"$pg_db\" with $file."
  echo "The API and worker stop meanwhile; the current database is kept as \"$old_db\"."
  answer=""
  read -r -p "Continue? [y/N] " answer || true
  case "$answer" in
    y | Y | yes) ;;
    *) echo "Aborted; nothing changed."; exit 1 ;;
  esac
fi

echo "Stopping api and worker ..."
compose stop api worker

# The new database and everything restored into it belong to the current database's owner
# (skillpay_owner, deploy/postgres-init/), so later migrations run as that role again; the
# application role's grants come back with the archive. deploy/backup-drill.mjs restores the same way.
owner="$(psql_admin -At -v db="$pg_db" <<<"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :'db';")"
echo "Restoring into \"$new_db\" (owner $owner) ..."
compose exec -T postgres createdb -U "$pg_user" -O "$owner" "$new_db"
if ! compose exec -T postgres pg_restore -U "$pg_user" -d "$new_db" \
  --exit-on-error --single-transaction --no-owner --role="$owner" "$container_file"; then
  psql_admin -v db="$new_db" <<<'DROP DATABASE IF EXISTS :"db";' || true
  echo "Restore failed; database \"$pg_db\" is unchanged. Start the API again with:" >&2
  echo "  docker compose up -d api worker" >&2
  exit 1
fi

echo "Swapping databases ..."
psql_admin -v db="$pg_db" -v old="$old_db" -v new="$new_db" >/dev/null <<'SQL'
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'db' AND pid <> pg_backend_pid();
BEGIN;
ALTER DATABASE :"db" RENAME TO :"old";
ALTER DATABASE :"new" RENAME TO :"db";
COMMIT;
SQL

echo "Starting setup, api and worker ..."
compose up -d api worker

echo "Restored. The previous database is kept as \"$old_db\"; once satisfied, drop it with:"
echo "  docker compose exec postgres dropdb -U $pg_user $old_db"
echo "Then check the audit hash chain: docker compose exec api node dist/cli.js verify-audit"
echo "(or as the audit administrator: 审计日志 → 校验, GET /api/audit-logs/verify)."
