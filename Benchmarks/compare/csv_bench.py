#!/usr/bin/env python3
"""CSV rows of Benchmarks/RESULTS.md (issue 14), all in one run:

1. whole process: `cnfin regress --data big.csv --y y --x x1..x19 --cov HAC --maxlags 12 --format json`
   (20 000 x 20) against `python -c` reading the same file with pandas and fitting the same model
   with statsmodels (OLS, cov_type="HAC", maxlags=12);
2. CSV throughput: `cnfin regress --y y --x x1` (every field tokenized, two columns converted,
   a two-parameter OLS) on a large numeric CSV — a lower bound on the CSV stack's MB/s, as it
   includes process start, reading the file and the fit — beside pandas' C reader
   (`pd.read_csv(engine="c")`, all 20 columns, parse only, in-process);
3. peak RSS of that cnfin process (ru_maxrss of the child);
4. with --gigabyte: the same regress on a file of at least 1 GB (the large file's data rows
   repeated; deleted afterwards): wall and CPU MB/s and peak RSS, to show memory bounded by the
   output (two columns and the line numbers), not by the file.

MB/s is given for wall time and for CPU time (user + system): on a shared machine the CPU
figure is the one that does not depend on the other processes.

Usage: csv_bench.py --cnfin PATH [--rows N_LARGE] [--runs R] [--dir DIR] [--gigabyte]
Data: fixed-seed standard normals written by pandas' to_csv (shortest round-trip digits).
"""
import argparse
import os
import subprocess
import sys
import time

import numpy as np
import pandas as pd


def make(path, n, k, seed):
    if os.path.exists(path):
        return
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, k - 1))
    y = x @ rng.standard_normal(k - 1) + rng.standard_normal(n)
    pd.DataFrame(np.column_stack([y, x]), columns=["y"] + [f"x{j}" for j in range(1, k)]).to_csv(path, index=False)


def timed(cmd, runs, cpu=False):
    """Median wall time of `runs` runs of cmd, and the largest peak RSS of those processes (KiB);
    with cpu=True also the median CPU time (user + system) of the child.

    CPU time and peak RSS come from /usr/bin/time (Debian package `time`), whose child is
    forked from a small process: the ru_maxrss of a child forked from this Python process
    would count the Python heap (the data frames) it inherited before exec."""
    times, cpus, rss = [], [], 0
    report = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"csv_bench_time_{os.getpid()}.txt")
    for _ in range(runs):
        t0 = time.perf_counter()
        status = subprocess.call(["/usr/bin/time", "-f", "%U %S %M", "-o", report] + cmd, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
        if status != 0:
            raise SystemExit(f"{cmd[0]} failed with status {status}")
        user, system, maxrss = open(report).read().split()[-3:]
        cpus.append(float(user) + float(system))
        rss = max(rss, int(maxrss))
    os.remove(report)
    median = lambda v: sorted(v)[len(v) // 2]
    return (median(times), rss, median(cpus)) if cpu else (median(times), rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cnfin", required=True)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dir", default="/tmp/cnfin-csv-bench")
    ap.add_argument("--gigabyte", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    big = os.path.join(a.dir, "big.csv")
    large = os.path.join(a.dir, f"large-{a.rows}.csv")
    make(big, 20_000, 20, 14)
    make(large, a.rows, 20, 15)
    xs = ",".join(f"x{j}" for j in range(1, 20))
    regress = lambda path: [a.cnfin, "regress", "--data", path, "--y", "y", "--x", xs, "--cov", "HAC", "--maxlags", "12",
                            "--format", "json"]
    peer = ("import pandas as pd, statsmodels.api as sm; d = pd.read_csv(%r); "
            "r = sm.OLS(d['y'], sm.add_constant(d[[%s]])).fit(cov_type='HAC', cov_kwds={'maxlags': 12}); "
            "print(r.params.to_json(), r.bse.to_json())") % (big, ",".join(f"'x{j}'" for j in range(1, 20)))

    t_cnfin, _ = timed(regress(big), a.runs)
    t_peer, _ = timed([sys.executable, "-c", peer], a.runs)
    size_big = os.path.getsize(big) / 1e6
    print(f"| `cnfin regress --data big.csv` (20 000 × 20, {size_big:.1f} MB, HAC(12), JSON) vs `python -c` pandas + statsmodels "
          f"| {t_cnfin * 1e3:.1f} ms | {t_peer * 1e3:.1f} ms | {t_peer / t_cnfin:.1f}× | ≥ 5× | {'yes' if t_peer / t_cnfin >= 5 else '**no**'} |")

    t_large, rss, c_large = timed([a.cnfin, "regress", "--data", large, "--y", "y", "--x", "x1", "--format", "json"],
                                  max(1, a.runs // 2), cpu=True)
    size = os.path.getsize(large) / 1e6
    t0, c0 = time.perf_counter(), time.process_time()
    pd.read_csv(large, engine="c")
    t_pandas, c_pandas = time.perf_counter() - t0, time.process_time() - c0
    print(f"| CSV stack: whole `cnfin regress --y y --x x1` on {a.rows:,} × 20 ({size:.0f} MB; lower bound) vs pandas `read_csv` (C engine, parse only), wall "
          f"| {size / t_large:.0f} MB/s | {size / t_pandas:.0f} MB/s | {t_pandas / t_large:.2f}× | ≥ 200 MB/s | {'yes' if size / t_large >= 200 else '**no**'} |")
    print(f"| the same, CPU time (user + system) | {size / c_large:.0f} MB/s | {size / c_pandas:.0f} MB/s | {c_pandas / c_large:.2f}× "
          f"| ≥ 200 MB/s | {'yes' if size / c_large >= 200 else '**no**'} |")
    print(f"| peak RSS of `cnfin regress` on the {size:.0f} MB file | {rss / 1024:.0f} MiB | — | — | — | — |")
    if a.gigabyte:
        huge = os.path.join(a.dir, "gigabyte.csv")
        with open(huge, "wb") as out:
            while out.tell() < 1e9:
                with open(large, "rb") as src:
                    header = src.readline()
                    if out.tell() == 0:
                        out.write(header)
                    while block := src.read(1 << 24):
                        out.write(block)
        try:
            t_huge, rss_huge, c_huge = timed([a.cnfin, "regress", "--data", huge, "--y", "y", "--x", "x1", "--format", "json"], 1, cpu=True)
            size_huge = os.path.getsize(huge) / 1e6
            rows = (size_huge / size) * a.rows
            print(f"| `cnfin regress --y y --x x1` on {size_huge / 1e3:.2f} GB ({rows / 1e6:.1f} M rows): wall, CPU MB/s; peak RSS "
                  f"| {size_huge / t_huge:.0f}, {size_huge / c_huge:.0f} MB/s; {rss_huge / 1024:.0f} MiB | — | — | bounded memory | "
                  f"{'yes' if rss_huge * 1024 < 0.25 * size_huge * 1e6 else '**no**'} |")
        finally:
            os.remove(huge)


if __name__ == "__main__":
    main()
