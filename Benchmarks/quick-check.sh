#!/usr/bin/env bash
# CI quick benchmark check (called by .ci/run after the tests). Builds the small
# CNFinQuickCheck runner (no package-benchmark dependency), times each quick case and its
# in-run reference (raw LAPACK call, process spawn or plain loop; median of 7 after 2
# warm-up calls) and fails when a ratio case/reference exceeds Benchmarks/thresholds.json.
# No absolute times are judged: the machines are shared and noisy.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$here"
echo "== benchmark quick check: building CNFinQuickCheck (release)"
log=$(mktemp)
if ! swift build -c release --product CNFinQuickCheck >"$log" 2>&1; then
  cat "$log"; echo "error: the benchmark quick-check runner does not build"; exit 1
fi
grep -E "warning:" "$log" || true
rm -f "$log"
bin="$(swift build -c release --show-bin-path)/CNFinQuickCheck"
if [ -z "${CNFIN_BIN:-}" ]; then
  cnfin_bin="$(swift build -c release --package-path "$root" --show-bin-path)/cnfin"
  # Always (incrementally) build: a stale binary would time an older cnfin.
  swift build -c release --package-path "$root" --product cnfin >/dev/null
  export CNFIN_BIN="$cnfin_bin"
fi
"$bin" --thresholds "$here/thresholds.json" "$@"
