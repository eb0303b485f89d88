#!/usr/bin/env bash
# The benchmark (not a test): release build, then sizes, Lighthouse mobile, input latency,
# engine throughput and per-crate wasm sizes against the budgets; writes docs/BENCHMARKS.md.
#   bash scripts/bench.sh        (LIGHTHOUSE_RUNS=N to change the number of Lighthouse runs)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"
bash scripts/setup.sh
CBCC_SKIP_SETUP=1 bash scripts/build.sh
export CHROME_PATH="$CHROMIUM_PATH"
node tests/perf/bench.mjs
