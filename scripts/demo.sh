#!/usr/bin/env bash
# Builds the extension and tells how to load it into Chrome or Edge.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo xtask dist
cat <<TXT

Handoff is built: dist/extension (unpacked) and dist/handoff-extension.zip (store upload).
Load it: chrome://extensions (or edge://extensions) → Developer mode → Load unpacked → choose
  $(pwd)/dist/extension
Then open Gmail, start a reply: suggestions appear beside the compose. Alt+Shift+H opens search.
TXT
