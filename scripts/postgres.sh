#!/usr/bin/env bash
# Starts a real PostgreSQL for the server's integration tests (installing Debian's package
# when missing) and prints the URL to use as HANDOFF_TEST_PG. Idempotent.
set -euo pipefail
say() { printf '\033[1mpostgres:\033[0m %s\n' "$*" >&2; }
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  say "installing Debian's postgresql"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$ver main"; then
  $SUDO pg_createcluster "$ver" main >&2
fi
if ! pg_lsclusters -h | grep -q "^$ver main .* online"; then
  say "starting cluster $ver/main"
  $SUDO pg_ctlcluster "$ver" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')
as_pg psql -q -p "$port" -c "ALTER USER postgres PASSWORD 'handoff'" >&2
if ! as_pg psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'handoff_test'" | grep -q 1; then
  as_pg createdb -p "$port" handoff_test
fi
echo "postgres://postgres:handoff@127.0.0.1:$port/handoff_test"
