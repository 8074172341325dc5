#!/usr/bin/env python3
"""Generates the large inputs of Fuzz/large-inputs.sh (standard library only).

  large-inputs-gen.py long MB PATH      long-format CSV id,month,value,source
  large-inputs-gen.py wide MB PATH      wide CSV: 1200 months × as many columns as the size needs
  large-inputs-gen.py numeric MB PATH   numeric CSV of 5 columns
  large-inputs-gen.py line MB PATH      a CSV of one line (a header of MB·10⁶/8 names)
  large-inputs-gen.py zh MB PATH        Chinese release text (the May 2023 report repeated)
  large-inputs-gen.py zhline MB PATH    the same on one line (no line breaks)
  large-inputs-gen.py dataset N DIR     a dataset directory with N series of 12 months
  large-inputs-gen.py datasetlong MB DIR  a dataset directory whose money.csv is the long file of MB
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Datasets", "data")
XINHUA = os.path.join(ROOT, "Datasets", "raw", "reference", "2023-05-financial-statistics-xinhua.txt")


def month(i):
    return "%04d-%02d" % (1975 + i // 12, i % 12 + 1)


def fill(path, target, header, make_chunk):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(header)
        written, k = len(header.encode()), 0
        while written < target:
            chunk = make_chunk(k)
            f.write(chunk)
            written += len(chunk.encode())
            k += 1


def main():
    kind, amount, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    size = amount * 1_000_000
    if kind == "long":
        # 600 months per id, ids s0, s1, …
        fill(path, size, "id,month,value,source\n",
             lambda k: "".join("s%d,%s,%d.%02d,gen\n" % (k, month(i), 100000 + k + i, i % 100) for i in range(600)))
    elif kind == "wide":
        rows = 1200
        columns = max(1, size // (rows * 10))
        with open(path, "w", encoding="utf-8") as f:
            f.write("month," + ",".join("c%d" % j for j in range(columns)) + "\n")
            cells = ",".join("%d.5" % (1000 + j % 9000) for j in range(columns))
            for i in range(rows):
                f.write(month(i) + "," + cells + "\n")
    elif kind == "numeric":
        fill(path, size, "y,x1,x2,x3,x4\n",
             lambda k: "".join("%d.25,%d,%d.5,-%d,%de-3\n" % (k * 1000 + i, i, k, i + 7, k % 997 + 1) for i in range(1000)))
    elif kind == "line":
        with open(path, "w", encoding="utf-8") as f:
            n = size // 8
            f.write(",".join("c%06d" % j for j in range(n)))
    elif kind in ("zh", "zhline"):
        text = open(XINHUA, encoding="utf-8").read()
        body = text.split("\n", 2)[2]  # without the headline
        if kind == "zhline":
            body = body.replace("\n", "")
        fill(path, size, "", lambda k: body)
    elif kind in ("dataset", "datasetlong"):
        os.makedirs(path, exist_ok=True)
        # datasetlong: money.csv is the long file of `amount` MB, 600 rows of at least 25 bytes per id:
        # the catalog lists at least as many ids (the ones without rows are empty series).
        n = amount if kind == "dataset" else size // (600 * 25) + 1
        for name in ["vintages.csv", "published.csv", "breaks.csv", "disagreements.csv", "deposits.csv", "loans.csv",
                     "tsf.csv"]:
            with open(os.path.join(DATA, name), encoding="utf-8") as src, \
                    open(os.path.join(path, name), "w", encoding="utf-8") as dst:
                dst.write(src.readline())
        for name in ["sources.csv", "chinese-new-year.csv"]:
            with open(os.path.join(DATA, name), encoding="utf-8") as src, \
                    open(os.path.join(path, name), "w", encoding="utf-8") as dst:
                dst.write(src.read())
        with open(os.path.join(path, "catalog.csv"), "w", encoding="utf-8") as f:
            f.write("id,name_zh,name_en,unit,kind,family,frequency,first,last,source,notes\n")
            for k in range(n):
                f.write("s%d,序列%d,Series %d,亿元,stock,money,monthly,2023-01,2023-12,gen,\n" % (k, k, k))
        if kind == "datasetlong":
            fill(os.path.join(path, "money.csv"), size, "id,month,value,source\n",
                 lambda k: "".join("s%d,%s,%d.%02d,gen\n" % (k, month(i), 100000 + k + i, i % 100) for i in range(600)))
            return
        with open(os.path.join(path, "money.csv"), "w", encoding="utf-8") as f:
            f.write("id,month,value,source\n")
            for k in range(n):
                f.write("".join("s%d,2023-%02d,%d.5,gen\n" % (k, m, k + m) for m in range(1, 13)))
    else:
        sys.exit("unknown kind " + kind)


if __name__ == "__main__":
    main()
