import ArgumentParser
import CNFin
import Foundation

/// `cnfin filter`: Hodrick–Prescott and Hamilton trend filters.
struct FilterCommand: ParsableCommand, TableOutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "filter",
        abstract: "Trend/cycle filters: Hodrick–Prescott (two- or one-sided) and Hamilton (2018).",
        discussion: """
        hp: minimises Σ(y−τ)² + λΣ(Δ²τ)² by a banded Cholesky solve (λ = 129600 for monthly \
        data). --one-sided gives the real-time trend: at each t the last point of the \
        two-sided trend of the data up to t.
        hamilton: regresses y[t+h] on 1, y[t], …, y[t−p+1] (h = 24, p = 12 monthly); trend = \
        fitted value, cycle = residual.

        The series is a dataset id (bundled data, or a dataset directory with --data DIR) or a \
        column of a CSV file (--data FILE.csv --column COL). Without --from/--to a series with \
        gaps is filtered over its longest gap-free span (said in a note).

        Definitional breaks (cnfin data breaks): a dataset id is filtered on the span of its \
        current definition (from its last registered break on), said in a note, so that no trend \
        or cycle mixes levels of two definitions; a --from/--to span across a break is an error \
        naming the break; --ignore-breaks filters across breaks as if there were none.

        Output columns: month,observed,trend,cycle. JSON: series, span, filter, months, \
        observed, trend, cycle, notes. Title, headers and notes follow --lang (zh by default); CSV \
        headers and JSON keys do not.

        Examples:
          cnfin filter hp m2
          cnfin filter hp m2 --lang en
          cnfin filter hp m2_yoy --one-sided --format csv
          cnfin filter hamilton loans_balance --horizon 24 --lags 12 --format json
          cnfin filter hp --data m2.csv --column m2_yoy --from 2010-01
        """
    )

    @Argument(help: "Filter.")
    var filter: FilterKindOption

    @OptionGroup var source: SeriesInput

    @OptionGroup var tableOutput: TableOutputOptions

    @Option(parsing: .unconditional, help: "HP smoothing parameter λ (positive; default 129600, monthly).", transform: OptionRange.positive)
    var lambda: Double = 129_600

    @Flag(name: .customLong("one-sided"), help: "One-sided (real-time) HP filter.")
    var oneSided = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Hamilton horizon h, 1…\(OptionRange.horizon.upperBound) (default 24).", valueName: "H"),
            transform: OptionRange.parser(OptionRange.horizon))
    var horizon: Int = 24

    @Option(parsing: .unconditional, help: ArgumentHelp("Hamilton lags p, 1…\(OptionRange.positiveLags.upperBound) (default 12).", valueName: "P"),
            transform: OptionRange.parser(OptionRange.positiveLags))
    var lags: Int = 12

    @OptionGroup var breaks: BreakPolicyOptions

    @Option(help: "Language of the title, headers and notes (CSV headers and JSON keys stay the machine keys).")
    var lang: DisplayLanguage = .zh

    func validate() throws {
        try source.check(reading: .monthly, language: lang)
        if breaks.breakRegressors {
            throw usageError(
                lang,
                en: "--break-regressors needs a model with regressors (cnfin arima, forecast, seasonal --method x13); "
                    + "use --ignore-breaks or the default span of the current definition",
                zh: "--break-regressors 需要含回归变量的模型（「cnfin arima」、「forecast」、「seasonal --method x13」）；"
                    + "请用 --ignore-breaks，或使用默认的现行口径区间")
        }
        if oneSided && filter != .hp { throw usageError(lang, en: "--one-sided applies to hp only", zh: "--one-sided 只适用于「hp」") }
    }

    func run() throws {
        try reportingErrors(language: lang) {
            if format == .xlsx {
                let (summary, input) = try inContext(source.inputLabel) { try filtered() }
                try destination.emitWorkbook([summary.table(exact: false, language: lang)], currency: input.workbookCurrency,
                                             chinese: lang == .zh)
            } else {
                try destination.emit(try inContext(source.inputLabel) { try render() })
            }
        }
    }

    /// The filtered span (after the break rule, the library's ``BreakPolicy`` as in `arima`) as the
    /// library's ``TrendFilterSummary`` (title, table, notes), with the span read (whose dataset status gives
    /// the header).
    func filtered() throws -> (summary: TrendFilterSummary, input: SeriesSpan) {
        let (whole, rule) = try source.breakSpan(
            policy: breaks.policy,
            allows: BilingualText(en: "--ignore-breaks (filter across it as if there were none)", zh: "--ignore-breaks（视同没有变更，跨越滤波）"),
            language: lang)
        let notes = whole.notes + [rule.breakNote].compactMap { $0 }
        do {
            if filter == .hp {
                let f = try HodrickPrescottFilter(lambda: lambda)
                let r = oneSided ? try f.fitOneSided(rule.values) : try f.fit(rule.values)
                return (TrendFilterSummary(series: whole.label, start: rule.start, filter: .hodrickPrescott(lambda: lambda, oneSided: oneSided),
                                           result: r, notes: notes), whole)
            }
            let r = try HamiltonFilter(horizon: horizon, lags: lags).fit(rule.values).filter
            return (TrendFilterSummary(series: whole.label, start: rule.start, filter: .hamilton(horizon: horizon, lags: lags),
                                       result: r, notes: notes), whole)
        } catch {
            if case let .tooShort(name, _, required) = error, rule.startBreak != nil {
                throw SeriesInput.tooShortSinceBreak(whole, rule, minimum: required,
                                                     method: BilingualText(en: name, zh: SeasonalError.chineseMethodName(name)),
                                                     allows: BilingualText(en: "--ignore-breaks", zh: "--ignore-breaks"), language: lang)
            }
            throw error
        }
    }

    /// The rendered output.
    func render() throws -> String {
        let (summary, input) = try filtered()
        let format = self.format.textFormat
        if format == .json { return summary.json(language: lang).serialized() + "\n" }
        return input.header(language: lang, format: format)
            + summary.table(exact: format == .csv, language: lang).rendered(as: format)
    }
}

/// `cnfin filter hp|hamilton`: which trend/cycle filter.
enum FilterKindOption: String, EnumeratedArgument {
    /// Hodrick–Prescott.
    case hp
    /// Hamilton (2018) regression filter.
    case hamilton
}
