import Foundation
import Testing
@testable import CNFinSeries

/// CR LF line endings (Excel, Windows editors). In Swift "\r\n" is ONE Character (a grapheme
/// cluster), so a reader that splits on the Character "\n" would see a single line; these tests
/// pin that every reader splits CR LF files into lines, keeps no stray "\r" in the last field,
/// and counts lines correctly in error messages.
@Suite struct CRLFTests {
    @Test func csvTableSplitsCRLFLines() throws {
        let text = "id,month,note\r\nm2,2023-05,\"two\r\nlines\"\r\nm1,2023-05,last\r\n"
        let table = try CSVTable(text: text, fileName: "t.csv")
        #expect(table.columns == ["id", "month", "note"])
        #expect(table.records.count == 2)
        #expect(table.records[0].string("note") == "two\r\nlines")  // a quoted line break is kept as written
        #expect(table.records[1].line == 4)  // the quoted CR LF counts as one line
        #expect(table.records[1].string("note") == "last")  // no trailing "\r"
    }

    @Test func monthlyCSVWithCRLF() throws {
        let text = "month,m2,m2_yoy\r\nunit,亿元,%\r\nkind,stock,rate\r\n2023-04,2808469.2,12.4\r\n2023-05,2820504.68,11.6\r\n"
        let contents = try MonthlyCSV.parse(text: text, fileName: "w.csv")
        #expect(contents.ids == ["m2", "m2_yoy"])
        #expect(contents.series[0].unit == .yi)
        #expect(contents.series[1].kind == .rate)
        #expect(contents.series[1].values == [12.4, 11.6])
        let error = csvError { _ = try MonthlyCSV.parse(text: "month,m2\r\n2023-01,1\r\n2023-02,abc\r\n", fileName: "w.csv") }
        #expect(error?.description.hasPrefix("w.csv:3:9: value \"abc\" in column 'm2' is not a number") == true,
                "\(error?.description ?? "no error")")
    }

    @Test func longFormatCSVWithCRLF() throws {
        let text = "id,month,value,source\r\nm2,2023-05,2820504.68,pboc\r\nm1,2023-05,675252.98,pboc\r\n"
        let rows = try LongFormatCSV.parse(text: text, fileName: "money.csv")
        #expect(rows.count == 2)
        #expect(rows.map(\.source) == ["pboc", "pboc"])
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows[1].value == 675252.98)
        let error = csvError {
            _ = try LongFormatCSV.parse(text: "id,month,value,source\r\nm2,2023-05,x,pboc\r\n", fileName: "money.csv")
        }
        #expect(error?.description.hasPrefix("money.csv:2:12: value \"x\" in column 'value' is not a number") == true,
                "\(error?.description ?? "no error")")
    }
}
