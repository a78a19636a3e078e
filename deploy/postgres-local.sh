#!/usr/bin/env bash
# A local PostgreSQL 15 for development, tests and a single-machine install, from Debian's
# binaries, listening on 127.0.0.1 only.
#
#   deploy/postgres-local.sh start [--dir DIR] [--port PORT]   prints the database URL
#   deploy/postgres-local.sh url   [--dir DIR]                 prints it again
#   deploy/postgres-local.sh stop  [--dir DIR]
#
# DIR (default /tmp/estate-pg) keeps the cluster, its password (mode 600) and its port; a
# second `start` reuses them. As root the server runs as the Debian package's `postgres` user
# (initdb refuses root). Install the binaries with: apt-get install postgresql-15
set -euo pipefail

BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
command=${1:-start}
shift || true
DIR=/tmp/estate-pg
PORT=""
while [ $# -gt 0 ]; do
    case "$1" in
        --dir) DIR=$2; shift 2 ;;
        --port) PORT=$2; shift 2 ;;
        *) echo "postgres-local: unknown option $1 (use --dir DIR, --port PORT)" >&2; exit 64 ;;
    esac
done

if [ ! -x "$BIN/initdb" ]; then
    echo "postgres-local: no PostgreSQL 15 server in $BIN; install it with: apt-get install postgresql-15" >&2
    exit 69
fi

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() {
    echo "postgres://estate:$(cat "$DIR/password")@127.0.0.1:$(cat "$DIR/port")/estate"
}

case "$command" in
    start)
        mkdir -p "$DIR"
        [ "$(id -u)" = 0 ] && chown postgres "$DIR"
        chmod 700 "$DIR"
        if [ ! -f "$DIR/data/PG_VERSION" ]; then
            as_owner sh -c "od -An -N16 -tx1 /dev/urandom | tr -d ' \n' > '$DIR/password'"
            as_owner chmod 600 "$DIR/password"
            as_owner "$BIN/initdb" -D "$DIR/data" -U estate --pwfile="$DIR/password" \
                --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$DIR/initdb.log"
        fi
        if [ -z "$PORT" ]; then
            if [ -f "$DIR/port" ]; then PORT=$(cat "$DIR/port"); else
                PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
            fi
        fi
        as_owner sh -c "echo $PORT > '$DIR/port'"
        as_owner mkdir -p "$DIR/sock"
        if ! as_owner "$BIN/pg_ctl" -D "$DIR/data" status > /dev/null 2>&1; then
            as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o \
                "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$DIR/sock -c max_connections=200" \
                start > /dev/null
        fi
        if ! as_owner "$BIN/../bin/psql" -h "$DIR/sock" -p "$PORT" -U estate -d postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname = 'estate'" 2>/dev/null | grep -q 1; then
            as_owner "$BIN/createdb" -h "$DIR/sock" -p "$PORT" -U estate estate
        fi
        url
        ;;
    url) url ;;
    stop)
        as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop > /dev/null
        echo "postgres-local: stopped the cluster in $DIR"
        ;;
    *) echo "postgres-local: unknown command $command (start, url, stop)" >&2; exit 64 ;;
esac
