import ArgumentParser
import CNFin

/// `--format` of the commands that print tables: the five text formats of ``OutputFormat`` or an
/// `.xlsx` workbook (which needs `--output FILE`, checked by ``OutputOptions/check(_:)``).
/// `txt`, `plain`, `md` and `tex` are accepted as aliases.
enum TableFormatOption: String, EnumeratedArgument {
    case text, markdown, csv, json, latex, xlsx

    static var aliases: [String: Self] { ["txt": .text, "plain": .text, "md": .markdown, "tex": .latex] }

    /// The text format, or `nil` for a workbook.
    var rendered: OutputFormat? { OutputFormat(rawValue: rawValue) }

    /// The text format; CSV for a workbook (whose tables are written from the exact values, as in CSV).
    var textFormat: OutputFormat { rendered ?? .csv }
}

/// `--format` of the commands that print records of figures (`ingest`): text, CSV or JSON.
enum RecordFormatOption: String, EnumeratedArgument {
    case text, csv, json

    static var aliases: [String: Self] { ["txt": .text, "plain": .text] }

    /// The output format.
    var rendered: OutputFormat {
        switch self {
        case .text: return .text
        case .csv: return .csv
        case .json: return .json
        }
    }
}

extension OutputOptions {
    /// Checks a table command's `--format` against `--output`: `xlsx` writes a binary workbook, so it needs
    /// `--output FILE` (`-` only when standard output is not a terminal).
    func check(_ format: TableFormatOption) throws {
        _ = try TableFormat(format, output: output)
    }
}
