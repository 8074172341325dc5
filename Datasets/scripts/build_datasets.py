#!/usr/bin/env python3
"""Build the cnfin datasets (Datasets/data/*.csv) from the raw files in Datasets/raw/.

Reproducible and deterministic: all arithmetic uses decimal.Decimal on the strings read from the raw
files, output is sorted, numbers are printed with the precision of their source.
Requires Python 3.11, `xlrd` (BIFF8 .xls: the credit-funds and money-supply tables) and `openpyxl` (the PBoC 2026
TSF-flow .xlsx).

    python3 -m venv .venv-datasets && .venv-datasets/bin/pip install xlrd openpyxl
    .venv-datasets/bin/python Datasets/scripts/build_datasets.py

The rules (precedence, explanations of disagreements, YoY checks) are documented in Datasets/README.md
and in the comments below.  The build fails (exit 1) if a YoY check or a disagreement is unexplained.
"""
import csv
import io
import json
import os
import re
import shutil
import sys
import zipfile
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_UP
from xml.etree import ElementTree as ET

import xlrd

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RAW = os.path.join(ROOT, "Datasets", "raw")
OUT = os.path.join(ROOT, "Datasets", "data")
BUNDLE = os.path.join(ROOT, "Sources", "CNFinDatasets", "Resources", "data")
EXTRACT = os.path.join(ROOT, "Datasets", "extract")

# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------

def dec(s):
    """Decimal from a source string; None for empty/NaN."""
    if s is None:
        return None
    if isinstance(s, float):
        s = repr(s)
    s = str(s).strip().replace(",", "")
    if s in ("", "nan", "None", "NaN", "null", "-", "\u3000"):
        return None
    return D(s)


