#!/usr/bin/env bash
# Builds the release benchmark, runs it, then solves the same instances with scipy.
# Run from the repository root: bash benchmarks/run.sh [--sizes 500,1000,2000]
set -euo pipefail
swift build -c release --product estate-bench
.build/release/estate-bench --rules seeds/rules/eligibility.json --out benchmarks/out "$@"
if python3 -c "import scipy" 2>/dev/null; then
    python3 benchmarks/scipy_assignment.py
    python3 benchmarks/scipy_forum_lp.py
else
    echo "scipy not installed (pip install scipy): skipped the side-by-side comparison"
fi
