#!/usr/bin/env bash
# Large inputs: time and peak RSS of each parser at several sizes, to show that
# memory is bounded and time linear in the size. Not part of `make test` or CI.
#
#   Fuzz/large-inputs.sh                 every case (needs ~3 GB of disk in $LARGE_DIR and ~25 min)
#   Fuzz/large-inputs.sh long ingest     some cases
#   LARGE_DIR=/data/tmp Fuzz/large-inputs.sh
#
# Cases (sizes in MB unless said): long 100 300 1000 (LONG_SIZES overrides; rows visited one at a time) ·
# long-rows 100 300 (every row returned: ~6 GB for 1 GB) · csv-table 100 300 ·
# wide 30 100 300 · numeric 10 30 100 · ingest (Chinese text) 10 30 100 ·
# line (one 50 MB CSV line; 50 MB release text on one line) · dataset 10⁴ 3·10⁴ 10⁵ series ·
# dataset-long 30 100 300 (DATASET_LONG_SIZES overrides; a dataset whose money.csv is a long file of that size).
# Needs /usr/bin/time (Debian package `time`) and python3. Reports wall and CPU (user + system)
# seconds — on a shared machine compare CPU seconds — and the peak resident set size.
set -euo pipefail
cd "$(dirname "$0")"
FUZZ=$(pwd)
ROOT=$(cd .. && pwd)
DIR=${LARGE_DIR:-/tmp/cnfin-large-inputs}
CASES=${*:-long csv-table wide numeric ingest line dataset}
mkdir -p "$DIR"
command -v /usr/bin/time >/dev/null || { echo "error: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

echo "Building LargeInputs (release)..." >&2
swift build -c release --package-path "$FUZZ/LargeInputs" --scratch-path "$ROOT/.build-large" 2>&1 | grep -E "error|warning:" || true
BIN="$(swift build -c release --package-path "$FUZZ/LargeInputs" --scratch-path "$ROOT/.build-large" --show-bin-path)/LargeInputs"

printf '%-10s %-24s %9s %9s %9s %12s %10s %11s  %s\n' case input size_MB wall_s cpu_s peak_RSS_MB MB_per_cpu_s end_RSS_MB outcome
measure() { # mode label path
    local mode=$1 label=$2 path=$3 size out rss secs cpu endrss
    size=$(du -sb "$path" | cut -f1)
    out=$(/usr/bin/time -v "$BIN" "$mode" "$path" 2>"$DIR/time.txt") || true
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print int($2 / 1024)}' "$DIR/time.txt")
    secs=$(echo "$out" | sed -n 's/.*seconds=\([0-9.e-]*\).*/\1/p')
    endrss=$(echo "$out" | sed -n 's/.*end_rss_MB=\([0-9]*\).*/\1/p')
    cpu=$(awk -F: '/User time|System time/ {s += $2} END {print s}' "$DIR/time.txt")
    awk -v m="$mode" -v l="$label" -v b="$size" -v t="${secs:-0}" -v c="${cpu:-0}" -v r="$rss" -v e="${endrss:-?}" \
        -v o="$(echo "$out" | sed -n 's/.*outcome=//p' | cut -c1-60)" \
        'BEGIN { printf "%-10s %-24s %9.1f %9.2f %9.2f %12s %10.2f %11s  %s\n", m, l, b / 1e6, t, c, r, b / 1e6 / (c + 1e-6), e, o }' 
}
gen() { [ -e "$3" ] || python3 "$FUZZ/large-inputs-gen.py" "$1" "$2" "$3"; }

for c in $CASES; do
    case $c in
        long) for s in ${LONG_SIZES:-100 300 1000}; do gen long $s "$DIR/long-$s.csv"; measure long "long-$s.csv" "$DIR/long-$s.csv"; done ;;
        long-rows) for s in ${LONG_SIZES:-100 300}; do gen long $s "$DIR/long-$s.csv"; measure long-rows "long-$s.csv" "$DIR/long-$s.csv"; done ;;
        csv-table) for s in 100 300; do gen long $s "$DIR/long-$s.csv"; measure csv-table "long-$s.csv" "$DIR/long-$s.csv"; done ;;
        wide) for s in 30 100 300; do gen wide $s "$DIR/wide-$s.csv"; measure wide "wide-$s.csv" "$DIR/wide-$s.csv"; done ;;
        numeric) for s in 10 30 100; do gen numeric $s "$DIR/numeric-$s.csv"; measure numeric "numeric-$s.csv" "$DIR/numeric-$s.csv"; done ;;
        ingest) for s in 10 30 100; do gen zh $s "$DIR/zh-$s.txt"; measure ingest "zh-$s.txt" "$DIR/zh-$s.txt"; done ;;
        line)
            gen line 50 "$DIR/line-50.csv"; measure csv-table "line-50.csv (1 line)" "$DIR/line-50.csv"
            for s in 5 15 50; do gen zhline $s "$DIR/zhline-$s.txt"; measure ingest "zhline-$s.txt (1 line)" "$DIR/zhline-$s.txt"; done ;;
        dataset) for n in 10000 30000 100000; do gen dataset $n "$DIR/dataset-$n"; measure dataset "dataset-$n series" "$DIR/dataset-$n"; done ;;
        dataset-long) for s in ${DATASET_LONG_SIZES:-30 100 300}; do gen datasetlong $s "$DIR/dataset-long-$s"; measure dataset "dataset-long-$s" "$DIR/dataset-long-$s"; done ;;
        *) echo "unknown case $c" >&2; exit 2 ;;
    esac
done
