#!/usr/bin/env python3
"""cnfin's .xlsx reader against openpyxl (read_only=True) on the same ~5 MB workbook, in one run.

    Benchmarks/spreadsheet/run.sh          (builds cnfin in release, makes a venv with openpyxl)

The workbook is generated here, deterministically (seeded), with openpyxl's write-only mode:
one sheet of numbers (two decimals, like PBoC balances), shared-string labels and month labels,
sized to about 5 MB on disk. Each side reads every cell of it:
  cnfin:    `cnfin import FILE --cells > /dev/null` (process start, ZIP, inflate, XML, and a CSV
            line per cell written out -- more work than openpyxl's side, which only iterates);
  openpyxl: load_workbook(FILE, read_only=True) and iterate every row's values.
Median of N runs each, in CPU time (user + system, children included for cnfin) and wall-clock
time; the ratio is openpyxl / cnfin (the issue's target: >= 5).
"""
import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import openpyxl


def make_workbook(path, target_bytes=5_000_000):
    rng = random.Random(20231205)
    labels = ["各项存款", "住户存款", "非金融企业存款", "各项贷款", "住户贷款", "企(事)业单位贷款", "票据融资"]
    rows = 1000
    while True:
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Sheet1")
        ws.append(["项目 Item"] + ["%d.%02d" % (2000 + m // 12, m % 12 + 1) for m in range(24)])
        for r in range(rows):
            ws.append([labels[r % len(labels)] + " %d" % (r % 97)] + [round(rng.uniform(-1e6, 1e7), 2) for _ in range(24)])
        wb.save(path)
        size = os.path.getsize(path)
        if size >= target_bytes * 0.95:
            return size, rows * 25 + 25
        rows = int(rows * target_bytes / size * 1.02) + 1


def cpu():
    """CPU seconds (user + system) of this process and its finished children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn, runs):
    """Medians of wall-clock and CPU seconds (CPU time is the fair measure on a loaded machine)."""
    wall, used = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), cpu()
        fn()
        wall.append(time.perf_counter() - t0)
        used.append(cpu() - c0)
    return statistics.median(wall), statistics.median(used)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cnfin", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", help="append the Markdown rows to this file")
    ap.add_argument("--json", help="write the medians as JSON (for the `make bench` table)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.xlsx")
        size, cells = make_workbook(path)

        def cnfin():
            subprocess.run([a.cnfin, "import", path, "--cells"], check=True, stdout=subprocess.DEVNULL)

        def peer():
            wb = openpyxl.load_workbook(path, read_only=True)
            n = 0
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    n += len(row)
            wb.close()
            assert n >= cells - 25, n

        out = subprocess.run([a.cnfin, "import", path, "--cells"], check=True, capture_output=True).stdout
        lines = out.count(b"\n") - 1
        assert lines == cells, (lines, cells)
        tc = timed(cnfin, a.runs)
        tp = timed(peer, a.runs)
    # A year of PBoC tables: the four yearly workbooks the repository holds for one year's kinds.
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    year = [os.path.join(root, p) for p in (
        "Datasets/raw/lingjf__fr/金融机构人民币信贷收支表2019m.xls",
        "Tests/CNFinSpreadsheetTests/Fixtures/pboc/货币供应量2019.xls",
        "Tests/CNFinSpreadsheetTests/Fixtures/pboc/社会融资规模增量统计表2026.xlsx",
        "Tests/CNFinSpreadsheetTests/Fixtures/generated/money_supply_2023.xlsx")]

    def import_year():
        subprocess.run([a.cnfin, "import"] + year + ["--format", "json"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    ty = timed(import_year, a.runs)
    load = os.getloadavg()[0]
    rows = [
        "| case | measure | cnfin median | openpyxl median | ratio openpyxl/cnfin |",
        "|---|---|---:|---:|---:|",
        "| read every cell of a %.1f MB .xlsx (%d cells) | CPU time | %.0f ms | %.0f ms | %.1fx |"
        % (size / 1e6, cells, tc[1] * 1e3, tp[1] * 1e3, tp[1] / tc[1]),
        "| same | wall clock (load average %.1f) | %.0f ms | %.0f ms | %.1fx |"
        % (load, tc[0] * 1e3, tp[0] * 1e3, tp[0] / tc[0]),
        "| `cnfin import` of a year of PBoC tables (4 workbooks, target < 200 ms) | wall clock / CPU time | %.0f ms / %.0f ms | — | — |"
        % (ty[0] * 1e3, ty[1] * 1e3),
    ]
    if a.json:
        import json
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"xlsx_read": {"label": "read every cell of a %.1f MB .xlsx (%d cells), CPU time, vs openpyxl read_only"
                                     % (size / 1e6, cells),
                                     "cnfin_cpu_s": tc[1], "peer_cpu_s": tp[1], "cnfin_wall_s": tc[0], "peer_wall_s": tp[0],
                                     "target_ratio": 5},
                       "import_year": {"label": "`cnfin import` of a year of PBoC tables (4 workbooks), wall clock",
                                       "cnfin_wall_s": ty[0], "cnfin_cpu_s": ty[1], "target_max_s": 0.2},
                       "openpyxl": openpyxl.__version__, "runs": a.runs, "load": load}, f, indent=1)
    text = "\n".join(rows)
    print(text)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write("# cnfin .xlsx reader vs openpyxl (read_only=True)\n\n")
            f.write("Written by `Benchmarks/spreadsheet/run.sh` (%s, Python %s, openpyxl %s, median of %d runs).\n\n"
                    % (time.strftime("%Y-%m-%d"), sys.version.split()[0], openpyxl.__version__, a.runs))
            f.write(text + "\n\n")
            f.write("cnfin's time includes starting the process and writing one CSV line per cell; "
                    "openpyxl only iterates the values.\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
