#!/usr/bin/env bash
# Storage benchmarks: builds the release binary, starts the local PostgreSQL of
# deploy/postgres-local.sh, then prints CSV import against psql \copy and the occupancy
# report on a national-scale dataset against the raw SQL aggregate.
#   bash benchmarks/store.sh [--rows 100000]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product estate-store-bench
url=$(bash deploy/postgres-local.sh start --dir "${ESTATE_BENCH_PG_DIR:-/tmp/estate-pg-bench}")
.build/release/estate-store-bench --postgres "$url" "$@"
.build/release/estate-store-bench --postgres "$url" --report
