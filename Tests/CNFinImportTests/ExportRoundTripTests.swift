import CNFinDatasets
import CNFinImport
import CNFinIngest
import CNFinOutput
import CNFinSeries
import CNFinSpreadsheet
import Foundation
import Testing

/// `data show … --format xlsx` → `import` gives back the stored values: a table of
/// months × series ids (the layout of `cnfin data show`) written by XLSXTableWriter
/// is recognised as a cnfin table and its figures equal the dataset's values
/// (the writer stores each double with 16 significant digits, enough for every stored
/// value, which has at most 10; so the comparison is equality).
struct ExportRoundTripTests {
    @Test func dataShowTableRoundTrips() throws {
        let dataset = try Dataset.bundled()
        let ids = ["m2", "m1", "m0", "loans_balance", "tsf_increase", "m2_yoy"]
        let series = try ids.map { try dataset.series($0) }
        let months = (0..<36).map { Month(year: 2021, month: 1)?.advanced(by: $0) }.compactMap { $0 }
        var table = Table(title: "data show", columns: [TableColumn("month")] + ids.map { TableColumn($0, alignment: .right) })
        for m in months {
            table.rows.append([.text(m.description)] + series.map { TableCell.optionalNumber($0[m]) })
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cnfin-roundtrip-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXTableWriter.write([table], to: url)
        let input = try TableImporter.read(paths: [url.path])
        #expect(input.tables.map(\.kind) == [.cnfinExport])
        var compared = 0
        for f in input.figures {
            let stored = try #require(try dataset.series(f.id)[f.month])
            #expect(f.value == stored, "\(f.id) \(f.monthText)")
            compared += 1
        }
        let expected = zip(ids, series).reduce(0) { n, p in n + months.filter { p.1[$0] != nil }.count }
        #expect(compared == expected)
        #expect(input.figures.first { $0.id == "m2_yoy" }?.measure == .yoyPct)
        #expect(input.figures.first { $0.id == "tsf_increase" }?.measure == .increase)
    }
}
