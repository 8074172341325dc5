import ArgumentParser
import CNFin
import Foundation

/// `cnfin test`: unit-root, stationarity, causality and autocorrelation tests on CSV columns.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Time-series tests: ADF, KPSS, Granger causality, Ljung-Box.",
        discussion: """
        All subcommands read a CSV with a header row (--data FILE) and a column (--column), or a series \
        of the bundled dataset (--series ID, or the ID as an argument; --data DIR reads another dataset directory), optionally \
        transformed as in `cnfin data show` (--transform yoy|mom|diff|ytd|flow|sum12, or ID:TRANSFORM) \
        and restricted to --from/--to; the months used must be consecutive. JSON keys: \
        test, statistic, p_value, lags, nobs, critical_values (object: level -> value), notes; \
        granger and ljungbox add by_lag; with --series, sample_start and sample_end. \
        Numbers are the shortest text that reads back to the same double. Labels and notes follow --lang \
        (zh by default, as every cnfin command); numbers and JSON/CSV keys are the same in both.

        Examples:
          cnfin test adf --data m2.csv --column m2_yoy --regression ct --autolag aic
          cnfin test adf --series m2_yoy --from 2010-01 --format json
          cnfin test kpss --series m2 --transform yoy --from 2012-01
          cnfin test granger --series m2_yoy --cause loans_yoy --from 2016-01 --to 2022-12 --maxlag 6
          cnfin test kpss --data m2.csv --column m2_yoy --nlags auto --format json
          cnfin test granger --data m2.csv --column m2_yoy --cause loans_yoy --maxlag 6
          cnfin test ljungbox --data resid.csv --column e --lags 12
          cnfin test adf --series m2_yoy --lang en
        """,
        subcommands: [ADF.self, KPSSCommand.self, Granger.self, LjungBoxCommand.self]
    )

    /// The options every test shares: the series (``SeriesInput``: a dataset id, `--series ID`, or
    /// `--data FILE.csv --column COL` read row by row), `--dropna`, the output and the language.
    struct Input: ParsableArguments, TableOutputCommand {
        @OptionGroup var series: SeriesInput
        @Flag(help: "CSV input: drop rows with a missing value in the selected columns.") var dropna = false
        @OptionGroup var tableOutput: TableOutputOptions
        @Option(help: "Language of the labels and notes (the numbers, and the JSON and CSV keys, are the same in both).")
        var lang: DisplayLanguage = .zh

        /// The text format of the output (`csv` for a workbook, whose tables come from the summary).
        var statsFormat: OutputFormat { format.textFormat }

        func validate() throws {
            try series.check(reading: .rows, language: lang)
            if series.seriesID != nil, dropna {
                throw usageError(lang, en: "--dropna applies to CSV input; with a dataset series only complete months are used", zh: "--dropna 只适用于「CSV」输入；数据集序列只使用完整的月份")
            }
        }

        /// The tested column's (or series') name as shown: a transformed series is `ID.TRANSFORM`.
        var label: String { series.label }

        /// The tested column and the `extra` ones (CSV columns, or dataset series aligned by month on
        /// consecutive months), the months used and the dataset's status (for the header; `nil` for a CSV file).
        func columns(_ extra: [String] = []) throws -> (columns: [[Double]], span: SampleSpan?, notes: [String], status: DataStatus?) {
            try series.columns(extra, dropMissing: dropna, language: lang)
        }

        /// Writes `render()` to standard output and the notes to standard error; a runtime error
        /// exits with status 1.
        func emit(_ render: () throws -> Output) throws {
            try reportingErrors(language: lang) {
                let input = series.seriesID != nil ? BilingualText(en: "series \(label)", zh: "序列「\(label)」") : series.provenance.label
                let (text, notes, tables, status) = try inContext(input) { try render() }
                if format == .xlsx {
                    try destination.emitWorkbook(tables, currency: status.map(\.currency), chinese: lang == .zh)
                } else {
                    // Dataset series: the header line with the data currency (none for a CSV file), from the
                    // status read with the series (one dataset load).
                    let header = status?.header(language: lang, format: format.textFormat) ?? ""
                    try destination.emit(header + text)
                }
                for note in notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
            }
        }

        /// The test's output: its text in `--format` and its tables, with `byLag` rows for the tests that
        /// report every lag; `column` names what was tested (default: the series); `status` of the dataset read.
        func output(_ r: TimeSeriesTestResult, column: String? = nil, span: SampleSpan?, notes: [String], status: DataStatus?,
                    byLag: [(Int, Double, Double)] = []) -> Output {
            let column = column ?? label
            return (TestOutput.render(r, column: column, span: span, format: statsFormat, byLag: byLag, language: lang), notes,
                    TestOutput.tables(r, column: column, span: span, byLag: byLag, language: lang), status)
        }

        /// A test's output: its text, the notes for standard error, its tables (workbooks) and the status of
        /// the dataset read (the header's data currency; `nil` for a CSV file).
        typealias Output = (text: String, notes: [String], tables: [Table], status: DataStatus?)
    }

    /// A test of one series: reads it, computes ``result(_:)`` and prints it.
    protocol SingleSeriesTest: ParsableCommand {
        var input: Input { get }
        /// The test of the values `x`.
        func result(_ x: [Double]) throws -> TimeSeriesTestResult
    }

    struct ADF: SingleSeriesTest {
        static let configuration = CommandConfiguration(
            commandName: "adf", abstract: "Augmented Dickey-Fuller unit-root test (MacKinnon p-values).",
            discussion: "As statsmodels adfuller: --regression n|c|ct, --autolag aic|bic|t-stat|none, --maxlag N "
                + "(default ceil(12(n/100)^(1/4)); with --autolag none exactly N lags).")
        @OptionGroup var input: Input
        @Option(help: "Deterministic terms: n (none), c (constant), ct (constant and trend).") var regression: ADFRegression = .constant
        @Option(help: "Lag selection (none: exactly --maxlag lags).") var autolag: AutolagOption = .aic
        @Option(parsing: .unconditional, help: ArgumentHelp("Maximum (or, with --autolag none, fixed) lag, 0…\(OptionRange.lags.upperBound).", valueName: "N"),
                transform: OptionRange.parser(OptionRange.lags))
        var maxlag: Int?

        func validate() throws {
            if autolag == AutolagOption.none && maxlag == nil { throw usageError(input.lang, en: "--autolag none needs --maxlag", zh: "--autolag 「none」需要 --maxlag") }
        }

        func result(_ x: [Double]) throws -> TimeSeriesTestResult {
            try AugmentedDickeyFuller.test(x, regression: regression, lags: autolag.lagSelection(maxLag: maxlag))
        }
    }

    struct KPSSCommand: SingleSeriesTest {
        static let configuration = CommandConfiguration(
            commandName: "kpss", abstract: "KPSS stationarity test (level or trend).",
            discussion: "As statsmodels kpss: --regression c|ct, --nlags auto (Hobijn et al. 1998) | legacy | N.")
        @OptionGroup var input: Input
        @Option(help: "Null hypothesis: c (level) or ct (trend).") var regression: KPSSRegression = .level
        @Option(help: ArgumentHelp("Bartlett bandwidth: auto (Hobijn et al.), legacy, or a lag count 0…\(OptionRange.lags.upperBound).",
                                   valueName: "auto|legacy|N"))
        var nlags = KPSSLagsOption(.automatic)

        func result(_ x: [Double]) throws -> TimeSeriesTestResult {
            try KPSS.test(x, regression: regression, bandwidth: nlags.bandwidth)
        }
    }

    struct Granger: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "granger", abstract: "Granger causality F test: does --cause help predict --column?",
            discussion: "As statsmodels grangercausalitytests (ssr-based F); reports lags 1...maxlag, the headline at --maxlag.")
        @OptionGroup var input: Input
        @Option(help: "The candidate causing column (with a dataset series, a series id).") var cause: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Highest lag order, 1…\(OptionRange.positiveLags.upperBound) (default 4).", valueName: "N"),
                transform: OptionRange.parser(OptionRange.positiveLags))
        var maxlag = 4

        func run() throws { try input.emit(render) }

        func render() throws -> Input.Output {
            let (cols, span, notes, status) = try input.columns([cause])
            let all = try GrangerCausality.test(y: cols[0], x: cols[1], maxLag: maxlag)
            guard let last = all.last else { return ("", notes, [], status) }
            let byLag = all.map { ($0.lags, $0.fTest.statistic, $0.fTest.pValue) }
            return input.output(last.fTest, column: "\(cause) -> \(input.label)", span: span, notes: notes, status: status, byLag: byLag)
        }
    }

    struct LjungBoxCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ljungbox", abstract: "Ljung-Box (and Box-Pierce) autocorrelation test.",
            discussion: "As statsmodels acorr_ljungbox; --lags default min(10, n/5); --model-df subtracts fitted ARMA parameters.")
        @OptionGroup var input: Input
        @Option(parsing: .unconditional, help: ArgumentHelp("Highest lag, 1…\(OptionRange.positiveLags.upperBound).", valueName: "N"),
                transform: OptionRange.parser(OptionRange.positiveLags))
        var lags: Int?
        @Option(parsing: .unconditional, help: ArgumentHelp("Degrees of freedom used by a fitted model, 0…\(OptionRange.lags.upperBound) (default 0).", valueName: "N"),
                transform: OptionRange.parser(OptionRange.lags))
        var modelDf = 0

        func run() throws { try input.emit(render) }

        func render() throws -> Input.Output {
            let (columns, span, notes, status) = try input.columns()
            let x = columns[0]
            let h = lags ?? max(1, min(10, x.count / 5))
            let all = try LjungBox.test(x, maxLag: h, modelDF: modelDf)
            guard let headline = LjungBox.headline(all, nobs: x.count, modelDF: modelDf) else { return ("", notes, [], status) }
            let byLag = all.map { ($0.lag, $0.ljungBox, $0.ljungBoxPValue ?? .nan) }
            return input.output(headline, span: span, notes: notes, status: status, byLag: byLag)
        }
    }
}

