import ArgumentParser
import CNFin
import Foundation

/// `cnfin indicators`: the monthly indicators analysts watch.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "M1–M2 gap, TSF minus loan growth, credit impulse, household MLT and bill-financing shares.",
        discussion: """
        m1_m2_gap = m1_yoy − m2_yoy (published rates, pp); tsf_minus_loan_growth = tsf_stock_yoy − loans_yoy (pp); \
        credit_impulse = 100·(S_t − S_t−12) / tsf_stock_t−12 with S_t the 12-month sum of tsf_increase (% of the \
        stock a year earlier; no GDP variant: the datasets hold no GDP); household_mlt_share_of_new_loans = \
        100·household_mlt_loans_increase / loans_increase (empty when new loans ≤ 0), and its 12-month-sum variant; \
        bill_financing_share_of_corporate_loans = 100·bill_financing_balance / corporate_loans_balance.

        Examples:
          cnfin indicators --from 2023-01 --to 2023-12
          cnfin indicators --from 2020-01 --format csv
          cnfin indicators --format json --lang zh
        """
    )

    @Option(help: ArgumentHelp("First month (default: the first with any input).", valueName: "YYYY-MM"))
    var from: String?

    @Option(help: ArgumentHelp("Last month (default: the last with any input).", valueName: "YYYY-MM"))
    var to: String?

    @Option(help: "Column names in en (ids) or zh.")
    var lang = "en"

    @Option(help: "Output format: text, markdown, csv, json, latex, or xlsx (with --output FILE).")
    var format = "text"

    @OptionGroup var data: DataDirectoryOption

    @OptionGroup var file: TableFileOutput

    func validate() throws {
        _ = try TableFormat(format, allowed: OutputFormat.allCases, output: file.output)
        _ = try parseLanguage(lang)
        if let first = try parseMonth(from, option: "from"), let last = try parseMonth(to, option: "to"), last < first {
            throw ValidationError("--to \(last) is before --from \(first)")
        }
    }

    func run() throws {
        try reportingErrors {
            if try TableFormat(format, allowed: OutputFormat.allCases, output: file.output) == .xlsx {
                try writeWorkbook([try table(dataset: data.dataset())], output: file.output, overwrite: file.overwrite)
            } else {
                try writeText(try render(dataset: data.dataset()), output: file.output, overwrite: file.overwrite)
            }
        }
    }

    func render(dataset: Dataset) throws -> String {
        let format = try parseFormat(format, allowed: OutputFormat.allCases)
        return try table(dataset: dataset).rendered(as: format)
    }

    /// The indicators table.
    func table(dataset: Dataset) throws -> Table {
        let panel = SeriesPanel(dataset: dataset)
        guard let covered = CreditIndicator.coveredMonths(in: panel) else {
            throw DecompositionError.noData(hierarchy: "indicators")
        }
        let first = try parseMonth(from, option: "from") ?? covered.lowerBound
        let last = try parseMonth(to, option: "to") ?? covered.upperBound
        guard first <= last else {
            // Only one bound was given (validate() orders two) and it lies outside the data.
            throw StatisticsError.invalidArgument(from != nil
                ? "--from \(first) is after \(last), the last month with data"
                : "--to \(last) is before \(first), the first month with data")
        }
        let zh = try parseLanguage(lang) == .zh
        let indicators = CreditIndicator.allCases
        let series = indicators.map { $0.series(over: first...last, in: panel) }
        let headers = ["month"] + indicators.map { zh ? $0.nameZh : $0.rawValue }
        let columns = headers.enumerated().map { TableColumn($1, alignment: $0 == 0 ? .left : .right) }
        var rows: [[TableCell]] = []
        var m = first
        var k = 0
        while m <= last {
            let values = series.map { $0.values[k] }
            if values.contains(where: { $0 != nil }) {
                rows.append([.text(m.description)] + values.map { TableCell.optionalNumber($0, formatted: { NumberText.fixed($0, digits: 2) }) })
            }
            m = m.advanced(by: 1)
            k += 1
        }
        let notes = zh ? [] : indicators.map { "\($0.rawValue): \($0.nameEn)" }
        return Table(title: nil, columns: columns, rows: rows, notes: notes)
    }
}
