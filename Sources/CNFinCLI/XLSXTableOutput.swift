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

/// Writes `tables` as one workbook (``XLSXTableWriter``) to `output` (`-`: standard output). With a
/// `currency` (or a `month`), each sheet's title row also names the month and the data currency
/// (``workbookHeading(currency:month:chinese:)``).
func writeWorkbook(_ tables: [Table], output: String?, overwrite: Bool,
                   currency: Month?? = nil, month: Month? = nil, chinese: Bool = false) throws {
    guard let output else { throw ValidationError("--format xlsx needs --output FILE.xlsx") }
    let heading = workbookHeading(currency: currency, month: month, chinese: chinese)
    let titled = heading.map { line in
        tables.map { table in
            var table = table
            table.title = table.title.map { $0 + (chinese ? "；" : " — ") + line } ?? line
            return table
        }
    } ?? tables
    if output == "-" {
        FileHandle.standardOutput.write(Data(try XLSXTableWriter.data(for: titled)))
    } else {
        try XLSXTableWriter.write(titled, to: URL(fileURLWithPath: output), overwrite: overwrite)
    }
}

/// The line a workbook's title rows end with: the month (when the output is about one month) and the
/// data currency ("month 2023-05; data current to 2026-08", "2023年5月；数据截至2026年8月"); `nil`
/// when neither is given (`currency` is `.some(nil)` for a dataset without headline data).
func workbookHeading(currency: Month??, month: Month?, chinese: Bool) -> String? {
    var parts: [String] = []
    if let month { parts.append(chinese ? "\(month.year)年\(month.month)月" : "month \(month)") }
    if let currency { parts.append(DataStatus.currencyLine(currency, chinese: chinese)) }
    return parts.isEmpty ? nil : parts.joined(separator: chinese ? "；" : "; ")
}

/// Writes text to `output` atomically, or to standard output when `output` is nil.
func writeText(_ text: String, output: String?, overwrite: Bool) throws {
    if let output, output != "-" {
        try AtomicFileWriter(overwrite: overwrite).write(text, to: URL(fileURLWithPath: output))
    } else {
        writeStandardOutput(text)
    }
}
