#!/usr/bin/env bash
# Installs what building and testing Handoff needs, on a fresh Debian machine or a dev box.
# Idempotent: each step checks first. Says plainly what to do when it cannot install.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
need() { command -v "$1" >/dev/null 2>&1; }
fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
APT_UPDATED=""
apt_install() {
  need apt-get || fail "$* missing and no apt-get here: install $* with your package manager"
  if [ -z "$APT_UPDATED" ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

need cargo || fail "no Rust toolchain: install rustup (https://rustup.rs), then rerun"
need node && need npm || { say "installing Node.js and npm"; apt_install nodejs npm; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' || fail "Node.js 20+ needed (found $(node --version))"
need openssl || { say "installing openssl (test TLS certificates)"; apt_install openssl; }
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  say "installing Debian's Chromium (end-to-end tests drive the real extension in it)"
  apt_install chromium
fi
if [ ! -x "${FIREFOX:-/usr/bin/firefox-esr}" ]; then
  say "installing Debian's firefox-esr (one end-to-end test loads the same package in Firefox)"
  apt_install firefox-esr
fi

if ! cargo clippy --version >/dev/null 2>&1; then
  say "adding clippy (the test command lints with it)"
  rustup component add clippy || fail "no clippy: rustup component add clippy"
fi
if ! cargo fmt --version >/dev/null 2>&1; then
  say "adding rustfmt (the test command checks the formatting with it)"
  rustup component add rustfmt || fail "no rustfmt: rustup component add rustfmt"
fi
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
WB=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' crates/wasm/Cargo.toml)  # the one pin
[ -n "$WB" ] || fail "crates/wasm/Cargo.toml pins no wasm-bindgen version"
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB"; then
  say "installing wasm-bindgen-cli $WB (3-4 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WB"
fi

# npm packages exactly as locked; reinstalled only when the lock file changes.
stamp=node_modules/.handoff-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
# Segment's own client, to test the Segment-compatible ingest endpoint with the real thing.
if ! python3 -c 'import segment.analytics' 2>/dev/null; then
  say "installing segment-analytics-python (PyPI)"
  python3 -m pip install --quiet --disable-pip-version-check segment-analytics-python==2.4.0 \
    || fail "pip could not install segment-analytics-python: install it with python3 -m pip install segment-analytics-python==2.4.0"
fi
# schemathesis (PyPI) for the API's property tests, in its own virtualenv under target/,
# reinstalled only when its requirements file changes.
py_stamp=target/py/.handoff-requirements
if [ ! -f "$py_stamp" ] || ! cmp -s tests/api/requirements.txt "$py_stamp"; then
  say "installing schemathesis from PyPI into target/py (once)"
  python3 -m venv target/py 2>/dev/null || { apt_install python3-venv; python3 -m venv target/py; } \
    || fail "python3 -m venv failed: install python3-venv"
  target/py/bin/pip install --quiet --disable-pip-version-check -r tests/api/requirements.txt \
    || fail "pip could not install schemathesis: target/py/bin/pip install -r tests/api/requirements.txt"
  cp tests/api/requirements.txt "$py_stamp"
fi
say "ready"
