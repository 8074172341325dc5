#!/usr/bin/env python3
"""Writes the committed seed corpora in Fuzz/corpus/ (standard library only).

It only adds: each named seed is (re)written, nothing else in a corpus directory is touched,
so the fuzz-found entries committed next to the seeds (hash names) stay.

Seeds are small: the first lines of real files in Datasets/ (and, when present,
the shared release copies in ../shared or /work/shared), plus a few
hand-written edge cases (quotes, CRLF, BOM, full-width digits, GB18030).
Run from anywhere: python3 Fuzz/make-seeds.py
"""
import os
import shutil
import struct

FUZZ = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(FUZZ)
DATA = os.path.join(ROOT, "Datasets", "data")
RAW = os.path.join(ROOT, "Datasets", "raw")
SHARED = next((p for p in [os.path.join(ROOT, "..", "shared"), "/work/shared"] if os.path.isdir(p)), None)
CORPUS = os.path.join(FUZZ, "corpus")


def head(path, lines):
    with open(path, "rb") as f:
        return b"".join(f.readlines()[:lines])


def put(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    # Month: 16 bytes of two big-endian Int64 offsets, then the text.
    months = ["2023-05", "2023-05-31", "202305", " 2023-05 \n", "2024-02-29", "9999-12", "1000-01",
              "2023-13", "2023-02-30", "\ufeff2023-05", "２０２３-05", "2023/05"]
    offsets = [(0, 1), (24275, -12), (2**63 - 1, 2**63 - 1), (-(2**63), -(2**63)), (119999, 1), (12000, -1)]
    for i, m in enumerate(months):
        a, b = offsets[i % len(offsets)]
        put("FuzzMonth", f"month-{i:02d}", struct.pack(">qq", a, b) + m.encode("utf-8"))

    # CSVTable: heads of the dataset files and edge cases.
    for name in ["catalog.csv", "breaks.csv", "sources.csv", "published.csv", "disagreements.csv"]:
        put("FuzzCSVTable", name, head(os.path.join(DATA, name), 4))
    put("FuzzCSVTable", "quotes.csv", 'a,"b ""c""",d\n"x,y","line\nbreak", z \n')
    put("FuzzCSVTable", "crlf-bom.csv", b"\xef\xbb\xbfid,value\r\nm2,1\r\n\r\nm1,\"2\"\r\n")
    put("FuzzCSVTable", "cr-only.csv", "a,b\r1,2\r3,4")
    put("FuzzCSVTable", "one-column.csv", 'a\n""\n \nx\n')
    put("FuzzCSVTable", "unicode.csv", "名称,单位\n人民币贷款,亿元\n\"余额\u2028万亿元\",%\n")

    # Long format.
    for name in ["money.csv", "loans.csv", "tsf.csv"]:
        put("FuzzLongCSV", name, head(os.path.join(DATA, name), 6))
    put("FuzzLongCSV", "vintages-extra-column.csv", head(os.path.join(DATA, "vintages.csv"), 4))
    put("FuzzLongCSV", "any-order.csv", "id,month,value,source\r\nm2,2023-05,2820504.68,pboc\r\nm1, 202304 ,1e3,x\r\n"
        "m2,2023-04-30,-0.5,\"p,q\"\r\n")

    # Wide format.
    put("FuzzWideCSV", "units-kinds.csv", "month,m2,m2_yoy\nunit,亿元,%\nkind,stock,rate\n2023-04,2808469.2,12.4\n"
        "2023-05,2820504.68,\n")
    put("FuzzWideCSV", "dates.csv", head(os.path.join(RAW, "huizhaohuang__china-econ-data-penetrate", "new_loans.csv"), 6)
        .replace(b"date", b"date", 1))
    put("FuzzWideCSV", "crlf.csv", "date,a,b\r\n202301,1,2\r\n202302,,3e2\r\n")

    # NumericTable.
    put("FuzzNumericTable", "longley.csv", head(os.path.join(ROOT, "Tests", "CNFinStatisticsTests", "Fixtures", "nist",
                                                             "Longley.csv"), 6))
    put("FuzzNumericTable", "missing.csv", 'y,x\n1,NA\n"2",3\r\n.,-4e-3\n\n5,#N/A\n')
    put("FuzzNumericTable", "bom.csv", b"\xef\xbb\xbfy, x \n1.5E+05,2\n")

    # Dataset directory: the files in Dataset.requiredFiles order, NUL-separated.
    ids = ["m2", "m2_yoy", "loans_increase", "deposits_increase", "tsf_stock"]
    files = ["catalog.csv", "money.csv", "loans.csv", "deposits.csv", "tsf.csv", "vintages.csv", "published.csv",
             "breaks.csv", "disagreements.csv", "sources.csv", "chinese-new-year.csv"]

    def rows(name, keep, limit=3):
        with open(os.path.join(DATA, name), "rb") as f:
            lines = f.readlines()
        out, counts = [lines[0]], {}
        for line in lines[1:]:
            first = line.split(b",", 1)[0].decode("utf-8", "replace")
            if keep(first) and counts.get(first, 0) < limit:
                counts[first] = counts.get(first, 0) + 1
                out.append(line)
        return b"".join(out)

    pieces = []
    for name in files:
        if name == "catalog.csv":
            pieces.append(rows(name, lambda i: i in ids, 1))
        elif name == "breaks.csv":
            pieces.append(head(os.path.join(DATA, name), 1) + b"b1,m2;m2_yoy,2011-10,,comparable_basis,test,releases,no\n")
        elif name in ("sources.csv", "chinese-new-year.csv"):
            pieces.append(head(os.path.join(DATA, name), 3))
        else:
            pieces.append(rows(name, lambda i: i in ids, 2))
    put("FuzzDataset", "small-dataset", b"\x00".join(pieces))
    put("FuzzDataset", "headers-only", b"\x00".join(head(os.path.join(DATA, n), 1) for n in files))

    # Ingest, Chinese.
    xinhua = open(os.path.join(RAW, "reference", "2023-05-financial-statistics-xinhua.txt"), encoding="utf-8").read()
    put("FuzzIngestZH", "xinhua-2023-05.txt", xinhua)
    put("FuzzIngestZH", "xinhua-2023-05-gb18030.txt", xinhua.encode("gb18030"))
    trad = str.maketrans("余额万亿贷币长业单资产规为较与个点货义广减户统计数构现负机后时间类务",
                         "餘額萬億貸幣長業單資產規為較與個點貨義廣減戶統計數構現負機後時間類務")
    put("FuzzIngestZH", "xinhua-2023-05-traditional.txt", xinhua.translate(trad))
    put("FuzzIngestZH", "ytd-fullwidth.txt", "2024年4月金融统计数据报告\n前四个月人民币贷款增加１０．１９万亿元，同比少增1.61万亿元。"
        "４月末，人民币贷款余额249.95万亿元，同比增长9.6％。\n")
    put("FuzzIngestZH", "negative-subitems.txt", "2023年7月份人民币贷款增加345亿元，同比少增3551亿元。7月份，人民币存款减少1.07万亿元，"
        "同比多减1.2万亿元。其中，住户存款减少7811亿元，财政性存款增加4557亿元。\r\n")
    put("FuzzIngestZH", "jan-feb.txt", "2024年2月金融统计数据报告\n1-2月，人民币贷款增加6.37万亿元，同比少增4000亿元。"
        "2月份，人民币贷款增加1.45万亿元，比上年同期多增3600亿元。\n2月末，广义货币（M2）余额299.56万亿元，同比增长8.7%，"
        "增速与上月末持平。\n")
    if SHARED:
        p = os.path.join(SHARED, "datasets", "raw", "pages", "2024-03-vteamgroup-pboc-release.txt")
        if os.path.exists(p):
            put("FuzzIngestZH", "pboc-2024-03.txt", open(p, "rb").read())

    # Ingest, English.
    pages = sorted(os.listdir(os.path.join(RAW, "pages")))
    for name in pages:
        put("FuzzIngestEN", name, open(os.path.join(RAW, "pages", name), "rb").read())
    if SHARED:
        sp = os.path.join(SHARED, "datasets", "raw", "pages")
        for name in ["2023-05-udfspace-pbc-en-afre-flow.txt", "2024-04-udfspace-pbc-en-afre-flow-ytd.txt",
                     "2025-12-tradingeconomics-new-loans-news.txt"]:
            if os.path.exists(os.path.join(sp, name)):
                put("FuzzIngestEN", name, open(os.path.join(sp, name), "rb").read())
    put("FuzzIngestEN", "one-sentence.txt", "In May 2023, RMB loans increased by 1.36 trillion yuan, 541.8 billion yuan less year on year.\n")
    put("FuzzIngestEN", "unchanged.txt", "At end-May 2023, broad money (M2) stood at RMB282.05 trillion, up 11.6 percent year on year. "
        "The growth rate was unchanged from the end of the previous month.\r\n")

    spreadsheets()
    stream_csv()


SHEET_FIXTURES = os.path.join(ROOT, "Tests", "CNFinSpreadsheetTests", "Fixtures")


def spreadsheets():
    """Seeds of the spreadsheet targets: the small fixture workbooks (not the
    million-row bomb, which only tests the row limit and is slow per run),
    one PBoC .xlsx and .xls tables from Datasets/raw."""
    import zipfile
    generated = os.path.join(SHEET_FIXTURES, "generated")
    pboc = os.path.join(SHEET_FIXTURES, "pboc")
    xlsx = [os.path.join(generated, n) for n in sorted(os.listdir(generated))
            if n.endswith(".xlsx") and n != "million_rows.xlsx"]
    xlsx += [os.path.join(pboc, n) for n in sorted(os.listdir(pboc)) if n.endswith(".xlsx")]
    xlsx.append(os.path.join(RAW, "huhuaping__scrape-eastmoney", "raw-2025.xlsx"))
    for i, path in enumerate(xlsx):
        data = open(path, "rb").read()
        base = os.path.basename(path)
        put("FuzzXLSX", f"xlsx-{i:02d}" + (f"-{base}" if base.isascii() else ""), data)
        # The same workbook as the NUL-separated parts FuzzXLSXParts packs into a stored ZIP.
        try:
            z = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            continue
        names = set(z.namelist())
        parts = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"] + \
            [f"xl/worksheets/sheet{k}.xml" for k in range(1, 5)]
        try:
            pieces = [z.read(n) if n in names else b"" for n in parts]
        except Exception:  # noqa: BLE001 — encrypted, damaged or truncated (zlib.error …)
            continue  # encrypted or damaged: only a raw seed
        while pieces and not pieces[-1]:
            pieces.pop()
        if pieces and all(b"\0" not in p for p in pieces):
            put("FuzzXLSXParts", f"parts-{i:02d}", b"\0".join(pieces))
    xls = [os.path.join(pboc, n) for n in sorted(os.listdir(pboc)) if n.endswith(".xls")]
    xls += [os.path.join(generated, "damaged.xls"), os.path.join(RAW, "lingjf__fr", "金融机构人民币信贷收支表2020m.xls")]
    for i, path in enumerate(xls):
        put("FuzzXLS", f"xls-{i:02d}", open(path, "rb").read())
    # One .xlsx through the file path too (the signature decides the reader).
    put("FuzzXLS", "xlsx-by-signature", open(os.path.join(generated, "money_supply_2023.xlsx"), "rb").read())
    # The xlwt-written feature workbooks (SST over CONTINUE records, dates, booleans, errors,
    # formulas, 1904 system) and credit-funds tables of other layouts (2000, 2010, 2015).
    for name in ["features.xls", "features_1904.xls"]:
        put("FuzzXLS", "xls-" + name, open(os.path.join(generated, name), "rb").read())
    for year in ["2000c", "2010f", "2015k"]:
        put("FuzzXLS", f"xls-credit-{year}", open(os.path.join(RAW, "lingjf__fr", f"金融机构人民币信贷收支表{year}.xls"), "rb").read())


def stream_csv():
    """Seeds of FuzzStreamCSV: 3 bytes choosing the chunk size (1 + a 12-bit number) and the
    bytes per read (1 + a byte), then CSV text: the FuzzCSVTable seeds and dataset heads."""
    texts = [("quotes", 'a,"b ""c""",d\n"x,y","line\nbreak", z \n'.encode()),
             ("crlf-bom", b"\xef\xbb\xbfid,value\r\nm2,1\r\n\r\nm1,\"2\"\r\n"),
             ("cr-only", b"a,b\r1,2\r3,4"),
             ("unicode", "名称,单位\n人民币贷款,亿元\n\"余额\u2028万亿元\",%\n".encode()),
             ("money", head(os.path.join(DATA, "money.csv"), 12)),
             ("catalog", head(os.path.join(DATA, "catalog.csv"), 6))]
    settings = [(0, 0), (3, 0), (6, 1), (63, 255), (4095, 255)]
    for i, (name, text) in enumerate(texts):
        for chunk, step in settings[i % 2::2] if i % 3 else settings:
            put("FuzzStreamCSV", f"{name}-chunk{chunk + 1}-step{step + 1}", bytes([chunk & 0xFF, chunk >> 8, step]) + text)


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--spreadsheets"]:
        spreadsheets()  # only these targets' seeds (leaves the others' committed corpora alone)
    elif sys.argv[1:] == ["--stream-csv"]:
        stream_csv()
    else:
        main()
