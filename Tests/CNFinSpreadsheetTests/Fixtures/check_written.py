#!/usr/bin/env python3
"""Reads workbooks written by `cnfin … --format xlsx` with openpyxl and checks them against
the same command's CSV output: same headers, same values (numbers compared as the same
double: CSV prints the shortest round-trip text), a number format with as many decimals as
the text output shows, empty cells where CSV is empty, the header frozen (panes at A3), the
title in A1, bold title and headers, and a Notes sheet when the table has notes.

    .venv-sheet/bin/python Tests/CNFinSpreadsheetTests/Fixtures/check_written.py --cnfin .build/debug/cnfin
"""
import argparse
import csv
import io
import os
import subprocess
import sys
import tempfile

import openpyxl

COMMANDS = [
    ["data", "show", "m2", "m1", "m0", "--from", "2022-01", "--to", "2023-05"],
    ["data", "show", "loans_balance", "--transform", "yoy", "--from", "2023-01", "--to", "2023-12"],
    ["data", "list"],
    ["data", "breaks"],
]


def decimals(text):
    return len(text.split(".", 1)[1]) if "." in text else 0


def check(cnfin, args, tmp):
    path = os.path.join(tmp, "out.xlsx")
    if os.path.exists(path):
        os.remove(path)
    subprocess.run([cnfin] + args + ["--format", "xlsx", "--output", path], check=True)
    rows = list(csv.reader(io.StringIO(subprocess.run([cnfin] + args + ["--format", "csv"], check=True,
                                                      capture_output=True, text=True).stdout)))
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    problems = []
    if ws.freeze_panes != "A3":
        problems.append("frozen panes %r, expected A3" % ws.freeze_panes)
    if not (ws["A1"].value and ws["A1"].font.b):
        problems.append("no bold title in A1")
    header = [c.value for c in ws[2]]
    if header[: len(rows[0])] != rows[0]:
        problems.append("headers %r != CSV %r" % (header, rows[0]))
    if not all(c.font.b for c in ws[2] if c.value is not None):
        problems.append("headers not bold")
    for r, row in enumerate(rows[1:], start=3):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if value == "":
                if cell.value is not None:
                    problems.append("%s: %r where CSV is empty" % (cell.coordinate, cell.value))
                continue
            try:
                number = float(value)
            except ValueError:
                number = None
            if number is not None and isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                fmt = cell.number_format
                shown = decimals(fmt.split('"')[0]) if fmt != "General" else 0
                # CSV holds the stored value, or (tables of rounded figures) the display the format reproduces.
                if float(cell.value) != number and "%.*f" % (shown, cell.value) != value:
                    problems.append("%s: %r (format %r) != CSV %s" % (cell.coordinate, cell.value, fmt, value))
                if decimals(value) > shown and float(cell.value) != number:
                    problems.append("%s: format %r shows fewer decimals than %s" % (cell.coordinate, fmt, value))
            elif str(cell.value) != value:
                problems.append("%s: %r != CSV %r" % (cell.coordinate, cell.value, value))
    if ("Notes" in wb.sheetnames) != bool(wb.sheetnames[-1] == "Notes"):
        problems.append("Notes sheet misplaced")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cnfin", required=True)
    a = ap.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for args in COMMANDS:
            problems = check(a.cnfin, args, tmp)
            print("%-70s %s" % (" ".join(args), "ok" if not problems else "FAIL"))
            for p in problems[:10]:
                print("   ", p)
            failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
