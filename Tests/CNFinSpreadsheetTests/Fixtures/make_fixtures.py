#!/usr/bin/env python3
"""Regenerates the .xlsx fixtures of CNFinSpreadsheetTests (the tests themselves need no Python).

    python3 -m venv .venv-sheet && .venv-sheet/bin/pip install openpyxl msoffcrypto-tool
    .venv-sheet/bin/python Tests/CNFinSpreadsheetTests/Fixtures/make_fixtures.py

Writes generated/*.xlsx with openpyxl and, for each readable workbook, generated/<name>.expected.json:
every non-empty cell as openpyxl reads it back (value, type, number format), the merged ranges and
the sheet names -- the independent reference the Swift reader is compared with.
openpyxl (3.1) writes every string inline and custom codes for Chinese date formats, so two
things are patched into the written XML afterwards: all strings but a few become shared strings (t="s"),
and the Chinese date styles point to Excel's built-in zh-CN ids 31 (yyyy"年"m"月"d"日") and
57 (yyyy"年"m"月"), whose codes are not written in styles.xml.
"""
import datetime
import io
import json
import os
import re
import shutil
import zipfile

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "generated")
FIXED = datetime.datetime(2000, 1, 1)


def save(wb, name):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(OUT, name)
    wb.save(path)
    return path


def rewrite(path, edit, extra=None):
    """Rewrites the parts of a zip through edit(name, bytes) -> bytes (fixed entry dates);
    extra() may return one more (name, bytes) part, added after the edits."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    edited = [(name, edit(name, data)) for name, data in parts]
    if extra:
        edited.append(extra())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in edited:
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def share_strings(path, keep_inline):
    """openpyxl writes every string inline (t="inlineStr"); this moves all but the cells in
    keep_inline ({sheet part: {refs}}) into a shared-string table xl/sharedStrings.xml, whose
    first item is written as rich-text runs with a phonetic run (which readers must skip)."""
    sst = []
    index = {}

    def share(m):
        ref, attrs, text = m.group(1), m.group(2), m.group(3)
        if ref in keep:
            return m.group(0)
        if text not in index:
            index[text] = len(sst)
            sst.append(text)
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, attrs, index[text])

    def edit(name, data):
        nonlocal keep
        if name.startswith("xl/worksheets/sheet"):
            keep = keep_inline.get(name, set())
            text = data.decode("utf-8")
            text = re.sub(r'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', share, text)
            return text.encode("utf-8")
        if name == "xl/_rels/workbook.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" Id="rId99" /></Relationships>')
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>')
        return data

    keep = set()
    rewrite(path, edit, extra=lambda: ("xl/sharedStrings.xml", sst_xml(sst)))


def sst_xml(sst):
    items = []
    for k, t in enumerate(sst):
        if k == 0 and len(t) > 1:
            half = len(t) // 2
            items.append('<si><r><rPr><b/></rPr><t>%s</t></r><r><t xml:space="preserve">%s</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>' % (t[:half], t[half:]))
        else:
            items.append("<si><t xml:space=\"preserve\">%s</t></si>" % t)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
            % (len(sst), len(sst), "".join(items))).encode("utf-8")


def expected(path, name):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": []}
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if isinstance(v, datetime.datetime):
                    kind, v = "date", v.strftime("%Y-%m-%d")
                elif isinstance(v, bool):
                    kind = "bool"
                elif isinstance(v, (int, float)):
                    kind, v = "number", float(v)
                else:
                    kind = "text"
                cells[c.coordinate] = {"type": kind, "value": v, "format": c.number_format}
        out["sheets"].append({"name": ws.title, "cells": cells,
                              "merged": sorted(str(r) for r in ws.merged_cells.ranges),
                              "frozen": ws.freeze_panes})
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)


def features():
    """Merged header cells, shared and inline strings, Chinese built-in date formats, empty rows, a second sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社会融资规模存量"
    ws["A1"] = "社会融资规模存量统计表"
    ws.merge_cells("A1:D1")
    ws["A2"] = "Aggregate Financing to the Real Economy (Stock)"
    ws.merge_cells("A2:D2")
    ws["A3"] = "单位：万亿元"
    ws["A4"] = "月份"
    ws["B4"] = "社会融资规模存量"
    ws["C4"] = "其中：人民币贷款"
    ws["D4"] = "社会融资规模存量同比增速(%)"
    ws.merge_cells("A4:A5")
    ws["B5"] = "AFRE (stock)"
    ws["C5"] = "RMB loans"
    ws["D5"] = "growth (%)"
    rows = [(datetime.datetime(2025, 1, 1), 415.5631, 260.7912, 8.0),
            (datetime.datetime(2025, 2, 1), 417.9342, 261.5087, 8.2),
            None,  # an empty row inside the table
            (datetime.datetime(2025, 3, 1), 422.9612, 264.6419, 8.4)]
    r = 6
    for row in rows:
        if row is not None:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                if c == 1:
                    cell.number_format = 'yyyy"年"m"月"'
                elif c < 4:
                    cell.number_format = "0.0000"
                else:
                    cell.number_format = "0.0"
        r += 1
    ws["A12"] = "注：数据为示例。"
    ws["A4"].font = Font(bold=True)
    ws.freeze_panes = "B6"
    second = wb.create_sheet("Dates & flags")
    second["A1"] = "日期"
    second["B1"] = datetime.datetime(2023, 5, 31)
    second["B1"].number_format = 'yyyy"年"m"月"d"日"'
    second["A2"] = "布尔"
    second["B2"] = True
    second["A3"] = "entities <&> \"quoted\""
    second["A5"] = 2000.1
    second["B5"] = "2019.10"
    second["C5"] = "2023年5月"
    path = save(wb, "features.xlsx")

    share_strings(path, {"xl/worksheets/sheet1.xml": {"C5", "A12"}})

    def edit(name, data):
        if name == "xl/styles.xml":
            text = data.decode("utf-8")
            for code, builtin in (('yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;', 31),
                                  ('yyyy&quot;年&quot;m&quot;月&quot;', 57)):
                m = re.search(r'<numFmt numFmtId="(\d+)" formatCode="%s"\s*/>' % re.escape(code), text)
                assert m, code
                text = text.replace(m.group(0), "")
                text = text.replace('numFmtId="%s"' % m.group(1), 'numFmtId="%d"' % builtin)
            return text.encode("utf-8")
        return data
    rewrite(path, edit)
    expected(path, "features")


