#!/usr/bin/env python3
"""Merges the Swift, statsmodels and package-benchmark results into ONE Markdown table
(printed) and writes Benchmarks/RESULTS.md with the machine description."""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import subprocess

# (label, cnfin id, peer id, group). Ratio = peer / cnfin.
ROWS = []
for s in (1, 10, 100):
    ROWS.append((f"OLS + full inference, n={240*s}, k=10", f"ols_240x10@x{s}", f"ols_240x10@x{s}", "ols"))
for s in (1, 10):
    ROWS.append((f"OLS + full inference, n={100000*s}, k=20", f"ols_100000x20@x{s}", f"ols_100000x20@x{s}", "ols"))
for s in (1, 10, 100):
    ROWS.append((f"OLS + HAC(12), n={240*s}, k=10", f"hac_240x10@x{s}", f"hac_240x10@x{s}", "hac"))
for s in (1, 10, 100):
    ROWS.append((f"rolling OLS, n={10000*s}, w=36, k=5", f"rolling_10000w36k5@x{s}", f"rolling_10000w36k5@x{s}", "rolling"))
for s in (1, 10, 100):
    ROWS.append((f"STL, n={240*s}", f"stl_240@x{s}", f"stl_240@x{s}", "stl"))
    ROWS.append((f"STL robust, n={240*s}", f"stl_robust_240@x{s}", f"stl_robust_240@x{s}", "stl"))
ROWS.append(("STL robust, 1000 series × 240, `STL.fit(batch:)` (2 tasks, 2 cores)", "stl_robust_batch1000x240@x1",
             "stl_robust_batch1000x240@x1", "stl"))
ROWS.append(("STL robust, 1000 series × 240, serial loop (1 core, like for like)", "stl_robust_batch1000x240_serial@x1",
             "stl_robust_batch1000x240@x1", "stl"))
for s in (1, 10, 100):
    ROWS.append((f"HP filter, n={240*s}", f"hp_240@x{s}", f"hp_240@x{s}", "hp"))
for s in (1, 10):
    ROWS.append((f"HP filter, n={1000000*s}", f"hp_1000000@x{s}", f"hp_1000000@x{s}", "hp"))
for s in (1, 10, 100):
    ROWS.append((f"ADF, AIC lag selection, n={240*s}", f"adf_240@x{s}", f"adf_240@x{s}", "adf"))
ROWS.append(("X-11 alone (mult., MSR, M/Q stats), n=240 vs the X-13 binary (process)", "x11_240@x1", "x11_240@x1", "x11"))
ROWS.append(("X-13 pipeline (regARIMA + CNY split + auto AO/LS + X-11), loans 2006-02…2025-12 vs the X-13 binary (process)",
             "x13_pipeline_loans@x1", "x13_pipeline_loans@x1", "x13"))
ROWS.append(("X-13 pipeline, CNY windows by AICc (6 candidates), loans vs the X-13 binary (7 processes)",
             "x13_auto_loans@x1", "x13_auto_loans@x1", "x13"))
ROWS.append(("bundled data: X-13-style default adjustment of every series", "x13_all@x1", None, "-"))
for s in (1, 10, 100):
    ROWS.append((f"regARIMA airline + 2 regressors (exact ML), n={240*s}", f"arima_airline_reg2_240@x{s}",
                 f"arima_airline_reg2_240@x{s}" if s < 100 else None, "arima"))
ROWS.append(("regARIMA airline + 2 regressors, automatic AO/LS outliers, n=240 vs the X-13 binary (process)",
             "arima_outliers_240@x1", "arima_outliers_240@x1", "arima_x13"))
ROWS.append(("regARIMA + 2 regressors, automatic model (automdl), n=240 vs the X-13 binary (process)",
             "arima_automdl_240@x1", "arima_automdl_240@x1", "arima_x13"))
