import Foundation
import Testing
@testable import CNFinSeries

func csvError(_ body: () throws -> Void) -> CSVError? {
    do {
        try body()
        return nil
    } catch let error as CSVError {
        return error
    } catch {
        return nil
    }
}

@Suite struct WideCSVTests {
    @Test func parsesWideFile() throws {
        let text = "month,m2,m2_yoy\r\nunit,亿元,%\nkind,stock,rate\n2023-04,2808469.2,12.4\n2023-05-31,2.82050468e6,\n202306,,11.3\n"
        let contents = try MonthlyCSV.parse(text: text, fileName: "u.csv")
        #expect(contents.ids == ["m2", "m2_yoy"])
        let m2 = try #require(contents.series("m2"))
        #expect(m2.unit == .yi && m2.kind == .stock)
        #expect(m2.start == month("2023-04"))
        #expect(m2.values == [2808469.2, 2820504.68, nil])
        let yoy = try #require(contents.series("m2_yoy"))
        #expect(yoy.unit == .percent && yoy.kind == .rate)
        #expect(yoy.values == [12.4, nil, 11.3])
    }

    /// One missing-value policy for every CSV (issue 14 §1): `NaN`, `NA`, … are missing cells in a
    /// wide file as they are in `cnfin regress` input (a `NaN` cell here was an error before).
    @Test func missingValueSpellingsAreMissing() throws {
        let contents = try MonthlyCSV.parse(text: "month,m2\n2023-01,NaN\n2023-02,NA\n2023-03,1\n2023-04,#N/A\n", fileName: "q.csv")
        #expect(contents.series[0].values == [nil, nil, 1, nil])
    }

    @Test func quotedFieldsAndBOM() throws {
        let text = "\u{FEFF}month,\"a,b\"\n2023-01,\"1.5\"\n\n2023-02, 2 \n"
        let contents = try MonthlyCSV.parse(text: text, fileName: "q.csv")
        #expect(contents.ids == ["a,b"])
        #expect(contents.series[0].values == [1.5, 2])
    }

    @Test(arguments: [
        ("mois,m2\n2023-01,1\n", "q.csv:1:1: bad header: first column must be 'month'"),
        ("month\n2023-01\n", "q.csv:1:1: bad header: expected 'month' followed by at least one series id"),
        ("month,m2,\n2023-01,1,2\n", "q.csv:1:10: bad header: empty series id"),
        ("month,m2,m2\n2023-01,1,2\n", "q.csv:1:10: column 'm2' appears twice"),
        ("month,m2\n2023-01,1\n2023-02,abc\n", "q.csv:3:9: value \"abc\" in column 'm2' is not a number"),
        ("month,m2\n2023-01,1\n2023-02,1,234\n", "q.csv:3:11: expected 2 fields as in the header, found 3"),
        ("month,m2\n2023-01,1\n2023-01,2\n", "q.csv:3:1: duplicate month 2023-01 (first on line 2)"),
        ("month,m2\n2023-02,1\n2023-01,2\n", "q.csv:3:1: month 2023-01 is out of order (after 2023-02)"),
        ("month,m2\n2023-01,1\n2023-04,2\n", "q.csv:3:1: gap: no row for 2023-02…2023-03 between 2023-01 and 2023-04"),
        ("month,m2\n2023-01,1\n2023-03,2\n", "q.csv:3:1: gap: no row for 2023-02 between 2023-01 and 2023-03"),
        ("month,m2\nunit,亿\n2023-01,1\n", "q.csv:2:6: unknown unit \"亿\""),
        ("month,m2\nkind,level\n2023-01,1\n", "q.csv:2:6: invalid m2 \"level\" (expected stock, flow or rate)"),
        ("month,m2\n2023-01,-inf\n", "q.csv:2:9: value \"-inf\" in column 'm2' is not finite"),
        ("month,m2\n2023-01,1e999\n", "q.csv:2:9: value \"1e999\" in column 'm2' is not finite"),
        ("month,m2\n2023-13,1\n", "q.csv:2:1: invalid month \"2023-13\""),
        ("month,m2\n2023-01,\"1\n", "q.csv:2:9: quoted field is not closed"),
        ("month,m2\n2023-01,1\"2\"\n", "q.csv:2:10: unexpected double quote"),
        ("month,m2\n2023-01,\"1\"x\n", "q.csv:2:12: unexpected double quote"),
        ("", "q.csv: empty file"),
    ])
    func errors(text: String, message: String) {
        let error = csvError { _ = try MonthlyCSV.parse(text: text, fileName: "q.csv") }
        #expect(error != nil)
        #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "no error")")
    }

    @Test func readsFileAndReportsMissingFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-series-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("mine.csv")
        try Data("month,x\n2023-01,1\n".utf8).write(to: url)
        #expect(try MonthlyCSV.read(url: url).series[0].values == [1])
        let missing = csvError { _ = try MonthlyCSV.read(url: dir.appendingPathComponent("nope.csv")) }
        #expect(missing?.description.contains("nope.csv: cannot read") == true)
        try Data([0xFF, 0xFE, 0x00]).write(to: url)
        #expect(csvError { _ = try MonthlyCSV.read(url: url) }?.description.contains("not valid UTF-8") == true)
        // An empty file (read without Data(contentsOf:), which leaks on Linux: Fuzz/crashes/FuzzDataset/empty-file-leak).
        try Data().write(to: url)
        #expect(try CSVTable.readText(url) == "")
        #expect(csvError { _ = try LongFormatCSV.read(url: url) } == .empty(file: "mine.csv"))
    }
}

@Suite struct LongCSVTests {
    @Test func parsesAndGroups() throws {
        let text = "id,month,value,source,note\nm2,2023-05,2820504.68,pboc,\nm1,2023-05,675252.98,pboc,x\nm2,2023-03,2814566.31,pboc,\"revised, later\"\n"
        let rows = try LongFormatCSV.parse(text: text, fileName: "money.csv")
        #expect(rows.count == 3)
        #expect(rows[2].extra["note"] == "revised, later")
        #expect(rows[0].line == 2)
        let series = LongFormatCSV.series(from: rows) { _ in (.yi, .stock) }
        #expect(series.map(\.id) == ["m2", "m1"])
        #expect(series[0].start == month("2023-03"))
        #expect(series[0].values == [2814566.31, nil, 2820504.68])
    }

    @Test(arguments: [
        ("id,month,amount,source\n", "money.csv:1:1: bad header: missing column(s) value"),
        ("id,month,value,source\nm2,2023-05,x,pboc\n", "money.csv:2:12: value \"x\" in column 'value' is not a number"),
        ("id,month,value,source\nm2,2023-05,,pboc\n", "money.csv:2:12: column 'value' must not be empty"),
        ("id,month,value,source\n,2023-05,1,pboc\n", "money.csv:2:1: column 'id' must not be empty"),
        ("id,month,value,source\nm2,2023-5,1,pboc\n", "money.csv:2:4: invalid month \"2023-5\""),
        ("id,month,value,source\nm2,2023-05,1,pboc\nm2,2023-05,2,pboc\n", "money.csv:3:4: duplicate id 'm2' month 2023-05 (first on line 2)"),
        // One missing-value policy for every CSV (issue 14 §1): `nan` is a missing value, which a
        // long-format row may not have (was: "… is not finite").
        ("id,month,value,source\nm2,2023-05,nan,pboc\n", "money.csv:2:12: column 'value': missing value \"nan\""),
        ("id,month,value,source\nm2,2023-05,1\n", "money.csv:2:1: expected 4 fields as in the header, found 3"),
    ])
    func errors(text: String, message: String) {
        let error = csvError { _ = try LongFormatCSV.parse(text: text, fileName: "money.csv") }
        #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "no error")")
    }
}
