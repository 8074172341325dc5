#!/usr/bin/env python3
"""Regenerates the .xls (BIFF8) fixtures of CNFinSpreadsheetTests (the tests themselves need no Python).

    python3 -m venv .venv-biff && .venv-biff/bin/pip install xlwt xlrd
    .venv-biff/bin/python Tests/CNFinSpreadsheetTests/Fixtures/make_xls_fixtures.py

Writes generated/features.xls and generated/features_1904.xls with xlwt (1.3) and, for each,
generated/<name>.xls.expected.json: every non-empty cell as xlrd (2.0, an independent BIFF8 reader)
reads it back -- the reference the Swift reader is compared with. Dates (cells whose XF format xlrd
classifies as a date) are given as YYYY-MM-DD, YYYY-MM-DD HH:MM:SS or HH:MM:SS, as cnfin gives them.
What the workbooks exercise: a Chinese sheet name, Chinese, Latin-1 and ASCII shared strings, a
shared-string table longer than one record (CONTINUE records, one string split across two of them
and switching between compressed and UTF-16 characters), RK integers, RK x100 numbers and IEEE
NUMBER records, dates, date-times and times in built-in and custom (Chinese) formats, booleans,
error cells, formulas (cached numeric results), a second sheet with distant cells, the 1904 system.
"""
import datetime
import json
import os

import xlrd
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated")


def build(path, dates_1904):
    wb = xlwt.Workbook(encoding="utf-8")
    wb.dates_1904 = dates_1904
    ws = wb.add_sheet("数据 Data")
    ws.write(0, 0, "社会融资规模存量统计表")
    ws.write(1, 0, "Aggregate Financing (Stock) — café")
    ws.write(2, 0, "单位：亿元")
    numbers = [0, 1, -7, 123456, 1.5, 0.01, 2820504.68, -0.25, 1e-9, 123456789.123, 2 ** 40]
    for i, x in enumerate(numbers):
        ws.write(3, i, x)
    fmts = [("YYYY-MM-DD", datetime.date(2023, 5, 31)), ('yyyy"年"m"月"', datetime.date(2000, 10, 1)),
            ("YYYY-MM-DD HH:MM:SS", datetime.datetime(2024, 2, 29, 13, 45, 30)), ("HH:MM:SS", datetime.time(8, 5, 9)),
            ("D-MMM-YY", datetime.date(1999, 12, 31)), ("0.00", 3.14159)]
    for i, (f, v) in enumerate(fmts):
        ws.write(4, i, v, xlwt.easyxf(num_format_str=f))
    ws.write(5, 0, True)
    ws.write(5, 1, False)
    ws.write(5, 2, xlwt.Formula("D4+E4"))
    ws.write(5, 3, xlwt.Formula('"abc"&"def"'))
    ws.row(5).set_cell_error(4, 0x2A)
    ws.row(5).set_cell_error(5, 0x07)
    # Many distinct strings: the SST outgrows one record (8 224 bytes) and goes on in CONTINUE records.
    for r in range(200):
        ws.write(10 + r, 0, f"第{r}行 人民币贷款余额 row {r}")
        ws.write(10 + r, 1, f"label-{r:04d}-" + "x" * (r % 37))
    # One long string that crosses CONTINUE records, switching between compressed and UTF-16 characters.
    long = "".join(("ascii-run-" * 30) + ("中文字符" * 60) for _ in range(12))
    ws.write(7, 0, long)
    ws.write(8, 0, "")
    ws2 = wb.add_sheet("Sheet2")
    ws2.write(0, 0, "far")
    ws2.write(60000, 200, 42)
    ws2.write(59999, 3, "end")
    wb.save(path)


def expected(path):
    book = xlrd.open_workbook(path, formatting_info=True)
    sheets = []
    for sh in book.sheets():
        cells = {}
        for r in range(sh.nrows):
            for c in range(sh.ncols):
                cell = sh.cell(r, c)
                ref = xlrd.cellname(r, c)
                if cell.ctype == xlrd.XL_CELL_EMPTY or cell.ctype == xlrd.XL_CELL_BLANK:
                    continue
                if cell.ctype == xlrd.XL_CELL_TEXT:
                    cells[ref] = {"type": "text", "value": cell.value}
                elif cell.ctype == xlrd.XL_CELL_NUMBER:
                    cells[ref] = {"type": "number", "value": cell.value}
                elif cell.ctype == xlrd.XL_CELL_DATE:
                    y, mo, d, h, mi, s = xlrd.xldate_as_tuple(cell.value, book.datemode)
                    fmt = book.format_map[book.xf_list[cell.xf_index].format_key].format_str.lower()
                    has_time = "h" in fmt or "s" in fmt
                    if y == 0:
                        text = f"{h:02d}:{mi:02d}:{s:02d}"
                    elif has_time:
                        text = f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
                    else:
                        text = f"{y:04d}-{mo:02d}-{d:02d}"
                    cells[ref] = {"type": "date", "value": text}
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    cells[ref] = {"type": "boolean", "value": bool(cell.value)}
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    cells[ref] = {"type": "error", "value": xlrd.error_text_from_code[cell.value]}
        sheets.append({"name": sh.name, "cells": cells})
    return {"datemode1904": book.datemode == 1, "sheets": sheets}


for name, mode in [("features.xls", False), ("features_1904.xls", True)]:
    path = os.path.join(OUT, name)
    build(path, mode)
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(expected(path), f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", path)
