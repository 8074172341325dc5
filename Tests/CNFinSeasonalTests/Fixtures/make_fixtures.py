#!/usr/bin/env python3
"""Generate the reference fixtures for CNFinSeasonalTests.

Run from anywhere:  python3 Tests/CNFinSeasonalTests/Fixtures/make_fixtures.py
It creates its own virtual environment (.venv next to this file, git-ignored),
installs statsmodels/pandas from PyPI and writes the JSON/CSV fixtures next to
this script. The Swift tests read only the committed outputs.

Outputs
  co2_monthly.csv       statsmodels' weekly CO2 data resampled to monthly means
                        (forward-filled), exactly as statsmodels' STL docs do.
  stl_co2.json          STL (non-robust, robust, and a variant with degree-0
                        seasonal smoother and jumps) on co2_monthly.
  classical_co2.json    seasonal_decompose additive / multiplicative, period 12.
  hp_co2.json           hpfilter two-sided (lambda 129600 and 1600) and the
                        one-sided HP computed by a loop of two-sided filters
                        (last point of hpfilter(y[:t+1]) for t >= 2).
  hamilton_co2.json     Hamilton (2018) regression y[t+h] on 1, y[t..t-p+1] by
                        statsmodels OLS (h = 24, p = 12).
  cny_regressors.json   genhol-style CNY regressors built independently with
                        pandas date arithmetic.
  distributions.json    scipy F and chi-square survival-function values.
  tsf_increment.csv     revised-definition TSF monthly increments 2019-01..2026-04
                        (copied from the raw source, see README.md).
"""
import json, os, subprocess, sys, venv

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, ".venv")


def ensure_venv():
    py = os.path.join(VENV, "bin", "python")
    if sys.executable != py:
        if not os.path.exists(py):
            venv.create(VENV, with_pip=True)
            subprocess.check_call([py, "-m", "pip", "install", "-q", "statsmodels", "pandas", "scipy"])
        os.execv(py, [py, os.path.abspath(__file__)] + sys.argv[1:])


ensure_venv()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import scipy.stats as st  # noqa: E402
import statsmodels  # noqa: E402
import statsmodels.api as sm  # noqa: E402
from statsmodels.tsa.seasonal import STL, seasonal_decompose  # noqa: E402
from statsmodels.tsa.filters.hp_filter import hpfilter  # noqa: E402


def dump(name, obj):
    obj = dict(obj)
    obj["generator"] = f"make_fixtures.py, statsmodels {statsmodels.__version__}, pandas {pd.__version__}, numpy {np.__version__}"
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(obj, f, indent=1)


def lst(a):
    return [None if (x is None or not np.isfinite(x)) else float(x) for x in np.asarray(a, dtype=float)]


# ---------------------------------------------------------------- CO2 input
data = sm.datasets.co2.load_pandas().data
monthly = data.resample("ME").mean().ffill()["co2"]
with open(os.path.join(HERE, "co2_monthly.csv"), "w") as f:
    f.write("month,co2\n")
    for ts, v in monthly.items():
        f.write(f"{ts.year:04d}-{ts.month:02d},{repr(float(v))}\n")
y = monthly.to_numpy(dtype=float)

# ---------------------------------------------------------------- STL
stl_cases = []
for name, kw, fitkw in [
    ("default", dict(period=12), {}),
    ("robust", dict(period=12, robust=True), {}),
    ("deg0_jumps", dict(period=12, seasonal=13, trend=25, low_pass=13, seasonal_deg=0, trend_deg=1,
                        low_pass_deg=0, seasonal_jump=2, trend_jump=3, low_pass_jump=2), dict(inner_iter=3, outer_iter=2)),
]:
    model = STL(y, **kw)
    res = model.fit(**fitkw)
    stl_cases.append(dict(name=name, options=dict(kw, **fitkw), period=12,
                          seasonal=model.config["seasonal"], trend_span=model.config["trend"],
                          low_pass=model.config["low_pass"],
                          trend=lst(res.trend), seasonal_component=lst(res.seasonal),
                          resid=lst(res.resid), weights=lst(res.weights)))
dump("stl_co2.json", dict(cases=stl_cases))

# ---------------------------------------------------------------- classical
cl = {}
for model in ("additive", "multiplicative"):
    r = seasonal_decompose(y, model=model, period=12, two_sided=True, extrapolate_trend=0)
    cl[model] = dict(trend=lst(r.trend), seasonal=lst(r.seasonal), resid=lst(r.resid))
dump("classical_co2.json", cl)

# ---------------------------------------------------------------- HP
hp = {}
for lam in (129600.0, 1600.0):
    cycle, trend = hpfilter(y, lamb=lam)
    hp[str(int(lam))] = dict(trend=lst(trend), cycle=lst(cycle))
