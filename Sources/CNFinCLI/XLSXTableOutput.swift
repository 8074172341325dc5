import ArgumentParser
import CNFin
import Foundation

/// The `--format` of a table command: one of the text formats, or an `.xlsx` workbook.
enum TableFormat: Equatable {
    case rendered(OutputFormat)
    case xlsx

    /// A table command's `--format`; `xlsx` needs `--output FILE` (`-` only when standard output is not a
    /// terminal).
    init(_ format: some FormatArgument, output: String?) throws {
        if let rendered = format.rendered {
            self = .rendered(rendered)
            return
        }
        guard let output else {
            throw usageError(en: "--format xlsx writes a binary workbook: give --output FILE.xlsx",
                             zh: "--format xlsx 输出二进制工作簿：请给出 --output FILE.xlsx")
        }
        if output == "-", isatty(STDOUT_FILENO) != 0 {
            throw usageError(en: "--format xlsx: refusing to write a binary workbook to a terminal; give --output FILE.xlsx",
                             zh: "--format xlsx：不向终端输出二进制工作簿；请给出 --output FILE.xlsx")
        }
        self = .xlsx
    }
}

extension OutputOptions {
    /// Writes `tables` as one workbook (``workbookData(_:currency:month:chinese:)``) to `--output`
    /// (`-`: standard output, not a terminal), atomically and refusing an existing file unless `--force`;
    /// `--bom` does not apply.
    func emitWorkbook(_ tables: [Table], currency: Month?? = nil, month: Month? = nil,
                      chinese: Bool = false) throws {
        guard output != nil else { throw usageError(en: "--format xlsx needs --output FILE.xlsx", zh: "--format xlsx 需要 --output FILE.xlsx") }
        try emit(try workbookData(tables, currency: currency, month: month, chinese: chinese))
    }
}

/// `tables` as the bytes of one `.xlsx` workbook (``XLSXTableWriter``). With a `currency` (or a `month`),
/// each sheet's title row also names the month and the data currency
/// (``workbookHeading(currency:month:chinese:)``).
func workbookData(_ tables: [Table], currency: Month?? = nil, month: Month? = nil, chinese: Bool = false) throws -> Data {
    let heading = workbookHeading(currency: currency, month: month, chinese: chinese)
    let titled = heading.map { line in
        tables.map { table in
            var table = table
            table.title = table.title.map { $0 + (chinese ? "；" : " — ") + line } ?? line
            return table
        }
    } ?? tables
    return Data(try XLSXTableWriter.data(for: titled))
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
