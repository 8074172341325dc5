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
        of the bundled dataset (--series ID; --data DIR reads another dataset directory), optionally \
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

    struct Input: ParsableArguments {
        @Option(help: ArgumentHelp("CSV file with a header row; with --series, a dataset directory (default: the bundled data).",
                                   valueName: "PATH"))
        var data: String?
        @Option(help: "CSV column to test.") var column: String?
        @Option(help: "Series id of the bundled dataset to test instead of a CSV column (ID or ID:TRANSFORM).") var series: String?
        @OptionGroup var sample: SeriesSampleOptions
        @OptionGroup var destination: OutputOptions
        @Flag(help: "CSV input: drop rows with a missing value in the selected columns.") var dropna = false
        @Option(help: "Output format (xlsx: the test's tables, with --output FILE).")
        var format: TableFormatOption = .text
        @Option(help: "Language of the labels and notes (the numbers, and the JSON and CSV keys, are the same in both).")
        var lang: DisplayLanguage = .zh

        /// The text format of the output (`csv` for a workbook, whose tables come from the summary).
        var statsFormat: OutputFormat { format.textFormat }

        func validate() throws {
            try destination.check(format)
            switch (column, series) {
            case (nil, nil): throw ValidationError("give --series ID, or --data FILE.csv --column NAME")
            case (.some, .some): throw ValidationError("--column and --series are mutually exclusive")
            case (.some, nil):
                if data == nil { throw ValidationError("--column needs --data FILE.csv") }
                if sample.isSet { throw ValidationError("--transform, --from and --to need --series") }
            case let (nil, .some(id)):
                if dropna { throw ValidationError("--dropna applies to CSV input; with --series only complete months are used") }
                _ = try SeriesSampleOptions.parseName(id)
            }
        }

        /// The tested column's (or series') name as shown: a transformed series is `ID.TRANSFORM`.
        var label: String {
            guard let series else { return column ?? "" }
            guard let (id, own) = try? SeriesSampleOptions.parseName(series) else { return series }
            return (own ?? sample.transform).map { "\(id).\($0.rawValue)" } ?? id
        }

        /// The tested column and the `extra` ones (CSV columns, or with --series series ids aligned by
        /// month on consecutive months), and the months used.
        func columns(_ extra: [String] = []) throws -> (columns: [[Double]], span: SampleSpan?, notes: [String]) {
            if let series {
                let (design, notes) = try sample.design(dataset: loadDataset(directory: data), y: series, x: extra, language: lang)
                try design.requireConsecutive()
                return ([design.y] + design.x, SampleSpan(design), notes)
            }
            let selected = try withDropNAAdvice { () throws(CSVError) in
                try CSVNumericSelection.read(url: URL(fileURLWithPath: data ?? ""), columns: [column ?? ""] + extra, dropMissing: dropna)
            }
            return (selected.columns, nil, [])
        }

        /// Writes `render()` to standard output and the notes to standard error; a runtime error
        /// exits with status 1.
        func emit(_ render: () throws -> (text: String, notes: [String], tables: [Table])) throws {
            try reportingErrors {
                let input = series != nil ? "series \(label)"
                    : "\(URL(fileURLWithPath: data ?? "").lastPathComponent), column \(column ?? "")"
                let (text, notes, tables) = try inContext(input) { try render() }
                if format == .xlsx {
                    try destination.emitWorkbook(tables)
                } else {
                    // Dataset series: the header line with the data currency (none for a CSV file).
                    let header = series != nil ? datasetHeader(try loadDataset(directory: data), language: lang, format: format.textFormat) : ""
                    try destination.emit(header + text)
                }
                for note in notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
            }
        }
    }

    struct ADF: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "adf", abstract: "Augmented Dickey-Fuller unit-root test (MacKinnon p-values).",
            discussion: "As statsmodels adfuller: --regression n|c|ct, --autolag aic|bic|t-stat|none, --maxlag N "
                + "(default ceil(12(n/100)^(1/4)); with --autolag none exactly N lags).")
        @OptionGroup var input: Input
        @Option(help: "Deterministic terms: n (none), c (constant), ct (constant and trend).") var regression: ADFRegression = .constant
        @Option(help: "Lag selection (none: exactly --maxlag lags).") var autolag: AutolagOption = .aic
        @Option(help: "Maximum (or, with --autolag none, fixed) lag.") var maxlag: Int?

        func validate() throws {
            if autolag == AutolagOption.none && maxlag == nil { throw ValidationError("--autolag none needs --maxlag") }
            try OptionRange.check(maxlag, "--maxlag", in: OptionRange.lags)
        }

        func run() throws { try input.emit(render) }

        func render() throws -> (text: String, notes: [String], tables: [Table]) {
            let (columns, span, notes) = try input.columns()
            let x = columns[0]
            let r = try AugmentedDickeyFuller.test(x, regression: regression, lags: autolag.lagSelection(maxLag: maxlag))
            return (TestOutput.render(r, column: input.label, span: span, format: input.statsFormat, language: input.lang), notes,
                    TestOutput.tables(r, column: input.label, span: span, language: input.lang))
        }
    }

    struct KPSSCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kpss", abstract: "KPSS stationarity test (level or trend).",
            discussion: "As statsmodels kpss: --regression c|ct, --nlags auto (Hobijn et al. 1998) | legacy | N.")
        @OptionGroup var input: Input
        @Option(help: "Null hypothesis: c (level) or ct (trend).") var regression: KPSSRegression = .level
        @Option(help: ArgumentHelp("Bartlett bandwidth: auto (Hobijn et al.), legacy, or a lag count 0…\(OptionRange.lags.upperBound).",
                                   valueName: "auto|legacy|N"))
        var nlags = KPSSLagsOption(.automatic)

        func run() throws { try input.emit(render) }

        func render() throws -> (text: String, notes: [String], tables: [Table]) {
            let (columns, span, notes) = try input.columns()
            let x = columns[0]
            let r = try KPSS.test(x, regression: regression, bandwidth: nlags.bandwidth)
            return (TestOutput.render(r, column: input.label, span: span, format: input.statsFormat, language: input.lang), notes,
                    TestOutput.tables(r, column: input.label, span: span, language: input.lang))
        }
    }

    struct Granger: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "granger", abstract: "Granger causality F test: does --cause help predict --column?",
            discussion: "As statsmodels grangercausalitytests (ssr-based F); reports lags 1...maxlag, the headline at --maxlag.")
        @OptionGroup var input: Input
        @Option(help: "The candidate causing column (with --series, a series id).") var cause: String
        @Option(help: "Highest lag order.") var maxlag = 4

        func validate() throws { try OptionRange.check(maxlag, "--maxlag", in: OptionRange.positiveLags) }

        func run() throws { try input.emit(render) }

        func render() throws -> (text: String, notes: [String], tables: [Table]) {
            let (cols, span, notes) = try input.columns([cause])
            let all = try GrangerCausality.test(y: cols[0], x: cols[1], maxLag: maxlag)
            guard let last = all.last else { return ("", notes, []) }
            let byLag = all.map { ($0.lags, $0.fTest.statistic, $0.fTest.pValue) }
            return (TestOutput.render(last.fTest, column: "\(cause) -> \(input.label)", span: span, format: input.statsFormat, byLag: byLag, language: input.lang),
                    notes, TestOutput.tables(last.fTest, column: "\(cause) -> \(input.label)", span: span, byLag: byLag, language: input.lang))
        }
    }

    struct LjungBoxCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ljungbox", abstract: "Ljung-Box (and Box-Pierce) autocorrelation test.",
            discussion: "As statsmodels acorr_ljungbox; --lags default min(10, n/5); --model-df subtracts fitted ARMA parameters.")
        @OptionGroup var input: Input
        @Option(help: "Highest lag.") var lags: Int?
        @Option(help: "Degrees of freedom used by a fitted model.") var modelDf = 0

        func validate() throws {
            try OptionRange.check(lags, "--lags", in: OptionRange.positiveLags)
            try OptionRange.check(modelDf, "--model-df", in: OptionRange.lags)
        }

        func run() throws { try input.emit(render) }

        func render() throws -> (text: String, notes: [String], tables: [Table]) {
            let (columns, span, notes) = try input.columns()
            let x = columns[0]
            let h = lags ?? max(1, min(10, x.count / 5))
            let all = try LjungBox.test(x, maxLag: h, modelDF: modelDf)
            guard let last = all.last else { return ("", notes, []) }
            let q = StatsOutput.g(last.boxPierce, StatsOutput.displayDigits), p = StatsOutput.g(last.boxPiercePValue, 6)
            var resultNotes = ["Box-Pierce Q = \(q), p = \(p)"], chineseNotes = ["Box-Pierce Q = \(q)，p = \(p)"]
            // A missing p-value is explained, never left as a bare null.
            if all.contains(where: { $0.ljungBoxPValue == nil }) {
                resultNotes.append("no Ljung-Box p-value at lags ≤ --model-df \(modelDf): the χ² reference has lag − model_df degrees of freedom")
                chineseNotes.append("滞后阶数 ≤ --model-df \(modelDf) 时无Ljung-Box p值：χ²参考分布的自由度为滞后阶数 − model_df")
            }
            let headline = TimeSeriesTestResult(test: "Ljung-Box", statistic: last.ljungBox, pValue: last.ljungBoxPValue ?? .nan,
                                                lags: h, nobs: x.count, criticalValues: [], notes: resultNotes,
                                                chineseNotes: chineseNotes)
            let byLag = all.map { ($0.lag, $0.ljungBox, $0.ljungBoxPValue ?? .nan) }
            return (TestOutput.render(headline, column: input.label, span: span, format: input.statsFormat, byLag: byLag, language: input.lang), notes,
                    TestOutput.tables(headline, column: input.label, span: span, byLag: byLag, language: input.lang))
        }
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
