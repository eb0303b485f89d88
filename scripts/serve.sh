#!/usr/bin/env bash
# Sets up the tools, builds the release widget and serves dist/ on http://127.0.0.1:8080
# (PORT=NNNN to change the port). Ctrl+C stops it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

bash scripts/build.sh
PORT="${PORT:-8080}"
echo "[serve] http://127.0.0.1:$PORT/  (Ctrl+C to stop)"
exec node tests/e2e/serve.mjs dist "$PORT"
