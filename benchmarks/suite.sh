#!/usr/bin/env bash
# The whole performance suite, run on purpose (never in CI's test step): builds every release
# binary once, runs each benchmark beside its ceiling or peer in the same run (scipy's
# linear_sum_assignment, psql \copy, a hand-written SQL aggregate, the process-start floor,
# pgbench), prints the table of ratios and writes BENCHMARKS.md with the machine and date.
#   bash benchmarks/suite.sh [--quick]     (--quick: smaller sizes, for checking the suite itself)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
quick=0
[ "${1:-}" = "--quick" ] && quick=1
out=benchmarks/out/suite
mkdir -p "$out"
rm -f "$out"/*.txt

# What a fresh machine lacks: hyperfine and wrk (apt), scipy (pip), PostgreSQL 15 and pgbench.
missing=()
command -v hyperfine > /dev/null || missing+=(hyperfine)
command -v wrk > /dev/null || missing+=(wrk)
[ -x /usr/lib/postgresql/15/bin/pgbench ] || missing+=(postgresql-15)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi
python3 -c "import scipy" 2> /dev/null || pip install -q scipy

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift || echo ' (with uncommitted changes)')"
    echo "cpu: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "swift: $(swift --version 2>&1 | head -1)"
    echo "postgresql: $(/usr/lib/postgresql/15/bin/postgres --version)"
    echo "python: $(python3 --version), scipy $(python3 -c 'import scipy; print(scipy.__version__)')"
} > "$out/machine.txt"
cat "$out/machine.txt"

echo "== release build of every product"
swift build -c release

if [ "$quick" = 1 ]; then
    domain_args=(--sizes 300,500)
    store_args=(--rows 20000)
    server_args=(--seconds 3)
    write_args=(--writes 200)
else
    domain_args=()
    store_args=()
    server_args=()
    write_args=()
fi
echo "== domain: eligibility, allocation vs scipy"
bash benchmarks/run.sh "${domain_args[@]}" 2>&1 | tee "$out/domain.txt"
echo "== storage: import vs psql \\copy, occupancy vs the SQL aggregate"
bash benchmarks/store.sh "${store_args[@]}" 2>&1 | tee "$out/store.txt"
echo "== CLI: cold report vs the process-start floor"
bash benchmarks/cli.sh 2>&1 | tee "$out/cli.txt"
echo "== server: estate serve under wrk vs pgbench"
bash benchmarks/server.sh "${server_args[@]}" 2>&1 | tee "$out/server.txt"
echo "== writes: POST /api/v1/tenants vs a bare INSERT, at the sample's size and after 5,000 more tenants"
bash benchmarks/writes.sh "${write_args[@]}" 2>&1 | tee "$out/writes.txt"

python3 benchmarks/summarize.py "$out" > BENCHMARKS.md
echo
sed -n '/^| benchmark/,/^$/p' BENCHMARKS.md
echo "wrote BENCHMARKS.md"
