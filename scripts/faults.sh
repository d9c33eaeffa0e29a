#!/usr/bin/env bash
# Load and fault figures for docs/performance.md: events/s and p99 at 8 and 32 clients on SQLite
# and PostgreSQL, 200 slow clients, kill -9 of the server and a PostgreSQL restart during ingest
# (nothing lost, nothing duplicated). Starts the test PostgreSQL itself; needs sudo or root to
# restart it. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
HANDOFF_TEST_PG="${HANDOFF_TEST_PG:-$(bash scripts/postgres.sh)}"
ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export HANDOFF_TEST_PG HANDOFF_PG_RESTART="$SUDO pg_ctlcluster $ver main restart -m fast"
cargo bench -p handoff-sync-server --bench faults