def money_supply():
    """A 货币供应量 table, months as text labels across columns, label over merged cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "货币供应量"
    ws["A2"] = "Money Supply"
    ws["C3"] = "单位：亿元人民币"
    ws["A5"] = "项目 Item"
    labels = ["2023.01", "2023.02", "2023年3月", "2023.4", "2023.05"]
    for k, lab in enumerate(labels):
        ws.cell(row=5, column=4 + k, value=lab)
    data = {"M2": [2738072.06, 2755249.23, 2814566.31, 2808469.09, 2820504.68],
            "M1": [655214.16, 657938.74, 678059.63, 669761.17, 675252.92],
            "M0": [114601.3, 107602.58, 105591.27, 105905.37, 104757.83]}
    ws["A7"] = "货币和准货币（M2）"
    ws.merge_cells("A7:C7")
    ws["A8"] = "Money & Quasi-money"
    ws["B9"] = "货币（M1）"
    ws.merge_cells("B9:C9")
    ws["B10"] = "Money"
    ws["C11"] = "流通中货币（M0）"
    ws["C12"] = "Currency in Circulation"
    for row, key in ((7, "M2"), (9, "M1"), (11, "M0")):
        for k, v in enumerate(data[key]):
            ws.cell(row=row, column=4 + k, value=v)
    path = save(wb, "money_supply_2023.xlsx")
    share_strings(path, {})
    expected(path, "money_supply_2023")
    return path


def english_editions():
    """English-edition tables: a credit-funds table and a TSF-flow table without Chinese text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Sources and Uses of Credit Funds of Financial Institutions (in RMB)"
    ws["K3"] = "Unit: 100 Million Yuan"
    ws["A5"] = "Item"
    for k in range(3):
        ws.cell(row=5, column=2 + k, value="2023.%02d" % (k + 1))
    items = [("Funds Sources", None), ("1. Total Deposits", 2600000.11), ("  1. Deposits of Households", 1300000.22),
             ("  2. Deposits of Non-financial Enterprises", 700000.33), ("  4. Fiscal Deposits", 50000.44),
             ("Funds Uses", None), ("1. Total Loans", 2200000.55), ("  1. Loans to Households", 750000.66),
             ("    (1) Short-term Loans", 200000.77), ("    (2) Mid & Long-term Loans", 550000.88),
             ("  2. Loans to Non-financial Enterprises and Government Departments & Organizations", 1400000.99),
             ("    (1) Short-term Loans", 450000.12), ("    (2) Mid & Long-term Loans", 850000.23),
             ("    (3) Paper Financing", 90000.34), ("(2) Overseas Loans", 10000.45)]
    for r, (label, base) in enumerate(items, start=7):
        ws.cell(row=r, column=1, value=label)
        if base is not None:
            for k in range(3):
                ws.cell(row=r, column=2 + k, value=round(base + 1000 * k, 2))
    path = save(wb, "credit_funds_english.xlsx")
    expected(path, "credit_funds_english")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Aggregate Financing to the Real Economy (Flow)"
    ws["A2"] = "Unit: 100 million Yuan"
    heads = ["Month", "AFRE(flow)", "RMB loans", "Foreign currency-denominated loans", "Entrusted loans", "Trust loans",
             "Undiscounted bankers' acceptances", "Net financing of corporate bonds", "Government bonds",
             "Equity financing on the domestic stock market by non-financial enterprises",
             "Asset-backed securities of depository financial institutions", "Loans written off"]
    for c, h in enumerate(heads, start=1):
        ws.cell(row=4, column=c, value=h)
    for k in range(2):
        ws.cell(row=5 + k, column=1, value=2023.01 + k / 100)
        for c in range(2, 13):
            ws.cell(row=5 + k, column=c, value=1000 * c + k)
    path = save(wb, "tsf_flow_english.xlsx")
    expected(path, "tsf_flow_english")


