#!/usr/bin/env bash
# The test suite on CPUs other than this machine's, emulated by QEMU's user mode.
#
# Debian's OpenBLAS picks its kernels at run time from the CPU's CPUID (DYNAMIC_ARCH), and glibc
# picks its libm variants (exp, log, pow with or without FMA) the same way; so the last bits of a
# BLAS/LAPACK or libm result differ between CPUs. `qemu-x86_64 -cpu MODEL` runs the test bundle —
# and, through CNFIN_TEST_EMULATOR, every `cnfin` process the CLI tests start — on an emulated CPU
# whose CPUID makes OpenBLAS choose another kernel (Nehalem: SSE only, no AVX/FMA; Haswell: AVX2 and
# FMA, no AVX-512) than on the host. OPENBLAS_CORETYPE, which a machine may set for its own CPU, is
# removed for the emulated runs only: OpenBLAS must detect the emulated CPU (a kernel forced for the
# host could use instructions the emulated CPU lacks).
#
#   .ci/emulated-cpu.sh                      # the default CPUs and suites
#   CPUS="Nehalem" SUITES="GoldenCLITests" .ci/emulated-cpu.sh
#   SUITES=all .ci/emulated-cpu.sh           # the whole suite (slow: TCG emulates every instruction)
#
# It runs the bundle `swift build --build-tests` made (run `make test` first).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v qemu-x86_64 >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = "0" ] || SUDO=sudo
  echo "Installing qemu-user (QEMU's user-mode emulator)"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq qemu-user
fi

# The suites whose results go through BLAS/LAPACK or libm and are checked against a reference or a
# golden text: certified regressions, the statsmodels/R/X-13 fixtures, the release texts and the
# golden CLI outputs (which start the emulated cnfin).
DEFAULT_SUITES="NISTRegressionTests|LongleyRobustTests|StatsmodelsParityTests|RegressionSummaryTests|TimeSeriesTestsParity|STLTests|HodrickPrescottTests|HamiltonFilterTests|CNFinX11Tests|X13PipelineTests|X13RegARIMATests|OutlierDetectionTests|LikelihoodTests|StatsmodelsForecastTests|GoldenTests|ReleaseParagraphTests|GoldenCLITests|SeasonalReportAgreementTests|RegressCommandTests"
SUITES="${SUITES:-$DEFAULT_SUITES}"
# Haswell without the system-level CPUID bits TCG does not emulate (pcid, x2apic, …): otherwise QEMU
# warns about each on standard error, which the CLI tests read as cnfin's.
CPUS="${CPUS:-Nehalem Haswell-v4,-pcid,-x2apic,-tsc-deadline,-invpcid,-spec-ctrl}"

bin="$(swift build --show-bin-path)"
bundle="$bin/cnfinPackageTests.xctest"
[ -x "$bundle" ] || { echo "error: $bundle is not built (run make test first)"; exit 1; }
filter=(); [ "$SUITES" = "all" ] || filter=(--filter "$SUITES")

for cpu in $CPUS; do
  echo "== the suite on an emulated $cpu CPU (qemu-x86_64 -cpu $cpu): ${SUITES:0:80}…"
  start=$(date +%s)
  env -u OPENBLAS_CORETYPE CNFIN_DATA=/nonexistent/cnfin-user-data CNFIN_TEST_EMULATOR="qemu-x86_64 -cpu $cpu" \
    qemu-x86_64 -cpu "$cpu" "$bundle" --testing-library swift-testing "${filter[@]}" 2>&1 \
    || { echo "error: the suite failed on an emulated $cpu CPU"; exit 1; }
  echo "== $cpu: $(( $(date +%s) - start )) s"
done