ROWS += [
    ("bundled data: STL of every series", "stl_all@x1", "stl_all@x1", "stl"),
    ("bundled data: seasonal adj. (STL + CNY) of every series", "sa_all@x1", None, "-"),
    ("bundled data: growth decomposition, all hierarchies/months", "decomp_all@x1", None, "-"),
    ("`cnfin summary` cold vs `python -c 'import statsmodels.api'`", "summary_cold_spawnloop@x1", "import_statsmodels@x1", "summary"),
]
TARGET = {"x13": 10, "x11": 10, "ols": 30, "hac": 30, "rolling": 100, "stl": 10, "hp": 20, "adf": 20, "summary": 20, "arima": 50, "arima_x13": 10}
# In-run physical reference per cnfin id (library overhead).
def reference(cid):
    m = re.match(r"(ols_\d+x\d+)@x(\d+)", cid)
    if m:
        return f"raw_lapack_{m.group(1)}@x{m.group(2)}"
    m = re.match(r"(hp_\d+)@x(\d+)", cid)
    if m:
        return f"raw_dpbsv_{m.group(1)}@x{m.group(2)}"
    m = re.match(r"rolling_10000w36k5@x(\d+)", cid)
    if m:
        return f"raw_lapack_rolling_10000w36k5@x{m.group(1)}"
    return None


def fmt(s):
    if s is None:
        return "—"
    if s < 1e-3:
        return f"{s*1e6:.1f} µs"
    if s < 1:
        return f"{s*1e3:.2f} ms"
    return f"{s:.3f} s"


def allocations(jmh_dir):
    out = {}
    for path in glob.glob(os.path.join(jmh_dir, "*.json")):
        try:
            data = json.load(open(path))
        except Exception:
            continue
        if not isinstance(data, list):
            continue
        for e in data:
            name = e.get("benchmark", "").split(".")[-1] if "@" not in e.get("benchmark", "") else \
                e["benchmark"].split("CNFinBenchmarks.", 1)[-1]
            for metric, v in (e.get("secondaryMetrics") or {}).items():
                if metric.lower().startswith("malloc (total)"):
                    p50 = (v.get("scorePercentiles") or {}).get("50.0")
                    if p50 is not None:
                        out[name] = p50
    return out


def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    blas = "unknown"
    try:
        blas = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libopenblas0-pthread"], capture_output=True,
                              text=True).stdout or "unknown"
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "openblas": blas, "kernel": platform.release(),
            "load": open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else "?"}


