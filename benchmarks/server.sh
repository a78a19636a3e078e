#!/usr/bin/env bash
# Server benchmark (run on purpose, never a test): a release `estate serve` on the local
# PostgreSQL of deploy/postgres-local.sh with the sample cluster, loaded by wrk on loopback;
# pgbench runs the same SQL with the same number of connections in the same run (the ceiling).
# Prints requests/s and p99 for the plot list and the occupancy report, the ratio to pgbench,
# and the server's resident memory idle and under load.
#   bash benchmarks/server.sh [--connections 8] [--seconds 10]
set -euo pipefail
cd "$(dirname "$0")/.."
connections=8
seconds=10
while [ $# -gt 0 ]; do
    case "$1" in
        --connections) connections=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        *) echo "server.sh: unknown option $1 (use --connections N, --seconds S)" >&2; exit 64 ;;
    esac
done
command -v wrk > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null; }
swift build -c release --product estate
estate=.build/release/estate
dir=${ESTATE_BENCH_PG_DIR:-/tmp/estate-pg-server-bench}
url=$(bash deploy/postgres-local.sh start --dir "$dir")
$estate migrate --database "$url" --quiet
$estate seed --if-empty --database "$url" --quiet
token=$($estate token create --role viewer --name "bench-$$" --database "$url" 2>/dev/null)
token_id=$(echo "$token" | cut -d_ -f2)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The server's pool holds 8 connections (PostgresSettings.poolSize); pgbench gets as many.
$estate serve --port "$port" --log-level warning --database "$url" > /tmp/estate-server-bench.log 2>&1 &
server=$!
trap 'kill -TERM $server 2> /dev/null || true; $estate token revoke "bench-$$" --database "$url" > /dev/null 2>&1 || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/readyz" > /dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$server/status"; }
hwm() { awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$server/status"; }
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/plots" > /dev/null
idle=$(rss)

load() {  # wrk against a path; prints "requests/s p99"
    wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port$1" > /tmp/estate-wrk.txt
    grep -q "Non-2xx" /tmp/estate-wrk.txt && { echo "server.sh: non-2xx answers" >&2; cat /tmp/estate-wrk.txt >&2; exit 1; }
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' /tmp/estate-wrk.txt)
    p99=$(awk '$1 == "99%" {print $2}' /tmp/estate-wrk.txt)
    echo "$rps $p99"
}
read -r plots_rps plots_p99 < <(load "/api/v1/plots?limit=500")
read -r report_rps report_p99 < <(load "/api/v1/reports/occupancy")
read -r health_rps health_p99 < <(load "/healthz")
loaded=$(hwm)
pgbench_tps=$(/usr/lib/postgresql/15/bin/pgbench "$url" -n -c 8 -j 2 -T "$seconds" -M prepared \
    -D token_id="'$token_id'" -f benchmarks/plot-list.pgbench.sql 2> /dev/null | awk '/^tps/ {print $3}')

echo "wrk connections: $connections, pgbench connections: 8 (the server's pool), ${seconds}s each, loopback, release build, PostgreSQL 15"
printf '%-34s %10s %10s\n' "" "req/s" "p99"
printf '%-34s %10.0f %10s\n' "GET /api/v1/plots (28 plots)" "$plots_rps" "$plots_p99"
printf '%-34s %10.0f %10s\n' "GET /api/v1/reports/occupancy" "$report_rps" "$report_p99"
printf '%-34s %10.0f %10s\n' "GET /healthz (no store, no token)" "$health_rps" "$health_p99"
printf '%-34s %10.0f %10s\n' "pgbench, same SQL as the plot list" "$pgbench_tps" "-"
python3 -c "print(f'plot list / pgbench ceiling: {$plots_rps / $pgbench_tps:.2f}x (goal >= 0.70x); '
                  f'/healthz / pgbench: {$health_rps / $pgbench_tps:.2f}x (the HTTP stack alone)')"
echo "server RSS: idle $idle MiB (goal <= 50), peak under load $loaded MiB (goal <= 100)"
