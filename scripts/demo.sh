#!/usr/bin/env bash
# The main job: builds the extension, then runs the sync server on an embedded SQLite file
# (demo.db) loaded with the demo library. Ctrl-C stops the server; rerun keeps the data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo xtask dist
cargo build --quiet -p handoff-cli
ADDR="${HANDOFF_ADDR:-127.0.0.1:8787}"
cat <<TXT

Handoff is built: dist/extension (unpacked) and dist/handoff-extension.zip (store upload).
1. Load it: chrome://extensions (or edge://extensions) → Developer mode → Load unpacked →
     $(pwd)/dist/extension
2. In the extension's settings, set the server URL to http://$ADDR and paste the rep token below.
3. Marketing's dashboard: http://$ADDR/dashboard (sign in with the admin token below).
Tokens are printed once, when demo.db is created (delete demo.db to start over).

TXT
exec target/debug/handoff serve --db "sqlite://$(pwd)/demo.db?mode=rwc" --addr "$ADDR" --demo-library demo/library.json
