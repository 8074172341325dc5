// Fuzz target: `NumericTable` (CNFinStatistics), the numeric CSV reader of
// `regress` and `test`.
//
// Invariants, beyond "no crash":
// - every column has one cell per data row, every value is finite, line
//   numbers increase;
// - write → read round trip: names and cells written back (missing cells
//   empty, values as shortest round-trip text) parse to the same table;
// - `select(_:dropNA:true)` keeps exactly the complete rows.
import CNFinOutput
import CNFinStatistics
import Foundation
import FuzzSupport

runFuzzer { data, size in
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    let table: NumericTable
    do {
        table = try NumericTable(csv: text, source: "fuzz.csv")
    } catch {
        return 0
    }
    for column in table.cells {
        fuzzCheck(column.count == table.rowCount, "column of \(column.count) cells, \(table.rowCount) rows")
        fuzzCheck(column.allSatisfy { $0?.isFinite ?? true }, "non-finite cell")
    }
    fuzzCheck(zip(table.lineNumbers, table.lineNumbers.dropFirst()).allSatisfy { $0 < $1 }, "line numbers do not increase")
    var lines = [CSVRenderer.line(table.columnNames)]
    for i in 0..<table.rowCount {
        lines.append(CSVRenderer.line(table.cells.map { $0[i].map { "\($0)" } ?? "" }))
    }
    let written = lines.joined(separator: "\n") + "\n"
    // KNOWN OPEN FINDING (reported, not fixed here: NumericTable belongs to the
    // "robust" work): NumericTable splits fields on Characters, so a `"` or `,`
    // followed by a combining mark or preceded by a prepended concatenation mark
    // (U+0600…U+0605: one grapheme either way) is not seen as a delimiter —
    // Fuzz/crashes/FuzzNumericTable/combining-mark-after-quote*. The round trip
    // is skipped for such texts so the target keeps looking for other bugs;
    // remove this guard when NumericTable reads scalars or bytes.
    if hidesDelimiter(written) { return 0 }
    do {
        let reread = try NumericTable(csv: written, source: "rewritten.csv")
        fuzzCheck(reread.columnNames == table.columnNames, "round trip changed the names \(table.columnNames) -> \(reread.columnNames)")
        fuzzCheck(reread.cells == table.cells, "round trip changed the cells")
    } catch {
        fuzzCheck(false, "the written CSV does not parse: \(error) — \(written.debugDescription)")
    }
    if !table.columnNames.isEmpty, let selected = try? table.select(table.columnNames, dropNA: true) {
        let complete = (0..<table.rowCount).filter { i in table.cells.allSatisfy { $0[i] != nil } }
        fuzzCheck(selected.lines == complete.map { table.lineNumbers[$0] }, "dropNA kept the wrong rows")
    }
    return 0
}

/// Whether a `"` or `,` in `text` shares a grapheme cluster with its neighbour
/// (a combining mark after it, a prepended mark such as U+0601 before it).
func hidesDelimiter(_ text: String) -> Bool {
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
        if let p = previous, p == "\"" || p == "," || scalar == "\"" || scalar == ",", (String(p) + String(scalar)).count == 1 {
            return true
        }
        previous = scalar
    }
    return false
}