extension TestCommand.SingleSeriesTest {
    func run() throws { try input.emit(render) }

    func render() throws -> TestCommand.Input.Output {
        let (columns, span, notes, status) = try input.columns()
        return input.output(try result(columns[0]), span: span, notes: notes, status: status)
    }
}

/// The test commands' output: the library's summary (text layout, or its tables through the CNFinOutput
/// renderers), its one-row data table as CSV, or its JSON.
enum TestOutput {
    /// The test as tables for a workbook: the library summary's tables (``TimeSeriesTestSummary/tables``),
    /// numbers as numbers; the test's notes go to the Notes sheet.
    static func tables(_ r: TimeSeriesTestResult, column: String, span: SampleSpan? = nil,
                       byLag: [(Int, Double, Double)] = [], language: DisplayLanguage = .en) -> [Table] {
        r.summary(column: column, sample: span,
                  byLag: byLag.map { TestLagRow(lag: $0.0, statistic: $0.1, pValue: $0.2) }, language: language).tables
    }

    /// The test in `format`; labels and notes in `language` (JSON and CSV are the same in both languages).
    static func render(_ r: TimeSeriesTestResult, column: String, span: SampleSpan? = nil, format: OutputFormat,
                       byLag: [(Int, Double, Double)] = [], language: DisplayLanguage = .en) -> String {
        let lagRows = byLag.map { TestLagRow(lag: $0.0, statistic: $0.1, pValue: $0.2) }
        let summary = { r.summary(column: column, sample: span, byLag: lagRows, language: language) }
        switch format {
        case .json: return r.jsonValue(column: column, sample: span, byLag: lagRows, language: language).serialized() + "\n"
        case .csv: return CSVRenderer().render(r.data(column: column))
        case .markdown: return summary().tables.map { MarkdownRenderer().render($0) }.joined(separator: "\n")
        case .latex: return summary().tables.map { LaTeXRenderer().render($0) }.joined(separator: "\n")
        case .text: return summary().text
        }
    }
}
