#!/usr/bin/env bash
# Fuzzing: schemathesis (PyPI) against the OpenAPI document the server serves, with an admin
# token, on a fresh embedded store holding the sample cluster, running every check
# (`--checks all`: no 5xx, every response as documented, schema-valid requests accepted and
# schema-invalid ones refused; reliability/schemathesis.toml lists, with their reasons, the
# operations where a 422 to a schema-valid request is a rule JSON Schema cannot state). Passes
# when every operation was exercised, at least 2,000 requests were generated and no check
# failed. Bounded by schemathesis's example counts (about 2 minutes on a debug build).
#   bash reliability/fuzz.sh [path/to/estate] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
estate=$(realpath "${1:-.build/debug/estate}")
# Pinned: the checks, their codes and the config format change between releases.
python3 -c 'import schemathesis, sys; sys.exit(schemathesis.__version__ != "4.32.5")' 2> /dev/null \
    || python3 -m pip install --quiet "schemathesis==4.32.5"
work=$(mktemp -d)
trap 'kill -TERM "$server" 2> /dev/null || true; rm -rf "$work"' EXIT
(cd "$work" && "$estate" seed --seeds "$OLDPWD/seeds" --quiet)
token=$(cd "$work" && "$estate" token create --role admin --name fuzz 2> /dev/null)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# --rate-limit 0: thousands of generated requests from one token measure input handling, not the limit.
(cd "$work" && exec "$estate" serve --port "$port" --log-level error --rate-limit 0) > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done
set +e
st --config-file reliability/schemathesis.toml run "http://127.0.0.1:$port/openapi.json" \
    -H "Authorization: Bearer $token" --checks all --max-examples 40 --seed "${2:-1}" > "$work/st.txt" 2>&1
code=$?
set -e
grep -E "Selected:|Tested:|generated|passed|failed|5[0-9][0-9] |ST[0-9]{3}" "$work/st.txt" | tail -12
generated=$(grep -oE "[0-9]+ generated" "$work/st.txt" | tail -1 | cut -d' ' -f1)
selected=$(grep -oE "Selected: [0-9]+/[0-9]+" "$work/st.txt" | tail -1 | cut -d' ' -f2)
tested=$(grep -oE "Tested: [0-9]+" "$work/st.txt" | tail -1 | cut -d' ' -f2)
if [ "$code" -ne 0 ] || [ "${generated:-0}" -lt 2000 ] || [ "${selected%%/*}" != "${selected##*/}" ] \
    || [ "$tested" != "${selected##*/}" ]; then
    echo "fuzz: FAILED (schemathesis exit $code, $generated requests, $tested of $selected operations)" >&2
    # Each failure with the request that reproduces it (the section before the summary), then the summary.
    sed -n '/^=* FAILURES =*$/,/^=* SUMMARY =*$/p' "$work/st.txt" | head -400 >&2
    tail -60 "$work/st.txt" >&2
    exit 1
fi
kill -0 "$server" || { echo "fuzz: the server died" >&2; cat "$work/server.log" >&2; exit 1; }
echo "fuzz: passed ($generated requests over $tested operations, every check, no failure)"
