import CNFinOutput
import Foundation
import Testing
@testable import CNFinSpreadsheet

/// The Table → .xlsx writer, read back by cnfin's reader. (check_written.py does the same with openpyxl.)
struct XLSXWriterTests {
    static let tables: [Table] = [
        Table(title: "M2 2023-05 (data current to 2023-05)", columns: [TableColumn("month"), TableColumn("m2", alignment: .right),
                                                                      TableColumn("yoy", alignment: .right)],
              rows: [["2023-04", .number(2808469.09, formatted: "2808469.09"), .number(12.4, formatted: "12.4%")],
                     ["2023-05", .number(2820504.68, formatted: "2820504.68"), .missing]],
              notes: ["M2: month-end balance, 亿元"]),
        Table(title: nil, headers: ["id", "count"], rows: [["loans", .number(12, formatted: "12")]]),
    ]

    @Test func roundTripThroughTheReader() throws {
        let bytes = try XLSXTableWriter.data(for: Self.tables)
        let wb = try SpreadsheetReader.readXLSX(bytes: bytes, name: "written.xlsx")
        #expect(wb.sheets.map(\.name) == ["M2 2023-05 (data current to 202", "Table2", "Notes"])
        let s = wb.sheets[0]
        #expect(s.cell(at: CellReference(row: 0, column: 0))?.text == "M2 2023-05 (data current to 2023-05)")
        #expect(s.cell(at: CellReference(row: 1, column: 1))?.text == "m2")
        #expect(s.frozenAt == CellReference(row: 2, column: 0))
        let m2 = try #require(s.cell(at: CellReference(row: 2, column: 1)))
        #expect(m2.value == .number(2808469.09))
        #expect(m2.numberFormat?.code == "0.00")
        #expect(m2.numberFormat?.decimals == 2)
        let yoy = try #require(s.cell(at: CellReference(row: 2, column: 2)))
        #expect(yoy.value == .number(12.4))
        #expect(yoy.numberFormat?.code == "0.0\"%\"")
        #expect(s.cell(at: CellReference(row: 3, column: 2)) == nil)  // missing stays empty
        #expect(wb.sheets[1].cell(at: CellReference(row: 0, column: 0))?.text == "Table2")
        #expect(wb.sheets[1].cell(at: CellReference(row: 2, column: 1))?.numberFormat?.decimals == 0)
        let notes = wb.sheets[2].cells.compactMap(\.text)
        #expect(notes.contains { $0.contains("M2: month-end balance") })
        #expect(notes.contains { $0.contains("1 empty cell") })
    }

    @Test func sameTablesSameBytes() throws {
        let a = try XLSXTableWriter.data(for: Self.tables)
        let b = try XLSXTableWriter.data(for: Self.tables)
        #expect(a == b)
    }

    @Test func sheetNamesAreValidatedBeforeC() {
        for bad in ["", String(repeating: "x", count: 32), "a/b", "a[1]", "what?", "'quoted'", "x:y", "a*", "a\\b"] {
            #expect(throws: SpreadsheetError.self) { try XLSXTableWriter.data(for: [Self.tables[1]], sheetNames: [bad]) }
        }
        #expect(throws: SpreadsheetError.self) { try XLSXTableWriter.data(for: Self.tables, sheetNames: ["A", "a"]) }
        #expect(XLSXSheetName.derived(from: "M2/M1: ratio [x]?", fallback: "T") == "M2_M1_ ratio _x__")
        #expect(XLSXSheetName.names(for: ["same", "same", nil]) == ["same", "same (2)", "Table3"])
    }

    @Test func unwritableOutput() throws {
        let e = #expect(throws: SpreadsheetError.self) {
            try XLSXTableWriter.write(Self.tables, to: URL(fileURLWithPath: "/nonexistent-dir/out.xlsx"))
        }
        #expect(e?.description.contains("/nonexistent-dir") == true)
    }

    @Test func atomicWriteReplacesTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("out.xlsx")
        try XLSXTableWriter.write(Self.tables, to: url)
        try XLSXTableWriter.write([Self.tables[1]], to: url)
        let wb = try SpreadsheetReader.read(path: url.path)
        #expect(wb.sheets.map(\.name) == ["Table1"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.xlsx"])
        #expect(throws: SpreadsheetError.self) { try XLSXTableWriter.write(Self.tables, to: url, overwrite: false) }
    }
}
