#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for tests and benchmarks on 127.0.0.1:$PG_PORT
# (data in .toolchain/pg, trust auth, superuser `postgres`) and prints its
# connection string. Uses the machine's PostgreSQL binaries; installs the Debian
# package when they are missing and we are root. `stop` stops it. The data
# directory lives under /tmp (not in the checkout) because, when we are root,
# the server runs as the `postgres` user, which may not reach the checkout.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_PORT="${PG_PORT:-54329}"
DATA="${PG_DATA_DIR:-${TMPDIR:-/tmp}/delivery-reliability-pg-$(id -u)-$PG_PORT}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }
BIN="$(find_bin)"
if [ -z "$BIN" ] && command -v pg_ctl >/dev/null; then BIN="$(dirname "$(command -v pg_ctl)")"; fi
if [ -z "$BIN" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing PostgreSQL (apt-get install postgresql)" >&2
    (apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }) >&2
    BIN="$(find_bin)"
  else
    echo "PostgreSQL is not installed: install it (Debian: apt-get install postgresql; macOS: brew install postgresql) or set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING" >&2
    exit 1
  fi
fi

# PostgreSQL refuses to run as root: run it as the `postgres` system user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-start}" = stop ]; then
  [ -d "$DATA" ] && as_owner "$BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust >/dev/null
fi
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
fi
echo "postgresql://postgres@127.0.0.1:$PG_PORT"
