import Foundation
import Testing
@testable import CNFinSpreadsheet

/// Recognition of PBoC tables. References: the values make_fixtures.py wrote
/// (through its expected.json), and for the original PBoC files the values
/// other sources hold in Datasets/data (SOURCES.md: the 2026 TSF-flow workbook
/// equals daoshihaideba's rows apart from a later revision of April's total;
/// the 货币供应量 .xls equal wangxf's money_supply_test.csv for 2008–2020).
struct PBoCRecognitionTests {
    /// `id|month` → values of Datasets/data rows (families and vintages) from `sources` (nil: any).
    static func stored(_ files: [String], sources: Set<String>?) throws -> [String: [Double]] {
        var out: [String: [Double]] = [:]
        for name in files {
            let url = FixturePaths.root.appendingPathComponent("Datasets/data/\(name).csv")
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst() {
                let f = line.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false)
                guard f.count >= 4, let v = Double(f[2]) else { continue }
                if let sources, !sources.contains(String(f[3])) { continue }
                out["\(f[0])|\(f[1])", default: []].append(v)
            }
        }
        return out
    }

    @Test func tsfFlowWorkbook2026() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("pboc/社会融资规模增量统计表2026.xlsx"))
        let tables = try PBoCTableRecognizer.recognize(wb)
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.kind == .tsfFlow)
        #expect(t.unit == .yi)
        #expect(!t.monthsInColumns)
        // Twelve month rows; row 21 holds the float 2026.1 (format 0.00_): October.
        #expect(t.months == (1...12).map { YearMonth(year: 2026, month: $0) })
        #expect(Set(t.observations.map(\.id)).count == 11)
        #expect(t.observations.count == 44)  // January–April, eleven columns
        let stored = try Self.stored(["tsf", "vintages"], sources: nil)
        for o in t.observations {
            let key = "\(o.id)|\(YearMonth(year: o.year, month: o.month))"
            #expect(stored[key]?.contains(o.value) == true, "\(key) = \(o.value) not among \(stored[key] ?? [])")
            #expect(o.measure == .increase)
            #expect(o.decimals == 0)
        }
    }

    /// The workbooks print two decimals; the cells of 2015–2020 hold more (wangxf kept them), so a
    /// figure agrees when it is the stored value rounded to 0.01: |x − stored| ≤ 0.005 (+1e-9 relative
    /// for binary representation). 2007 is compared with the M0 of the 2007 credit-funds table (lingjf).
    @Test(arguments: ["2007", "2015", "2019", "2020"])
    func moneySupplyXLSMatchesWangxf(_ year: String) throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("pboc/货币供应量\(year).xls"))
        #expect(wb.format == .xls)
        let t = try #require(try PBoCTableRecognizer.recognize(wb).first)
        #expect(t.kind == .moneySupply)
        #expect(t.months.count == 12)
        #expect(t.months[9] == YearMonth(year: Int(year) ?? 0, month: 10))  // 2019: text '2019.10'; others float 20xx.1
        #expect(t.observations.count == 36)
        let stored = try Self.stored(["money", "vintages"], sources: ["wangxf", "lingjf"])
        var compared = 0
        for o in t.observations {
            let key = "\(o.id)|\(YearMonth(year: o.year, month: o.month))"
            guard let values = stored[key] else { continue }
            compared += 1
            #expect(values.contains { abs($0 - o.value) <= 0.005 + 1e-9 * abs($0) }, "\(key) = \(o.value), stored \(values)")
        }
        #expect(compared >= 12)
    }

    /// Every 货币供应量 .xls the repository holds (fixtures, and Datasets/raw once the originals are
    /// copied there) is recognised with twelve months and M0/M1/M2 for each.
    @Test func everyMoneySupplyWorkbook() throws {
        var files: [String] = []
        for dir in [FixturePaths.fixture("pboc"), FixturePaths.root.appendingPathComponent("Datasets/raw/lingjf__fr").path] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            files += names.filter { $0.hasPrefix("货币供应量") && $0.hasSuffix(".xls") }.map { dir + "/" + $0 }
        }
        #expect(files.count >= 5)
        for f in files {
            let t = try #require(try PBoCTableRecognizer.recognize(SpreadsheetReader.read(path: f)).first)
            #expect(t.kind == .moneySupply, "\(f)")
            #expect(t.months.count == 12, "\(f)")
            #expect(Set(t.observations.map(\.id)) == ["m0", "m1", "m2"], "\(f)")
            #expect(t.observations.count == 36, "\(f)")
        }
    }

    @Test func moneySupply2000() throws {
        let t = try #require(try PBoCTableRecognizer.recognize(SpreadsheetReader.read(path: FixturePaths.fixture("pboc/货币供应量2000.xls"))).first)
        #expect(t.months.first == YearMonth(year: 2000, month: 1))
        #expect(t.months.last == YearMonth(year: 2000, month: 12))
        let m2 = t.observations.filter { $0.id == "m2" }
        #expect(m2.count == 12)
        // The first M2 cell of the sheet (row 8, column D).
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("pboc/货币供应量2000.xls"))
        let d8 = try #require(CellReference("D8"))
        let cell = try #require(wb.sheets[0].cell(at: d8))
        #expect(m2.first?.value == cell.number)
    }

    /// A modern-style 货币供应量 written by make_fixtures.py: months as text labels of
    /// three spellings, labels over merged cells.
    @Test func moneySupplyTextLabels() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/money_supply_2023.xlsx"))
        let t = try #require(try PBoCTableRecognizer.recognize(wb).first)
        #expect(t.kind == .moneySupply)
        #expect(t.months == (1...5).map { YearMonth(year: 2023, month: $0) })
        let cells = try #require(XLSXReaderTests.expected("money_supply_2023").first?["cells"] as? [String: [String: Any]])
        for (id, row) in [("m2", 7), ("m1", 9), ("m0", 11)] {
            let values = t.observations.filter { $0.id == id }.map(\.value)
            let reference = (0..<5).compactMap { cells["\(CellReference.columnName(3 + $0))\(row)"]?["value"] as? Double }
            #expect(values == reference, "\(id)")
        }
    }

    /// A TSF stock table in 万亿元 with months as dates in a zh-CN built-in format and a YoY column:
    /// levels are converted to 亿元 (×10⁴, 4 decimals of 万亿 = 0 of 亿), the rate stays in %.
    @Test func tsfStockInTrillions() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/features.xlsx"))
        let t = try PBoCTableRecognizer.recognize(wb.sheets[0], in: wb)
        #expect(t.kind == .tsfStock)
        #expect(t.unit == .wanYi)
        #expect(t.months == (1...3).map { YearMonth(year: 2025, month: $0) })
        let cells = try #require(XLSXReaderTests.expected("features").first?["cells"] as? [String: [String: Any]])
        func ref(_ a: String) -> Double { cells[a]?["value"] as? Double ?? .nan }
        let stock = t.observations.filter { $0.id == "tsf_stock" && $0.measure == .level }
        #expect(stock.map(\.value) == ["B6", "B7", "B9"].map { (ref($0) * 10_000).rounded() })
        #expect(stock.allSatisfy { $0.decimals == 0 && $0.unit == "亿元" && $0.measure == .level })
        let loans = t.observations.filter { $0.id == "tsf_stock_rmb_loans" }
        #expect(loans.map(\.value) == ["C6", "C7", "C9"].map { (ref($0) * 10_000).rounded() })
        let yoy = t.observations.filter { $0.id == "tsf_stock" && $0.measure == .yoyPct }
        #expect(yoy.map(\.value) == ["D6", "D7", "D9"].map(ref))
        #expect(yoy.allSatisfy { $0.unit == "%" && $0.measure == .yoyPct })
    }

    @Test func nonTableSheetIsAnUnknownTable() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/features.xlsx"))
        #expect(throws: SpreadsheetError.self) { try PBoCTableRecognizer.recognize(wb) }
    }
}

