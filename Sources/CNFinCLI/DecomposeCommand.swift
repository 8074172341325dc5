import ArgumentParser
import CNFin
import Foundation

/// `cnfin decompose money|loans|deposits|tsf`: contributions of components to an aggregate's growth.
struct DecomposeCommand: ParsableCommand, TableOutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "decompose",
        abstract: "Split an aggregate's growth into contributions of its components.",
        discussion: """
        Contribution of component i (pp) = 100·(x_i,t − x_i,t−h) / X_t−h, h = 12 (yoy) or 1 (mom); the \
        contributions of the components and of "other" (aggregate − Σ listed components, including any \
        component missing for the months compared) add up to the growth computed from levels. The growth \
        reported for the aggregate is the published comparable-basis figure when there is one (e.g. m2_yoy; \
        for flows the published 同比多增/少增), and the residual line = reported growth − Σ contributions. \
        Comparisons straddling a registered break (cnfin data breaks) are flagged in the notes.
        Text, Markdown and LaTeX start with the header line: the data currency and, without --month, the month \
        chosen by the one rule for "the latest month" (the latest with every figure the table needs). Names, \
        headers and notes follow --lang (default zh); the CSV (month,id,name_zh,name_en,level,…) and JSON keys \
        are the same in every language.
        Flows: --basis ytd and sum12 compare year-to-date and 12-month sums of the monthly flows with a \
        year earlier; --flow with yoy/mom compares the monthly flow itself (growth and contributions in % of \
        |earlier flow|, the change column in 亿元).

        Examples:
          cnfin decompose money --month 2023-05
          cnfin decompose loans --month 2023-05 --lang zh
          cnfin decompose loans --month 2023-05 --flow
          cnfin decompose tsf --basis sum12 --format json
          cnfin decompose deposits --basis mom --log --format csv
        """
    )

    @Argument(help: "The hierarchy: money, loans, deposits or tsf.")
    var hierarchy: String

    @Option(help: ArgumentHelp("The month to decompose (default: the latest month with the aggregate and every component at both months compared).", valueName: "YYYY-MM"), transform: parseMonthArgument)
    var month: Month?

    @Option(help: "Growth basis (ytd and sum12 decompose flows).")
    var basis: DecompositionBasis = .yoy

    @Flag(help: "Decompose the monthly flow (new loans, new TSF…) instead of the balance (yoy/mom).")
    var flow = false

    @Flag(name: .customLong("log"), help: "Allocate log growth (100·Δln X) instead of simple growth (stocks).")
    var logarithmic = false

    @Option(help: "Language of names and notes.")
    var lang: DisplayLanguage = .zh

    @OptionGroup var data: DataDirectoryOption

    @OptionGroup var tableOutput: TableOutputOptions

    func validate() throws {
        if flow && (basis == .ytd || basis == .sum12) {
            throw usageError(lang, en: "--flow is implied by --basis \(basis); use it with yoy or mom", zh: "--basis \(basis) 已隐含 --flow；--flow 请与「yoy」或「mom」同用")
        }
    }

    func run() throws {
        try reportingErrors(language: lang) {
            if format == .xlsx {
                let dataset = try data.dataset()
                let d = try decomposition(dataset: dataset, hierarchiesText: hierarchiesText())
                let table = d.table(language: lang)
                try destination.emitWorkbook([table], currency: DataStatus(dataset: dataset).currency, chinese: lang == .zh)
                return
            }
            try destination.emit(try render(dataset: data.dataset(), hierarchiesText: hierarchiesText()))
        }
    }

    func hierarchiesText() throws -> String {
        try Dataset.hierarchiesText(directory: data.directory.map { URL(fileURLWithPath: $0) })
    }

    /// The decomposition requested by the options.
    func decomposition(dataset: Dataset, hierarchiesText: String) throws -> HierarchyDecomposition {
        let table = try HierarchyTable.parse(csv: hierarchiesText)
        let decomposer = HierarchyDecomposer(hierarchy: try table.hierarchy(hierarchy), panel: SeriesPanel(dataset: dataset))
        let measure: HierarchyMeasureKind = (flow || basis == .ytd || basis == .sum12) ? .flow : .stock
        let target: Month
        if let chosen = month {
            target = chosen
        } else {
            // The one rule for "the latest month": the latest month for which the command's required
            // figures — the aggregate and every component, at t and at the month compared — exist.
            guard let latest = try decomposer.latestCompleteMonth(measure: measure, basis: basis)
                    ?? decomposer.availableMonths(measure: measure, basis: basis).last else {
                throw DecompositionError.noData(hierarchy: hierarchy)
            }
            target = latest
        }
        return try decomposer.decompose(
            month: target, measure: measure, basis: basis, allocation: logarithmic ? .logarithmic : .arithmetic)
    }

    /// The rendered output.
    func render(dataset: Dataset, hierarchiesText: String) throws -> String {
        let d = try decomposition(dataset: dataset, hierarchiesText: hierarchiesText)
        let format = self.format.textFormat
        let language = lang
        if format == .json { return d.jsonValue(language: language).serialized() + "\n" }
        // The header line: the data currency and, without --month, the month the one rule chose.
        return DataStatus(dataset: dataset).header(latestMonth: month == nil ? d.month : nil, language: language, format: format)
            + d.table(language: language, machine: format == .csv).rendered(as: format)
    }
}
