#!/usr/bin/env bash
# Backs up and restores both stores the way deploy/README.md tells the association to, and
# checks the restored copy: same records (CSV exports byte for byte), `estate validate` clean.
#   bash deploy/backup-restore-check.sh [path/to/estate]
set -euo pipefail
cd "$(dirname "$0")/.."
estate=$(realpath "${1:-.build/debug/estate}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== embedded store: sqlite3 .backup of a live file, restore, compare"
(cd "$work" && "$estate" seed --seeds "$OLDPWD/seeds" --quiet)
sqlite3 "$work/estate.sqlite" ".backup '$work/backup.sqlite'"
mkdir "$work/restored" && cp "$work/backup.sqlite" "$work/restored/estate.sqlite"
for kind in plots tenants applications leases partnerships; do
    a=$(cd "$work" && "$estate" export "$kind" | sha256sum)
    b=$(cd "$work/restored" && "$estate" export "$kind" | sha256sum)
    [ "$a" = "$b" ] || { echo "backup-restore: $kind differs after the SQLite restore" >&2; exit 1; }
done
(cd "$work/restored" && "$estate" validate --as-of 2026-11-22)

echo "== PostgreSQL: pg_dump -Fc, pg_restore into a new database, compare"
url=$(bash deploy/postgres-local.sh start --dir "${ESTATE_BACKUP_PG_DIR:-/tmp/estate-pg-backup}")
"$estate" migrate --database "$url" --quiet
"$estate" seed --if-empty --database "$url" --quiet
pg_dump --format=custom --file="$work/estate.dump" "$url"
restored_db="estate_restored_$$"
base=${url%/*}
psql "$url" -qc "DROP DATABASE IF EXISTS $restored_db" -c "CREATE DATABASE $restored_db"
pg_restore --no-owner --dbname="$base/$restored_db" "$work/estate.dump"
for kind in plots tenants applications leases partnerships; do
    a=$("$estate" export "$kind" --database "$url" | sha256sum)
    b=$("$estate" export "$kind" --database "$base/$restored_db" | sha256sum)
    [ "$a" = "$b" ] || { echo "backup-restore: $kind differs after pg_restore" >&2; exit 1; }
done
"$estate" validate --as-of 2026-11-22 --database "$base/$restored_db"
"$estate" migrate --database "$base/$restored_db"   # nothing pending: the schema came back whole
psql "$url" -qc "DROP DATABASE $restored_db"
echo "backup-restore: both stores restored with the same records"
