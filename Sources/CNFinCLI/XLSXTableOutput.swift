import ArgumentParser
import CNFin
import Foundation

/// `--output FILE` and `--overwrite` of table commands that can write `--format xlsx`.
struct TableFileOutput: ParsableArguments {
    @Option(help: ArgumentHelp("Write the output to FILE (atomically); needed by --format xlsx.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Allow --output to replace an existing file.")
    var overwrite = false
}

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

/// Writes `tables` as one workbook (``XLSXTableWriter``) to `output` (`-`: standard output).
func writeWorkbook(_ tables: [Table], output: String?, overwrite: Bool) throws {
    guard let output else { throw ValidationError("--format xlsx needs --output FILE.xlsx") }
    if output == "-" {
        FileHandle.standardOutput.write(Data(try XLSXTableWriter.data(for: tables)))
    } else {
        try XLSXTableWriter.write(tables, to: URL(fileURLWithPath: output), overwrite: overwrite)
    }
}

/// Writes text to `output` atomically, or to standard output when `output` is nil.
func writeText(_ text: String, output: String?, overwrite: Bool) throws {
    if let output, output != "-" {
        try AtomicFileWriter(overwrite: overwrite).write(text, to: URL(fileURLWithPath: output))
    } else {
        writeStandardOutput(text)
    }
}
