#!/usr/bin/env bash
# Write-path benchmark (run on purpose, never a test): a release `estate serve` answering
# sequential POST /api/v1/tenants (one new firm per request, one keep-alive connection), on
# PostgreSQL and on SQLite, at the sample's size and again after 5,000 more tenants are
# imported; beside the ceiling: a bare one-row INSERT of the same tenant row through the same
# driver (estate-store-bench --bare-insert), and an authenticated GET of one tenant on the same
# server (the same HTTP, token check and driver without the write), in the same run.
#   bash benchmarks/writes.sh [--writes 1000]
set -euo pipefail
cd "$(dirname "$0")/.."
writes=1000
while [ $# -gt 0 ]; do
    case "$1" in
        --writes) writes=$2; shift 2 ;;
        *) echo "writes.sh: unknown option $1 (use --writes N)" >&2; exit 64 ;;
    esac
done
swift build -c release --product estate
swift build -c release --product estate-store-bench
estate=.build/release/estate
dir=${ESTATE_BENCH_PG_DIR:-/tmp/estate-pg-write-bench}
admin_url=$(bash deploy/postgres-local.sh start --dir "$dir")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/more-tenants.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("nib,name,npwp,kbli,fiscal_year,turnover,workers,local_workers,investment\n")
    for i in range(5000):
        f.write(f"93{i:011d},CV Tambahan {i},03{i:013d},25111,2025,{1_000_000_000 + i},12,8,900000000\n")
PY

measure() {  # database URL and label: the server's write rate before and after 5,000 more tenants
    local database=$1 label=$2 token port server small read large concurrent
    $estate migrate --database "$database" --quiet
    $estate seed --if-empty --database "$database" --quiet
    token=$($estate token create --role officer --name "bench-writes-$$" --database "$database" 2>/dev/null)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    $estate serve --port "$port" --log-level warning --database "$database" > "$work/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/readyz" > /dev/null && break; sleep 0.1; done
    python3 benchmarks/write_rate.py "$port" "$token" 50 0 > /dev/null   # warm-up
    small=$(python3 benchmarks/write_rate.py "$port" "$token" "$writes" 100)
    read=$(python3 benchmarks/write_rate.py "$port" "$token" "$writes" 0 --read /api/v1/tenants/9500000000100)
    $estate import tenants "$work/more-tenants.csv" --database "$database" --quiet
    # Warm-up again, as before the first rate: the first write after the import reloads the
    # estate the import changed behind the server's back (once), which is not the write rate.
    python3 benchmarks/write_rate.py "$port" "$token" 50 150000 > /dev/null
    large=$(python3 benchmarks/write_rate.py "$port" "$token" "$writes" 200000)
    concurrent=$(python3 benchmarks/write_rate.py "$port" "$token" 800 400000 --concurrent 80)
    kill -TERM "$server"; wait "$server" || true
    echo "$label POST /api/v1/tenants at the sample's size: $small writes/s"
    echo "$label GET /api/v1/tenants/{nib}, sequential, same token (the write without its write): $read reads/s (write / read: $(python3 -c "print(f'{$small / $read:.2f}')"))"
    echo "$label POST /api/v1/tenants after 5,000 more tenants: $large writes/s (ratio to the first: $(python3 -c "print(f'{$large / $small:.2f}')"))"
    echo "$label 80 concurrent writers after 5,000 more tenants: $concurrent"
}

pg_database="estate_write_bench_$$"
psql "$admin_url" -qc "CREATE DATABASE $pg_database"
pg_url="${admin_url%/*}/$pg_database"
measure "$pg_url" "PostgreSQL"
ceiling_db="estate_write_ceiling_$$"
psql "$admin_url" -qc "CREATE DATABASE $ceiling_db"
$estate migrate --database "${admin_url%/*}/$ceiling_db" --quiet
echo "PostgreSQL $(.build/release/estate-store-bench --postgres "$admin_url" --database "$ceiling_db" --bare-insert "$writes" | grep "bare INSERT")"
psql "$admin_url" -qc "DROP DATABASE $pg_database" -qc "DROP DATABASE $ceiling_db"

measure "sqlite:$work/bench.sqlite" "SQLite"
$estate migrate --database "sqlite:$work/ceiling.sqlite" --quiet
echo "SQLite $(.build/release/estate-store-bench --postgres "$admin_url" --sqlite "$work/ceiling.sqlite" --bare-insert "$writes" | grep "bare INSERT")"