one = [float("nan")] * len(y)
for t in range(2, len(y)):
    _, tr = hpfilter(y[: t + 1], lamb=129600.0)
    one[t] = tr[-1]
hp["one_sided_129600"] = dict(trend=lst(one), note="trend[t] = last point of hpfilter(y[:t+1]); null for t < 2")
dump("hp_co2.json", hp)

# ---------------------------------------------------------------- Hamilton
h, p = 24, 12
rows = range(p - 1, len(y) - h)
X = np.column_stack([np.ones(len(rows))] + [np.array([y[t - j] for t in rows]) for j in range(p)])
Y = np.array([y[t + h] for t in rows])
ols = sm.OLS(Y, X).fit()
trend = np.full(len(y), np.nan)
cycle = np.full(len(y), np.nan)
trend[p - 1 + h:] = ols.fittedvalues
cycle[p - 1 + h:] = ols.resid
dump("hamilton_co2.json", dict(h=h, p=p, params=lst(ols.params), bse=lst(ols.bse), trend=lst(trend), cycle=lst(cycle)))

# ---------------------------------------------------------------- CNY regressors (independent construction)
cny = pd.read_csv(os.path.join(HERE, "chinese-new-year.csv"), parse_dates=["date"])
years = list(cny["year"])


def shares(first, last):
    """share[(year, month)] of the window [festival+first, festival+last] (inclusive days)."""
    out = {}
    for d in cny["date"]:
        days = pd.date_range(d + pd.Timedelta(days=first), d + pd.Timedelta(days=last), freq="D")
        counts = days.to_period("M").value_counts()
        for per, c in counts.items():
            out[(per.year, per.month)] = out.get((per.year, per.month), 0.0) + c / len(days)
    return out


cases = []
for first, last, sample in [(-5, 20, (2019, 1, 2026, 4)), (-7, -1, (2015, 1, 2026, 4)), (0, 6, (2015, 1, 2026, 4)),
                            (-20, 30, (2000, 1, 2010, 12))]:
    s = shares(first, last)
    ref_years = years  # genhol center=calendar default: means over all years of the dates file
    means = {m: np.mean([s.get((yy, m), 0.0) for yy in ref_years]) for m in range(1, 13)}
    idx = pd.period_range(f"{sample[0]}-{sample[1]:02d}", f"{sample[2]}-{sample[3]:02d}", freq="M")
    raw = [s.get((q.year, q.month), 0.0) for q in idx]
    centred = [s.get((q.year, q.month), 0.0) - means[q.month] for q in idx]
    # centring over the sample years instead
    sy = sorted({q.year for q in idx})
    smeans = {m: np.mean([s.get((yy, m), 0.0) for yy in sy]) for m in range(1, 13)}
    centred_sample = [s.get((q.year, q.month), 0.0) - smeans[q.month] for q in idx]
    cases.append(dict(first=first, last=last, start=f"{sample[0]}-{sample[1]:02d}", end=f"{sample[2]}-{sample[3]:02d}",
                      raw=lst(raw), centred_calendar=lst(centred), centred_sample=lst(centred_sample)))
dump("cny_regressors.json", dict(cases=cases, reference_years=[int(years[0]), int(years[-1])]))

# ---------------------------------------------------------------- distributions
fcases = [(x, d1, d2, float(st.f.sf(x, d1, d2))) for x, d1, d2 in
          [(0.5, 11, 60), (1.0, 11, 60), (2.3, 11, 76), (5.0, 3, 10), (0.1, 1, 1), (3.0, 11, 500), (1.5, 2.5, 7.5)]]
ccases = [(x, k, float(st.chi2.sf(x, k))) for x, k in [(0.5, 2), (4.6, 2), (13.8, 2), (3.0, 1), (10.0, 5), (40.0, 30), (0.01, 3)]]
dump("distributions.json", dict(f_sf=[dict(x=a, d1=b, d2=c, sf=d) for a, b, c, d in fcases],
                                chi2_sf=[dict(x=a, k=b, sf=c) for a, b, c in ccases]))

# ---------------------------------------------------------------- TSF increments
raw = pd.read_csv("/work/shared/datasets/raw/huizhaohuang__china-econ-data-penetrate/social_financing.csv", parse_dates=["date"])
raw = raw[(raw["date"] >= "2019-01-01") & (raw["date"] <= "2026-04-01")]
with open(os.path.join(HERE, "tsf_increment.csv"), "w") as f:
    f.write("month,tsf_increment\n")
    for d, v in zip(raw["date"], raw["value"]):
        f.write(f"{d.year:04d}-{d.month:02d},{v:.1f}\n")
print("fixtures written to", HERE)
