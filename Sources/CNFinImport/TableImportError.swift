import CNFinIngest
import CNFinSpreadsheet

/// Why files could not be imported.
public enum TableImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A workbook could not be read or recognised.
    case spreadsheet(SpreadsheetError)
    /// A release text could not be read, or the merge was refused.
    case ingest(IngestError)
    /// A file could not be read at all.
    case unreadable(file: String, reason: String)
    /// Two inputs give different values for the same series and month.
    case conflictingFigures(id: String, month: String, first: String, second: String)
    /// No figure in any input maps to a catalog series.
    case nothingImported(files: [String])

    public var description: String {
        switch self {
        case .spreadsheet(let e): return e.description
        case .ingest(let e): return e.description
        case .unreadable(let file, let reason): return "\(file): cannot read (\(reason))"
        case .conflictingFigures(let id, let month, let first, let second):
            return "\(id) \(month) is given twice with different values: \(first) and \(second)"
        case .nothingImported(let files):
            return "no figure in \(files.joined(separator: ", ")) maps to a catalog series"
        }
    }
}
