#!/usr/bin/env bash
# cnfin's .xlsx reader vs openpyxl (read_only=True) on the same generated ~5 MB workbook;
# writes Benchmarks/spreadsheet/RESULTS.md. Needs a release build of cnfin and a venv (PyPI openpyxl).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$(dirname "$here")")
swift build -c release --package-path "$root" --product cnfin >&2
bin="$(swift build -c release --package-path "$root" --show-bin-path)/cnfin"
if [ ! -x "$here/.venv/bin/python" ]; then python3 -m venv "$here/.venv"; fi
"$here/.venv/bin/pip" install -q --disable-pip-version-check openpyxl >&2
"$here/.venv/bin/python" "$here/bench.py" --cnfin "$bin" --runs "${BENCH_RUNS:-5}" --out "$here/RESULTS.md"
