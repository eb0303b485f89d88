#!/usr/bin/env bash
# THE test command: sets up the tools, then runs every check, stopping at the first failure.
#   1 setup          scripts/setup.sh (installs only what is missing)
#   2 fmt            cargo fmt --all --check
#   3 clippy         cargo clippy --workspace --all-targets -- -D warnings
#   4 cargo test     cargo test --workspace (native)
#   5 wasm build     trunk build --release --offline (scripts/build.sh)
#   6 e2e            node tests/e2e/run.mjs (headless Debian Chromium against dist/)
#   7 contract       ../shared/contract/check.py against target/release/assess, on the contract's
#                    examples and on the engine's own cases (engine/tests/cases/)
#                    (only once engine/src/bin/assess.rs exists)
# Ends with a summary and a "total: N passed, M failed" line.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

LOGDIR="$(mktemp -d "${TMPDIR:-/tmp}/cbcc-test.XXXXXX")"
TOTAL_START=$SECONDS
STEP_NO=0
CURRENT=""
SUMMARY=()
PASSED=0
FAILED=0

summary() {
  local rc=$?
  echo
  echo "==================== summary ===================="
  local line
  for line in "${SUMMARY[@]}"; do echo "  $line"; done
  if [ "$rc" -ne 0 ] && [ -n "$CURRENT" ]; then
    echo "  FAILED  $CURRENT (after $((SECONDS - STEP_START)) s), exit code $rc"
    FAILED=$((FAILED + 1))
  fi
  echo "  total time $((SECONDS - TOTAL_START)) s; logs in $LOGDIR"
  if [ "$rc" -eq 0 ]; then echo "ALL CHECKS PASSED"; else echo "TESTS FAILED"; fi
  echo "total: $PASSED passed, $FAILED failed"
}
trap summary EXIT

step() {
  STEP_NO=$((STEP_NO + 1))
  CURRENT="$STEP_NO. $1"
  STEP_START=$SECONDS
  echo
  echo "==================== $CURRENT ===================="
}

step_ok() {
  SUMMARY+=("ok      $CURRENT ($((SECONDS - STEP_START)) s)${1:+ - $1}")
  CURRENT=""
}

step_skip() {
  SUMMARY+=("skipped $CURRENT - $1")
  echo "skipped: $1"
  CURRENT=""
}

# "N passed, M failed" from the last such line of a log.
count_line() {
  grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1
}

step "setup (scripts/setup.sh)"
bash scripts/setup.sh
step_ok

step "cargo fmt --all --check"
cargo fmt --all --check
step_ok

step "cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
step_ok

step "cargo test --workspace (native)"
cargo test --workspace 2>&1 | tee "$LOGDIR/cargo-test.log"
read -r t_pass t_fail < <(awk '/^test result:/ {
    for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed;/) p += $i; if ($(i+1) ~ /^failed;/) f += $i }
  } END { print p + 0, f + 0 }' "$LOGDIR/cargo-test.log")
PASSED=$((PASSED + t_pass)); FAILED=$((FAILED + t_fail))
step_ok "$t_pass passed, $t_fail failed"

step "release wasm build (trunk build --release --offline)"
CBCC_SKIP_SETUP=1 bash scripts/build.sh
step_ok

step "e2e tests (node tests/e2e/run.mjs, headless Chromium)"
node tests/e2e/run.mjs 2>&1 | tee "$LOGDIR/e2e.log"
e2e_line="$(count_line "$LOGDIR/e2e.log")"
PASSED=$((PASSED + $(echo "$e2e_line" | awk '{print $1}')))
step_ok "$e2e_line"

step "assessment contract (../shared/contract/check.py)"
CHECK_PY="$REPO/../shared/contract/check.py"
if [ ! -f engine/src/bin/assess.rs ]; then
  step_skip "engine/src/bin/assess.rs does not exist yet"
elif [ ! -f "$CHECK_PY" ]; then
  step_skip "$CHECK_PY not found (shared/ is expected beside the repo)"
else
  cargo build --release -p cbcc-engine --bin assess
  python3 "$CHECK_PY" --assess "${CARGO_TARGET_DIR:-target}/release/assess" \
    "$(dirname "$CHECK_PY")/examples" engine/tests/cases 2>&1 | tee "$LOGDIR/contract.log"
  c_line="$(count_line "$LOGDIR/contract.log")"
  PASSED=$((PASSED + $(echo "$c_line" | awk '{print $1}')))
  step_ok "$c_line"
fi
