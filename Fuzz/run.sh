#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for FUZZ_SECONDS (default 60).
#
#   Fuzz/run.sh [TARGET…]                      every target (or the ones named)
#   FUZZ_SECONDS=600 Fuzz/run.sh FuzzLongCSV
#   FUZZ_RUNS=1000000 Fuzz/run.sh              a fixed number of executions instead of a time
#   FUZZ_RUNS=1000000 FUZZ_SECONDS=3000 …      executions, stopping at the time if it comes first
#   FUZZ_JOBS=2 Fuzz/run.sh                    run targets in parallel
#   FUZZ_FORK=1 FUZZ_SECONDS=3000 …            fork mode, going on after (wall-clock) timeouts,
#                                              which are then replayed alone: the long run
#
# Each run starts from the committed seed corpus Fuzz/corpus/<target> and
# grows a working corpus in .build-fuzz/fuzz-out/corpus/<target> (not
# committed); a crash, leak, timeout (> FUZZ_TIMEOUT s, default 1) or
# out-of-memory input is written to .build-fuzz/fuzz-out/findings/<target>/
# and makes the script fail. (Not .build-fuzz/artifacts: SwiftPM owns and
# empties that directory.) A summary line per target (executions, crashes,
# leaks, timeouts, ooms, coverage, peak RSS) goes to
# .build-fuzz/fuzz-out/summary.txt.
set -uo pipefail
cd "$(dirname "$0")"
FUZZ=$(pwd)
ROOT=$(cd .. && pwd)
SCRATCH="$ROOT/.build-fuzz"
OUT="$SCRATCH/fuzz-out"
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
RUNS=${FUZZ_RUNS:-}
TIMEOUT=${FUZZ_TIMEOUT:-1}
JOBS=${FUZZ_JOBS:-1}
FORK=${FUZZ_FORK:-}

ALL_TARGETS="FuzzMonth FuzzCSVTable FuzzLongCSV FuzzStreamCSV FuzzWideCSV FuzzNumericTable FuzzDataset FuzzIngestZH FuzzIngestEN FuzzXLSX FuzzXLSXParts FuzzXLS"
TARGETS=${*:-$ALL_TARGETS}

dict_of() {
    case $1 in
        FuzzMonth) echo month ;; FuzzCSVTable|FuzzStreamCSV) echo csv ;; FuzzLongCSV) echo long-csv ;; FuzzWideCSV) echo wide-csv ;;
        FuzzNumericTable) echo numeric-table ;; FuzzDataset) echo dataset ;; FuzzIngestZH) echo ingest-zh ;;
        FuzzIngestEN) echo ingest-en ;; FuzzXLSX|FuzzXLSXParts) echo xlsx ;; FuzzXLS) echo xls ;;
        *) echo "unknown target $1" >&2; exit 2 ;;
    esac
}
max_len_of() {
    case $1 in
        FuzzMonth) echo 128 ;; FuzzDataset|FuzzXLSX) echo 16384 ;; FuzzIngestZH|FuzzIngestEN) echo 8192 ;;
        FuzzXLS) echo 32768 ;; FuzzStreamCSV) echo 8192 ;; FuzzXLSXParts) echo 49152 ;; *) echo 4096 ;;
    esac
}

# The libFuzzer runtime (libclang_rt.fuzzer) ships with the Swift toolchain; lld too.
# FUZZ_BIN_DIR: run already-built binaries from there (a copy, so that a long run is not
# disturbed by rebuilding the package meanwhile); otherwise build.
if [ -n "${FUZZ_BIN_DIR:-}" ]; then
    BIN=$FUZZ_BIN_DIR
else
    echo "Building the fuzz targets (release, -sanitize=fuzzer,address)..." >&2
    if ! swift build -c release --package-path "$FUZZ" --scratch-path "$SCRATCH" -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing 2>&1 \
            | grep -E "error|warning:" ; then :; fi
    BIN=$(swift build -c release --package-path "$FUZZ" --scratch-path "$SCRATCH" -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing --show-bin-path)
fi
for t in $TARGETS; do
    [ -x "$BIN/$t" ] || { echo "error: $BIN/$t was not built" >&2; exit 1; }
done

# libFuzzer handles the signals itself (the Swift backtracer would get in its way).
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
# Third-party leaks cnfin cannot free (each with its reproducer): lsan-suppressions.txt.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$FUZZ/lsan-suppressions.txt:print_suppressions=0}

