import ArgumentParser
import CNFin
import CNFinOutput
import CNFinRelease
import CNFinSeries
import CNFinDatasets
import Foundation

/// `cnfin summary`: the month's release paragraph and tables, from the data.
struct SummaryCommand: ParsableCommand, TableOutputCommand {
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

    @OptionGroup var release: ReleaseOptions

    @OptionGroup var tableOutput: TableOutputOptions

    @Flag(name: .long, help: "Group the digits of amounts by thousands (2,820,504.68) in text, Markdown and LaTeX.")
    var thousands = false

    @Option(name: .long, help: "Amounts in the tables: yi (亿元) or release (1.36万亿元 / 5418亿元, as the release text).")
    var units: SummaryUnits = .yi

    /// The data-currency header line for text, Markdown and LaTeX ("data current to 2026-08",
    /// 数据截至2026年8月); CSV and JSON stay pure data (no header line).
    ///
    /// Without `--month`, the line also states the one rule for "the latest month": the latest month for
    /// which the command's required figures (here the headline figures: new loans, the loan balance, M2,
    /// the TSF stock and increment) exist — `defaultMonth`.
    static func currencyHeader(_ currency: Month?, language: DisplayLanguage, format: OutputFormat,
                               defaultMonth: Month? = nil) -> String {
        var line = DataStatus.currencyLine(currency, chinese: language == .zh)
        if let m = defaultMonth {
            line += language == .zh
                ? "；默认月份为人民币贷款、货币供应量和社会融资规模主要数据齐全的最近月份（\(m.year)年\(m.month)月）"
                : "; default month: the latest with the headline loan, money and TSF figures (\(m))"
        }
        return DataStatus.header(line, format: format)
    }



    func run() throws {
        let language = release.lang
        let xlsx = format == .xlsx
        let outputFormat = format.textFormat
        let requested = release.month
        var summary: MonthlySummary
        let currency: Month?
        do throws(ReleaseError) {
            let releaseData: ReleaseData
            releaseData = try release.releaseData()
            summary = try MonthlySummary(data: releaseData, month: requested, language: language)
            summary = summary.withUnits(units)
            if thousands { summary.tables = summary.tables.map { $0.groupingThousands() } }
            currency = DataStatus(dataset: releaseData.dataset).currency
        } catch {
            printError(error, in: language)
            throw ExitCode(1)
        }
        try reportingErrors(language: language) {
            if xlsx {
                try destination.emitWorkbook(Self.workbookTables(summary), currency: currency, month: summary.month,
                                             chinese: language == .zh)
            } else {
                try destination.emit(Self.currencyHeader(currency, language: language, format: outputFormat,
                                                         defaultMonth: requested == nil ? summary.month : nil)
                                     + summary.rendered(as: outputFormat))
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
