import CNFin
import Foundation

/// The CSV reading policy of `regress` and `test`: only the columns a command was asked to use are
/// read as numbers, so a file cnfin wrote — with its `month` (or date) column, `ID.source` columns or
/// other series — reads back as it is. Missing cells follow ``NumericTable``'s one policy (empty, `NA`,
/// `NaN`, `#N/A`, `.`), and line numbers in messages are those of the file.
///
/// When a requested column is absent, or the file is not valid CSV, the whole file is handed to
/// ``NumericTable`` so that its message (close matches of the column name; the malformed line) is the
/// one printed.
func numericTable(path: String, columns wanted: [String]) throws -> NumericTable {
    let url = URL(fileURLWithPath: path)
    guard let table = try? CSVTable(url: url), Set(wanted).isSubset(of: Set(table.columns)) else {
        return try NumericTable(contentsOf: url)
    }
    let keep = table.columns.enumerated().filter { wanted.contains($0.element) }.map(\.offset)
    let headerLine = table.header.first?.location.line ?? 1
    var lines = Array(repeating: "", count: max(0, headerLine - 1))
    lines.append(CSVRenderer.line(keep.map { table.columns[$0] }))
    for record in table.records {
        while lines.count < record.line - 1 { lines.append("") }
        lines.append(CSVRenderer.line(keep.map { $0 < record.fields.count ? record.fields[$0].text : "" }))
    }
    return try NumericTable(csv: lines.joined(separator: "\n") + "\n", source: url.lastPathComponent)
}