run_one() {
    local t=$1
    local work="$OUT/corpus/$t" artifacts="$OUT/findings/$t" log="$OUT/logs/$t.log"
    mkdir -p "$work" "$artifacts" "$(dirname "$log")"
    local limit=(-max_total_time="$SECONDS_PER_TARGET")
    # A number of executions; with FUZZ_SECONDS also given, whichever comes first.
    [ -n "$RUNS" ] && limit=(-runs="$RUNS" ${FUZZ_SECONDS:+-max_total_time="$FUZZ_SECONDS"})
    # FUZZ_FORK=1: libFuzzer's fork mode with -ignore_timeouts=1, for long runs on a loaded
    # machine, where libFuzzer's wall-clock timeout also fires on inputs that merely waited
    # for a CPU: the run goes on, and every timeout input is replayed alone afterwards.
    [ -n "$FORK" ] && limit=(-max_total_time="$SECONDS_PER_TARGET" -fork=1 -ignore_timeouts=1)
    "$BIN/$t" "${limit[@]}" -timeout="$TIMEOUT" -rss_limit_mb=2048 \
        -max_len="$(max_len_of "$t")" -dict="$FUZZ/dict/$(dict_of "$t").dict" -artifact_prefix="$artifacts/" \
        -print_final_stats=1 -detect_leaks=1 "$work" "$FUZZ/corpus/$t" >"$log" 2>&1
    local status=$?
    local execs cov rss crashes leaks timeouts ooms confirmed=0
    execs=$(grep -oE 'stat::number_of_executed_units:[[:space:]]*[0-9]+' "$log" | tail -1 | grep -o '[0-9]*$')
    # Fork mode prints the total as "#<executions>: cov: …" lines.
    [ -n "$FORK" ] && execs=$(grep -oE '^#[0-9]+:' "$log" | tail -1 | tr -dc '0-9')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    rss=$(grep -oE 'stat::peak_rss_mb:[[:space:]]*[0-9]+' "$log" | tail -1 | grep -o '[0-9]*$')
    crashes=$(find "$artifacts" -name 'crash-*' | wc -l)
    leaks=$(find "$artifacts" -name 'leak-*' | wc -l)
    timeouts=$(find "$artifacts" -name 'timeout-*' | wc -l)
    ooms=$(find "$artifacts" -name 'oom-*' | wc -l)
    # A timeout counts when the input, replayed alone (best of three), still takes over the limit.
    for f in $(find "$artifacts" -name 'timeout-*'); do
        local best=""
        for _ in 1 2 3; do
            local ms
            ms=$("$BIN/$t" -timeout=$((TIMEOUT * 10)) "$f" 2>&1 | grep -oE 'Executed .* in [0-9]+ ms' | grep -oE '[0-9]+ ms$' | tr -dc '0-9')
            [ -n "$ms" ] && { [ -z "$best" ] || [ "$ms" -lt "$best" ]; } && best=$ms
        done
        echo "  $t: $f replayed alone in ${best:-?} ms" >> "$log"
        if [ -z "$best" ] || [ "$best" -gt $((TIMEOUT * 1000)) ]; then confirmed=$((confirmed + 1)); fi
    done
    printf '%-17s execs=%-10s crashes=%s leaks=%s timeouts=%s (over %ss alone: %s) ooms=%s cov=%s peak_rss_mb=%s status=%s\n' \
        "$t" "${execs:-?}" "$crashes" "$leaks" "$timeouts" "$TIMEOUT" "$confirmed" "$ooms" "${cov:-?}" "${rss:-?}" "$status" \
        | tee -a "$OUT/summary.txt"
    [ "$confirmed" -gt 0 ] && status=1
    if [ "$status" -ne 0 ]; then
        echo "  $t failed — see $log; reproducers in $artifacts:" >&2
        grep -E "INVARIANT FAILED|ERROR: libFuzzer|ERROR: AddressSanitizer|Fatal error|SUMMARY" "$log" | head -5 >&2
        return 1
    fi
}

mkdir -p "$OUT"
echo "# $(date -u +%FT%TZ) seconds=$SECONDS_PER_TARGET runs=${RUNS:-} timeout=$TIMEOUT" >> "$OUT/summary.txt"
failed=0
if [ "$JOBS" -gt 1 ]; then
    export -f run_one dict_of max_len_of
    export SCRATCH OUT BIN FUZZ SECONDS_PER_TARGET RUNS TIMEOUT FUZZ_SECONDS FORK
    printf '%s\n' $TARGETS | xargs -P "$JOBS" -I{} bash -c 'run_one {}' || failed=1
else
    for t in $TARGETS; do run_one "$t" || failed=1; done
fi
exit $failed
