# shellcheck shell=bash
# Sourced by the other scripts: sets REPO and the PATH/env every build and test step relies on.
# Usage: source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO

# node_modules/.bin first: its wasm-opt is npm binaryen 132, which Trunk.toml requires
# (Debian's binaryen, if present in /usr/bin, is too old to parse current Rust output).
# ~/.cargo/bin next: trunk, wasm-bindgen, cargo.
PATH="$REPO/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PATH

# No online update check from trunk; never let Playwright (or anything) fetch a browser.
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PUPPETEER_SKIP_DOWNLOAD=1
# The only browser we use is Debian's.
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

TRUNK_VERSION="0.21.14"
export TRUNK_VERSION
