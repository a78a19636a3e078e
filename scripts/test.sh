#!/usr/bin/env bash
# The test command: makes sure a local PostgreSQL 15 is installed and running (for the
# PostgreSQL half of the storage contract), then runs every Swift test.
#   bash scripts/test.sh [swift test arguments]
# Set ESTATE_TEST_DATABASE_URL to use a server of your own (it must be on this machine).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${ESTATE_TEST_DATABASE_URL:-}" ]; then
    if [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
            echo "test: installing PostgreSQL 15 (apt-get install postgresql-15)"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 > /dev/null
        else
            echo "test: PostgreSQL 15 is not installed; run: sudo apt-get install postgresql-15" >&2
            exit 69
        fi
    fi
    ESTATE_TEST_DATABASE_URL=$(bash deploy/postgres-local.sh start --dir "${ESTATE_TEST_PG_DIR:-/tmp/estate-pg-test}")
    export ESTATE_TEST_DATABASE_URL
fi
echo "test: PostgreSQL at $(echo "$ESTATE_TEST_DATABASE_URL" | sed -E 's#//([^:]*):[^@]*@#//\1:***@#')"
swift test "$@"