def q2(x, places):
    """Round a Decimal to `places` decimals (half up)."""
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(x):
    """Print a Decimal without exponent and without trailing zeros (12.50 -> 12.5, 100.0 -> 100)."""
    if x == 0:
        return "0"
    s = format(x.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def ym(y, m):
    return "%04d-%02d" % (int(y), int(m))


def add_months(month, k):
    y, m = int(month[:4]), int(month[5:7])
    t = y * 12 + (m - 1) + k
    return ym(t // 12, t % 12 + 1)


def mrange(a, b):
    out = []
    while a <= b:
        out.append(a)
        a = add_months(a, 1)
    return out


def print_quantum(v):
    """Precision of a figure transcribed from a release text (亿元).

    Amounts >= 1万亿 are printed in 万亿 with (up to) 2 decimals, smaller ones as integers in 亿元."""
    if v != v.to_integral_value():
        exp = -v.normalize().as_tuple().exponent
        return D(1).scaleb(-exp)
    if abs(v) >= 10000:
        if v % 1000 == 0:
            return D(1000)
        if v % 100 == 0:
            return D(100)
    return D(1)


RATE_Q = D("0.1")


def release_print(v, rate):
    """The figure as the release text writes it (half-up): rates to 0.1; amounts whose whole-亿 rounding is >= 1万亿 to
    0.01万亿 (100亿), smaller ones to whole 亿元 (cnfin's ReleaseRounding). A release prints 415.20万亿 as "415.2万亿"
    (trailing zero dropped), so a print of 4152000 is 415.20, not 415.2 +- 0.05."""
    if rate:
        return v.quantize(D("0.1"), rounding=ROUND_HALF_UP)
    whole = v.quantize(D(1), rounding=ROUND_HALF_UP)
    if abs(whole) >= 10000:
        return (v / 100).quantize(D(1), rounding=ROUND_HALF_UP) * 100
    return whole

# ----------------------------------------------------------------------------------------------
# candidate store
# ----------------------------------------------------------------------------------------------

class Obs:
    __slots__ = ("source", "value", "quantum", "note", "vintage_only", "printed")

    def __init__(self, source, value, quantum, note="", vintage_only=False, printed=False):
        self.source, self.value, self.quantum = source, value, quantum
        self.note, self.vintage_only, self.printed = note, vintage_only, printed


CANDS = defaultdict(list)          # (id, month) -> [Obs]
PUBLISHED = {}                     # (id, month, measure) -> (value, unit, source)
USED_RAW = set()                   # raw files (relative to RAW) read by the build


def add(sid, month, value, source, quantum, note="", vintage_only=False, printed=False):
    if value is None:
        return
    CANDS[(sid, month)].append(Obs(source, value, quantum, note, vintage_only, printed))


def rawpath(rel):
    USED_RAW.add(rel)
    return os.path.join(RAW, rel)


def read_csv(rel, encoding="utf-8-sig"):
    with open(rawpath(rel), encoding=encoding, newline="") as f:
        return list(csv.reader(f))

# ----------------------------------------------------------------------------------------------
# 1. lingjf/fr: PBoC 金融机构人民币信贷收支表 2000–2020 (BIFF8 .xls, month-end balances, 亿元)
# ----------------------------------------------------------------------------------------------

def clean_label(s):
    s = str(s).replace("\xa0", " ").replace("\u3000", " ").strip()
    # Chinese part only (before the English translation)
    m = re.match(r"^([^A-Za-z]*)", s)
    s = m.group(1) if m else s
    s = re.sub(r"[\s]", "", s)
    s = re.sub(r"^[一二三四五六七八九十]+、", "", s)
    s = re.sub(r"^[（(][一二三四五六七八九十0-9]+[）)]", "", s)
    s = re.sub(r"^[0-9]+\.", "", s)
    s = re.sub(r"^其中：", "", s)
    return s


def parse_lingjf():
    files = sorted(f for f in os.listdir(os.path.join(RAW, "lingjf__fr"))
                   if f.endswith(".xls") and f.startswith("金融机构人民币信贷收支表"))
    seen_years = {}
    for fn in files:
        rel = "lingjf__fr/" + fn
        book = xlrd.open_workbook(rawpath(rel))
        sh = book.sheet_by_index(0)
        header = None
        for r in range(sh.nrows):
            if clean_label(sh.cell_value(r, 0)).startswith("项目"):
                header = r
                break
        months = []
        for c in range(1, sh.ncols):
            v = sh.cell_value(header, c)
            # numeric header cells: 2000.1 is October (2000.10), so format with two decimals
            v = ("%.2f" % v) if isinstance(v, float) else str(v).strip()
            mm = re.match(r"^(\d{4})\.(\d{1,2})$", v)
            months.append(ym(mm.group(1), mm.group(2)) if mm else None)
        year = months[0][:4]
        file_year = re.search(r"(\d{4})", fn).group(1)
        if year != file_year or year in seen_years:
            # 2005d.xls holds the 2006 table (cell values identical to 2006d.xls): skip it; 2005 is missing.
            LINGJF_NOTES.append("%s contains %s data, not %s; skipped (year %s missing)" % (fn, year, file_year, file_year))
            continue
        seen_years[year] = fn
        ctx = None
        short_parts = defaultdict(lambda: defaultdict(list))
        found = {}
        found_rows = {}
        for r in range(header + 1, sh.nrows):
            lab = clean_label(sh.cell_value(r, 0))
            if not lab or lab.startswith("注"):
                continue
            vals = [dec(sh.cell_value(r, c)) if str(sh.cell_value(r, c)).strip() not in ("", "\u3000") else None
                    for c in range(1, sh.ncols)]
            key = None
            if lab == "各项存款" and "deposits_balance" not in found:
                key = "deposits_balance"
            elif lab == "各项贷款" and "loans_balance" not in found:
                key = "loans_balance"
            elif lab in ("住户贷款", "居民户贷款"):
                key, ctx = "household_loans_balance", "hh"
            elif lab in ("非金融企业及其他部门贷款", "非金融性公司及其他部门贷款", "非金融企业及机关团体贷款"):
                key, ctx = "corporate_loans_balance", "corp"
            elif lab == "非银行业金融机构贷款":
                key, ctx = "nonbank_loans_balance", None
            elif lab in ("境外贷款",):
                ctx = None
            elif ctx == "hh" and lab == "短期贷款":
                key = "household_short_loans_balance"
            elif ctx == "hh" and lab == "中长期贷款":
                key = "household_mlt_loans_balance"
            elif ctx == "hh" and lab in ("短期消费性贷款", "短期经营性贷款"):
                short_parts["household_short_loans_balance"][lab] = vals
            elif ctx == "hh" and lab in ("中长期消费性贷款", "中长期经营性贷款"):
                short_parts["household_mlt_loans_balance"][lab] = vals
            elif ctx == "corp" and lab == "短期贷款":
                key = "corporate_short_loans_balance"
            elif ctx == "corp" and lab == "中长期贷款":
                key = "corporate_mlt_loans_balance"
            elif ctx == "corp" and lab == "票据融资":
                key = "bill_financing_balance"
            elif lab in ("住户存款", "居民户存款", "储蓄存款"):
                key = "household_deposits_balance"
            elif lab == "非金融企业存款":
                key = "corporate_deposits_balance"
            elif lab in ("财政存款", "财政性存款"):
                key = "fiscal_deposits_balance"
            elif lab == "非银行业金融机构存款":
                key = "nonbank_deposits_balance"
            elif lab in ("流通中现金", "流通中货币"):
                key = "m0"
            if key and key not in found:
                found[key] = vals
                found_rows[key] = r
        for key, parts in short_parts.items():
            if key in found or len(parts) != 2:
                continue
            a, b = list(parts.values())
            found[key] = [x + y if x is not None and y is not None else None for x, y in zip(a, b)]
            found[key + "#sum"] = True
        for key, vals in found.items():
            if key.endswith("#sum"):
                continue
            src = "derived:sum:lingjf" if found.get(key + "#sum") else "lingjf"
            for ci, (mo, v) in enumerate(zip(months, vals)):
                if mo and v is not None:
                    v = q2(v, 2)
                    if src == "lingjf":
                        SHEET_CELLS.append((rel, sh.name, cell_ref(found_rows[key], ci + 1), key, mo, fmt(v)))
                    if key == "m0":
                        add("m0", mo, v, "lingjf", D("0.01"))
                    else:
                        add(key, mo, v, src, D("0.01"))
                        BAL[(key, mo)] = (v, "lingjf")


LINGJF_NOTES = []
SHEET_CELLS = []  # (raw file, sheet, cell, id, month, value): every spreadsheet cell the build reads, for the importer test
BAL = {}


def cell_ref(row, col):
    """A1 reference of a 0-based (row, col)."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return "%s%d" % (letters, row + 1)  # (id, month) -> (value, family-source) of credit-funds-table balances, used for balance_diff

# ----------------------------------------------------------------------------------------------
# 2. huhuaping/scrape-eastmoney raw-2021..2025.xlsx (credit-funds table 2021-01..2025-04), sheet XML
# ----------------------------------------------------------------------------------------------

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}

# position (0-based among item rows) in PBoC order -> id.  See SOURCES.md §6 for the order.
HUHUAPING_POS = {
    0: "deposits_balance", 2: "household_deposits_balance", 5: "corporate_deposits_balance",
    9: "fiscal_deposits_balance", 10: "nonbank_deposits_balance",
    17: "loans_balance", 19: "household_loans_balance", 20: "household_short_loans_balance",
    23: "household_mlt_loans_balance", 26: "corporate_loans_balance", 27: "corporate_short_loans_balance",
    28: "corporate_mlt_loans_balance", 29: "bill_financing_balance", 32: "nonbank_loans_balance",
}
HUHUAPING_LABEL = {  # sanity check of the position mapping (Chinese label must contain this)
    0: "各项存款", 2: "住户存款", 5: "非金融企业存款", 9: "财政性存款", 10: "非银行业金融机构存款",
    17: "各项贷款", 19: "住户贷款", 20: "短期", 23: "中长期", 26: "企", 27: "短期", 28: "中长期",
    29: "票据融资", 32: "非银行业金融机构贷款",
}


def read_xlsx_rows(rel):
    z = zipfile.ZipFile(rawpath(rel))
    sst = []
    root = ET.fromstring(z.read("xl/sharedStrings.xml"))
    for si in root.findall("m:si", NS):
        sst.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.find("m:sheetData", NS).findall("m:row", NS):
        cells = {}
        for c in row.findall("m:c", NS):
            ref = c.get("r")
            col = re.match(r"[A-Z]+", ref).group(0)
            v = c.find("m:v", NS)
            if v is None:
                is_ = c.find("m:is", NS)
                val = "".join(t.text or "" for t in is_.iter("{%s}t" % NS["m"])) if is_ is not None else ""
            elif c.get("t") == "s":
                val = sst[int(v.text)]
            else:
                val = v.text
            cells[col] = val
        rows.append(cells)
    return rows


def col_index(col):
    n = 0
    for ch in col:
        n = n * 26 + ord(ch) - 64
    return n - 1


def parse_huhuaping():
    for year in range(2021, 2026):
        rows = read_xlsx_rows("huhuaping__scrape-eastmoney/raw-%d.xlsx" % year)
        header = rows[0]
        cols = {v: k for k, v in header.items()}
        items = rows[1:]
        for pos, sid in HUHUAPING_POS.items():
            r = items[pos]
            label = r[cols["item"]]
            assert HUHUAPING_LABEL[pos] in label, (year, pos, label)
            assert r[cols["year"]].strip() == str(year)
            for m in range(1, 13):
                v = dec(r.get(cols["month_%02d" % m], ""))
                if v is None:
                    continue
                mo = ym(year, m)
                add(sid, mo, v, "huhuaping", D("0.01"))
                BAL.setdefault((sid, mo), (v, "huhuaping"))

# ----------------------------------------------------------------------------------------------
# 3. piggypiggy/datas: credit-funds table 2015-01..2023-10 and TSF tables 2015-01..2023-10
# ----------------------------------------------------------------------------------------------

PIGGY_CF = {
    "各项存款": "deposits_balance", "各项存款:境内:住户": "household_deposits_balance",
    "各项存款:境内:非金融企业": "corporate_deposits_balance", "各项存款:境内:财政性": "fiscal_deposits_balance",
    "各项存款:境内:非银行业金融机构": "nonbank_deposits_balance", "各项贷款": "loans_balance",
    "各项贷款:境内:住户": "household_loans_balance", "各项贷款:境内:住户:短期": "household_short_loans_balance",
    "各项贷款:境内:住户:中长期": "household_mlt_loans_balance",
    "各项贷款:境内:企事业单位": "corporate_loans_balance",
    "各项贷款:境内:企事业单位:短期": "corporate_short_loans_balance",
    "各项贷款:境内:企事业单位:中长期": "corporate_mlt_loans_balance",
    "各项贷款:境内:企事业单位:票据融资": "bill_financing_balance",
    "各项贷款:境内:非银行业金融机构": "nonbank_loans_balance",
}

TSF_COMPONENTS = [  # suffix, zh, en
    ("rmb_loans", "对实体经济发放的人民币贷款", "RMB loans to the real economy"),
    ("fx_loans", "对实体经济发放的外币贷款（折合人民币）", "foreign-currency loans to the real economy (RMB equivalent)"),
    ("entrusted_loans", "委托贷款", "entrusted loans"),
    ("trust_loans", "信托贷款", "trust loans"),
    ("undiscounted_bills", "未贴现银行承兑汇票", "undiscounted bankers' acceptances"),
    ("corporate_bonds", "企业债券", "net corporate bond financing"),
    ("government_bonds", "政府债券", "government bonds"),
    ("equity", "非金融企业境内股票融资", "domestic equity financing of non-financial enterprises"),
    ("abs", "存款类金融机构资产支持证券", "asset-backed securities of depository financial institutions"),
    ("writeoffs", "贷款核销", "loan write-offs"),
]

PIGGY_TSF_FLOW = {
    "社会融资规模增量": "tsf_increase", "社会融资规模增量:人民币贷款": "tsf_rmb_loans",
    "社会融资规模增量:外币贷款（折合人民币）": "tsf_fx_loans", "社会融资规模增量:委托贷款": "tsf_entrusted_loans",
    "社会融资规模增量:信托贷款": "tsf_trust_loans", "社会融资规模增量:未贴现银行承兑汇票": "tsf_undiscounted_bills",
    "社会融资规模增量:企业债券": "tsf_corporate_bonds", "社会融资规模增量:非金融企业境内股票融资": "tsf_equity",
    "社会融资规模增量:政府债券": "tsf_government_bonds",
    "社会融资规模增量:存款类金融机构资产支持证券": "tsf_abs", "社会融资规模增量:贷款核销": "tsf_writeoffs",
}
PIGGY_TSF_STOCK = {
    "社会融资规模存量": "tsf_stock", "社会融资规模存量:人民币贷款": "tsf_stock_rmb_loans",
    "社会融资规模存量:外币贷款（折合人民币）": "tsf_stock_fx_loans", "社会融资规模存量:委托贷款": "tsf_stock_entrusted_loans",
    "社会融资规模存量:信托贷款": "tsf_stock_trust_loans", "社会融资规模存量:未贴现银行承兑汇票": "tsf_stock_undiscounted_bills",
    "社会融资规模存量:企业债券": "tsf_stock_corporate_bonds", "社会融资规模存量:非金融企业境内股票": "tsf_stock_equity",
    "社会融资规模存量:政府债券": "tsf_stock_government_bonds",
    "社会融资规模存量:存款类金融机构资产支持证券": "tsf_stock_abs", "社会融资规模存量:贷款核销": "tsf_stock_writeoffs",
}


def parse_piggypiggy():
    rows = read_csv("piggypiggy__datas/金融机构人民币信贷收支表.csv")
    h = rows[0]
    for row in rows[1:]:
        mo = row[0]
        for i, name in enumerate(h):
            sid = PIGGY_CF.get(name)
            if sid and dec(row[i]) is not None:
                v = q2(dec(row[i]), 2)
                add(sid, mo, v, "piggypiggy", D("0.01"))
                BAL.setdefault((sid, mo), (v, "piggypiggy"))
    rows = read_csv("piggypiggy__datas/社会融资规模.csv")
    h = rows[0]
    for row in rows[1:]:
        mo = row[0]
        year = int(mo[:4])
        for i, name in enumerate(h):
            if i == 0:
                continue
            v = dec(row[i])
            if v is None:
                continue
            if name in PIGGY_TSF_FLOW:
                sid = PIGGY_TSF_FLOW[name]
                v = q2(v, 0)
                if sid == "tsf_increase" and year <= 2018:
                    add(sid, mo, v, "piggypiggy", D(1), vintage_only=True,
                        note="old TSF definition (table of the time: no/partial government bonds, ABS, write-offs)")
                elif sid == "tsf_corporate_bonds" and year <= 2018:
                    add(sid, mo, v, "piggypiggy", D(1), vintage_only=True,
                        note="table of the time: corporate bonds before the 2019-09 inclusion of exchange-traded ABS")
                elif sid == "tsf_government_bonds" and year <= 2018:
                    add(sid, mo, v, "piggypiggy", D(1), vintage_only=True,
                        note="2018 table: local-government special bonds only, not all government bonds")
                else:
                    add(sid, mo, v, "piggypiggy", D(1))
            elif name in PIGGY_TSF_STOCK:
                sid = PIGGY_TSF_STOCK[name]
                v = q2(v, 0)  # 0.01万亿 precision, stored as 亿元 with float artefacts
                if sid == "tsf_stock" and year <= 2018:
                    add(sid, mo, v, "piggypiggy", D(100), vintage_only=True,
                        note="old TSF definition (table of the time)")
                elif sid == "tsf_stock_government_bonds" and year <= 2018:
                    continue  # 2018 table: special-bond stock only; not the same item
                else:
                    add(sid, mo, v, "piggypiggy", D(100))
            elif name.endswith(" 同比") and name[:-3] in PIGGY_TSF_STOCK:
                sid = PIGGY_TSF_STOCK[name[:-3]] + "_yoy"
                if sid == "tsf_stock_government_bonds_yoy" and year <= 2018:
                    continue
                if sid == "tsf_stock_yoy" and year <= 2018:
                    add(sid, mo, v, "piggypiggy", RATE_Q,
                        note="growth rate printed on the TSF definition of the time")
                else:
                    add(sid, mo, v, "piggypiggy", RATE_Q)

# ----------------------------------------------------------------------------------------------
# 4. zemw/ce data.m: CEIC series (RMB bn -> ×10 亿元)
# ----------------------------------------------------------------------------------------------

CEIC_SERIES = {
    "CN: Money Supply M1": "m1",
    "CN: Money Supply M2: Quasi Money": "quasi_money",
    "CN: Money Supply M1: YoY": "m1_yoy",
    "CN: Aggregate Financing: New Increased": "tsf_increase",
    "CN: Aggregate Financing: New Increased: Loan in Local Currency": "tsf_rmb_loans",
    "CN: Aggregate Financing: New Increased: Entrusted Loan": "tsf_entrusted_loans",
    "CN: Aggregate Financing: New Increased: Trust Loan": "tsf_trust_loans",
    "CN: Aggregate Financing: New Increased: Banker": "tsf_undiscounted_bills",
    "CN: Aggregate Financing: New Increased: Net Corporate Bond Financing": "tsf_corporate_bonds",
    "CN: Aggregate Financing: New Increased: Government Bond": "tsf_government_bonds",
    "CN: Aggregate Financing: New Increased: Non Financial Enterprise Equity Financing": "tsf_equity",
    "CN: Aggregate Financing: New Increased: Other Financing: Depository Financial Inst. Asset-backed Securities": "tsf_abs",
    "CN: Loan: New Increased: Household: Short Term": "household_short_loans_increase",
    "CN: Loan: New Increased: Household: Medium & Long Term": "household_mlt_loans_increase",
    "CN: Loan: New Increased: Non Financial Enterprise and Govt Agency & Org: Short Term": "corporate_short_loans_increase",
    "CN: Loan: New Increased: Non Financial Enterprise and Govt Agency & Org: Bill Financing": "bill_financing_increase",
    "CN: Loan: New Increased: Non Financial Enterprise and Govt Agency & Org: Medium & Long Term": "corporate_mlt_loans_increase",
}
CEIC = {}


def parse_ceic():
    with open(rawpath("zemw__ce/data.m"), encoding="utf-8", newline="") as f:
        t = f.read()
    rawpath("zemw__ce/names.csv")
    for m in re.finditer(r"(s\d+_M) = timeseries\(\[([^\]]*)\],\s*\{([^}]*)\}\);", t):
        var = m.group(1)
        nm = re.search(re.escape(var) + r"\.Name = '([^']*)'", t).group(1)
        sid = CEIC_SERIES.get(nm)
        if not sid:
            continue
        vals = m.group(2).split(";")
        dates = re.findall(r"'(\d\d)/\d\d/(\d{4})'", m.group(3))
        assert len(vals) == len(dates)
        series = {}
        for (mm, yy), v in zip(dates, vals):
            v = dec(v)
            if v is None:
                continue
            mo = ym(yy, mm)
            if sid.endswith("_yoy"):
                series[mo] = v
            else:
                series[mo] = v * 10  # RMB bn -> 亿元 (exact in Decimal)
        CEIC[sid] = series
    for sid, series in CEIC.items():
        for mo, v in series.items():
            if sid == "quasi_money":
                continue
            qn = RATE_Q if sid.endswith("_yoy") else D(1)
            if sid == "tsf_increase" and mo < "2002-01":
                continue
            add(sid, mo, v, "ceic", qn)
    # M2 = M1 + quasi-money (CEIC "M2: Quasi Money" is M2 − M1)
    for mo, qm in CEIC["quasi_money"].items():
        if mo in CEIC["m1"]:
            add("m2", mo, CEIC["m1"][mo] + qm, "derived:sum:ceic", D(1))
    # household new loans = short + MLT (CEIC)
    hs, hm = CEIC["household_short_loans_increase"], CEIC["household_mlt_loans_increase"]
    for mo in hs:
        if mo in hm:
            add("household_loans_increase", mo, hs[mo] + hm[mo], "derived:sum:ceic", D(1))

# ----------------------------------------------------------------------------------------------
# 5. wangxf123456/investment money supply (akshare), 2008-01..2025-11
# ----------------------------------------------------------------------------------------------

def parse_wangxf():
    rows = read_csv("wangxf123456__investment/money_supply_test.csv")
    for row in rows[1:]:
        mm = re.match(r"(\d{4})年(\d{2})月份", row[0])
        mo = ym(mm.group(1), mm.group(2))
        m1_note = ""
        for sid, lvl, yoy in (("m2", 1, 2), ("m1", 4, 5), ("m0", 7, 8)):
            add(sid, mo, dec(row[lvl]), "wangxf", D("0.01"))
            add(sid + "_yoy", mo, dec(row[yoy]), "wangxf", D("0.01") if len(row[yoy].split(".")[-1]) == 2 else RATE_Q)
    rows = read_csv("wangxf123456__investment/result.csv")
    for row in rows[1:]:
        mo = row[0]
        for sid, lvl, yoy in (("m0", 1, 4), ("m1", 2, 5), ("m2", 3, 6)):
            add(sid, mo, dec(row[lvl]), "wangxf_result", D("0.01"))
            y = row[yoy].rstrip("%")
            add(sid + "_yoy", mo, dec(y), "wangxf_result", D("0.01"))

# ----------------------------------------------------------------------------------------------
# 6. EastMoney copies (huizhaohuang): new_loans.csv (= TSF RMB-loan component!), social_financing.csv
# ----------------------------------------------------------------------------------------------

def parse_eastmoney():
    rows = read_csv("huizhaohuang__china-econ-data-penetrate/new_loans.csv")
    rawpath("huizhaohuang__china-econ-data-penetrate/new_loans.meta.json")
    for row in rows[1:]:
        mo = row[0][:7]
        # value is the TSF component "RMB loans to the real economy", NOT headline new loans
        add("tsf_rmb_loans", mo, q2(dec(row[1]), 0), "eastmoney_loans", D(1))
    rows = read_csv("huizhaohuang__china-econ-data-penetrate/social_financing.csv")
    rawpath("huizhaohuang__china-econ-data-penetrate/social_financing.meta.json")
    for row in rows[1:]:
        mo = row[0][:7]
        v = q2(dec(row[1]), 0)
        if mo <= "2018-12":
            add("tsf_increase", mo, v, "eastmoney_tsf", D(1), vintage_only=True,
                note="EastMoney/akshare old-definition TSF total (2015-2018)")
        else:
            add("tsf_increase", mo, v, "eastmoney_tsf", D(1))
        r = q2(dec(row[2]), 0)
        if mo == "2022-06":
            add("tsf_rmb_loans", mo, r, "eastmoney_tsf", D(1), vintage_only=True,
                note="known error: copies the 2022-01 TSF total (61759)")
        else:
            add("tsf_rmb_loans", mo, r, "eastmoney_tsf", D(1))

# ----------------------------------------------------------------------------------------------
# 7. daoshihaideba: TSF flow with components 2024-01..2026-07; household deposits 2015-01..2026-07
# ----------------------------------------------------------------------------------------------

DAOSHI_ORDER = ["tsf_increase", "tsf_rmb_loans", "tsf_fx_loans", "tsf_entrusted_loans", "tsf_trust_loans",
                "tsf_undiscounted_bills", "tsf_corporate_bonds", "tsf_government_bonds", "tsf_equity",
                "tsf_abs", "tsf_writeoffs"]


def parse_daoshi():
    rows = read_csv("daoshihaideba__dposit_market_ratio/pboc_social_financing_flow.csv")
    h = rows[0]
    for row in rows[1:]:
        d = dict(zip(h, row))
        mo = ym(d["year"], d["month"])
        items = re.findall(r"-?\d+(?:\.\d+)?", d["source_row"].split(",", 1)[1])
        assert len(items) == 11, d["source_row"]
        assert dec(items[0]) == dec(d["afre_flow_yiyuan"])
        for sid, v in zip(DAOSHI_ORDER, items):
            add(sid, mo, dec(v), "daoshihaideba", D(1))
    rows = read_csv("daoshihaideba__dposit_market_ratio/pboc_household_deposits.csv")
    h = rows[0]
    for row in rows[1:]:
        d = dict(zip(h, row))
        mo = ym(d["year"], d["month"])
        v = q2(dec(d["household_deposits"]), 2)
        add("household_deposits_balance", mo, v, "daoshihaideba", D("0.01"))
        BAL.setdefault(("household_deposits_balance", mo), (v, "daoshihaideba"))

# ----------------------------------------------------------------------------------------------
# 8. Tushare sf_month snapshot (imherro): TSF flow, YTD, stock (万亿)
# ----------------------------------------------------------------------------------------------

def parse_tushare():
    with open(rawpath("imherro__MyInvest20260806/l3.json"), encoding="utf-8") as f:
        d = json.load(f, parse_float=D)
    for r in d["sourceRows"]:
        mo = r["month"][:4] + "-" + r["month"][4:]
        old = mo <= "2016-12"
        inc = D(str(r["inc_month"])) if r["inc_month"] is not None else None
        if inc is not None:
            inc = q2(inc, 2)
            if old:
                add("tsf_increase", mo, inc, "tushare", D(1), vintage_only=True,
                    note="Tushare flow on the old TSF definition (2015-2016)")
            else:
                add("tsf_increase", mo, inc, "tushare", D(1))
        ytd = D(str(r["inc_cumval"])) if r["inc_cumval"] is not None else None
        if ytd is not None:
            ytd = q2(ytd, 2)
            if old:
                add("tsf_increase_ytd", mo, ytd, "tushare", D(1), vintage_only=True,
                    note="Tushare YTD on the old TSF definition (2015-2016)")
            else:
                add("tsf_increase_ytd", mo, ytd, "tushare", D(1))
        if r["stk_endval"] is not None:
            v = q2(D(str(r["stk_endval"])) * 10000, 0)
            if old:
                add("tsf_stock", mo, v, "tushare", D(100), vintage_only=True,
                    note="old TSF definition (before the 2017-01 back-filled revised series)")
            else:
                add("tsf_stock", mo, v, "tushare", D(100))

# ----------------------------------------------------------------------------------------------
# 9. releases (headline.csv, headline_ytd.csv) and the May 2023 reference text
# ----------------------------------------------------------------------------------------------

HEADLINE_MAP = {
    "loans_increase": "loans_increase", "loans_balance": "loans_balance", "loans_balance_yoy": "loans_yoy",
    "household_loans_increase": "household_loans_increase", "household_mlt_loans_increase": "household_mlt_loans_increase",
    "corporate_loans_increase": "corporate_loans_increase", "corporate_mlt_loans_increase": "corporate_mlt_loans_increase",
    "deposits_increase": "deposits_increase", "deposits_balance": "deposits_balance", "deposits_balance_yoy": "deposits_yoy",
    "household_deposits_increase": "household_deposits_increase", "m2_balance": "m2", "m2_yoy": "m2_yoy",
    "m1_balance": "m1", "m1_yoy": "m1_yoy", "m0_balance": "m0", "m0_yoy": "m0_yoy", "tsf_stock": "tsf_stock",
    "tsf_stock_yoy": "tsf_stock_yoy", "tsf_increase": "tsf_increase",
}
HEADLINE_CHANGE = {"loans_increase_yoy_change": "loans_increase", "deposits_increase_yoy_change": "deposits_increase",
                   "tsf_increase_yoy_change": "tsf_increase"}
YTD_MAP = {
    "loans_increase_ytd": "loans_increase_ytd", "household_loans_increase_ytd": "household_loans_increase_ytd",
    "household_mlt_loans_increase_ytd": "household_mlt_loans_increase_ytd",
    "corporate_loans_increase_ytd": "corporate_loans_increase_ytd",
    "corporate_mlt_loans_increase_ytd": "corporate_mlt_loans_increase_ytd",
    "deposits_increase_ytd": "deposits_increase_ytd", "household_deposits_increase_ytd": "household_deposits_increase_ytd",
    "tsf_increase_ytd": "tsf_increase_ytd",
}
YTD_CHANGE = {"loans_increase_ytd_yoy_change": "loans_increase_ytd",
              "deposits_increase_ytd_yoy_change": "deposits_increase_ytd",
              "tsf_increase_ytd_yoy_change": "tsf_increase_ytd"}
YTD_PRINTS = defaultdict(dict)  # id -> month -> (value, quantum, source)


def parse_releases():
    rows = read_csv("releases/headline.csv")
    rawpath("releases/README.md")
    h = rows[0]
    for row in rows[1:]:
        d = dict(zip(h, row))
        mo = d["month"]
        for col, sid in HEADLINE_MAP.items():
            v = dec(d[col])
            if v is None:
                continue
            rate = sid.endswith("_yoy")
            qn = RATE_Q if rate else print_quantum(v)
            note, vo = "", False
            if sid in ("m1", "m1_yoy") and "2024-01" <= mo <= "2024-12":
                vo, note = True, "old M1 definition as printed in the 2024 releases (see break m1_2024)"
            if sid in ("loans_balance", "loans_yoy") and mo == "2025-11":
                vo, note = True, "data_error: very likely the RMB+FX loan balance mislabelled (releases/README.md)"
            if mo in ("2025-06", "2025-07") and sid in ("loans_increase", "tsf_increase"):
                note = "derived by news outlets from year-to-date figures, not printed by the PBoC"
            if sid == "m0_yoy" and mo == "2019-12":
                note = "5.4 (Chinese release) used; an English report printed 4.8"
            add(sid, mo, v, "releases", qn, note=note, vintage_only=vo, printed=True)
        for col, sid in HEADLINE_CHANGE.items():
            v = dec(d[col])
            if v is not None:
                PUBLISHED[(sid, mo, "change_vs_year_ago")] = (v, "亿元", "releases")
    rows = read_csv("releases/headline_ytd.csv")
    h = rows[0]
    for row in rows[1:]:
        d = dict(zip(h, row))
        mo = d["month"]
        for col, sid in YTD_MAP.items():
            v = dec(d[col])
            if v is None:
                continue
            qn = print_quantum(v)
            add(sid, mo, v, "releases_ytd", qn, printed=True)
            YTD_PRINTS[sid][mo] = (v, qn)
        for col, sid in YTD_CHANGE.items():
            v = dec(d[col])
            if v is not None:
                PUBLISHED[(sid, mo, "change_vs_year_ago")] = (v, "亿元", "releases_ytd")
    # January is printed as a single month; it is also the January YTD figure.
    for sid_m, sid_y in (("loans_increase", "loans_increase_ytd"), ("deposits_increase", "deposits_increase_ytd"),
                         ("tsf_increase", "tsf_increase_ytd"), ("household_loans_increase", "household_loans_increase_ytd"),
                         ("household_mlt_loans_increase", "household_mlt_loans_increase_ytd"),
                         ("corporate_loans_increase", "corporate_loans_increase_ytd"),
                         ("corporate_mlt_loans_increase", "corporate_mlt_loans_increase_ytd"),
                         ("household_deposits_increase", "household_deposits_increase_ytd")):
        for (sid, mo), obs in list(CANDS.items()):
            if sid == sid_m and mo.endswith("-01"):
                for o in obs:
                    if o.source == "releases" and mo not in YTD_PRINTS[sid_y]:
                        YTD_PRINTS[sid_y][mo] = (o.value, o.quantum)


def wan(s):
    return D(s) * 10000


def parse_reference():
    rel = "reference/2023-05-financial-statistics-xinhua.txt"
    with open(rawpath(rel), encoding="utf-8") as f:
        t = f.read()
    mo = "2023-05"
    src = "reference"

    def grab(pattern):
        m = re.search(pattern, t)
        assert m, pattern
        return m

    def put(sid, v, rate=False):
        add(sid, mo, v, src, RATE_Q if rate else print_quantum(v), printed=True)

    m = grab(r"5月份我国人民币贷款增加([\d.]+)万亿元，同比少增(\d+)亿元")
    put("loans_increase", wan(m.group(1)))
    PUBLISHED[("loans_increase", mo, "change_vs_year_ago")] = (-D(m.group(2)), "亿元", src)
    m = grab(r"人民币贷款余额([\d.]+)万亿元，同比增长([\d.]+)%，增速比上月末低([\d.]+)个百分点，比上年同期高([\d.]+)个百分点")
    put("loans_balance", wan(m.group(1)))
    put("loans_yoy", D(m.group(2)), True)
    PUBLISHED[("loans_yoy", mo, "pp_vs_prev")] = (-D(m.group(3)), "pp", src)
    PUBLISHED[("loans_yoy", mo, "pp_vs_year_ago")] = (D(m.group(4)), "pp", src)
    m = grab(r"住户贷款增加(\d+)亿元，其中中长期贷款增加(\d+)亿元；企（事）业单位贷款增加(\d+)亿元，其中中长期贷款增加(\d+)亿元")
    put("household_loans_increase", D(m.group(1)))
    put("household_mlt_loans_increase", D(m.group(2)))
    put("corporate_loans_increase", D(m.group(3)))
    put("corporate_mlt_loans_increase", D(m.group(4)))
    m = grab(r"广义货币（M2）余额([\d.]+)万亿元，同比增长([\d.]+)%，增速比上月末低([\d.]+)个百分点，比上年同期高([\d.]+)个百分点")
    put("m2", wan(m.group(1)))
    put("m2_yoy", D(m.group(2)), True)
    PUBLISHED[("m2_yoy", mo, "pp_vs_prev")] = (-D(m.group(3)), "pp", src)
    PUBLISHED[("m2_yoy", mo, "pp_vs_year_ago")] = (D(m.group(4)), "pp", src)
    m = grab(r"狭义货币（M1）余额([\d.]+)万亿元，同比增长([\d.]+)%，增速比上月末低([\d.]+)个百分点，比上年同期高([\d.]+)个百分点")
    put("m1", wan(m.group(1)))
    put("m1_yoy", D(m.group(2)), True)
    PUBLISHED[("m1_yoy", mo, "pp_vs_prev")] = (-D(m.group(3)), "pp", src)
    PUBLISHED[("m1_yoy", mo, "pp_vs_year_ago")] = (D(m.group(4)), "pp", src)
    m = grab(r"人民币存款增加([\d.]+)万亿元，同比少增([\d.]+)万亿元。其中，住户存款增加(\d+)亿元")
    put("deposits_increase", wan(m.group(1)))
    PUBLISHED[("deposits_increase", mo, "change_vs_year_ago")] = (-wan(m.group(2)), "亿元", src)
    put("household_deposits_increase", D(m.group(3)))
    m = grab(r"社会融资规模存量为([\d.]+)万亿元，同比增长([\d.]+)%；5月社会融资规模增量为([\d.]+)万亿元，比上月多(\d+)亿元，比上年同期少([\d.]+)万亿元")
    put("tsf_stock", wan(m.group(1)))
    put("tsf_stock_yoy", D(m.group(2)), True)
    put("tsf_increase", wan(m.group(3)))
    PUBLISHED[("tsf_increase", mo, "change_vs_prev")] = (D(m.group(4)), "亿元", src)
    PUBLISHED[("tsf_increase", mo, "change_vs_year_ago")] = (-wan(m.group(5)), "亿元", src)


# ----------------------------------------------------------------------------------------------
# 10. pages: TSF stock components of single months (first prints)
# ----------------------------------------------------------------------------------------------

PAGE_STOCK_EN = [
    ("tsf_stock", r"outstanding aggregate financing to the real economy \(AFRE\) reached RMB([\d.]+) trillion at end-\w+ 2025, increasing ([\d.]+) percent"),
    ("tsf_stock_rmb_loans", r"outstanding RMB loans to the real economy posted RMB([\d.]+) trillion, increasing ([\d.]+) percent"),
    ("tsf_stock_fx_loans", r"outstanding foreign currency-denominated loans to the real economy \(RMB equivalent\) recorded RMB([\d.]+) trillion, (?:decreasing|increasing) ([\d.]+) percent"),
    ("tsf_stock_entrusted_loans", r"outstanding entrusted loans registered RMB([\d.]+) trillion, (?:decreasing|increasing) ([\d.]+) percent"),
    ("tsf_stock_trust_loans", r"outstanding trust loans registered RMB([\d.]+) trillion, (?:decreasing|increasing) ([\d.]+) percent"),
    ("tsf_stock_undiscounted_bills", r"outstanding undiscounted bankers. acceptances recorded RMB([\d.]+) trillion, (?:declining|decreasing|increasing) ([\d.]+) percent"),
    ("tsf_stock_corporate_bonds", r"outstanding corporate bonds registered RMB([\d.]+) trillion, (?:decreasing|increasing) ([\d.]+) percent"),
    ("tsf_stock_government_bonds", r"outstanding government bonds reached RMB([\d.]+) trillion, (?:decreasing|increasing) ([\d.]+) percent"),
    ("tsf_stock_equity", r"outstanding domestic equity of non-financial firms amounted to RMB([\d.]+) trillion, (?:decreasing|increasing) ([\d.]+) percent"),
]
PAGE_STOCK_ZH = [
    ("tsf_stock", r"社會融資規模存量爲([\d.]+)萬億元,同比(增長|下降)([\d.]+)%"),
    ("tsf_stock_rmb_loans", r"人民幣貸款餘額爲([\d.]+)萬億元,同比(增長|下降)([\d.]+)%"),
    ("tsf_stock_fx_loans", r"外幣貸款摺合人民幣餘額爲([\d.]+)萬億元,同比(增長|下降)([\d.]+)%"),
    ("tsf_stock_entrusted_loans", r"委託貸款餘額爲([\d.]+)萬億元,同比(增長|下降)([\d.]+)%"),
    ("tsf_stock_trust_loans", r"信託貸款餘額爲([\d.]+)萬億元,同比(增長|下降)([\d.]+)%"),
    ("tsf_stock_undiscounted_bills", r"銀行承兌匯票餘額爲([\d.]+)萬億元,同比(增長|下降)([\d.]+)%"),
    ("tsf_stock_corporate_bonds", r"企業債券餘額爲([\d.]+)萬億元,同比(增長|下降)([\d.]+)%"),
    ("tsf_stock_government_bonds", r"政府債券餘額爲([\d.]+)萬億元,同比(增長|下降)([\d.]+)%"),
    ("tsf_stock_equity", r"股票餘額爲([\d.]+)萬億元,同比(增長|下降)([\d.]+)%"),
]
PAGE_FILES = {
    "2025-03": "pages/2025-03-pbc-en-afre-stock.txt",
    "2025-05": "pages/2025-05-ctmanga-tsf-stock.txt",
    "2025-09": "pages/2025-09-udfspace-pbc-en-financial-statistics.txt",
    "2025-10": "pages/2025-10-udfspace-pbc-en-financial-statistics.txt",
    "2025-11": "pages/2025-11-pbc-en-financial-statistics.txt",
}


def parse_pages():
    for mo, rel in sorted(PAGE_FILES.items()):
        with open(rawpath(rel), encoding="utf-8") as f:
            t = f.read()
        if "ctmanga" in rel:
            for sid, pat in PAGE_STOCK_ZH:
                m = re.search(pat, t)
                assert m, (rel, sid)
                add(sid, mo, wan(m.group(1)), "pages", D(100), printed=True)
                r = D(m.group(3)) * (-1 if m.group(2) == "下降" else 1)
                add(sid + "_yoy", mo, r, "pages", RATE_Q, printed=True)
        else:
            for sid, pat in PAGE_STOCK_EN:
                m = re.search(pat, t)
                assert m, (rel, sid)
                add(sid, mo, wan(m.group(1)), "pages", D(100), printed=True)
                neg = re.search(r"(decreasing|declining) " + re.escape(m.group(2)) + " percent", m.group(0))
                r = D(m.group(2)) * (-1 if neg else 1)
                add(sid + "_yoy", mo, r, "pages", RATE_Q, printed=True)


# ----------------------------------------------------------------------------------------------
# 11. sources 11-18 (added 2026-12): PBoC 2026 TSF xlsx, money tables, loan/TSF caches, release pages
# ----------------------------------------------------------------------------------------------

def xls_month_label(v):
    """A month label of a PBoC table: numeric cells are floats (2020.1 is October, so format with two decimals),
    a few are strings ('2019.10'). Returns YYYY-MM or None."""
    if isinstance(v, float):
        v = "%.2f" % v
    mm = re.match(r"^(\d{4})\.(\d{1,2})$", str(v).strip())
    return ym(mm.group(1), mm.group(2)) if mm else None


def parse_pboc_tsf_xlsx():
    """Source 11: the PBoC's own 社会融资规模增量统计表 2026 (xlsx, published mid-May 2026), read with openpyxl."""
    import openpyxl
    rel = "daoshihaideba__dposit_market_ratio/tmp_social_financing_2026.xlsx"
    wb = openpyxl.load_workbook(rawpath(rel), data_only=True)
    ws = wb.worksheets[0]
    header = None
    for ri, row in enumerate(ws.iter_rows(values_only=True)):
        label = clean_label(row[0] or "")
        if header is None:
            if label.startswith("月份"):
                header = [clean_label(x or "") for x in row]
                assert header[1] == "社会融资规模增量" and header[11] == "贷款核销", header
            continue
        mo = xls_month_label(row[0])
        if not mo:
            continue
        assert mo[:4] == "2026", mo
        for ci, (sid, v) in enumerate(zip(DAOSHI_ORDER, row[1:12])):
            v = dec(v)
            if v is not None:
                add(sid, mo, v, "pboc_tsf_xlsx", D(1))
                SHEET_CELLS.append((rel, ws.title, cell_ref(ri, ci + 1), sid, mo, fmt(v)))


def parse_lingjf_money():
    """Source 17: PBoC 货币供应量 yearly workbooks 2000-2020 (BIFF8 .xls)."""
    for year in range(2000, 2021):
        rel = "lingjf__fr/货币供应量%d.xls" % year
        sh = xlrd.open_workbook(rawpath(rel)).sheet_by_index(0)
        header = None
        for r in range(sh.nrows):
            if clean_label(sh.cell_value(r, 0)).startswith("项目"):
                header = r
                break
        months = {c: xls_month_label(sh.cell_value(header, c)) for c in range(1, sh.ncols)}
        months = {c: m for c, m in months.items() if m}
        assert len(months) == 12 and all(m[:4] == str(year) for m in months.values()), (rel, months)
        found = {}
        for r in range(header + 1, sh.nrows):
            label = re.sub(r"[\s\u3000\xa0]", "", "".join(str(sh.cell_value(r, c)) for c in range(0, 3)))
            if label.startswith("注"):
                break  # the 2018-2020 notes repeat revised 2017 M2 growth rates as fractions
            key = {"货币和准货币（M2）": "m2", "货币（M1）": "m1", "流通中货币（M0）": "m0", "流通中现金（M0）": "m0"}.get(label)
            if key and key not in found:
                found[key] = r
        assert set(found) == {"m0", "m1", "m2"}, (rel, found)
        for sid, r in found.items():
            for c, mo in months.items():
                v = dec(sh.cell_value(r, c)) if str(sh.cell_value(r, c)).strip() not in ("", "\u3000") else None
                if v is not None:
                    add(sid, mo, q2(v, 2), "lingjf_money", D("0.01"))
                    SHEET_CELLS.append((rel, sh.name, cell_ref(r, c), sid, mo, fmt(q2(v, 2))))


def parse_daoshi_money():
    """Source 11: M1/M2 rows of the PBoC 货币供应量 tables 2015-01..2026-07 (no M0; the YoY columns are the
    author's ratios and are not used)."""
    rows = read_csv("daoshihaideba__dposit_market_ratio/pboc_money_supply.csv")
    h = rows[0]
    for row in rows[1:]:
        d = dict(zip(h, row))
        mo = ym(d["year"], d["month"])
        for sid, col in (("m1", "m1_balance_yiyuan"), ("m2", "m2_balance_yiyuan")):
            v = dec(d[col])
            if v is None:
                continue
            v = q2(v, 2)
            if sid == "m1" and "2024-01" <= mo <= "2024-12":
                add(sid, mo, v, "daoshihaideba_money", D("0.01"), vintage_only=True,
                    note="old M1 definition (the 2024 table as republished in 2025-11; see break m1_2024)")
            else:
                add(sid, mo, v, "daoshihaideba_money", D("0.01"))


def parse_akshare_money():
    """Source 12: akshare macro_china_money_supply (EastMoney): published M1/M2 YoY and levels to 0.1, 2008-01..2026-07."""
    rows = read_csv("huizhaohuang__china-econ-data-penetrate/money_supply.csv")
    rawpath("huizhaohuang__china-econ-data-penetrate/money_supply.meta.json")
    for row in rows[1:]:
        mo = row[0][:7]
        old_m1 = "2024-01" <= mo <= "2024-12"
        for sid, i, qn in (("m2_yoy", 1, RATE_Q), ("m1_yoy", 2, RATE_Q), ("m2", 3, D("0.1")), ("m1", 4, D("0.1"))):
            v = dec(row[i])
            if v is None:
                continue
            if sid.startswith("m1") and old_m1:
                add(sid, mo, v, "akshare_money", qn, vintage_only=True,
                    note="old M1 definition as published in 2024 (see break m1_2024)")
            else:
                add(sid, mo, v, "akshare_money", qn)


def month_end(s):
    return s[:7]


def parse_swr0408():
    """Source 13: the RMB loan balance (各项贷款) of the credit-funds table 2015-01..2025-12 and FMP's headline new loans
    2025-03..2026-06 (rounded to 100亿); the TSF cache's published stock YoY (2016-2026-06) and 2026 stocks."""
    with open(rawpath("swr0408__economic-platform/cn_new_rmb_loans_cache.json"), encoding="utf-8") as f:
        d = json.load(f, parse_float=D)
    for r in d["data"]:
        mo = month_end(r["date"])
        if r["stock"] is not None:
            add("loans_balance", mo, q2(D(str(r["stock"])), 2), "swr0408", D("0.01"))
        if r["flow"] is not None and mo >= "2025-03":
            # FMP headline 新增人民币贷款 (bn × 10), a transcription of the print rounded to 100亿
            add("loans_increase", mo, q2(D(str(r["flow"])), 0), "fmp", D(100), printed=True)
    with open(rawpath("swr0408__economic-platform/cn_aggregate_financing_cache.json"), encoding="utf-8") as f:
        d = json.load(f, parse_float=D)
    for r in d["data"]:
        mo = month_end(r["date"])
        if mo in ("2016-01", "2017-01", "2019-01"):
            continue  # the month float "YYYY.1" (October) was read as January: these rows hold October's values
        if r["yoy"] is not None:
            if mo <= "2018-12":
                add("tsf_stock_yoy", mo, D(str(r["yoy"])), "swr0408", RATE_Q,
                    note="growth rate printed on the TSF definition of the time")
            else:
                add("tsf_stock_yoy", mo, D(str(r["yoy"])), "swr0408", RATE_Q)
        if r["stock"] is not None:
            v = q2(D(str(r["stock"])) * 10000, 0)
            if mo <= "2018-12":
                add("tsf_stock", mo, v, "swr0408", D(100), vintage_only=True, note="old TSF definition (table of the time)")
            else:
                add("tsf_stock", mo, v, "swr0408", D(100))


def parse_macrolens():
    """Source 14: release values of the RMB loan balance (2025-12..2026-08, 0.01万亿) and published loan YoY
    (2025-12+); M0 balance and published YoY (2025-11..2026-07). Earlier entries are the author's computations."""
    def load(rel):
        with open(rawpath(rel), encoding="utf-8") as f:
            return json.load(f, parse_float=D)
    d = load("SwartzMss__MacroLens/credit.json")
    start = d["calculationEffectiveFrom"]
    for r in d["data"]:
        if r["date"] >= start:
            add("loans_yoy", r["date"], D(str(r["value"])), "macrolens", RATE_Q, printed=True)
    for r in d["balance"]["data"]:
        if r["date"] >= "2025-12":
            add("loans_balance", r["date"], wan(str(r["value"])), "macrolens", D(100), printed=True)
    d = load("SwartzMss__MacroLens/m0.json")
    start = d["calculationEffectiveFrom"]
    for r in d["data"]:
        if r["date"] >= start:
            add("m0_yoy", r["date"], D(str(r["value"])), "macrolens", RATE_Q, printed=True)
    d = load("SwartzMss__MacroLens/m0-balance.json")
    for r in d["data"]:
        if r["date"] >= "2025-11":
            add("m0", r["date"], wan(str(r["value"])), "macrolens", D(100), printed=True)


def parse_keigoks():
    """Source 16: TSF flow, RMB-loan component and stock parsed from the PBoC yearly tables (to 2026-08).
    2017-2019 flows are parse placeholders and 2016 is the old definition: flows are used from 2020, stocks from 2019."""
    for name, sid, start, scale, qn in (("cn.afre_flow.csv", "tsf_increase", "2020-01", 1, D(1)),
                                         ("cn.rmb_loans_flow.csv", "tsf_rmb_loans", "2020-01", 1, D(1)),
                                         ("cn.afre_stock.csv", "tsf_stock", "2019-01", 10000, D(100))):
        for row in read_csv("keigoks-ivan__financial-analysis-bot/" + name)[1:]:
            mo = row[0][:7]
            if mo >= start:
                add(sid, mo, q2(dec(row[1]) * scale, 0), "keigoks", qn)


def release_text(rel):
    """The text of a PBoC release page (newthinker/atlas snapshots): the <div id="zoom"> body without tags."""
    import html as htmlmod
    with open(rawpath(rel), encoding="utf-8") as f:
        t = f.read()
    t = re.sub(r"<[^>]+>", "", t)
    t = re.sub(r"\s+", " ", htmlmod.unescape(t))
    i = t.find("一、社会融资规模存量")
    assert i >= 0, rel
    return t[i:]


def wan_or_yi(num, unit):
    return wan(num) if unit == "万亿" else D(num)


ATLAS_FILES = {"2025-09": "newthinker__atlas/pboc-2025-09-q3.html",
               "2025-12": "newthinker__atlas/pboc-2025-12-annual.html",
               "2026-03": "newthinker__atlas/pboc-2026-03-q1.html"}
ATLAS_STOCK = [("tsf_stock_rmb_loans", "对实体经济发放的人民币贷款余额"), ("tsf_stock_fx_loans", "对实体经济发放的外币贷款折合人民币余额"),
               ("tsf_stock_entrusted_loans", "委托贷款余额"), ("tsf_stock_trust_loans", "信托贷款余额"),
               ("tsf_stock_undiscounted_bills", "未贴现的银行承兑汇票余额"), ("tsf_stock_corporate_bonds", "企业债券余额"),
               ("tsf_stock_government_bonds", "政府债券余额"), ("tsf_stock_equity", "非金融企业境内股票余额")]
ATLAS_TSF_FLOW = [("rmb_loans", "对实体经济发放的人民币贷款"), ("fx_loans", "对实体经济发放的外币贷款折合人民币"),
                  ("entrusted_loans", "委托贷款"), ("trust_loans", "信托贷款"), ("undiscounted_bills", "未贴现的银行承兑汇票"),
                  ("corporate_bonds", "企业债券净融资"), ("government_bonds", "政府债券净融资"), ("equity", "非金融企业境内股票融资")]
ATLAS_YTD_COMPONENTS = {}  # (month, component suffix) -> printed YTD (亿元), for the component checks


def parse_atlas():
    """Source 15: complete PBoC 金融统计数据报告 pages (2025 Q3, 2025, 2026 Q1). Balances and rates are month-end
    prints; flows are year-to-date prints."""
    num = r"(-?[\d.]+)(万亿|亿)元"
    for mo, rel in sorted(ATLAS_FILES.items()):
        t = release_text(rel)

        def grab(pat):
            m = re.search(pat, t)
            assert m, (rel, pat)
            return m

        def put(sid, v, rate=False):
            add(sid, mo, v, "atlas", RATE_Q if rate else print_quantum(v), printed=True)

        def signed(verb, v):
            return -v if verb in ("下降", "减少") else v

        m = grab(r"社会融资规模存量为([\d.]+)万亿元，同比(增长|下降)([\d.]+)%")
        put("tsf_stock", wan(m.group(1)))
        put("tsf_stock_yoy", signed(m.group(2), D(m.group(3))), True)
        for sid, label in ATLAS_STOCK:
            m = grab(re.escape(label) + r"为?([\d.]+)万亿元，同比(增长|下降)([\d.]+)%")
            add(sid, mo, wan(m.group(1)), "atlas", D(100), printed=True)
            put(sid + "_yoy", signed(m.group(2), D(m.group(3))), True)
        m = grab(r"社会融资规模增量累计为" + num)
        ytd = wan_or_yi(m.group(1), m.group(2))
        put("tsf_increase_ytd", ytd)
        YTD_PRINTS["tsf_increase_ytd"].setdefault(mo, (ytd, print_quantum(ytd)))
        for suf, label in ATLAS_TSF_FLOW:
            m = grab(re.escape(label) + r"(增加|减少)?" + num + r"，同比(多增|少增|多减|少减|多|少)" + num)
            cur = signed(m.group(1), wan_or_yi(m.group(2), m.group(3)))
            chg = wan_or_yi(m.group(5), m.group(6)) * (1 if m.group(4) in ("多增", "少减", "多") else -1)
            ATLAS_YTD_COMPONENTS[(mo, suf)] = (cur, print_quantum(wan_or_yi(m.group(2), m.group(3))))
            ATLAS_YTD_COMPONENTS[(add_months(mo, -12), suf)] = (cur - chg, print_quantum(wan_or_yi(m.group(5), m.group(6))))
        m = grab(r"广义货币\(M2\)余额([\d.]+)万亿元，同比增长([\d.]+)%。狭义货币\(M1\)余额([\d.]+)万亿元，同比增长([\d.]+)%。"
                 r"流通中货币\(M0\)余额([\d.]+)万亿元，同比增长([\d.]+)%")
        for sid, g in (("m2", 1), ("m1", 3), ("m0", 5)):
            put(sid, wan(m.group(g)))
            put(sid + "_yoy", D(m.group(g + 1)), True)
        m = grab(r"月末人民币存款余额([\d.]+)万亿元，同比增长([\d.]+)%")
        put("deposits_balance", wan(m.group(1)))
        put("deposits_yoy", D(m.group(2)), True)
        ytd_items = []
        m = grab(r"人民币存款增加" + num + r"。其中，住户存款增加" + num)
        ytd_items += [("deposits_increase_ytd", wan_or_yi(m.group(1), m.group(2))),
                      ("household_deposits_increase_ytd", wan_or_yi(m.group(3), m.group(4)))]
        m = grab(r"月末人民币贷款余额([\d.]+)万亿元，同比增长([\d.]+)%")
        put("loans_balance", wan(m.group(1)))
        put("loans_yoy", D(m.group(2)), True)
        m = grab(r"人民币贷款增加" + num + r"。分部门看，住户贷款(增加|减少)" + num + r"，其中，短期贷款(增加|减少)" + num +
                 r"，中长期贷款(增加|减少)" + num + r"；企（事）业单位贷款(增加|减少)" + num + r"，其中，短期贷款(增加|减少)" + num +
                 r"，中长期贷款(增加|减少)" + num)
        ytd_items += [("loans_increase_ytd", wan_or_yi(m.group(1), m.group(2))),
                      ("household_loans_increase_ytd", signed(m.group(3), wan_or_yi(m.group(4), m.group(5)))),
                      ("household_mlt_loans_increase_ytd", signed(m.group(9), wan_or_yi(m.group(10), m.group(11)))),
                      ("corporate_loans_increase_ytd", signed(m.group(12), wan_or_yi(m.group(13), m.group(14)))),
                      ("corporate_mlt_loans_increase_ytd", signed(m.group(18), wan_or_yi(m.group(19), m.group(20))))]
        for sid, v in ytd_items:
            put(sid, v)
            YTD_PRINTS[sid].setdefault(mo, (v, print_quantum(v)))


def parse_news_pages():
    """Source 18: news excerpts of the 2025-10..2026-02 releases (figures in CNY billion: quantum 10亿)."""
    bn = D(10)
    t = open(rawpath("pages/2025-12-tradingeconomics-new-loans-news.txt"), encoding="utf-8").read()
    m = re.search(r"extended CNY (\d+) billion in new yuan loans in November 2025, up from CNY (\d+) billion in October", t)
    add("loans_increase", "2025-11", D(m.group(1)) * 10, "pages", bn, printed=True)
    add("loans_increase", "2025-10", D(m.group(2)) * 10, "pages", bn, printed=True)
    m = re.search(r"rose to CNY (\d+) billion, above October.s CNY (\d+) billion", t)
    add("tsf_increase", "2025-11", D(m.group(1)) * 10, "pages", bn, printed=True)
    add("tsf_increase", "2025-10", D(m.group(2)) * 10, "pages", bn, printed=True)
    m = re.search(r"Loan growth also slowed to ([\d.]+)%, a new low since at least 1998, down from ([\d.]+)% in the previous period", t)
    add("loans_yoy", "2025-11", D(m.group(1)), "pages", RATE_Q, printed=True)
    add("loans_yoy", "2025-10", D(m.group(2)), "pages", RATE_Q, printed=True)
    m = re.search(r"extended CNY (\d+) billion in new yuan loans in December 2025", t)
    add("loans_increase", "2025-12", D(m.group(1)) * 10, "pages", bn, printed=True)
    m = re.search(r"rose to CNY ([\d,]+) billion, down from CNY ([\d,]+) billion in November", t)
    add("tsf_increase", "2025-12", D(m.group(1).replace(",", "")) * 10, "pages", bn, printed=True)
    m = re.search(r"Outstanding loan growth held steady at a record-low ([\d.]+)%", t)
    add("loans_yoy", "2025-12", D(m.group(1)), "pages", RATE_Q, printed=True)
    t = open(rawpath("pages/2026-01-gatexx-financial-statistics.txt"), encoding="utf-8").read()
    m = re.search(r"M2 balance was ([\d.]+) trillion yuan, up (\d+)% year-on-year", t)
    add("m2", "2026-01", wan(m.group(1)), "pages", D(100), printed=True)
    add("m2_yoy", "2026-01", D(m.group(2)), "pages", RATE_Q, printed=True)
    m = re.search(r"stock of social financing was ([\d.]+) trillion yuan, up ([\d.]+)% year-on-year", t)
    add("tsf_stock", "2026-01", wan(m.group(1)), "pages", D(100), printed=True)
    add("tsf_stock_yoy", "2026-01", D(m.group(2)), "pages", RATE_Q, printed=True)
    m = re.search(r"increased year-on-year by 9%, 8.2%, and ([\d.]+)%, respectively", t)
    add("loans_yoy", "2026-01", D(m.group(1)), "pages", RATE_Q, printed=True)
    m = re.search(r"incremental social financing scale was ([\d.]+) trillion yuan", t)
    add("tsf_increase", "2026-01", wan(m.group(1)), "pages", D(100), printed=True)
    t = open(rawpath("pages/2026-02-tradingeconomics-new-bank-loans.txt"), encoding="utf-8").read()
    m = re.search(r"Banks extended CNY (\d+) billion in new loans in February of 2026", t)
    add("loans_increase", "2026-02", D(m.group(1)) * 10, "pages", bn, printed=True)
    m = re.search(r"decreased to (\d+) CNY Billion in February from (\d+) CNY Billion in January of 2026", t)
    add("loans_increase", "2026-01", D(m.group(2)) * 10, "pages", bn, printed=True)
    m = re.search(r"edged higher to CNY ([\d.]+) trillion from", t)
    add("tsf_increase", "2026-02", wan(m.group(1)), "pages", D(100), printed=True)


# ----------------------------------------------------------------------------------------------
# catalog
# ----------------------------------------------------------------------------------------------

# Reader-facing descriptions of the break registry, in Chinese and English: what a reader of a table
# or note needs (what changed, which months are not comparable), without source nicknames, file names
# or provenance remarks, which stay in `description` (shown by `--sources`) and in Datasets/README.md.
BREAK_TEXT = {
    "m1_ceic_1998_2001": (
        "1998年4月、1999年4月和2001年5月公布的M1同比增速与按余额计算的增速相差0.8至1.9个百分点（余额在增速公布后修订）",
        "in 1998-04, 1999-04 and 2001-05 the published M1 growth differs from the growth of the levels by 0.8-1.9 pp (levels revised after the rate was published)"),
    "m1_2000_2005_pboc_table": (
        "2001年9月和2005年7月前后，人民银行年度货币供应量表与其他来源的M1余额不一致，公布增速不等于按表中余额计算的增速",
        "around 2001-09 and 2005-07 the PBoC's yearly money-supply table and other sources carry different M1 levels, so the published growth is not the ratio of the table's levels"),
    "m1_2002": (
        "2002年公布的M1增速比按余额计算的增速低约2个百分点：统计范围调整后按可比口径计算",
        "published 2002 M1 growth is about 2 pp below the growth of the levels: rates on a comparable basis after a change of coverage"),
    "m1_2004_2005": (
        "2004年5月至2005年4月公布的M1增速比按余额计算的增速低0.5至0.6个百分点：上年基数已修订",
        "from 2004-05 to 2005-04 the published M1 growth is 0.5-0.6 pp below the growth of the levels: the year-earlier base was revised"),
    "lingjf_2005_missing": (
        "缺少2005年信贷收支表：2005年各月增量和2006年同比增速无法由余额计算",
        "the 2005 credit-funds table is missing: 2005 monthly flows and 2006 growth cannot be computed from balances"),
    "credit_table_2007_01": (
        "2007年信贷收支表调整格式（引入居民户部门）：住户和企业分项自此开始或更改名称",
        "the credit-funds table was re-laid out in 2007 (household sector introduced): household and corporate items start or change here"),
    "money_2009_12_level": (
        "2009年12月的货币供应量余额为修订后数值，高于公布增速所依据的余额：按余额计算的同比在2009年12月偏高、2010年12月偏低",
        "the 2009-12 money-supply levels are a later revision, above the level the published growth is based on: growth from levels is too high in 2009-12 and too low in 2010-12"),
    "credit_table_2010_01": (
        "2010年信贷收支表调整格式（住户、非金融企业部门；非金融企业存款项目开始）",
        "the credit-funds table was re-laid out in 2010 (household and non-financial-enterprise sectors; enterprise deposits start)"),
    "deposits_2011_01": (
        "自2011年起，金融、信托、租赁公司的委托存款扣除委托贷款后分别计入住户、非金融企业和财政存款；2011年1月的余额差含此重分类",
        "from 2011 entrusted deposits net of entrusted loans are booked under household, enterprise and fiscal deposits; balance differences in 2011-01 include the reclassification"),
    "m2_2011_10": (
        "2011年10月起M2纳入住房公积金中心存款和非存款类金融机构在存款类金融机构的存款；至2012年12月公布增速比按余额计算的低约0.5个百分点",
        "from 2011-10 M2 includes deposits of housing-provident-fund centres and of non-depository financial institutions; published growth stays about 0.5 pp below the growth of the levels until 2012-12"),
    "m0_2013_03": (
        "2013年3月公布的M0增速为12.4%，按余额计算为11.8%：余额可能已修订",
        "published M0 growth in 2013-03 is 12.4% against 11.8% from the levels: a level was probably revised"),
    "m2_2014_2015": (
        "2014年9月至2015年6月公布的M2增速与按余额计算的相差0.3至1.7个百分点（余额修订或按可比口径计算）",
        "from 2014-09 to 2015-06 published M2 growth differs from the growth of the levels by 0.3-1.7 pp (revised levels or comparable-basis rates)"),
    "loans_deposits_2015_01": (
        "自2015年1月起，各项存款含非银行业金融机构存款、各项贷款含对其贷款（存款增加约8.9万亿元）：2015年1月的余额差和2015年同比不可比",
        "from 2015-01 deposits include those of non-bank financial institutions and loans include lending to them (deposits +8.9 trillion): the 2015-01 balance difference and 2015 growth are not comparable"),
    "tsf_old_definition_feeds": (
        "2015至2018年部分来源仍为旧口径社会融资规模，仅保留为历史版本",
        "some sources carry old-definition TSF totals for 2015-2018; they are kept as earlier vintages only"),
    "m2_2017_akshare": (
        "2017年的M2余额为后来的修订值，与当年公布的增速不一致：按余额计算的同比高0.5至1.2个百分点",
        "the 2017 M2 levels are a later revision that does not match the rates published that year: growth from levels is 0.5-1.2 pp higher"),
    "tsf_2017_01_backfill": (
        "新口径社会融资规模（含政府债券、资产支持证券、贷款核销）仅回溯至2017年1月：2017年无法按新口径计算同比",
        "the revised TSF series (government bonds, ABS, write-offs) is back-filled only to 2017-01: no revised-definition growth can be computed for 2017"),
    "tsf_trust_loans_2017_2019": (
        "2017年12月和2019年公布的信托贷款存量增速比按余额计算的高0.65至0.85个百分点（重分类后的可比口径）",
        "published trust-loan stock growth is 0.65-0.85 pp above the growth of the levels in 2017-12 and 2019 (comparable basis after reclassification)"),
    "m2_2018_01": (
        "2018年1月起M2以非存款类机构部门持有的货币市场基金份额取代货币市场基金存款",
        "from 2018-01 M2 replaces money-market-fund deposits with money-market-fund shares held by non-depository sectors"),
    "tsf_2018_07": (
        "2018年7月起社会融资规模纳入存款类金融机构资产支持证券和贷款核销",
        "from 2018-07 TSF includes depository institutions' asset-backed securities and loan write-offs"),
    "tsf_2018_09": (
        "2018年9月起社会融资规模纳入地方政府专项债券",
        "from 2018-09 TSF includes local-government special bonds"),
    "tsf_2019_table_corporate_bonds": (
        "2019年企业债券存量含交易所企业资产支持证券，而同比增速按可比口径计算",
        "2019 corporate-bond stocks include exchange-traded ABS while the growth rates are on a comparable basis"),
    "m1_2019_02": (
        "2019年2月公布的M1增速为1.6%，按余额计算为1.96%",
        "published M1 growth in 2019-02 is 1.6% against 1.96% from the levels"),
    "tsf_2019_09": (
        "2019年9月起交易所企业资产支持证券纳入企业债券融资",
        "from 2019-09 exchange-traded enterprise ABS are included in corporate bonds"),
    "tsf_2019_12": (
        "2019年12月起社会融资规模纳入国债和地方政府一般债券，与专项债券合称政府债券",
        "from 2019-12 TSF includes treasury and local general bonds, which with special bonds form government bonds"),
    "hh_short_2020_01": (
        "2020年1月住户短期贷款分项之间的重分类不计入公布的增量",
        "in 2020-01 a reclassification between household short-term items is excluded from the published flow"),
    "household_short_mlt_2020_01": (
        "2020年1月部分住户贷款由短期重分类为中长期（短期余额减少约1.86万亿元，中长期增加相同金额）：2020年两项的余额同比和增长贡献不可比，合计不受影响",
        "in 2020-01 household loans were reclassified from short-term to medium/long-term (about 1.86 trillion): the two components' growth and contributions are not comparable in 2020; the total is unaffected"),
    "loans_2023_01": (
        "2023年1月起消费金融公司、理财公司和金融资产投资公司纳入统计：公布的同比增速按可比口径计算（如2023年5月公布11.4%，按余额计算11.8%）",
        "from 2023-01 consumer-finance, wealth-management and financial-asset-investment companies are in the statistics: published growth is on a comparable basis (2023-05: 11.4% published, 11.8% from levels)"),
    "loans_2023_01_flows": (
        "2023年1月起公布的贷款增量包含新纳入统计机构的新增贷款，但不含其存量贷款的重分类（2023年1月余额差57602亿元，公布增量4.9万亿元）：增量序列无水平断点；2023年增量的同比比较涉及略宽的统计范围",
        "from 2023-01 the printed loan flows include the lending of the institutions brought into the statistics but not the reclassification of their existing loans (2023-01 balance difference 57,602 vs printed 49,000): no level break in the flows; 2023 year-on-year comparisons of flows cover a slightly wider set of institutions"),
    "household_2024_01_reclass": (
        "2024年信贷收支表的余额差与公布的分部门增量不一致：公布增量剔除了重分类",
        "in 2024 balance differences of the credit-funds table do not match the published sector flows: the published flows exclude reclassifications"),
    "m1_2024": (
        "M1纳入个人活期存款和非银行支付机构客户备付金（2025年1月数据起，回溯至2024年1月）：2024年按余额计算的同比无意义，公布的2024年增速为可比口径",
        "M1 includes personal demand deposits and payment institutions' client reserves (from the January 2025 data, revised back to 2024-01): growth from levels is meaningless in 2024; published 2024 rates are on a comparable basis"),
    "household_split_2025_01": (
        "2025年1月公布的住户中长期贷款和短期贷款与信贷收支表的余额差相差488亿元，以公布数为准",
        "in 2025-01 the published split of household loans into short-term and medium/long-term differs from the balance differences by 48.8 billion; the published split is used"),
    "m1_2025_01": (
        "新口径M1在公布数据中的第一个月",
        "the first month of the new M1 definition in the releases"),
    "loans_balance_2025_11_error": (
        "2025年11月的一个转录值（274.84万亿元）应为本外币贷款余额，已剔除",
        "a transcribed 2025-11 value (274.84 trillion) is very likely the RMB-and-FX loan balance; excluded"),
}


def zh_text(text):
    """Chinese prose with full-width parentheses, the one spelling of a Chinese name: 企（事）业单位,
    广义货币（M2）, as the PBoC's Chinese releases write them (ASCII parentheses stay in English)."""
    return text.replace("(", "（").replace(")", "）")


def S(id_, zh, en, unit, kind, family, notes=""):
    return dict(id=id_, name_zh=zh_text(zh), name_en=en, unit=unit, kind=kind, family=family, notes=notes)


CATALOG = [
    S("m0", "流通中货币(M0)余额", "Currency in circulation (M0), month-end", "亿元", "stock", "money",
      "2000-2007 from the credit-funds table item 流通中现金/货币 (equal to M0), 2005 from the PBoC 货币供应量 table; 2025-11+ release values (0.01万亿)"),
    S("m0_yoy", "M0同比增速", "M0 year-on-year growth", "%", "rate", "money", "published rate where printed; elsewhere derived from the levels outside break windows (derived:yoy:m0, 0.1 pp)"),
    S("m1", "狭义货币(M1)余额", "Narrow money (M1), month-end", "亿元", "stock", "money",
      "from 2024-01 on the new definition (adds personal demand deposits and payment institutions' client reserves); 2023-12 and earlier on the old definition; old-basis 2024 prints in vintages.csv"),
    S("m1_yoy", "M1同比增速", "M1 year-on-year growth", "%", "rate", "money",
      "published rate (comparable basis); 2024 on the new definition; complete, so no month is derived (derived:yoy:m1 would fill gaps outside break windows)"),
    S("m2", "广义货币(M2)余额", "Broad money (M2), month-end", "亿元", "stock", "money",
      "1997-2007 = CEIC M1 + quasi-money (derived sum); 2008+ akshare/PBoC"),
    S("m2_yoy", "M2同比增速", "M2 year-on-year growth", "%", "rate", "money", "published rate (comparable basis) where printed; elsewhere derived from the levels outside break windows (derived:yoy:m2, 0.1 pp)"),
    S("loans_balance", "人民币贷款余额", "RMB loans, month-end balance", "亿元", "stock", "loans",
      "credit-funds table 各项贷款; includes loans to non-bank FIs from 2015-01; 2025-05+ release prints (0.01万亿)"),
    S("loans_yoy", "人民币贷款余额同比增速", "RMB loans, year-on-year growth", "%", "rate", "loans",
      "published rate (comparable basis) where printed; elsewhere derived from the balances outside break windows (derived:yoy:loans_balance, 0.1 pp)"),
    S("loans_increase", "人民币贷款增加", "New RMB loans (monthly)", "亿元", "flow", "loans",
      "printed 新增 where available; otherwise balance differences of the credit-funds table (include reclassifications) or differences of printed YTD figures (2024-02+)"),
    S("loans_increase_ytd", "人民币贷款累计增加", "New RMB loans, year to date (as printed)", "亿元", "flow", "loans", "as printed"),
    S("deposits_balance", "人民币存款余额", "RMB deposits, month-end balance", "亿元", "stock", "deposits",
      "includes deposits of non-bank FIs from 2015-01"),
    S("deposits_yoy", "人民币存款余额同比增速", "RMB deposits, year-on-year growth", "%", "rate", "deposits",
      "published rate where printed; elsewhere derived from the balances outside break windows (derived:yoy:deposits_balance, 0.1 pp)"),
    S("deposits_increase", "人民币存款增加", "New RMB deposits (monthly)", "亿元", "flow", "deposits",
      "printed where available; otherwise balance differences or YTD differences"),
    S("deposits_increase_ytd", "人民币存款累计增加", "New RMB deposits, year to date (as printed)", "亿元", "flow", "deposits", "as printed"),
    S("household_loans_balance", "住户贷款余额", "Household loans, month-end", "亿元", "stock", "loans", "居民户贷款 2007-2009"),
    S("household_short_loans_balance", "住户短期贷款余额", "Household short-term loans, month-end", "亿元", "stock", "loans",
      "2007-2014 = short-term consumer + short-term operating loans (derived sum)"),
    S("household_mlt_loans_balance", "住户中长期贷款余额", "Household medium/long-term loans, month-end", "亿元", "stock", "loans",
      "2007-2014 = MLT consumer + MLT operating loans (derived sum)"),
    S("corporate_loans_balance", "企(事)业单位贷款余额", "Loans to non-financial enterprises and government agencies, month-end", "亿元", "stock", "loans",
      "非金融性公司及其他部门贷款 2007-2009, 非金融企业及其他部门贷款 2010-2014, 非金融企业及机关团体/企(事)业单位贷款 2015+"),
    S("corporate_short_loans_balance", "企(事)业单位短期贷款余额", "Corporate short-term loans, month-end", "亿元", "stock", "loans"),
    S("corporate_mlt_loans_balance", "企(事)业单位中长期贷款余额", "Corporate medium/long-term loans, month-end", "亿元", "stock", "loans"),
    S("bill_financing_balance", "票据融资余额", "Bill financing, month-end", "亿元", "stock", "loans"),
    S("nonbank_loans_balance", "非银行业金融机构贷款余额", "Loans to non-bank financial institutions, month-end", "亿元", "stock", "loans", "item exists from 2015-01"),
    S("household_deposits_balance", "住户存款余额", "Household deposits, month-end", "亿元", "stock", "deposits",
      "储蓄存款 (household savings deposits) 2000-2006, 居民户存款 2007-2009, 住户存款 2010+; 2005 missing"),
    S("corporate_deposits_balance", "非金融企业存款余额", "Deposits of non-financial enterprises, month-end", "亿元", "stock", "deposits",
      "item 非金融企业存款 exists from 2010-01"),
    S("fiscal_deposits_balance", "财政性存款余额", "Fiscal deposits, month-end", "亿元", "stock", "deposits", "财政存款 before 2011"),
    S("nonbank_deposits_balance", "非银行业金融机构存款余额", "Deposits of non-bank financial institutions, month-end", "亿元", "stock", "deposits", "item exists from 2015-01"),
    S("household_loans_increase", "住户贷款增加", "New household loans (monthly)", "亿元", "flow", "loans",
      "CEIC short+MLT (derived sum) to 2022-11; printed; balance differences"),
    S("household_short_loans_increase", "住户短期贷款增加", "New household short-term loans", "亿元", "flow", "loans"),
    S("household_mlt_loans_increase", "住户中长期贷款增加", "New household medium/long-term loans", "亿元", "flow", "loans"),
    S("corporate_loans_increase", "企(事)业单位贷款增加", "New corporate loans", "亿元", "flow", "loans"),
    S("corporate_short_loans_increase", "企(事)业单位短期贷款增加", "New corporate short-term loans", "亿元", "flow", "loans"),
    S("corporate_mlt_loans_increase", "企(事)业单位中长期贷款增加", "New corporate medium/long-term loans", "亿元", "flow", "loans"),
    S("bill_financing_increase", "票据融资增加", "New bill financing", "亿元", "flow", "loans"),
    S("nonbank_loans_increase", "非银行业金融机构贷款增加", "New loans to non-bank FIs", "亿元", "flow", "loans"),
    S("household_loans_increase_ytd", "住户贷款累计增加", "New household loans, YTD (as printed)", "亿元", "flow", "loans", "as printed"),
    S("household_mlt_loans_increase_ytd", "住户中长期贷款累计增加", "New household MLT loans, YTD (as printed)", "亿元", "flow", "loans", "as printed"),
    S("corporate_loans_increase_ytd", "企(事)业单位贷款累计增加", "New corporate loans, YTD (as printed)", "亿元", "flow", "loans", "as printed"),
    S("corporate_mlt_loans_increase_ytd", "企(事)业单位中长期贷款累计增加", "New corporate MLT loans, YTD (as printed)", "亿元", "flow", "loans", "as printed"),
    S("household_deposits_increase", "住户存款增加", "New household deposits", "亿元", "flow", "deposits"),
    S("household_deposits_increase_ytd", "住户存款累计增加", "New household deposits, YTD (as printed)", "亿元", "flow", "deposits", "as printed"),
    S("corporate_deposits_increase", "非金融企业存款增加", "New deposits of non-financial enterprises", "亿元", "flow", "deposits", "balance differences"),
    S("fiscal_deposits_increase", "财政性存款增加", "New fiscal deposits", "亿元", "flow", "deposits", "balance differences"),
    S("nonbank_deposits_increase", "非银行业金融机构存款增加", "New deposits of non-bank FIs", "亿元", "flow", "deposits", "balance differences"),
    S("tsf_stock", "社会融资规模存量", "Aggregate financing to the real economy (TSF), stock", "亿元", "stock", "tsf",
      "revised definition from 2017-01 (0.01万亿 precision); old-definition stocks 2014-12..2018 in vintages.csv"),
    S("tsf_stock_yoy", "社会融资规模存量同比增速", "TSF stock, year-on-year growth", "%", "rate", "tsf",
      "published rate; 2016-2018 on the definition of the time; where printed; elsewhere derived from the levels outside break windows (derived:yoy:tsf_stock, 0.1 pp)"),
    S("tsf_increase", "社会融资规模增量", "TSF, monthly increment", "亿元", "flow", "tsf",
      "revised definition (PBoC xlsx rows 2024+, Tushare 2017+, CEIC 2002-2016); old-definition EastMoney/Tushare/table totals 2015-2018 only in vintages.csv"),
    S("tsf_increase_ytd", "社会融资规模累计增量", "TSF increment, year to date", "亿元", "flow", "tsf", "Tushare YTD 2017+; printed YTD"),
]
for suf, zh, en in TSF_COMPONENTS:
    CATALOG.append(S("tsf_" + suf, "社会融资规模增量:" + zh, "TSF increment: " + en, "亿元", "flow", "tsf",
                     "TSF component; not headline new loans" if suf == "rmb_loans" else ""))
for suf, zh, en in TSF_COMPONENTS:
    CATALOG.append(S("tsf_stock_" + suf, "社会融资规模存量:" + zh, "TSF stock: " + en, "亿元", "stock", "tsf", "0.01万亿 precision"))
    CATALOG.append(S("tsf_stock_" + suf + "_yoy", "社会融资规模存量:" + zh + "同比", "TSF stock growth: " + en, "%", "rate", "tsf", "published rate"))
CAT = {c["id"]: c for c in CATALOG}


def series_relations(cat):
    """The relations between series, written to catalog.csv (rate_id, stock_id, flow_id, ytd_id) so that the
    library reads them instead of spelling ids: a stock's published YoY rate and its monthly flow, a flow's
    stock and year-to-date sum, a rate's stock, a year-to-date sum's flow. The naming rules live here only."""
    rel = {sid: {"rate_id": "", "stock_id": "", "flow_id": "", "ytd_id": ""} for sid in cat}
    for sid, c in cat.items():
        if c["kind"] == "stock":
            stem = sid[:-len("_balance")] if sid.endswith("_balance") else sid
            rate = next((r for r in (sid + "_yoy", stem + "_yoy") if cat.get(r, {}).get("kind") == "rate"), "")
            if sid.startswith("tsf_stock"):
                flow = "tsf" + sid[len("tsf_stock"):] if sid != "tsf_stock" else "tsf_increase"
            else:
                flow = stem + "_increase"
            flow = flow if cat.get(flow, {}).get("kind") == "flow" else ""
            rel[sid]["rate_id"], rel[sid]["flow_id"] = rate, flow
            if rate:
                rel[rate]["stock_id"] = sid
            if flow:
                rel[flow]["stock_id"] = sid
        if c["kind"] == "flow" and sid + "_ytd" in cat:
            rel[sid]["ytd_id"] = sid + "_ytd"
            rel[sid + "_ytd"]["flow_id"] = sid
    return rel


# precedence: first listed wins; sources not listed are never primary.
PRINTED = ["reference", "releases", "atlas", "pages", "macrolens", "releases_ytd", "fmp"]
PRECEDENCE_DEFAULT = ["wangxf", "lingjf", "derived:sum:lingjf", "huhuaping", "piggypiggy", "daoshihaideba",
                      "daoshihaideba_money", "lingjf_money", "swr0408", "ceic", "derived:sum:ceic", "tushare",
                      "akshare_money", "keigoks", "eastmoney_tsf", "eastmoney_loans", "wangxf_result"]
PRECEDENCE = {
    # TSF flows: latest vintage first. PBoC xlsx rows (daoshihaideba 2024+) > Tushare (2026 snapshot, revised
    # definition from 2017) > piggypiggy (tables as of 2023-11, 2019+) > CEIC (dump of 2023-01; the only revised
    # series before 2017) > EastMoney
    # The PBoC 2026 xlsx of May 2026 (pboc_tsf_xlsx) is an earlier vintage than daoshihaideba's August 2026 rows;
    # keigoks (tables as of 2026-10) only adds months no other table has (2026-08).
    "tsf_increase": ["daoshihaideba", "pboc_tsf_xlsx", "tushare", "keigoks", "piggypiggy", "ceic", "eastmoney_tsf"],
    "tsf_stock": ["tushare", "keigoks", "swr0408", "piggypiggy"],
}
for suf, _, _ in TSF_COMPONENTS:
    PRECEDENCE["tsf_" + suf] = ["daoshihaideba", "pboc_tsf_xlsx", "piggypiggy", "ceic", "keigoks", "eastmoney_tsf",
                                "eastmoney_loans"]
    PRECEDENCE["tsf_stock_" + suf] = ["piggypiggy"]
    PRECEDENCE["tsf_stock_" + suf + "_yoy"] = ["piggypiggy"]

# ----------------------------------------------------------------------------------------------
# break registry
# ----------------------------------------------------------------------------------------------

LOAN_IDS = "loans_balance;loans_yoy;loans_increase"
DEP_IDS = "deposits_balance;deposits_yoy;deposits_increase"
BREAKS = []


def brk(id_, series, frm, to, kind, desc, source, confirmed):
    BREAKS.append(dict(id=id_, series=series, **{"from": frm, "to": to}, kind=kind, description=desc,
                       source=source, confirmed=confirmed))


def build_breaks():
    brk("m2_2011_10", "m2;m2_yoy", "2011-10", "2012-12", "definition",
        "M2 adds deposits of housing-provident-fund centres and non-depository FIs' deposits at depository FIs (from memory; no PBoC note in the raw files); published rates stay 0.5 pp below the level ratio until 2012-12",
        "DOMAIN.md", "no")
    brk("deposits_2011_01", "m1;m1_yoy;deposits_balance;household_deposits_balance;corporate_deposits_balance;fiscal_deposits_balance;household_deposits_increase;corporate_deposits_increase;fiscal_deposits_increase;deposits_increase;loans_balance;loans_increase",
        "2011-01", "2011-12", "definition",
        "From 2011 entrusted deposits of finance/trust/leasing companies net of entrusted loans are booked under household, non-financial enterprise and fiscal deposits; on a comparable basis January 2011 deposits fell 199.9亿, household +14284.5亿, enterprise −14333.4亿, loans +10262.6亿 (note 4 of the 2011 credit-funds table). Balance differences in 2011-01 include the reclassification.",
        "lingjf:金融机构人民币信贷收支表2011g.xls", "yes")
    brk("loans_deposits_2015_01", LOAN_IDS + ";" + DEP_IDS + ";nonbank_loans_balance;nonbank_deposits_balance",
        "2015-01", "2015-12", "definition",
        "各项存款 includes deposits of non-bank financial institutions and 各项贷款 includes lending to them from 2015-01 (deposits +8.9万亿); balance differences in 2015-01 and YoY growth in 2015 are not comparable",
        "lingjf:金融机构人民币信贷收支表2015k.xls note 3; SOURCES.md", "yes")
    brk("credit_table_2007_01", "household_loans_balance;household_deposits_balance;corporate_loans_balance",
        "2007-01", "2007-01", "definition",
        "credit-funds table re-laid out in 2007 (居民户 sectors introduced; 储蓄存款 -> 居民户存款); household/corporate series start or change label here",
        "lingjf:金融机构人民币信贷收支表2007e.xls", "yes")
    brk("m2_2018_01", "m2;m2_yoy", "2018-01", "2018-12", "definition",
        "M2 replaces money-market-fund deposits with MMF shares held by non-depository sectors (from memory; no PBoC note in the raw files)",
        "DOMAIN.md", "no")
    brk("tsf_2017_01_backfill", "tsf_stock;tsf_stock_yoy;tsf_increase", "2017-01", "2017-12", "definition",
        "The revised TSF series (government bonds, depository ABS, write-offs) is back-filled only from 2017-01: old-definition stock 155.99万亿 (2016-12) vs revised 184.14万亿 (2017-01). Old-definition values are kept in vintages.csv only; no revised-definition YoY can be computed for 2017.",
        "tushare l3.json; SOURCES.md §9", "yes")
    brk("tsf_2018_07", "tsf_increase;tsf_stock;tsf_stock_yoy;tsf_abs;tsf_writeoffs", "2018-07", "2019-06", "definition",
        "TSF adds depository institutions' ABS and loan write-offs (其他融资)", "SOURCES.md (2020 China Financial Yearbook)", "yes")
    brk("tsf_2018_09", "tsf_increase;tsf_stock;tsf_stock_yoy;tsf_government_bonds", "2018-09", "2019-08", "definition",
        "TSF adds local-government special bonds", "SOURCES.md (2020 China Financial Yearbook)", "yes")
    brk("tsf_2019_09", "tsf_increase;tsf_stock;tsf_stock_yoy;tsf_corporate_bonds;tsf_stock_corporate_bonds;tsf_stock_corporate_bonds_yoy", "2019-09", "2020-08", "definition",
        "exchange-traded enterprise ABS added to corporate bonds; the 2019-08 first print (1.98万亿) vs about 2.015万亿 afterwards",
        "SOURCES.md; releases/README.md", "yes")
    brk("tsf_2019_12", "tsf_increase;tsf_stock;tsf_stock_yoy;tsf_government_bonds;tsf_stock_government_bonds", "2019-12", "2020-11", "definition",
        "treasury bonds and local general bonds added; with special bonds they form 政府债券", "SOURCES.md (PBoC stock-release note)", "yes")
    brk("tsf_2019_table_corporate_bonds", "tsf_stock_corporate_bonds;tsf_stock_corporate_bonds_yoy", "2019-01", "2019-08", "comparable_basis",
        "the 2019 yearly table (piggypiggy) prints corporate-bond stocks including exchange-traded ABS for all of 2019 but YoY rates 2.8 pp lower than the level ratio over the 2018 stocks (old definition): rates on a comparable basis",
        "piggypiggy 社会融资规模.csv", "no")
    brk("tsf_trust_loans_2017_2019", "tsf_stock_trust_loans;tsf_stock_trust_loans_yoy", "2017-12", "2019-12", "comparable_basis",
        "published trust-loan stock growth 0.65-0.85 pp above the level ratio in 2017-12 and 2019 (comparable-basis rates after reclassification of trust loans, e.g. write-offs/ABS transfers); no public note found",
        "piggypiggy 社会融资规模.csv", "no")
    brk("tsf_old_definition_feeds", "tsf_increase;tsf_stock;tsf_stock_yoy", "2015-01", "2018-12", "vintage",
        "EastMoney/akshare (huizhaohuang, chrisxu220), Tushare (2015-2016) and the yearly tables of the time (piggypiggy 2015-2018) carry old-definition TSF totals; kept only in vintages.csv",
        "SOURCES.md §1, §7, §9", "yes")
    # The balances (and rates derived from them) jump with the institutions brought in; the printed
    # flows do not: they exclude the reclassification of the new institutions' existing loans
    # (2023-01 balance difference 57,602 vs printed 49,000), so a flow series has no level break
    # and is not cut here (its comparability note is loans_2023_01_flows, a comparable_basis entry).
    # Loans to non-bank FIs stay: lending between the newly included institutions and banks moves
    # between "loans to non-bank FIs" and inter-institution positions.
    brk("loans_2023_01", "loans_balance;loans_yoy;nonbank_loans_increase;tsf_stock;tsf_stock_yoy;tsf_stock_rmb_loans;tsf_stock_rmb_loans_yoy;tsf_stock_writeoffs;tsf_stock_writeoffs_yoy",
        "2023-01", "2023-12", "definition",
        "consumer-finance, wealth-management and financial-asset-investment companies brought into the statistics; balance difference 2023-01 57,602 vs printed 49,000; published YoY on a comparable base (e.g. 2023-05: 11.4% vs 11.8% from levels)",
        "pages/2023-05-udfspace-pbc-en-afre-flow.txt note 2; reference text; SOURCES.md §6", "yes")
    brk("loans_2023_01_flows", "loans_increase;household_loans_increase;household_short_loans_increase;household_mlt_loans_increase;tsf_rmb_loans;tsf_writeoffs",
        "2023-01", "2023-12", "comparable_basis",
        "from 2023-01 the printed loan flows include the lending of the institutions brought into the statistics (loans_2023_01) but not the reclassification of their existing loans (2023-01 balance difference 57,602 vs printed 49,000): no level break in the flows; 2023 year-on-year changes of flows compare a slightly wider coverage with the old one",
        "pages/2023-05-udfspace-pbc-en-afre-flow.txt note 2; reference text; SOURCES.md §6", "yes")
    brk("household_2024_01_reclass", "household_loans_increase;household_short_loans_increase;household_mlt_loans_increase;nonbank_loans_increase;corporate_deposits_increase;nonbank_deposits_increase",
        "2024-01", "2024-12", "comparable_basis",
        "balance differences of the credit-funds table do not match the printed sector flows in 2024 (2024-01 household 9,932 vs 9,801; Q1 household MLT 9,821 vs 9,750; enterprise deposits 1,062 vs 2,225): printed flows exclude reclassifications; no public note found",
        "SOURCES.md §6; pages/2024-03-vteamgroup-pboc-release.txt", "no")
    brk("m1_2024", "m1;m1_yoy", "2024-01", "2024-12", "definition",
        "M1 adds personal demand deposits and non-bank payment institutions' client reserves (announced 2024-12-02, first in the January 2025 data, revised back to 2024-01). m1 levels 2024-01+ are new-definition, 2023-12 and earlier old: YoY recomputed from levels is meaningless in 2024; the published 2024 rates are on a comparable basis. Old-basis 2024 prints are in vintages.csv.",
        "SOURCES.md (gzshszh.com 2024-12-03; 163.com)", "yes")
    brk("m1_2025_01", "m1;m1_yoy", "2025-01", "2025-01", "definition",
        "first month of the new M1 definition in the releases (headline.csv switches from old-basis 2024 prints to new-basis 2025 prints)",
        "releases/README.md", "yes")
    brk("loans_balance_2025_11_error", "loans_balance;loans_yoy", "2025-11", "2025-11", "data_error",
        "release transcription 274.84万亿 (+6.3%) is very likely the RMB+FX loan balance mislabelled; kept in vintages.csv only",
        "releases/README.md", "no")
    brk("lingjf_2005_missing", "loans_balance;deposits_balance;household_deposits_balance;fiscal_deposits_balance", "2005-01", "2006-12", "data_error",
        "lingjf 金融机构人民币信贷收支表2005d.xls holds the 2006 table (identical to 2006d.xls): 2005 is missing, so 2005 flows and 2006 YoY cannot be computed (M0 2005 comes from the 货币供应量 table instead)",
        "lingjf__fr", "yes")
    brk("hh_short_2020_01", "household_short_loans_increase", "2020-01", "2020-01", "comparable_basis",
        "balance difference −19,779 vs CEIC new increase −1,149: reclassification between household short-term sub-items excluded from the PBoC flow",
        "SOURCES.md §4", "yes")
    # money-supply months where the published rate is not the ratio of the (revised) levels in the sources
    brk("m1_ceic_1998_2001", "m1;m1_yoy", "1998-04", "2001-05", "vintage",
        "single months (1998-04, 1999-04, 2001-05) where CEIC's M1 YoY differs from the ratio of CEIC's M1 levels by 0.8-1.9 pp: levels revised after the rate was published; no public note found",
        "ceic (zemw__ce/data.m)", "no")
    brk("m1_2002", "m1;m1_yoy", "2002-01", "2002-12", "comparable_basis",
        "published 2002 M1 growth about 2 pp below the ratio of CEIC levels: a statistical-coverage change around 2001-06/2002-01 (securities-firm client margin deposits into M2 in 2001-06; foreign-funded institutions' RMB deposits into money supply from 2002, from memory) with rates on a comparable basis; no public note found in the raw files",
        "ceic (zemw__ce/data.m)", "no")
    brk("m1_2004_2005", "m1;m1_yoy", "2004-05", "2005-04", "comparable_basis",
        "CEIC's published M1 YoY 0.5-0.6 pp below the ratio of its levels for twelve consecutive months: the 2003-05..2004-04 base was revised; no public note found",
        "ceic (zemw__ce/data.m)", "no")
    brk("money_2009_12_level", "m1;m1_yoy;m2;m2_yoy", "2009-12", "2010-12", "vintage",
        "the 2009-12 levels in the akshare feed (M2 610224.52, M1 221445.81) are a revised level, higher than the one the published 2009-12 growth (M2 27.68%) and 2010-12 growth (19.7%) are based on: recomputed YoY is +0.7..0.9 pp in 2009-12 and -0.75..-0.8 pp in 2010-12; no public note found",
        "wangxf", "no")
    brk("m0_2013_03", "m0;m0_yoy", "2013-03", "2013-03", "vintage",
        "published M0 growth 12.4% vs 11.8% from the levels in the akshare feed; probably a revised 2012-03 or 2013-03 level; no public note found",
        "wangxf", "no")
    brk("m2_2014_2015", "m2;m2_yoy", "2014-09", "2015-06", "comparable_basis",
        "published M2 growth differs from the level ratio by -0.3..-1.7 pp in 2014-09..2015-06 (levels revised after publication or rates on a comparable basis); no public note found",
        "wangxf", "no")
    brk("m2_2017_akshare", "m2;m2_yoy", "2017-01", "2017-12", "vintage",
        "the akshare feed's 2017 M2 rates carry 2-4 decimals (e.g. 2017-01 10.7032) and the 2017 levels are a later revision: neither matches the 2017 releases (2017-01 printed +11.3%, from memory); recomputed YoY is 0.5-1.2 pp higher; related to the 2018-01 M2 redefinition (MMF shares), no public note found",
        "wangxf", "no")
    brk("m1_2019_02", "m1;m1_yoy", "2019-02", "2019-02", "vintage",
        "published M1 growth 1.6% (akshare feed) vs 1.96% from its levels: 0.36 pp gap in one month; no public note found",
        "wangxf", "no")
    brk("m1_2000_2005_pboc_table", "m1;m1_yoy", "2001-09", "2005-07", "vintage",
        "single months where the PBoC yearly 货币供应量 table (lingjf, primary for 2000-2007) and CEIC carry different M1 levels, so the published CEIC rate is not the ratio of the table levels: 2001-09 (table 56,643.96 vs CEIC 56,823.11; recomputed 11.9% vs published 12.26%) and 2004-07 (table 86,780.37 vs CEIC 87,982.23, which moves the 2005-07 ratio to 12.6% vs published 11.0%); no public note found",
        "lingjf__fr/货币供应量2001.xls, 货币供应量2004.xls; zemw__ce/data.m", "no")
    brk("household_short_mlt_2020_01", "household_short_loans_balance;household_mlt_loans_balance;household_short_loans_increase;household_mlt_loans_increase",
        "2020-01", "2020-12", "definition",
        "household loans reclassified from short-term to medium/long-term in January 2020 (balance difference: short-term −19,780亿, MLT +26,120亿, against printed flows of −1,149 and +7,491亿): short-term balances fall by about 1.86万亿 and MLT balances rise by the same, so balance YoY and growth contributions of the two components are not comparable from 2020-01 to 2020-12 (the total is unaffected)",
        "lingjf:金融机构人民币信贷收支表2020m.xls; zemw__ce/data.m (CEIC new increases); SOURCES.md §4", "no")
    brk("household_split_2025_01", "household_short_loans_increase;household_mlt_loans_increase", "2025-01", "2025-01", "data_error",
        "the January 2025 release prints household loans +4,438亿 and household MLT +4,935亿 (so short-term −497亿), while the credit-funds-table balance differences give MLT +4,446.76 and short-term −8.45 (total +4,438.31, equal to the print): the split differs by 488亿 between the release and the table; the release split is primary",
        "releases/headline.csv 2025-01; huhuaping__scrape-eastmoney/raw-2025.xlsx", "no")
    brk("credit_table_2010_01", "household_deposits_balance;corporate_loans_balance", "2010-01", "2010-01", "definition",
        "credit-funds table re-laid out in 2010 (住户/非金融企业 sectors; 非金融企业存款 item starts)", "lingjf:金融机构人民币信贷收支表2010f.xls", "yes")


def in_break(sid, month, kinds=None):
    out = []
    for b in BREAKS:
        if sid in b["series"].split(";") and b["from"] <= month <= b["to"] and (kinds is None or b["kind"] in kinds):
            out.append(b["id"])
    return out

# ----------------------------------------------------------------------------------------------
# derived flows
# ----------------------------------------------------------------------------------------------

FLOW_OF_BAL = {
    "loans_increase": "loans_balance", "deposits_increase": "deposits_balance",
    "household_loans_increase": "household_loans_balance",
    "household_short_loans_increase": "household_short_loans_balance",
    "household_mlt_loans_increase": "household_mlt_loans_balance",
    "corporate_loans_increase": "corporate_loans_balance",
    "corporate_short_loans_increase": "corporate_short_loans_balance",
    "corporate_mlt_loans_increase": "corporate_mlt_loans_balance",
    "bill_financing_increase": "bill_financing_balance",
    "nonbank_loans_increase": "nonbank_loans_balance",
    "household_deposits_increase": "household_deposits_balance",
    "corporate_deposits_increase": "corporate_deposits_balance",
    "fiscal_deposits_increase": "fiscal_deposits_balance",
    "nonbank_deposits_increase": "nonbank_deposits_balance",
}
# a balance difference across a change of item/definition in the table itself is not produced
NO_BALANCE_DIFF = {("household_deposits_balance", "2007-01"), ("corporate_loans_balance", "2007-01"),
                   ("household_deposits_balance", "2010-01"), ("corporate_loans_balance", "2010-01")}


def derive_flows():
    # balance differences (credit-funds table; both months from the table family)
    for fid, bid in FLOW_OF_BAL.items():
        months = sorted(mo for (s, mo) in BAL if s == bid)
        for mo in months:
            prev = add_months(mo, -1)
            if (bid, prev) not in BAL or (bid, mo) in NO_BALANCE_DIFF:
                continue
            v, src = BAL[(bid, mo)]
            pv, _ = BAL[(bid, prev)]
            add(fid, mo, v - pv, "derived:balance_diff:" + src, D("0.01"),
                note="balance difference (includes reclassifications excluded from the PBoC's 新增)")
    # YTD differences of printed figures (January's YTD is January itself)
    for ytd_id, mid in (("loans_increase_ytd", "loans_increase"), ("deposits_increase_ytd", "deposits_increase"),
                        ("tsf_increase_ytd", "tsf_increase"),
                        ("household_loans_increase_ytd", "household_loans_increase"),
                        ("household_mlt_loans_increase_ytd", "household_mlt_loans_increase"),
                        ("corporate_loans_increase_ytd", "corporate_loans_increase"),
                        ("corporate_mlt_loans_increase_ytd", "corporate_mlt_loans_increase"),
                        ("household_deposits_increase_ytd", "household_deposits_increase")):
        pr = YTD_PRINTS[ytd_id]
        for mo in sorted(pr):
            if mo.endswith("-01"):
                continue
            prev = add_months(mo, -1)
            if prev in pr:
                v, qa = pr[mo]
                pv, qb = pr[prev]
                add(mid, mo, v - pv, "derived:ytd_diff:releases_ytd", qa + qb,
                    note="difference of printed year-to-date figures")
    # TSF YTD from Tushare differences are not needed: Tushare carries the monthly flow itself.
    # A release that prints a total and one of its two components gives the other: household short-term =
    # household total − household MLT (both printed or both differences of printed YTD figures).
    def printed_or_ytd(sid, mo):
        obs = [o for o in CANDS.get((sid, mo), []) if not o.vintage_only and
               (o.source in ("reference", "releases", "atlas") or o.source.startswith("derived:ytd_diff"))]
        return sorted(obs, key=lambda o: (o.source.startswith("derived"), o.quantum))[0] if obs else None
    for mo in sorted({m for (s_, m) in CANDS if s_ == "household_loans_increase"}):
        tot, mlt = printed_or_ytd("household_loans_increase", mo), printed_or_ytd("household_mlt_loans_increase", mo)
        if tot and mlt:
            add("household_short_loans_increase", mo, tot.value - mlt.value, "derived:residual:releases",
                tot.quantum + mlt.quantum, note="printed household total minus printed household MLT")


YOY_DERIVED = [("m0", "m0_yoy"), ("m1", "m1_yoy"), ("m2", "m2_yoy"), ("loans_balance", "loans_yoy"),
               ("deposits_balance", "deposits_yoy"), ("tsf_stock", "tsf_stock_yoy")]


def derive_yoy():
    """Growth rates where no rate is printed: (x_t / x_{t-12} − 1)·100 from the primary levels, rounded half-up to
    0.1 pp as the PBoC prints it, for months t outside every break window of the level or the rate (a break window
    covers the twelve months in which a level ratio crosses a definitional change). Source `derived:yoy:<level id>`."""
    for lvl, rate in YOY_DERIVED:
        levels = {}
        for (sid, mo), obs in CANDS.items():
            if sid == lvl:
                p = choose(sid, mo, obs)
                if p is not None:
                    levels[mo] = p
        for mo in sorted(levels):
            prev = levels.get(add_months(mo, -12))
            if prev is None or prev.value == 0 or in_break(lvl, mo) or in_break(rate, mo):
                continue
            if any(not o.vintage_only for o in CANDS.get((rate, mo), [])):
                continue  # a published or table rate exists: nothing to fill
            v = q2((levels[mo].value / prev.value - 1) * 100, 1)
            add(rate, mo, v, "derived:yoy:" + lvl, RATE_Q,
                note="derived from the levels (%s, %s): no published rate in the sources" % (levels[mo].source, prev.source))

# ----------------------------------------------------------------------------------------------
# choose primaries, vintages, disagreements
# ----------------------------------------------------------------------------------------------

def precedence_for(sid):
    return PRECEDENCE.get(sid, PRECEDENCE_DEFAULT)


def derived_rank(src):
    # derived values rank after every listed table source: YTD differences of prints before balance differences
    if src.startswith("derived:ytd_diff"):
        return 0
    if src.startswith("derived:residual"):
        return 1
    if src.startswith("derived:balance_diff"):
        return 2
    return 3


def agree(a, b):
    tol = max(a.quantum, b.quantum) / 2 + D("0.000001")
    return abs(a.value - b.value) <= tol


def choose(sid, month, obs):
    """Primary selection.

    1. vintage_only observations are never primary.
    2. printed release figures are authoritative: if the most precise table value agrees with the print within the
       print's rounding, the table value is primary (best precision), otherwise the print is primary.
       Exception: monthly flows from 2024-02 come from YTD differences; a table flow that agrees with it wins.
    3. otherwise the table sources by precedence, then YTD differences, then balance differences.
    """
    pool = [o for o in obs if not o.vintage_only]
    if not pool:
        return None
    prec = precedence_for(sid)

    def rank(o):
        if o.source in prec:
            return (0, prec.index(o.source))
        if o.source.startswith("derived:sum"):
            return (0, prec.index(o.source) if o.source in prec else 50)
        if o.source.startswith("derived:"):
            return (1, derived_rank(o.source))
        if o.source in PRINTED:
            return (2, PRINTED.index(o.source))
        return (3, 0)

    tables = sorted([o for o in pool if rank(o)[0] == 0], key=rank)
    derived = sorted([o for o in pool if rank(o)[0] == 1], key=rank)
    prints = sorted([o for o in pool if rank(o)[0] == 2], key=rank)
    prints_q = sorted(prints, key=lambda o: (o.quantum, PRINTED.index(o.source)))
    ytdd = [o for o in derived if o.source.startswith("derived:ytd_diff")]
    if ytdd:
        # FMP's calendar transcription only fills months without the PBoC's own year-to-date prints
        prints = [o for o in prints if o.source != "fmp"]
        prints_q = [o for o in prints_q if o.source != "fmp"]
    if prints and CAT[sid]["family"] == "tsf" and tables:
        # TSF tables are back-filled on the current definition; prints are of the definition/vintage of their time.
        return tables[0]
    if prints:
        p = prints_q[0]
        for t in tables:
            if agree(t, p):
                return t
        return p  # a balance difference is not the PBoC's 新增: the print stays primary
    if ytdd:
        y = ytdd[0]
        for t in tables:
            if agree(t, y):
                return t
        return y if not tables else tables[0]
    if tables:
        return tables[0]
    resid = [o for o in derived if o.source.startswith("derived:residual")]
    if resid:
        # a residual of prints is a print: a balance difference that agrees with it within its rounding is primary
        # (best precision), as a table value agreeing with a print is
        for o in derived:
            if o.source.startswith("derived:balance_diff") and agree(o, resid[0]):
                return o
        return resid[0]
    return derived[0] if derived else None


def explain(sid, month, a, b):
    """Explanation of a disagreement between the primary a and another value b (rules, in order)."""
    srcs = {a.source, b.source}
    notes = [o.note for o in (a, b) if o.note]
    # 1. explicitly flagged observations (old definitions, known errors, mislabels)
    for o in (b, a):
        if o.note.startswith("known error") or o.note.startswith("data_error"):
            return o.note
    if b.vintage_only and b.note:
        bid = in_break(sid, month, ("definition", "vintage", "data_error"))
        return (b.note + (" [" + ";".join(bid) + "]" if bid else ""))
    # 2. a break of the series at this month
    bids = in_break(sid, month)
    # 3. balance differences vs printed/CEIC flows: reclassifications
    if any(s.startswith("derived:balance_diff") for s in srcs):
        base = "balance difference includes reclassifications/valuation changes that the PBoC's 新增 excludes"
        return base + (" [" + ";".join(bids) + "]" if bids else "")
    if any(s.startswith("derived:residual") for s in srcs):
        return "printed total minus printed component vs table value: rounding of the prints or a different split of the total" + (
            " [" + ";".join(bids) + "]" if bids else "")
    if any(s.startswith("derived:yoy") for s in srcs):
        return "rate derived from levels vs printed/table rate: rounding of the levels or a revised base" + (
            " [" + ";".join(bids) + "]" if bids else "")
    if any(s.startswith("derived:ytd_diff") for s in srcs):
        return "rounding/revision of printed year-to-date figures (difference of two 万亿 prints)" + (
            " [" + ";".join(bids) + "]" if bids else "")
    # 4. printed first print vs later table
    if a.printed != b.printed:
        pr = a if a.printed else b
        if CAT[sid]["unit"] == "%":
            return "vintage: first print vs later table (comparable-basis rate revised)" + (" [" + ";".join(bids) + "]" if bids else "")
        return "vintage: first print vs later PBoC table" + (" [" + ";".join(bids) + "]" if bids else "")
    if a.printed and b.printed:
        return "two prints of the same figure (first print vs later print / transcription)"
    # 5. derived sum vs direct value
    if any(s.startswith("derived:sum") for s in srcs):
        return "rounding of components in a derived sum"
    # 6. table vintages
    if bids:
        return "vintage [" + ";".join(bids) + "]"
    if srcs & {"ceic", "tushare", "piggypiggy", "daoshihaideba", "eastmoney_tsf", "eastmoney_loans", "pboc_tsf_xlsx",
               "daoshihaideba_money", "lingjf_money", "akshare_money", "swr0408", "keigoks", "lingjf",
               "huhuaping"} and len(srcs) == 2:
        return "vintage: different revisions of the PBoC table (compiled at different dates)"
    if srcs == {"wangxf", "wangxf_result"}:
        return "wangxf result.csv rounds YoY to 2 decimals / author's derived table"
    if "wangxf_result" in srcs or "wangxf" in srcs:
        return "vintage: different revisions (akshare vs CEIC/credit-funds table)"
    return ""

# ----------------------------------------------------------------------------------------------
# output
# ----------------------------------------------------------------------------------------------

def write_csv(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow(r)


SOURCES = [
    ("lingjf", "PBoC 金融机构人民币信贷收支表 annual xls workbooks 2000-2020 (2005 missing), month-end balances 亿元",
     "lingjf__fr/金融机构人民币信贷收支表*.xls", "lingjf/fr@05321f3db610038d33f57620f4a290f1591de943"),
    ("huhuaping", "PBoC credit-funds table scraped from the PBoC HTML (EastMoney scrape), 2021-01..2025-04, 亿元 2 decimals",
     "huhuaping__scrape-eastmoney/raw-2021.xlsx..raw-2025.xlsx", "huhuaping/scrape-eastmoney@d7a414e03a337190f07a04fe4bc30528441fdd28"),
    ("piggypiggy", "parse of the PBoC yearly htm tables: credit-funds table and TSF flow/stock tables, 2015-01..2023-10",
     "piggypiggy__datas/金融机构人民币信贷收支表.csv;piggypiggy__datas/社会融资规模.csv", "piggypiggy/datas@4b07b721753d68153122566d94190bd926f1fd61"),
    ("ceic", "CEIC series dump (money M1/quasi-money, TSF flows and components, sector new loans), RMB bn ×10, to 2022-11",
     "zemw__ce/data.m;zemw__ce/names.csv", "zemw/ce@f085edbff47ae919a98302bff73919d56400fe00"),
    ("wangxf", "akshare macro_china_money_supply (M0/M1/M2 levels and official YoY) 2008-01..2025-11",
     "wangxf123456__investment/money_supply_test.csv", "wangxf123456/investment@23224c232170325c887abe04f539b16e0be643db"),
    ("wangxf_result", "repo author's derived money table (same levels, YoY as % strings), used only as a cross-check",
     "wangxf123456__investment/result.csv", "wangxf123456/investment@23224c232170325c887abe04f539b16e0be643db"),
    ("eastmoney_loans", "EastMoney 新增信贷 via akshare: this is the TSF component RMB loans to the real economy, NOT headline new loans",
     "huizhaohuang__china-econ-data-penetrate/new_loans.csv", "huizhaohuang/china-econ-data-penetrate@ee2c501877596543e4a4f704989d846448c66cb0"),
    ("eastmoney_tsf", "EastMoney TSF increment and its RMB-loan component via akshare (old definition 2015-2018)",
     "huizhaohuang__china-econ-data-penetrate/social_financing.csv", "huizhaohuang/china-econ-data-penetrate@ee2c501877596543e4a4f704989d846448c66cb0"),
    ("daoshihaideba", "rows of the PBoC TSF-flow xlsx (2024-01..2026-07, 10 components) and the household-deposit row of the credit-funds table (2015-01..2026-07)",
     "daoshihaideba__dposit_market_ratio/pboc_social_financing_flow.csv;daoshihaideba__dposit_market_ratio/pboc_household_deposits.csv",
     "daoshihaideba/dposit_market_ratio@fa510204155422150c01325bafe9cf7483c170ca"),
    ("tushare", "Tushare sf_month snapshot: TSF flow, YTD and stock (万亿) 2013-12..2026-06",
     "imherro__MyInvest20260806/l3.json", "imherro/MyInvest20260806@46825e26b23ce1acf1d29aa1fe2d2199d76739b7"),
    ("pages", "single-month PBoC release texts (TSF stock with 8 components, 2025-03/05/09/10/11), first prints; news excerpts of the 2025-10..2026-02 releases (new loans, TSF, loan growth, M2)",
     ";".join(v for _, v in sorted(PAGE_FILES.items())), "see Datasets/raw/SOURCES.md §10 (URL on line 1 of each file)"),
    ("releases", "headline figures of the 2019-2025 monthly releases as printed (万亿 prints converted to 亿元)",
     "releases/headline.csv", "/work/shared/datasets/releases (transcribed from release texts; see raw/releases/README.md)"),
    ("releases_ytd", "year-to-date figures of the 2019-2025 releases as printed",
     "releases/headline_ytd.csv", "/work/shared/datasets/releases (see raw/releases/README.md)"),
    ("reference", "Xinhua report of the May 2023 financial statistics release (2023-06-13)",
     "reference/2023-05-financial-statistics-xinhua.txt", "Xinhua 2023-06-13"),
    ("pboc_tsf_xlsx", "the PBoC's own 社会融资规模增量统计表 2026 (xlsx as published mid-May 2026), 2026-01..2026-04, 10 components",
     "daoshihaideba__dposit_market_ratio/tmp_social_financing_2026.xlsx", "daoshihaideba/dposit_market_ratio@fa510204155422150c01325bafe9cf7483c170ca"),
    ("lingjf_money", "PBoC 货币供应量 annual xls workbooks 2000-2020 (M0, M1, M2 month-end, 亿元)",
     "lingjf__fr/货币供应量*.xls", "lingjf/fr@05321f3db610038d33f57620f4a290f1591de943"),
    ("daoshihaideba_money", "M1/M2 rows of the PBoC 货币供应量 xls/xlsx tables 2015-01..2026-07 (亿元)",
     "daoshihaideba__dposit_market_ratio/pboc_money_supply.csv", "daoshihaideba/dposit_market_ratio@fa510204155422150c01325bafe9cf7483c170ca"),
    ("akshare_money", "akshare macro_china_money_supply (EastMoney): published M1/M2 YoY and levels to 0.1亿, 2008-01..2026-07",
     "huizhaohuang__china-econ-data-penetrate/money_supply.csv", "huizhaohuang/china-econ-data-penetrate@ee2c501877596543e4a4f704989d846448c66cb0"),
    ("swr0408", "RMB loan balance (各项贷款) of the credit-funds table 2015-01..2025-12; published TSF stock YoY 2016-2026-06 and 2026 TSF stocks",
     "swr0408__economic-platform/cn_new_rmb_loans_cache.json;swr0408__economic-platform/cn_aggregate_financing_cache.json",
     "swr0408/economic-platform@125efc93561bf48ab2bdc673957ecfafe3a6c1ac"),
    ("fmp", "FMP economic-calendar transcription of the printed new RMB loans 2025-03..2026-06 (rounded to 100亿)",
     "swr0408__economic-platform/cn_new_rmb_loans_cache.json", "swr0408/economic-platform@125efc93561bf48ab2bdc673957ecfafe3a6c1ac"),
    ("macrolens", "release values of the RMB loan balance and published loan YoY 2025-12..2026-08, M0 balance and YoY 2025-11..2026-07",
     "SwartzMss__MacroLens/credit.json;SwartzMss__MacroLens/m0.json;SwartzMss__MacroLens/m0-balance.json",
     "SwartzMss/MacroLens (search-index text; see SOURCES.md §14)"),
    ("keigoks", "TSF flow, RMB-loan component (2020+) and stock (2019+) parsed from the PBoC yearly TSF tables, to 2026-08",
     "keigoks-ivan__financial-analysis-bot/cn.afre_flow.csv;keigoks-ivan__financial-analysis-bot/cn.afre_stock.csv;keigoks-ivan__financial-analysis-bot/cn.rmb_loans_flow.csv",
     "keigoks-ivan/financial-analysis-bot@dea4de372f80ec1cefa8e73fa79a81e93a4d2b07 (search-index text)"),
    ("atlas", "complete PBoC 金融统计数据报告 pages: 2025 Q3, 2025, 2026 Q1 (month-end balances and rates, year-to-date flows)",
     ";".join(v for _, v in sorted(ATLAS_FILES.items())), "newthinker/atlas@e0f0715aeb7decc47bfb63c1d36dc48085c14a80"),
    ("derived:sum:ceic", "sum of CEIC series: M2 = M1 + quasi-money; household new loans = short-term + MLT",
     "zemw__ce/data.m", "derived"),
    ("derived:sum:lingjf", "sum of credit-funds-table items (household short = short consumer + short operating; MLT likewise), 2007-2014",
     "lingjf__fr/金融机构人民币信贷收支表*.xls", "derived"),
    ("derived:balance_diff:lingjf", "month-on-month difference of lingjf credit-funds-table balances (includes reclassifications)",
     "lingjf__fr/金融机构人民币信贷收支表*.xls", "derived"),
    ("derived:balance_diff:huhuaping", "month-on-month difference of huhuaping credit-funds-table balances (month t from huhuaping; 2021-01 uses lingjf 2020-12)",
     "huhuaping__scrape-eastmoney/raw-*.xlsx", "derived"),
    ("derived:balance_diff:piggypiggy", "month-on-month difference of piggypiggy credit-funds-table balances",
     "piggypiggy__datas/金融机构人民币信贷收支表.csv", "derived"),
    ("derived:balance_diff:daoshihaideba", "month-on-month difference of the household-deposit balances (daoshihaideba)",
     "daoshihaideba__dposit_market_ratio/pboc_household_deposits.csv", "derived"),
    ("derived:residual:releases", "printed total minus its printed component (household short-term = household − household MLT)",
     "releases/headline.csv;releases/headline_ytd.csv;reference/2023-05-financial-statistics-xinhua.txt", "derived"),
] + [("derived:yoy:" + lvl, "growth rate derived from the primary %s levels outside break windows, (x_t/x_{t-12} - 1)*100 rounded to 0.1" % lvl,
      "see the sources of %s" % lvl, "derived") for lvl, _ in [("m0", 0), ("m1", 0), ("m2", 0), ("loans_balance", 0),
                                                              ("deposits_balance", 0), ("tsf_stock", 0)]] + [
    ("derived:ytd_diff:releases_ytd", "difference of consecutive printed year-to-date figures (January's YTD = January as printed)",
     "releases/headline_ytd.csv;releases/headline.csv", "derived"),
]


def main():
    parse_lingjf()
    parse_huhuaping()
    parse_piggypiggy()
    parse_daoshi()
    parse_ceic()
    parse_wangxf()
    parse_eastmoney()
    parse_tushare()
    parse_releases()
    parse_reference()
    parse_pages()
    parse_pboc_tsf_xlsx()
    parse_lingjf_money()
    parse_daoshi_money()
    parse_akshare_money()
    parse_swr0408()
    parse_macrolens()
    parse_keigoks()
    parse_atlas()
    parse_news_pages()
    build_breaks()
    derive_flows()
    derive_yoy()

    primary = {}
    vint_rows, dis_rows = [], []
    for (sid, mo), obs in sorted(CANDS.items()):
        if sid not in CAT:
            continue
        p = choose(sid, mo, obs)
        if p is None:
            for o in obs:
                vint_rows.append((sid, mo, fmt(o.value), o.source, o.note or "not used as primary"))
            continue
        primary[(sid, mo)] = p
        seen = set()
        for o in obs:
            if o is p:
                continue
            # A first print that a later table value agrees with within the print's rounding, but that the table
            # value does not reproduce when written the release's way (print 415.2万亿 = 415.20; table 415.19), is a
            # vintage of its own: the summary prints the figure as first printed (ReleaseData.releaseObservation).
            reprint = (o.printed and not p.printed and o.source in ("releases", "reference")
                       and release_print(p.value, CAT[sid]["unit"] == "%") != release_print(o.value, CAT[sid]["unit"] == "%"))
            if agree(o, p) and not reprint:
                continue
            key = (o.source, o.value)
            if key in seen:
                continue
            seen.add(key)
            ex = explain(sid, mo, p, o)
            vint_rows.append((sid, mo, fmt(o.value), o.source, o.note or ex))
            dis_rows.append((sid, mo, p.source, fmt(p.value), o.source, fmt(o.value), fmt(o.value - p.value), ex))

    # primary values of stocks that are flagged but still primary (balance-diff flows in break months) get no row change
    os.makedirs(OUT, exist_ok=True)
    fam_rows = defaultdict(list)
    for (sid, mo), p in sorted(primary.items()):
        fam_rows[CAT[sid]["family"]].append((sid, mo, fmt(p.value), p.source))
    for fam in ("money", "loans", "deposits", "tsf"):
        write_csv(fam + ".csv", ["id", "month", "value", "source"], fam_rows[fam])

    # catalog (relations only between series that have data)
    cat_rows = []
    with_data = {s for (s, _) in primary}
    relations = series_relations({sid: c for sid, c in CAT.items() if sid in with_data})
    for c in sorted(CATALOG, key=lambda c: c["id"]):
        ms = sorted(mo for (s, mo) in primary if s == c["id"])
        if not ms:
            continue
        srcs = sorted({primary[(c["id"], mo)].source for mo in ms})
        r = relations[c["id"]]
        cat_rows.append((c["id"], c["name_zh"], c["name_en"], c["unit"], c["kind"], c["family"], "monthly", ms[0], ms[-1],
                         ";".join(srcs), r["rate_id"], r["stock_id"], r["flow_id"], r["ytd_id"], c["notes"]))
    write_csv("catalog.csv", ["id", "name_zh", "name_en", "unit", "kind", "family", "frequency", "first", "last",
                              "source", "rate_id", "stock_id", "flow_id", "ytd_id", "notes"], cat_rows)
    write_csv("vintages.csv", ["id", "month", "value", "source", "note"], sorted(set(vint_rows)))
    write_csv("disagreements.csv", ["id", "month", "source_a", "value_a", "source_b", "value_b", "difference",
                                    "explanation"], sorted(set(dis_rows)))
    pub_rows = [(sid, mo, meas, fmt(v), unit, src) for (sid, mo, meas), (v, unit, src) in sorted(PUBLISHED.items())]
    write_csv("published.csv", ["id", "month", "measure", "value", "unit", "source"], pub_rows)
    missing_text = [b["id"] for b in BREAKS if b["id"] not in BREAK_TEXT]
    if missing_text:
        sys.exit("error: breaks without a reader description in both languages (BREAK_TEXT): " + ", ".join(missing_text))
    write_csv("breaks.csv", ["id", "series", "from", "to", "kind", "description", "source", "confirmed",
                             "description_zh", "description_en"],
              [(b["id"], b["series"], b["from"], b["to"], b["kind"], b["description"], b["source"], b["confirmed"],
                BREAK_TEXT[b["id"]][0], BREAK_TEXT[b["id"]][1])
               for b in sorted(BREAKS, key=lambda b: (b["from"], b["id"]))])
    used_src = {p.source for p in primary.values()} | {r[3] for r in vint_rows} | {src for (_, _, src) in PUBLISHED.values()}
    write_csv("sources.csv", ["source", "description", "raw_files", "origin"],
              sorted(s for s in SOURCES if s[0] in used_src))
    missing = used_src - {s[0] for s in SOURCES}
    assert not missing, missing
    shutil.copyfile(os.path.join(RAW, "chinese-new-year.csv"), os.path.join(OUT, "chinese-new-year.csv"))
    # every PBoC spreadsheet cell the build read, as read (before precedence): the contract for `cnfin import`
    os.makedirs(EXTRACT, exist_ok=True)
    with open(os.path.join(EXTRACT, "spreadsheet-values.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "sheet", "cell", "id", "month", "value"])
        for row in sorted(set(SHEET_CELLS)):
            w.writerow(row)

    ok = checks(primary, dis_rows)
    update_readme(primary, cat_rows)
    # bundle copy
    os.makedirs(BUNDLE, exist_ok=True)
    for fn in os.listdir(BUNDLE):
        if fn.endswith(".csv"):
            os.remove(os.path.join(BUNDLE, fn))
    for fn in sorted(os.listdir(OUT)):
        shutil.copyfile(os.path.join(OUT, fn), os.path.join(BUNDLE, fn))
    print("raw files used:", len(USED_RAW))
    unused = []
    for dp, dn, fns in os.walk(RAW):
        for fn in fns:
            rel = os.path.relpath(os.path.join(dp, fn), RAW)
            if rel not in USED_RAW and rel not in ("SOURCES.md", "chinese-new-year.csv", "chinese-new-year.md"):
                unused.append(rel)
    if unused:
        print("raw files not read by the build:", unused)
    for n in LINGJF_NOTES:
        print("note:", n)
    if not ok:
        sys.exit(1)


def update_readme(primary, cat_rows):
    path = os.path.join(ROOT, "Datasets", "README.md")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        t = f.read()
    cnt = defaultdict(int)
    for (sid, mo) in primary:
        cnt[sid] += 1
    lines = ["| id | unit | kind | family | first | last | rows | sources |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in cat_rows:
        lines.append("| %s | %s | %s | %s | %s | %s | %d | %s |" % (r[0], r[3], r[4], r[5], r[7], r[8], cnt[r[0]], r[9].replace(";", "; ")))
    lines.append("")
    lines.append("Breaks registered: " + ", ".join("`%s` (%s, %s..%s)" % (b["id"], b["kind"], b["from"], b["to"])
                                                   for b in sorted(BREAKS, key=lambda b: (b["from"], b["id"]))) + ".")
    # missing months inside each series' span
    lines.append("")
    lines.append("Gaps inside a series' first..last span (months without a row):")
    lines.append("")
    for r in cat_rows:
        months = set(mo for (sid, mo) in primary if sid == r[0])
        gaps = [mo for mo in mrange(r[7], r[8]) if mo not in months]
        if gaps:
            runs, start, prev = [], gaps[0], gaps[0]
            for g in gaps[1:] + [None]:
                if g is not None and g == add_months(prev, 1):
                    prev = g
                    continue
                runs.append(start if start == prev else start + ".." + prev)
                if g is not None:
                    start = prev = g
            lines.append("- `%s`: %d months missing: %s" % (r[0], len(gaps), ", ".join(runs[:12]) + (" …" if len(runs) > 12 else "")))
    block = "\n".join(lines)
    t = re.sub(r"(<!-- BEGIN GENERATED -->\n).*?(<!-- END GENERATED -->)", lambda m: m.group(1) + block + "\n" + m.group(2), t, flags=re.S)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(t)


TSF_YTD_CHECKS = []

YOY_PAIRS = [("m0", "m0_yoy"), ("m1", "m1_yoy"), ("m2", "m2_yoy"), ("loans_balance", "loans_yoy"),
             ("deposits_balance", "deposits_yoy"), ("tsf_stock", "tsf_stock_yoy")] + \
            [("tsf_stock_" + s, "tsf_stock_" + s + "_yoy") for s, _, _ in TSF_COMPONENTS]


def checks(primary, dis_rows):
    ok = True
    for lvl, rate in YOY_PAIRS:
        for (sid, mo), p in sorted(primary.items()):
            if sid != rate or p.source.startswith("derived:yoy"):
                continue
            a, b = primary.get((lvl, mo)), primary.get((lvl, add_months(mo, -12)))
            if not a or not b:
                continue
            calc = (a.value / b.value - 1) * 100
            diff = calc - p.value
            # rounding bound of the recomputed rate from the precision of the levels (0.01万亿 prints limit it)
            qa, qb = a.quantum / 2, b.quantum / 2
            bound = (qa / b.value + qb * a.value / (b.value * b.value)) * 100 + D("0.05")
            if abs(diff) > max(D("0.3"), bound):
                bids = in_break(lvl, mo) + in_break(rate, mo)
                tag = ",".join(sorted(set(bids))) if bids else "UNEXPLAINED"
                print("yoy %-28s %s published %6s recomputed %8.2f diff %+7.2f  %s" % (rate, mo, fmt(p.value), calc, diff, tag))
                if not bids:
                    ok = False
    # TSF components: the sum of the monthly table values over the year must reproduce the year-to-date print of the
    # release (and of the year before: print minus the printed change), within the print's rounding plus 1亿 per
    # month of revisions. This is the check of the identical FX-loan figures −675 in 2024-12 and 2025-12.
    for (mo, suf), (ytd, qn) in sorted(ATLAS_YTD_COMPONENTS.items()):
        months = mrange(mo[:4] + "-01", mo)
        vals = [primary.get(("tsf_" + suf, m)) for m in months]
        if any(v is None for v in vals):
            continue
        tot = sum(v.value for v in vals)
        tol = qn / 2 + len(months)
        status = "ok" if abs(tot - ytd) <= tol else "differs (revision)"
        TSF_YTD_CHECKS.append((mo, suf, fmt(tot), fmt(ytd), status))
        print("tsf ytd check %s %-18s sum of months %10s printed %10s %s" % (mo, suf, fmt(tot), fmt(ytd), status))
    une = [r for r in dis_rows if not r[7]]
    for r in une:
        print("UNEXPLAINED disagreement:", r)
    if une:
        ok = False
    return ok


if __name__ == "__main__":
    main()
