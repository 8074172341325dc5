import ArgumentParser
import CNFinOutput
import CNFinRelease
import CNFinSeries
import CNFinDatasets
import Foundation

/// `cnfin summary`: the month's release paragraph and tables, from the data.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The PBoC monthly release, written from the data, with the tables beside it.",
        discussion: """
            Writes what the People's Bank of China's release says about a month — new RMB loans, the loan \
            balance and its growth, household and corporate loans, M2 and M1, deposits, the TSF stock and \
            increment — in the PBoC's wording and rounding, computed from the data (not stored text). \
            Comparisons the PBoC published are taken from published.csv; the others are derived from the data, \
            and --format json says which (`source` per figure). Figures missing from the data are left out and \
            listed; no number is made up.

            Examples:
              cnfin summary                          latest month, Chinese, text
              cnfin summary --month 2023-05          May 2023
              cnfin summary --month 2023-05 --lang en --format markdown
              cnfin summary --format json --data ./Datasets/data
              cnfin summary --month 2023-05 --format xlsx --output summary-2023-05.xlsx
            """
    )

    @Option(name: .long, help: "Release month, YYYY-MM (default: the latest month with the headline series).")
    var month: String?

    @Option(name: .long, help: "Language of the text: zh or en.")
    var lang: String = "zh"

    @Option(name: .long, help: "Output format: text, markdown, csv, json, latex, or xlsx (the tables, with --output FILE).")
    var format: String = "text"

    @OptionGroup var file: TableFileOutput

    @Option(name: .long, help: "Data directory in the bundled format (default: the bundled data).")
    var data: String?

    /// The data-currency header line for text, Markdown and LaTeX ("data current to 2026-08",
    /// 数据截至2026年8月); CSV and JSON stay pure data (no header line).
    static func currencyHeader(_ currency: Month?, language: ReleaseLanguage, format: OutputFormat) -> String {
        let line = DataStatus.currencyLine(currency, chinese: language == .zh)
        switch format {
        case .text: return line + "\n\n"
        case .markdown: return "_" + line + "_\n\n"
        case .latex: return "% " + line + "\n"
        default: return ""
        }
    }

    func validate() throws {
        if let month { _ = try parsedMonth(month) }
        _ = try parsedLanguage()
        if try TableFormat(format, allowed: OutputFormat.allCases, output: file.output) != .xlsx { _ = try parsedFormat() }
        if let data {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--data: '\(data)' is not a directory")
            }
        }
    }

    func parsedMonth(_ text: String) throws -> Month {
        do {
            return try Month.parse(text)
        } catch {
            throw ValidationError("--month: \(error.description) (expected YYYY-MM, e.g. 2023-05)")
        }
    }

    func parsedLanguage() throws -> ReleaseLanguage {
        guard let language = ReleaseLanguage(rawValue: lang.lowercased()) else {
            throw ValidationError("--lang: '\(lang)' is not a language (use zh or en)")
        }
        return language
    }

    func parsedFormat() throws -> OutputFormat {
        guard let format = OutputFormat(parsing: format) else {
            throw ValidationError("--format: '\(format)' is not a format (use text, markdown, csv, json or latex)")
        }
        return format
    }

    func run() throws {
        let language = try parsedLanguage()
        let xlsx = try TableFormat(format, allowed: OutputFormat.allCases, output: file.output) == .xlsx
        let outputFormat = xlsx ? .csv : try parsedFormat()
        let requested = try month.map(parsedMonth)
        let summary: MonthlySummary
        let currency: Month?
        do throws(ReleaseError) {
            let releaseData: ReleaseData
            releaseData = try loadReleaseData(directory: data)
            summary = try MonthlySummary(data: releaseData, month: requested, language: language)
            currency = DataStatus(dataset: releaseData.dataset).currency
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        try reportingErrors {
            if xlsx {
                try writeWorkbook(Self.workbookTables(summary), output: file.output, overwrite: file.overwrite,
                                  currency: currency, month: summary.month, chinese: language == .zh)
            } else {
                try writeText(Self.currencyHeader(currency, language: language, format: outputFormat)
                              + summary.rendered(as: outputFormat), output: file.output, overwrite: file.overwrite)
            }
        }
    }

    /// The summary's tables for `--format xlsx`; the release paragraph and the figures it leaves out
    /// go to the first table's notes (the workbook's Notes sheet).
    static func workbookTables(_ summary: MonthlySummary) -> [Table] {
        var tables = summary.tables
        guard !tables.isEmpty else { return tables }
        let chinese = summary.language == .zh
        var notes = [(chinese ? "发布稿：" : "release: ") + summary.text]
        if !summary.missing.isEmpty {
            notes.append((chinese ? "数据缺失：" : "not in the data: ") + summary.missing.joined(separator: ", "))
        }
        tables[0].notes = notes + tables[0].notes
        return tables
    }
}
