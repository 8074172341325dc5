#!/usr/bin/env python3
"""Reference fixtures for CNFinStatisticsTests.

Run from anywhere:  python3 Tests/CNFinStatisticsTests/Fixtures/make_fixtures.py

The script creates its own virtual environment (default: <repo>/.build/fixtures-venv,
override with CNFIN_FIXTURE_VENV), installs the pinned packages below from PyPI,
re-executes itself inside it and writes (all deterministic, seeded):

  sim/regression.csv          simulated monthly-style regression data (seed 20240601)
  sim/series.csv              a random walk, a stationary AR(1) and a trend-stationary series
  nist/Longley.csv            NIST Longley data as CSV (header y,x1..x6) for the CLI
  statsmodels/ols.json        statsmodels OLS/WLS results, HC0-HC3, HAC (with/without
                              small-sample correction), rolling and expanding OLS
  statsmodels/tsa.json        adfuller, kpss, grangercausalitytests, acorr_ljungbox
  mpmath/special.json         special functions at 50 digits (mpmath)
  mpmath/longley_robust.json  Longley OLS with HC0-HC3 and HAC standard errors in exact
                              (50-digit) arithmetic: the reference for ill-conditioned data

The Swift tests only read these files; they never run Python.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
VENV = os.environ.get("CNFIN_FIXTURE_VENV", os.path.join(REPO, ".build", "fixtures-venv"))
PINS = ["numpy==2.4.6", "scipy==1.17.1", "pandas==3.1.1", "statsmodels==0.15.0", "mpmath==1.4.1"]


def ensure_venv():
    py = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    subprocess.check_call([py, "-m", "pip", "install", "-q"] + PINS)
    os.execv(py, [py, os.path.abspath(__file__)] + sys.argv[1:])


ensure_venv()

import json  # noqa: E402
import warnings  # noqa: E402

import mpmath as mp  # noqa: E402
import numpy as np  # noqa: E402
import statsmodels.api as sm  # noqa: E402
from statsmodels.regression.rolling import RollingOLS  # noqa: E402
from statsmodels.stats.diagnostic import acorr_ljungbox  # noqa: E402
from statsmodels.stats.stattools import durbin_watson, jarque_bera  # noqa: E402
from statsmodels.tsa.stattools import adfuller, grangercausalitytests, kpss  # noqa: E402

warnings.simplefilter("ignore")


def fl(a):
    return [float(v) for v in np.asarray(a).ravel()]


def write_json(rel, obj):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)
        f.write("\n")


def write_csv(rel, header, columns):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(",".join(header) + "\n")
        for row in zip(*columns):
            f.write(",".join(repr(float(v)) for v in row) + "\n")


# ---------------------------------------------------------------- simulated data
rng = np.random.default_rng(20240601)
n = 240
x1 = np.zeros(n)
e = np.zeros(n)
for t in range(1, n):
    x1[t] = 0.5 * x1[t - 1] + rng.normal()
x2 = rng.normal(size=n)
x3 = np.cumsum(rng.normal(scale=0.3, size=n)) + 0.01 * np.arange(n)
for t in range(1, n):
    e[t] = 0.6 * e[t - 1] + rng.normal() * (1 + 0.5 * abs(x2[t]))
y = 1.0 + 0.5 * x1 - 0.3 * x2 + 0.2 * x3 + e
w = rng.uniform(0.5, 2.0, size=n)
write_csv("sim/regression.csv", ["y", "x1", "x2", "x3", "w"], [y, x1, x2, x3, w])

rw = np.cumsum(rng.normal(size=n))
ar = np.zeros(n)
for t in range(1, n):
    ar[t] = 0.7 * ar[t - 1] + rng.normal()
ts = 0.05 * np.arange(n) + ar
write_csv("sim/series.csv", ["rw", "ar", "ts"], [rw, ar, ts])

X = sm.add_constant(np.column_stack([x1, x2, x3]))


def ols_block(res):
    inf = res.get_influence()
    jb, jbp, skew, kurt = jarque_bera(res.resid)
    return {
        "params": fl(res.params), "bse": fl(res.bse), "tvalues": fl(res.tvalues), "pvalues": fl(res.pvalues),
        "conf_int_95": fl(res.conf_int(0.05)), "conf_int_90": fl(res.conf_int(0.10)),
        "rsquared": float(res.rsquared), "rsquared_adj": float(res.rsquared_adj),
        "fvalue": float(res.fvalue), "f_pvalue": float(res.f_pvalue), "llf": float(res.llf),
        "aic": float(res.aic), "bic": float(res.bic), "ssr": float(res.ssr), "scale": float(res.scale),
        "df_model": float(res.df_model), "df_resid": float(res.df_resid), "nobs": float(res.nobs),
        "durbin_watson": float(durbin_watson(res.resid)), "jarque_bera": [float(jb), float(jbp), float(skew), float(kurt)],
        "leverage": fl(inf.hat_matrix_diag), "resid": fl(res.resid), "fitted": fl(res.fittedvalues),
    }


res = sm.OLS(y, X).fit()
ols = {"with_intercept": ols_block(res)}
auto_lags = int(np.floor(4 * (n / 100.0) ** (2.0 / 9.0)))
robust = {}
for ct in ["HC0", "HC1", "HC2", "HC3"]:
    r = sm.OLS(y, X).fit(cov_type=ct)
    robust[ct] = {"bse": fl(r.bse), "fvalue": float(r.fvalue), "f_pvalue": float(r.f_pvalue), "pvalues": fl(r.pvalues)}
for lags in [4, auto_lags]:
    for corr in [False, True]:
        r = sm.OLS(y, X).fit(cov_type="HAC", cov_kwds={"maxlags": lags, "use_correction": corr})
        robust[f"HAC_{lags}_{'corrected' if corr else 'plain'}"] = {
            "bse": fl(r.bse), "fvalue": float(r.fvalue), "f_pvalue": float(r.f_pvalue), "pvalues": fl(r.pvalues)}
ols["robust"] = robust
ols["hac_auto_lags"] = auto_lags
rn = sm.OLS(y, X[:, 1:]).fit()
ols["no_intercept"] = ols_block(rn)
rw_ = sm.WLS(y, X, weights=w).fit()
ols["wls"] = {"params": fl(rw_.params), "bse": fl(rw_.bse), "rsquared": float(rw_.rsquared),
              "rsquared_adj": float(rw_.rsquared_adj), "llf": float(rw_.llf), "fvalue": float(rw_.fvalue),
              "ssr": float(rw_.ssr), "aic": float(rw_.aic), "bic": float(rw_.bic)}
roll = RollingOLS(y, X, window=60).fit()
ols["rolling_60"] = {"params": [fl(row) for row in np.asarray(roll.params)[59:]],
                     "bse": [fl(row) for row in np.asarray(roll.bse)[59:]]}
exp_ = RollingOLS(y, X, window=n, min_nobs=30, expanding=True).fit()
ols["expanding_30"] = {"params": [fl(row) for row in np.asarray(exp_.params)[29:]],
                       "bse": [fl(row) for row in np.asarray(exp_.bse)[29:]]}
write_json("statsmodels/ols.json", ols)

# ---------------------------------------------------------------- time-series tests
tsa = {"adf": [], "kpss": [], "granger": {}, "ljungbox": {}}
for name, series in [("rw", rw), ("ar", ar), ("ts", ts)]:
    for reg in ["n", "c", "ct"]:
        for autolag in ["AIC", "BIC", "t-stat", None]:
            maxlag = None if autolag else 4
            out = adfuller(series, maxlag=maxlag, regression=reg, autolag=autolag)
            tsa["adf"].append({"series": name, "regression": reg, "autolag": autolag or "none",
                               "maxlag": maxlag, "statistic": float(out[0]), "p_value": float(out[1]),
                               "usedlag": int(out[2]), "nobs": int(out[3]),
                               "critical_values": {k: float(v) for k, v in out[4].items()}})
    for reg in ["c", "ct"]:
        for nl in ["auto", "legacy", 3]:
            stat, p, lags, crit = kpss(series, regression=reg, nlags=nl)
            tsa["kpss"].append({"series": name, "regression": reg, "nlags": str(nl), "statistic": float(stat),
                                "p_value": float(p), "lags": int(lags),
                                "critical_values": {k: float(v) for k, v in crit.items()}})
gc = grangercausalitytests(np.column_stack([y, x1]), maxlag=4)
for lag, (tests, _) in gc.items():
    f, fp, dfd, dfn = tests["ssr_ftest"]
    c2, c2p, c2df = tests["ssr_chi2test"]
    tsa["granger"][str(lag)] = {"F": float(f), "F_p": float(fp), "df_denom": float(dfd), "df_num": int(dfn),
                                "chi2": float(c2), "chi2_p": float(c2p)}
lb = acorr_ljungbox(res.resid, lags=list(range(1, 13)), boxpierce=True)
tsa["ljungbox"] = {"lb_stat": fl(lb["lb_stat"]), "lb_pvalue": fl(lb["lb_pvalue"]),
                   "bp_stat": fl(lb["bp_stat"]), "bp_pvalue": fl(lb["bp_pvalue"])}
lb2 = acorr_ljungbox(res.resid, lags=[6, 12], model_df=2)
tsa["ljungbox_model_df2"] = {"lags": [6, 12], "lb_stat": fl(lb2["lb_stat"]), "lb_pvalue": fl(lb2["lb_pvalue"])}
write_json("statsmodels/tsa.json", tsa)

# ---------------------------------------------------------------- special functions (mpmath, 50 digits)
mp.mp.dps = 50


def s(v):
    return mp.nstr(v, 25, strip_zeros=False)


special = {"beta": [], "gamma": [], "t_sf": [], "f_sf": [], "chi2_sf": [], "normal": [], "t_quantile": []}
for a, b, x in [(0.5, 0.5, 0.3), (1, 1, 0.7), (2.5, 3.5, 0.2), (2.5, 3.5, 0.8), (10, 20, 0.3), (50, 0.5, 0.97),
                (0.5, 50, 0.001), (100, 100, 0.45), (100, 100, 0.6), (5, 0.5, 0.999), (250, 3, 0.99), (0.1, 10, 0.5)]:
    a_, b_, x_ = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    special["beta"].append([a, b, x, s(mp.betainc(a_, b_, 0, x_, regularized=True)),
                            s(mp.betainc(a_, b_, x_, 1, regularized=True))])
for a, x in [(0.5, 0.1), (1, 2), (2.5, 1), (2.5, 10), (10, 5), (10, 30), (50, 40), (100, 140), (0.5, 30), (3, 0.001)]:
    special["gamma"].append([a, x, s(mp.gammainc(a, 0, x, regularized=True)), s(mp.gammainc(a, x, mp.inf, regularized=True))])


def t_sf(t, v):
    t, v = mp.mpf(t), mp.mpf(v)
    x = v / (v + t * t)
    return mp.betainc(v / 2, mp.mpf(1) / 2, 0, x, regularized=True) / 2


for v in [1, 2, 3, 5, 9, 30, 100, 1000]:
    for t in [0.1, 0.7, 1.5, 2.3, 4, 8, 20]:
        special["t_sf"].append([t, v, s(t_sf(t, v))])
for d1, d2 in [(1, 10), (3, 236), (4, 9), (6, 9), (2, 50), (10, 3)]:
    for f in [0.2, 1, 2.5, 7, 30, 330]:
        x = mp.mpf(d2) / (d2 + d1 * mp.mpf(f))
        special["f_sf"].append([f, d1, d2, s(mp.betainc(mp.mpf(d2) / 2, mp.mpf(d1) / 2, 0, x, regularized=True))])
for k in [1, 2, 3, 6, 12, 30]:
    for x in [0.05, 0.5, 2, 6, 15, 40, 90]:
        special["chi2_sf"].append([x, k, s(mp.gammainc(mp.mpf(k) / 2, mp.mpf(x) / 2, mp.inf, regularized=True))])
for z in [-30, -8, -3, -1.5, -0.2, 0, 0.4, 1.96, 5, 12]:
    special["normal"].append(["cdf", z, s(mp.ncdf(z))])
    special["normal"].append(["sf", z, s(1 - mp.ncdf(z))])
for p in [1e-300, 1e-20, 1e-8, 0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999999]:
    pp = mp.mpf(p)
    start = mp.sqrt(2) * mp.erfinv(2 * pp - 1) if p > 1e-6 else -mp.sqrt(-2 * mp.log(pp))
    q = mp.findroot(lambda z: mp.log(mp.ncdf(z)) - mp.log(pp), start)
    special["normal"].append(["quantile", p, s(q)])
for v in [1, 2, 5, 9, 30, 236]:
    for p in [0.95, 0.975, 0.995, 0.9995]:
        q = mp.findroot(lambda t: t_sf(t, v) - (1 - mp.mpf(p)), 2)
        special["t_quantile"].append([p, v, s(q)])
write_json("mpmath/special.json", special)

# ---------------------------------------------------------------- Longley in exact arithmetic
rows = []
with open(os.path.join(HERE, "nist", "Longley.dat")) as f:
    lines = f.read().splitlines()
for line in lines[60:76]:
    rows.append([float(v) for v in line.split()])
write_csv("nist/Longley.csv", ["y", "x1", "x2", "x3", "x4", "x5", "x6"], list(zip(*rows)))
ny, k = len(rows), 7
Xm = mp.matrix(ny, k)
ym = mp.matrix(ny, 1)
for i, r in enumerate(rows):
    ym[i] = mp.mpf(repr(r[0]))
    Xm[i, 0] = 1
    for j in range(6):
        Xm[i, j + 1] = mp.mpf(repr(r[j + 1]))
XtX = Xm.T * Xm
C = XtX ** -1
beta = C * (Xm.T * ym)
u = ym - Xm * beta
h = [sum(Xm[i, a] * C[a, b] * Xm[i, b] for a in range(k) for b in range(k)) for i in range(ny)]
V = Xm * C  # rows v_i = x_i C


def sandwich(omega_rows):
    # C X' Omega X C = sum_i sum_j Omega_ij v_i' v_j
    out = mp.matrix(k, k)
    for (i, j, wij) in omega_rows:
        for a in range(k):
            for b in range(k):
                out[a, b] += wij * V[i, a] * V[j, b]
    return out


def se(cov):
    return [s(mp.sqrt(cov[j, j])) for j in range(k)]


longley = {"params": [s(beta[j]) for j in range(k)], "nonrobust": se(C * (sum(u[i] ** 2 for i in range(ny)) / (ny - k)))}
hc0 = sandwich([(i, i, u[i] ** 2) for i in range(ny)])
longley["HC0"] = se(hc0)
longley["HC1"] = se(hc0 * mp.mpf(ny) / (ny - k))
longley["HC2"] = se(sandwich([(i, i, u[i] ** 2 / (1 - h[i])) for i in range(ny)]))
longley["HC3"] = se(sandwich([(i, i, u[i] ** 2 / (1 - h[i]) ** 2) for i in range(ny)]))
L = int(np.floor(4 * (ny / 100.0) ** (2.0 / 9.0)))
terms = []
for i in range(ny):
    for j in range(ny):
        lag = abs(i - j)
        if lag <= L:
            terms.append((i, j, (1 - mp.mpf(lag) / (L + 1)) * u[i] * u[j]))
hac = sandwich(terms)
longley["HAC_lags"] = L
longley["HAC"] = se(hac)
longley["HAC_corrected"] = se(hac * mp.mpf(ny) / (ny - k))
write_json("mpmath/longley_robust.json", longley)
print("fixtures written to", HERE)
