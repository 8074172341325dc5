import Foundation
import Testing
@testable import CNFinSpreadsheet

/// The .xlsx reader against openpyxl: make_fixtures.py wrote each fixture and
/// dumped every non-empty cell as openpyxl reads it back (expected.json).
/// Numbers are compared exactly: both sides parse the same decimal text of the
/// same `<v>` element with a correctly rounded conversion.
struct XLSXReaderTests {
    static func expected(_ name: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.fixture("generated/\(name).expected.json")))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(root["sheets"] as? [[String: Any]])
    }

    @Test(arguments: ["features", "money_supply_2023", "prefixed_namespaces", "credit_funds_english", "tsf_flow_english"])
    func cellsMergesAndPanesMatchOpenpyxl(_ name: String) throws {
        let workbook = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/\(name).xlsx"))
        #expect(workbook.format == .xlsx)
        let sheets = try Self.expected(name)
        #expect(workbook.sheets.map(\.name) == sheets.compactMap { $0["name"] as? String })
        for (sheet, reference) in zip(workbook.sheets, sheets) {
            let cells = try #require(reference["cells"] as? [String: [String: Any]])
            #expect(sheet.cells.count == cells.count, "sheet \(sheet.name)")
            for (ref, spec) in cells {
                let at = try #require(CellReference(ref))
                let cell = try #require(sheet.cell(at: at), "\(sheet.name)!\(ref)")
                switch spec["type"] as? String {
                case "text": #expect(cell.value == .text(try #require(spec["value"] as? String)), "\(ref)")
                case "number": #expect(cell.value == .number(try #require(spec["value"] as? Double)), "\(ref)")
                case "bool": #expect(cell.value == .boolean(try #require(spec["value"] as? Bool)), "\(ref)")
                default: Issue.record("unexpected type in \(ref)")
                }
                // openpyxl names custom and standard formats; zh-CN built-ins (ids 27–36, 50–58) it reads as General.
                if let format = spec["format"] as? String, format != "General" {
                    #expect(cell.numberFormat?.code == format, "\(ref)")
                }
            }
            let merged = (reference["merged"] as? [String] ?? []).sorted()
            #expect(sheet.mergedRanges.map(\.description).sorted() == merged.map { $0.contains(":") ? $0 : "\($0):\($0)" })
            if let frozen = reference["frozen"] as? String {
                #expect(sheet.frozenAt?.description == frozen)
            }
        }
    }

    /// Namespace prefixes (`<x:c>`, `rel:id`) read like the usual spelling.
    @Test func prefixedNamespaces() throws {
        let a = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/prefixed_namespaces.xlsx"))
        let b = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/money_supply_2023.xlsx"))
        #expect(a.sheets == b.sheets)
        #expect(try PBoCTableRecognizer.recognize(a).first?.observations.count == 15)
    }

    /// Shared strings with rich-text runs and a phonetic run, and inline strings, in one sheet.
    @Test func sharedAndInlineStrings() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/features.xlsx"))
        let sheet = wb.sheets[0]
        #expect(sheet.cell(at: CellReference(row: 0, column: 0))?.text == "社会融资规模存量统计表")  // rich runs, no PHONETIC
        #expect(sheet.cell(at: CellReference(row: 4, column: 2))?.text == "RMB loans")               // inline
        #expect(wb.sheets[1].cell(at: CellReference(row: 2, column: 0))?.text == "entities <&> \"quoted\"")
    }

    /// Built-in zh-CN date formats 57 (yyyy"年"m"月") and 31 (yyyy"年"m"月"d"日"): the reader knows them
    /// as dates although styles.xml does not spell their codes. Serial 45658 is 2025-01-01 and
    /// 45077 is 2023-05-31 (Excel's 1900 date system).
    @Test func chineseBuiltInDateFormats() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/features.xlsx"))
        let a6 = try #require(wb.sheets[0].cell(at: CellReference(row: 5, column: 0)))
        #expect(a6.numberFormat?.id == 57)
        #expect(a6.numberFormat?.isDate == true)
        let a6Serial = try #require(a6.number)
        let d = try #require(SerialDate(serial: a6Serial, uses1904Dates: false))
        #expect((d.year, d.month, d.day) == (2025, 1, 1))
        let b1 = try #require(wb.sheets[1].cell(at: CellReference(row: 0, column: 1)))
        #expect(b1.numberFormat?.id == 31)
        let b1Serial = try #require(b1.number)
        let e = try #require(SerialDate(serial: b1Serial, uses1904Dates: false))
        #expect((e.year, e.month, e.day) == (2023, 5, 31))
        #expect(wb.sheets[1].cell(at: CellReference(row: 1, column: 1))?.value == .boolean(true))
    }

    @Test func cellReferences() {
        #expect(CellReference("A1") == CellReference(row: 0, column: 0))
        #expect(CellReference("$AB$12") == CellReference(row: 11, column: 27))
        #expect(CellReference("XFD1048576")?.description == "XFD1048576")
        #expect(CellReference("A0") == nil)
        #expect(CellReference("1A") == nil)
        #expect(CellReference.columnName(701) == "ZZ")
    }

    /// The month-label trap: a float label 2000.1 is October; text 2019.10, 2023年5月, 2023.4 are read as written.
    @Test func monthLabels() throws {
        let wb = try SpreadsheetReader.read(path: FixturePaths.fixture("generated/features.xlsx"))
        let row = wb.sheets[1].cells.filter { $0.reference.row == 4 }
        let months = row.compactMap { PBoCMonthLabel.parse($0, uses1904Dates: false) }
        #expect(months == [YearMonth(year: 2000, month: 10), YearMonth(year: 2019, month: 10), YearMonth(year: 2023, month: 5)])
        #expect(PBoCMonthLabel.parse(text: "2023.4") == YearMonth(year: 2023, month: 4))
        #expect(PBoCMonthLabel.parse(text: "2023年05月末") == YearMonth(year: 2023, month: 5))
        #expect(PBoCMonthLabel.parse(text: "2023.13") == nil)
        #expect(PBoCMonthLabel.parse(text: "项目") == nil)
        // Long digit runs are no label (they overflowed Int; found by FuzzXLSXParts).
        #expect(PBoCMonthLabel.parse(text: String(repeating: "9", count: 40)) == nil)
        #expect(PBoCMonthLabel.parse(text: "2023." + String(repeating: "9", count: 40)) == nil)
    }
}
