// Fuzz target: `CSVNumericTable` (CNFinSeries), the numeric CSV reader of `regress` and `test`
// (on the byte-level CSVScanner; it replaced CNFinStatistics' NumericTable).
//
// Invariants, beyond "no crash":
// - every column has one cell per data row, every value is finite, line numbers increase;
// - write → read round trip: names and cells written back (missing cells empty, values as
//   shortest round-trip text) parse to the same table;
// - `select(_:dropMissing: true)` keeps exactly the complete rows.
import CNFinOutput
import CNFinSeries
import Foundation
import FuzzSupport

runFuzzer { data, size in
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    guard let table = try? CSVNumericTable(text: text, fileName: "fuzz.csv"),
          let cells = try? table.columnNames.map({ name throws(CSVError) in try table.column(name) })
    else { return 0 }
    for column in cells {
        fuzzCheck(column.count == table.rowCount, "column of \(column.count) cells, \(table.rowCount) rows")
        fuzzCheck(column.allSatisfy { $0?.isFinite ?? true }, "non-finite cell")
    }
    fuzzCheck(zip(table.lineNumbers, table.lineNumbers.dropFirst()).allSatisfy { $0 < $1 }, "line numbers do not increase")
    var lines = [CSVRenderer.line(table.columnNames)]
    for i in 0..<table.rowCount {
        lines.append(CSVRenderer.line(cells.map { $0[i].map { "\($0)" } ?? "" }))
    }
    let written = lines.joined(separator: "\n") + "\n"
    do {
        let reread = try CSVNumericTable(text: written, fileName: "rewritten.csv")
        fuzzCheck(reread.columnNames == table.columnNames, "round trip changed the names \(table.columnNames) -> \(reread.columnNames)")
        let again = try reread.columnNames.map { name throws(CSVError) in try reread.column(name) }
        fuzzCheck(again == cells, "round trip changed the cells")
    } catch {
        fuzzCheck(false, "the written CSV does not parse: \(error) — \(written.debugDescription)")
    }
    if !table.columnNames.isEmpty, let selected = try? table.select(table.columnNames, dropMissing: true) {
        let complete = (0..<table.rowCount).filter { i in cells.allSatisfy { $0[i] != nil } }
        fuzzCheck(selected.lines == complete.map { table.lineNumbers[$0] }, "dropMissing kept the wrong rows")
    }
    return 0
}