def spreadsheet_rows(sp, verdicts):
    """Rows of the spreadsheet cases: the .xlsx read in CPU time against openpyxl (read_only=True; both
    sides single-threaded, CPU time is the fair measure on a loaded machine), and the import of a year of
    PBoC tables against its absolute target (< 200 ms wall clock, process start included)."""
    out = []
    r = sp.get("xlsx_read")
    if r:
        ratio = r["peer_cpu_s"] / r["cnfin_cpu_s"]
        ok = ratio >= r["target_ratio"]
        verdicts.setdefault("spreadsheet", []).append(ok)
        out.append(f"| {r['label']} (openpyxl {sp.get('openpyxl')}) | {fmt(r['cnfin_cpu_s'])} | {fmt(r['peer_cpu_s'])} | "
                   f"{ratio:.1f}× | ≥ {r['target_ratio']}× | {'yes' if ok else '**no**'} | — | — |")
    y = sp.get("import_year")
    if y:
        ok = y["cnfin_wall_s"] < y["target_max_s"]
        verdicts.setdefault("spreadsheet", []).append(ok)
        out.append(f"| {y['label']} | {fmt(y['cnfin_wall_s'])} | — | — | < {fmt(y['target_max_s'])} | "
                   f"{'yes' if ok else '**no**'} | — | — |")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--swift", required=True)
    ap.add_argument("--peer", required=True)
    ap.add_argument("--jmh-dir")
    ap.add_argument("--checksums", nargs=2)
    ap.add_argument("--results")
    ap.add_argument("--no-results", action="store_true")
    ap.add_argument("--spreadsheet", help="JSON of Benchmarks/spreadsheet/bench.py --json (rows vs openpyxl)")
    a = ap.parse_args()
    sw = json.load(open(a.swift))
    peer = json.load(open(a.peer))
    allocs = allocations(a.jmh_dir) if a.jmh_dir else {}

    def med(d, k):
        return (d.get(k) or {}).get("median_s") if k else None

    lines = ["| case | cnfin median | statsmodels median | ratio peer/cnfin | target | met | cnfin / raw LAPACK | allocs/call |",
             "|---|---:|---:|---:|---:|:-:|---:|---:|"]
    verdicts = {}
    for label, cid, pid, group in ROWS:
        c = med(peer, cid) if cid.startswith("summary_cold") else med(sw, cid)
        p = med(peer, pid)
        ratio = p / c if (p and c) else None
        target = TARGET.get(group)
        met = "" if (ratio is None or target is None) else ("yes" if ratio >= target else "**no**")
        if target is not None and ratio is not None:
            verdicts.setdefault(group, []).append(ratio >= target)
        ref = reference(cid)
        over = ""
        if ref and med(sw, ref) and c:
            over = f"{c / med(sw, ref):.1f}×"
            if group == "ols":
                verdicts.setdefault("overhead", []).append(c / med(sw, ref) <= 2)
        al = allocs.get(cid)
        lines.append(f"| {label} | {fmt(c)} | {fmt(p)} | {'—' if ratio is None else (f'{ratio:.1f}×' if ratio >= 1 else f'{ratio:.2g}×')} | "
                     f"{'—' if target is None else f'≥ {target}×'} | {met} | {over or '—'} | "
                     f"{'—' if al is None else f'{al:,.0f}'} |")
    if a.spreadsheet:
        lines += spreadsheet_rows(json.load(open(a.spreadsheet)), verdicts)
    table = "\n".join(lines)
    print(table)
    summary = ", ".join(f"{g}: {'met' if all(v) else 'MISSED'} ({sum(v)}/{len(v)})" for g, v in verdicts.items())
    print(f"\ntargets: {summary}")
    if a.no_results or not a.results:
        return
    m = machine()
    env = peer.get("_env", {})
    cs = ""
    if a.checksums:
        cs = f"Data checksums — Swift: `{open(a.checksums[0]).read().strip()}`, NumPy: `{open(a.checksums[1]).read().strip()}`"
    notes_path = os.path.join(os.path.dirname(a.results), "RESULTS-notes.md")
    notes = open(notes_path).read() if os.path.exists(notes_path) else ""
    with open(a.results, "w") as f:
        f.write(f"""# Benchmark results (latest `make bench`)

Generated by `Benchmarks/compare/run.sh` on {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}.
Machine: {m['nproc']} CPUs (`nproc`), {m['cpu']}, Linux {m['kernel']}, load average at the end {' '.join(m['load'])}
(a shared machine: other engineers were building at the same time).
cnfin: Swift release build, system OpenBLAS {m['openblas']} (Debian, `OPENBLAS_CORETYPE`/`OPENBLAS_L2_SIZE` as set on the machine).
Peer: Python {env.get('python')}, NumPy {env.get('numpy')}, SciPy {env.get('scipy')}, statsmodels {env.get('statsmodels')};
NumPy BLAS (threadpoolctl): {', '.join(f"{b.get('internal_api')} {b.get('version')} {b.get('architecture')} ({b.get('num_threads')} threads)" for b in env.get('blas', []))}.
{cs}

Medians of wall-clock time per call (warm-up, then up to 51 calls or the time budget).
"cnfin / raw LAPACK" is the library call over the bare LAPACK calls on the same data in the same
process (dgeqp3+dormqr+dtrtrs for OLS and per window for rolling OLS; dpbsv for HP).
The `cnfin summary` row times both processes with the same Python spawn loop.
OLS rows: both sides read the same statistics (params, SEs, t, p, CIs, R², adj. R², F, p(F), llf, AIC,
BIC, Durbin–Watson, condition number); neither computes leverages (cnfin computes them on access,
statsmodels in `get_influence()`).
STL batch: `STL.fit(batch:)` runs one task per active processor, i.e. **2 cores** here, while
statsmodels' Python loop uses 1; the serial row (a loop of `fit(_:)`, 1 core) is the like-for-like comparison.
Allocations: package-benchmark `mallocCountTotal`, median per call.

{table}

targets: {summary}

{notes}""")


if __name__ == "__main__":
    main()
