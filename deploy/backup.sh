#!/usr/bin/env bash
# Backs up the SkillPay database of the docker compose stack: pg_dump in custom format, run inside
# the postgres service, copied out to a file readable only by its owner (it holds personal data).
# The stack may keep running; pg_dump reads one consistent snapshot.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/backup.sh [FILE]

Writes a pg_dump custom-format archive of the SkillPay database to FILE
(default: backups/skillpay-<UTC timestamp>.dump under the repository root).
Restore it with deploy/restore.sh. Requires the compose stack's postgres service to be running.
EOF
}

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  -*) usage >&2; exit 2 ;;
esac
if [ "$#" -gt 1 ]; then usage >&2; exit 2; fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
compose() { docker compose --project-directory "$repo_root" -f "$repo_root/docker-compose.yml" "$@"; }

out="${1:-$repo_root/backups/skillpay-$(date -u +%Y%m%dT%H%M%SZ).dump}"
umask 077
mkdir -p "$(dirname "$out")"
if [ -e "$out" ]; then echo "Refusing to overwrite $out" >&2; exit 1; fi

container_file="/tmp/skillpay-backup-$$.dump"
cleanup() { compose exec -T postgres rm -f "$container_file" >/dev/null 2>&1 || true; }
trap cleanup EXIT

echo "Dumping the database ..."
# Written to a file inside the container (not a pipe), so the archive has a seekable table of contents.
# shellcheck disable=SC2016 # $POSTGRES_* and $DUMP_FILE expand inside the container
compose exec -T -e DUMP_FILE="$container_file" postgres \
  sh -ec 'pg_dump -U "$POSTGRES_USER" -d "$POSTGRES_DB" --format=custom --file="$DUMP_FILE"
          pg_restore --list "$DUMP_FILE" >/dev/null'
compose cp "postgres:$container_file" "$out"
chmod 600 "$out"

echo "Backup written: $out ($(du -h "$out" | cut -f1))"
echo "Copy it off this machine; it contains personal and wage data: store it encrypted."