/// English editions (no Chinese text): the same series from the Latin labels.
struct EnglishEditionTests {
    static func cells(_ name: String) throws -> [String: [String: Any]] {
        try #require(XLSXReaderTests.expected(name).first?["cells"] as? [String: [String: Any]])
    }

    @Test func creditFunds() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/credit_funds_english.xlsx"))
        let t = try #require(try PBoCTableRecognizer.recognize(wb).first)
        #expect(t.kind == .creditFundsRMB)
        #expect(t.unit == .yi)
        #expect(t.months == (1...3).map { YearMonth(year: 2023, month: $0) })
        let cells = try Self.cells("credit_funds_english")
        // Row of each id in the fixture (the sector of Short-term / Mid & Long-term loans from context).
        let rows = ["deposits_balance": 8, "household_deposits_balance": 9, "corporate_deposits_balance": 10,
                    "fiscal_deposits_balance": 11, "loans_balance": 13, "household_loans_balance": 14,
                    "household_short_loans_balance": 15, "household_mlt_loans_balance": 16,
                    "corporate_loans_balance": 17, "corporate_short_loans_balance": 18,
                    "corporate_mlt_loans_balance": 19, "bill_financing_balance": 20]
        #expect(Set(t.observations.map(\.id)) == Set(rows.keys))
        for o in t.observations {
            let row = try #require(rows[o.id])
            let column = CellReference.columnName(o.month)  // months 1…3 in columns B…D
            #expect(o.value == cells["\(column)\(row)"]?["value"] as? Double, "\(o.id) \(o.month)")
        }
    }

    @Test func tsfFlow() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/tsf_flow_english.xlsx"))
        let t = try #require(try PBoCTableRecognizer.recognize(wb).first)
        #expect(t.kind == .tsfFlow)
        #expect(!t.monthsInColumns)
        #expect(t.months == [YearMonth(year: 2023, month: 1), YearMonth(year: 2023, month: 2)])
        let ids = ["tsf_increase", "tsf_rmb_loans", "tsf_fx_loans", "tsf_entrusted_loans", "tsf_trust_loans",
                   "tsf_undiscounted_bills", "tsf_corporate_bonds", "tsf_government_bonds", "tsf_equity", "tsf_abs",
                   "tsf_writeoffs"]
        let cells = try Self.cells("tsf_flow_english")
        for (k, id) in ids.enumerated() {
            let values = t.observations.filter { $0.id == id }.map(\.value)
            let column = CellReference.columnName(k + 1)
            #expect(values == [cells["\(column)5"]?["value"] as? Double, cells["\(column)6"]?["value"] as? Double].compactMap { $0 },
                    "\(id)")
        }
    }
}
