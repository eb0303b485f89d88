#!/usr/bin/env bash
# Release build of the widget into dist/ (offline: every tool comes from scripts/setup.sh).
#   bash scripts/build.sh            runs scripts/setup.sh first (a second when all is installed)
#   CBCC_SKIP_SETUP=1 bash scripts/build.sh    skips it (scripts/test.sh does, having run it)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

if [ "${CBCC_SKIP_SETUP:-0}" != "1" ]; then
  bash scripts/setup.sh
fi

echo "[build] trunk build --release --offline"
trunk build --release --offline

# Sizes of what a phone downloads (servers should send .wasm/.js/.css compressed).
echo "[build] dist/ sizes in bytes (raw, gzip -9, brotli -q 11):"
for f in dist/*; do
  [ -f "$f" ] || continue
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  if command -v brotli >/dev/null; then br=$(brotli -c -q 11 "$f" | wc -c); else br="-"; fi
  printf '[build]   %-40s %9s %9s %9s\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
