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
        try reportingErrors {
            if format == .xlsx {
                let dataset = try data.dataset()
                try destination.emitWorkbook([try table(dataset: dataset)], currency: DataStatus(dataset: dataset).currency,
                                             chinese: lang == .zh)
            } else {
                try destination.emit(try render(dataset: data.dataset()))
            }
        }
    }

    /// One footnote per indicator with empty cells in the printed rows: which months, and which inputs
    /// the data lack there (by name, in the reader's language).
    static func gapNotes(indicators: [CreditIndicator], series: [MonthlySeries], rows: [[TableCell]], panel: SeriesPanel,
                         dataset: Dataset, zh: Bool) -> [String] {
        let shown = rows.compactMap { row -> Month? in
            if case .text(let text) = row.first { return Month(text) }
            return nil
        }
        func name(_ id: String) -> String {
            dataset.catalog.first { $0.id == id }.map { zh ? $0.nameZh : $0.nameEn } ?? id
        }
        var notes: [String] = []
        for (indicator, s) in zip(indicators, series) {
            let empty = shown.filter { s[$0] == nil }
            guard !empty.isEmpty else { continue }
            let window = indicator == .creditImpulse || indicator == .householdMLTShareOfNewLoans12M ? 24 : 1
            var lacking: [String] = []
            for id in indicator.inputs where empty.contains(where: { m in (0..<window).contains { panel.value(id, at: m.advanced(by: -$0)) == nil } }) {
                lacking.append(name(id))
            }
            let months = GrowthNote.runs(empty).map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)…\($0.upperBound)" }
            let label = zh ? indicator.nameZh : indicator.nameEn
            if zh {
                notes.append("空白：\(label)在\(months.joined(separator: "、"))无值——"
                    + (lacking.isEmpty ? "比率无定义（分母不为正）" : "数据中缺少\(lacking.joined(separator: "、"))"))
            } else {
                notes.append("empty: \(label) in \(months.joined(separator: ", ")) — "
                    + (lacking.isEmpty ? "the ratio is undefined (denominator not positive)" : "the data lack \(lacking.joined(separator: "; "))"))
            }
        }
        return notes
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
            throw StatisticsError.invalidArgument(range.from != nil
                ? "--from \(first) is after \(last), the last month with data"
                : "--to \(last) is before \(first), the first month with data")
        }
        let zh = lang == .zh
        let indicators = CreditIndicator.allCases
        let series = indicators.map { $0.series(over: first...last, in: panel) }
        // CSV and JSON name columns by their ids (keys never localised); text formats and workbooks by name.
        let keys = format == .csv || format == .json
        let headers = [keys ? "month" : (zh ? "月份" : "Month")]
            + indicators.map { keys ? $0.rawValue : (zh ? $0.nameZh : $0.nameEn) }
        let columns = headers.enumerated().map { j, header in
            // pp and shares with one decimal; the credit impulse (a fraction of a percent) with two.
            TableColumn(header, alignment: j == 0 ? .left : .right,
                        numberFormat: j == 0 ? nil : (indicators[j - 1] == .creditImpulse ? CNFinOutput.NumberFormat(.decimals(2)) : .rate))
        }
        var rows: [[TableCell]] = []
        var m = first
        var k = 0
        while m <= last {
            let values = series.map { $0.values[k] }
            if values.contains(where: { $0 != nil }) {
                rows.append([.text(m.description)] + values.map { TableCell.optionalNumber($0) })
            }
            m = m.advanced(by: 1)
            k += 1
        }
        var notes = indicators.map { zh ? $0.definitionZh : $0.definitionEn }
        notes += Self.gapNotes(indicators: indicators, series: series, rows: rows, panel: panel, dataset: dataset, zh: zh)
        return Table(title: nil, columns: columns, rows: rows, notes: notes)
    }
}
