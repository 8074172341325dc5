#!/usr/bin/env bash
# CI check: regenerates the exports into a temporary directory and fails when
# the committed ones differ (stale), then validates every .ipynb against the
# nbformat JSON schema with PyPI's nbformat in a venv (.venv-nbformat, reused).
# Usage: Notebooks-export/check.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
Notebooks-export/generate.sh "$tmp"
status=0
differs=0
for d in "$tmp"/*/; do
  name="$(basename "$d")"
  if ! diff -r "$d" "Notebooks-export/$name" >/dev/null 2>&1; then
    differs=1
    diff -rq "$d" "Notebooks-export/$name" >&2 || true
  fi
done
# Not byte for byte: the numbers may differ in their last printed digit on another CPU (OpenBLAS kernels),
# which is no staleness. The test that regenerates the exports and compares them at their printed precision
# decides (GoldenCLITests.reportIsStableUnderOneULP, also part of `make test`).
if [ "$differs" = 1 ]; then
  if swift test --skip-build --filter 'GoldenCLITests/reportIsStableUnderOneULP' >"$tmp/golden.log" 2>&1; then
    echo "note: the exports differ from a fresh run only within their printed precision (last digits)" >&2
  else
    grep -E "differs|✘" "$tmp/golden.log" | head -20 >&2
    echo "error: Notebooks-export is stale; run 'make notebooks' and commit" >&2
    status=1
  fi
fi
venv="$root/.venv-nbformat"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet nbformat
fi
"$venv/bin/python" - "$root/Notebooks-export" <<'PY' || status=1
import glob, sys, nbformat
paths = sorted(glob.glob(sys.argv[1] + "/*/*.ipynb"))
if not paths:
    sys.exit("error: no notebooks found")
for p in paths:
    nb = nbformat.read(p, as_version=nbformat.NO_CONVERT)
    nbformat.validate(nb)
    print(f"valid nbformat {nb.nbformat}.{nb.nbformat_minor}: {p}")
PY
exit $status
