#!/usr/bin/env bash
# Cold-process timing of `estate report occupancy` on the embedded store with the seed data
# (issue 4's figure: goal ≤ 150 ms wall), beside the floor of the same binary printing its
# version (process start, no store) in the same run. Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
command -v hyperfine >/dev/null || { echo "benchmarks/cli.sh: install hyperfine first" >&2; exit 1; }
swift build -c release --product estate > /dev/null
estate=.build/release/estate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/estate.sqlite"
"$estate" seed --database "$db" --quiet
hyperfine --warmup 3 --runs 30 --export-json "$work/cli.json" \
    -n "version (process start floor)" "$estate --version" \
    -n "report occupancy (table)" "$estate report occupancy --as-of 2026-11-22 --database $db" \
    -n "report occupancy (html)" "$estate report occupancy --as-of 2026-11-22 --format html --database $db"
python3 - "$work/cli.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
floor = results[0]["mean"]
for r in results:
    print(f"{r['command']:35s} mean {r['mean']*1000:6.1f} ms  max {r['max']*1000:6.1f} ms  ratio to floor {r['mean']/floor:5.2f}")
PY