def prefixed(money_path):
    """The 货币供应量 fixture with namespace prefixes: worksheet elements as <x:row>, <x:c> …, and
    the workbook's relationship attribute as rel:id instead of r:id (both legal XML)."""
    path = os.path.join(OUT, "prefixed_namespaces.xlsx")
    shutil.copyfile(money_path, path)

    def edit(name, data):
        text = data.decode("utf-8")
        if name == "xl/workbook.xml":
            text = text.replace("xmlns:r=", "xmlns:rel=").replace(" r:id=", " rel:id=")
        elif name.startswith("xl/worksheets/sheet"):
            text = re.sub(r"<(/?)([A-Za-z]+)([ >/])", r"<\1x:\2\3", text)
            text = text.replace('<x:worksheet xmlns="', '<x:worksheet xmlns:x="', 1)
        return text.encode("utf-8")
    rewrite(path, edit)
    expected(path, "prefixed_namespaces")


def bad_inputs(money_path):
    """Workbooks that must be refused with a clear error."""
    raw = open(money_path, "rb").read()
    with open(os.path.join(OUT, "truncated.xlsx"), "wb") as f:
        f.write(raw[: len(raw) * 2 // 3])
    damaged = bytearray(raw)
    # Damage the compressed data of the worksheet (after its local header).
    with zipfile.ZipFile(money_path) as z:
        offset = z.getinfo("xl/worksheets/sheet1.xml").header_offset
    name_len = damaged[offset + 26] | damaged[offset + 27] << 8
    extra_len = damaged[offset + 28] | damaged[offset + 29] << 8
    start = offset + 30 + name_len + extra_len
    for k in range(start + 5, start + 25):
        damaged[k] ^= 0x5A
    with open(os.path.join(OUT, "corrupt.xlsx"), "wb") as f:
        f.write(bytes(damaged))
    try:
        import msoffcrypto
        from msoffcrypto.format.ooxml import OOXMLFile
        buf = io.BytesIO()
        with open(money_path, "rb") as f:
            OOXMLFile(f).encrypt("secret", buf)
        with open(os.path.join(OUT, "encrypted.xlsx"), "wb") as f:
            f.write(buf.getvalue())
    except ImportError:
        print("msoffcrypto-tool missing: encrypted.xlsx not regenerated")
    # generated/damaged.xls is not regenerated here: it is one of 300 random mutants of
    # Datasets/raw/lingjf__fr/金融机构人民币信贷收支表2019m.xls (seed 7, mutant 5) that FreeXL opens
    # without a handle; kept as committed bytes.
    src = os.path.join(HERE, "pboc", "货币供应量2019.xls")
    shutil.copyfile(src, os.path.join(OUT, "money_supply_2019_renamed.xlsx"))

    def table(name, title, labels, unit="单位：亿元", second=None, items=("各项存款 Total Deposits", "各项贷款 Total Loans")):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Sheet1"
        ws["A1"] = title
        ws["A2"] = unit
        ws["A3"] = "项目 Item"
        for k, lab in enumerate(labels):
            ws.cell(row=3, column=2 + k, value=lab)
        ws["A4"], ws["A5"] = items
        for k in range(len(labels)):
            ws.cell(row=4, column=2 + k, value=1000.5 + k)
            ws.cell(row=5, column=2 + k, value=800.25 + k)
        if second:
            ws2 = wb.create_sheet("Sheet2")
            ws2["A1"] = title
            ws2["A2"] = second
            ws2["A3"] = "项目 Item"
            ws2["B3"] = labels[0]
            ws2["A4"] = "各项存款 Total Deposits"
            ws2["B4"] = 1.5
        save(wb, name)

    table("unknown_table.xlsx", "某银行理财产品收益表", ["2023.01", "2023.02"], items=("理财产品A", "理财产品B"))
    table("months_out_of_order.xlsx", "金融机构人民币信贷收支表", ["2023.01", "2023.03", "2023.02"])
    table("months_duplicated.xlsx", "金融机构人民币信贷收支表", ["2023.01", "2023.02", "2023.02"])
    table("unit_changes.xlsx", "金融机构人民币信贷收支表", ["2023.01", "2023.02"], second="单位：万亿元")
    # A sheet whose one cell sits in row 1,000,000 (over the default limit of 200,000 rows); tiny on disk.
    path = os.path.join(OUT, "million_rows.xlsx")
    wb = openpyxl.Workbook()
    wb.active["A1"] = "金融机构人民币信贷收支表"
    wb.active["A1000000"] = 1.0
    save(wb, "million_rows.xlsx")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    features()
    english_editions()
    money = money_supply()
    prefixed(money)
    bad_inputs(money)
    print("wrote", sorted(os.listdir(OUT)))
