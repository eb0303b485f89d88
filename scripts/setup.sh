#!/usr/bin/env bash
# Installs what the build and the tests need, and skips what is already there. Idempotent.
#
#   rustup target wasm32-unknown-unknown
#   trunk            = 0.21.14                  (cargo install --locked)
#   wasm-bindgen-cli = the wasm-bindgen in Cargo.lock (cargo install)
#   apt: chromium chromium-driver brotli        (Debian's browser; nothing downloads a browser)
#   npm ci: playwright-core, @axe-core/playwright, binaryen (wasm-opt version_132)
#
# A fresh machine needs 10-30 min (trunk builds for 8-18 min on 2 cores, wasm-bindgen-cli 4-10 min);
# with everything installed this takes about a second.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

SETUP_START=$SECONDS
say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
step_time() { say "  ... $1 took $(($SECONDS - $2)) s"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# --- Rust toolchain and the wasm target --------------------------------------------------------
command -v cargo >/dev/null || die "cargo not found; install Rust (rustup) first"
command -v rustup >/dev/null || die "rustup not found; it is needed to add the wasm32 target"
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  say "rust target wasm32-unknown-unknown: present"
else
  say "rust target wasm32-unknown-unknown: installing"
  t=$SECONDS
  rustup target add wasm32-unknown-unknown
  step_time "rustup target add" "$t"
fi
for c in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$c"; then
    say "rust component $c: present"
  else
    say "rust component $c: installing"
    rustup component add "$c"
  fi
done

# --- trunk ---------------------------------------------------------------------------------------
have_trunk="$( (trunk --version 2>/dev/null || true) | awk '{print $2}')"
if [ "$have_trunk" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "trunk $TRUNK_VERSION: installing (found '${have_trunk:-none}'); this builds for 8-18 min on 2 cores"
  t=$SECONDS
  cargo install trunk --version "=$TRUNK_VERSION" --locked
  step_time "cargo install trunk" "$t"
fi

# --- wasm-bindgen-cli, same version as the wasm-bindgen crate in Cargo.lock ---------------------
[ -f Cargo.lock ] || die "Cargo.lock is missing; it pins wasm-bindgen"
WBG_VERSION="$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$WBG_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock"
have_wbg="$( (wasm-bindgen --version 2>/dev/null || true) | awk '{print $2}')"
if [ "$have_wbg" = "$WBG_VERSION" ]; then
  say "wasm-bindgen-cli $WBG_VERSION: present"
else
  say "wasm-bindgen-cli $WBG_VERSION: installing (found '${have_wbg:-none}'); this builds for 4-10 min on 2 cores"
  t=$SECONDS
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION"
  step_time "cargo install wasm-bindgen-cli" "$t"
fi

# --- Debian packages -------------------------------------------------------------------------------
APT_PACKAGES=(chromium chromium-driver brotli)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    :
  else
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  say "apt packages ${APT_PACKAGES[*]}: present"
else
  say "apt packages: installing ${missing[*]}"
  t=$SECONDS
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  step_time "apt-get install" "$t"
fi
[ -x "$CHROMIUM_PATH" ] || die "$CHROMIUM_PATH is missing after installing chromium"

# --- npm packages (wasm-opt, Playwright, axe) -----------------------------------------------------
command -v node >/dev/null || die "node not found (Node >= 20 is needed for the e2e tests)"
command -v npm >/dev/null || die "npm not found"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node >= 20 is needed, found $(node --version)"

lock_hash="$(cat package.json package-lock.json | sha256sum | awk '{print $1}')"
if [ -f node_modules/.lock-hash ] && [ "$(cat node_modules/.lock-hash)" = "$lock_hash" ] \
  && [ -x node_modules/.bin/wasm-opt ]; then
  say "node_modules: up to date with package-lock.json"
else
  say "node_modules: npm ci (no browser download)"
  t=$SECONDS
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.lock-hash
  step_time "npm ci" "$t"
fi

# --- check what the build will find on PATH ----------------------------------------------------------
wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
case "$wasm_opt_version" in
  *"(version_132)"*) ;;
  *) die "wasm-opt on PATH is '$wasm_opt_version' ($(command -v wasm-opt || echo none)), expected version_132 from node_modules" ;;
esac
say "tools: $(trunk --version), $(wasm-bindgen --version), $wasm_opt_version, $("$CHROMIUM_PATH" --version 2>/dev/null || echo chromium ?)"
say "done in $((SECONDS - SETUP_START)) s"
