import ArgumentParser
import CNFin
import Foundation

/// `cnfin indicators`: the monthly indicators analysts watch.
struct IndicatorsCommand: ParsableCommand, TableOutputCommand {
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
          cnfin indicators --format json --lang en

        Column names, notes and footnotes follow --lang (default zh); CSV and JSON keep the ids as \
        column names in every language.
        """
    )

    @OptionGroup var range: MonthRangeOptions

    @Option(help: "Language of column names and notes (CSV/JSON column names are the ids).")
    var lang: DisplayLanguage = .zh

    @OptionGroup var data: DataDirectoryOption

    @OptionGroup var tableOutput: TableOutputOptions

    func run() throws {
        try reportingErrors(language: lang) {
            if format == .xlsx {
                let dataset = try data.dataset()
                try destination.emitWorkbook([try table(dataset: dataset)], currency: DataStatus(dataset: dataset).currency,
                                             chinese: lang == .zh)
            } else {
                try destination.emit(try render(dataset: data.dataset()))
            }
        }
    }

    func render(dataset: Dataset) throws -> String {
        let format = self.format.textFormat
        return DataStatus(dataset: dataset).header(language: lang, format: format) + (try table(dataset: dataset).rendered(as: format))
    }

    /// The indicators table.
    func table(dataset: Dataset) throws -> Table {
        let panel = SeriesPanel(dataset: dataset)
        guard let covered = CreditIndicator.coveredMonths(in: panel) else {
            throw DecompositionError.noData(hierarchy: "indicators")
        }
        let first = range.from ?? covered.lowerBound
        let last = range.to ?? covered.upperBound
        guard first <= last else {
            // Only one bound was given (validate() orders two) and it lies outside the data.
            throw range.from != nil ? IndicatorsCommandError.fromAfterData(from: "\(first)", lastWithData: "\(last)")
                : IndicatorsCommandError.toBeforeData(to: "\(last)", firstWithData: "\(first)")
        }
        // CSV names columns by their ids (keys never localised; JSON keys are the ids in every format).
        return CreditIndicator.table(over: first...last, in: panel, language: lang, machine: format == .csv,
                                     inputNames: dataset.seriesNames(language: lang))
    }
}

/// Runtime errors of `cnfin indicators` (a bound given alone that lies outside the data; the CLI's
/// own error, not a statistics library error).
enum IndicatorsCommandError: Error, LocalizedMessage {
    case fromAfterData(from: String, lastWithData: String)
    case toBeforeData(to: String, firstWithData: String)

    var description: String { message(in: .en) }

    func message(in language: DisplayLanguage) -> String {
        switch (self, language) {
        case let (.fromAfterData(from, last), .en): return "--from \(from) is after \(last), the last month with data"
        case let (.fromAfterData(from, last), .zh): return "--from \(from) 晚于有数据的最后一个月\(last)"
        case let (.toBeforeData(to, first), .en): return "--to \(to) is before \(first), the first month with data"
        case let (.toBeforeData(to, first), .zh): return "--to \(to) 早于有数据的第一个月\(first)"
        }
    }
}
