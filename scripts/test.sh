#!/usr/bin/env bash
# Runs every test: native Rust tests, the extension build, and the end-to-end tests that
# drive the built extension in Debian's Chromium against pages served on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "== build the extension (wasm core, bindings, wasm-opt, dist/)"
cargo xtask dist
echo "== the same package for Firefox: web-ext lint, no errors allowed" && npx --no-install web-ext lint --source-dir dist/extension --no-input

echo "== cargo xtask tidy: the repository stands alone; rustfmt, clippy (warnings as errors), ESLint, tsc"
cargo xtask tidy

echo "== native tests (core, readers, CLI, sync server on SQLite and PostgreSQL)"
HANDOFF_TEST_PG="${HANDOFF_TEST_PG:-$(bash scripts/postgres.sh)}"
export HANDOFF_TEST_PG
cargo test --workspace --quiet

echo "== the API against its own OpenAPI document: schemathesis, as an admin and as a rep"
cargo build --quiet -p handoff-cli
bash tests/api/schemathesis.sh

echo "== ranking quality on the eight tuning sets (tuning, dev, dev2, dev3, dev4, dev5, dev6, dev7), the three blind test sets (test, test2, test3) and the outside set (gate in tests/eval/run.mjs)"
node tests/eval/run.mjs --gate

echo "== end-to-end tests in Chromium"
mkdir -p tests/output
node --test --test-concurrency=1 tests/e2e/
