import CNFinIngest
import CNFinSpreadsheet
import CNFinSupport

/// Why files could not be imported.
public enum TableImportError: Error, Sendable, Equatable, LocalizedMessage {
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

    public var description: String { message(in: .en) }

    /// The message in `language`; in Chinese file names, ids and values appear verbatim inside 「」.
    public func message(in language: DisplayLanguage) -> String {
        if language == .zh { return chinese }
        switch self {
        case .spreadsheet(let e): return e.message(in: .en)
        case .ingest(let e): return e.message(in: .en)
        case .unreadable(let file, let reason): return "\(file): cannot read (\(reason))"
        case .conflictingFigures(let id, let month, let first, let second):
            return "\(id) \(month) is given twice with different values: \(first) and \(second)"
        case .nothingImported(let files):
            return "no figure in \(files.joined(separator: ", ")) maps to a catalog series"
        }
    }

    private var chinese: String {
        switch self {
        case .spreadsheet(let e): return e.message(in: .zh)
        case .ingest(let e): return e.message(in: .zh)
        case .unreadable(let file, let reason): return "「\(file)」：无法读取（" + ChineseWording.systemReason(reason) + "）"
        case .conflictingFigures(let id, let month, let first, let second):
            return "「\(id)」\(month)出现两次且数值不同：\(first)和\(second)"
        case .nothingImported(let files):
            return files.map { "「\($0)」" }.joined(separator: "、") + "中没有任何数据对应到目录中的序列"
        }
    }
}
