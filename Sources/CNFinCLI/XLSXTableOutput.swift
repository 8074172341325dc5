import ArgumentParser
import CNFin
import Foundation

/// The `--format` of a table command: one of the text formats, or an `.xlsx` workbook.
enum TableFormat: Equatable {
    case rendered(OutputFormat)
    case xlsx

    /// Parses `--format`; `xlsx` needs `--output FILE` (`-` only when standard output is not a terminal).
    init(_ text: String, allowed: [OutputFormat], output: String?) throws {
        guard text.lowercased() == "xlsx" else {
            self = .rendered(try parseFormat(text, allowed: allowed))
            return
        }
        guard let output else {
            throw ValidationError("--format xlsx writes a binary workbook: give --output FILE.xlsx")
        }
        if output == "-", isatty(STDOUT_FILENO) != 0 {
            throw ValidationError("--format xlsx: refusing to write a binary workbook to a terminal; give --output FILE.xlsx")
        }
        self = .xlsx
    }
}

extension OutputOptions {
    /// The `--format` of a table command, with `--format xlsx`'s requirement of `--output FILE`.
    func tableFormat(_ text: String, allowed: [OutputFormat]) throws -> TableFormat {
        try TableFormat(text, allowed: allowed, output: output)
    }

    /// Writes `tables` as one workbook (``XLSXTableWriter``) to `--output` (`-`: standard output, not a
    /// terminal), atomically and refusing an existing file unless `--force`; `--bom` does not apply.
    func emitWorkbook(_ tables: [Table]) throws {
        guard output != nil else { throw ValidationError("--format xlsx needs --output FILE.xlsx") }
        try emit(Data(try XLSXTableWriter.data(for: tables)))
    }
}
