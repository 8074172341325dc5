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
        Numbers are the shortest text that reads back to the same double.

        Examples:
          cnfin test adf --data m2.csv --column m2_yoy --regression ct --autolag aic
          cnfin test adf --series m2_yoy --from 2010-01 --format json
          cnfin test kpss --series m2 --transform yoy --from 2012-01
          cnfin test granger --series m2_yoy --cause loans_yoy --maxlag 6
          cnfin test kpss --data m2.csv --column m2_yoy --nlags auto --format json
          cnfin test granger --data m2.csv --column m2_yoy --cause loans_yoy --maxlag 6
          cnfin test ljungbox --data resid.csv --column e --lags 12
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
        @Option(help: "Output format: text, json, markdown, csv, latex, or xlsx (the test's tables, with --output FILE).")
        var format = "text"

        /// The text format of the output (`csv` for a workbook, whose tables come from ``TestOutput/tables``).
        var statsFormat: StatsFormat {
            get throws {
                guard case .rendered(let f) = try destination.tableFormat(format, allowed: OutputFormat.allCases) else {
                    return .csv
                }
                return StatsFormat(rawValue: f.rawValue) ?? .text
            }
        }

        func validate() throws {
            _ = try destination.tableFormat(format, allowed: OutputFormat.allCases)
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
                let (design, notes) = try sample.design(dataset: loadDataset(directory: data), y: series, x: extra)
                try design.requireConsecutive()
                return ([design.y] + design.x, SampleSpan(design), notes)
            }
            let table = try CSVNumericTable(url: URL(fileURLWithPath: data ?? ""))
            let selected = try withDropNAAdvice { () throws(CSVError) in try table.select([column ?? ""] + extra, dropMissing: dropna) }
            return (selected.columns, nil, [])
        }

        /// Writes `render()` to standard output and the notes to standard error; a runtime error
        /// exits with status 1.
        func emit(_ render: () throws -> (text: String, notes: [String], tables: [Table])) throws {
            try reportingErrors {
                let input = series != nil ? "series \(label)"
                    : "\(URL(fileURLWithPath: data ?? "").lastPathComponent), column \(column ?? "")"
                let (text, notes, tables) = try inContext(input) { try render() }
                if try destination.tableFormat(format, allowed: OutputFormat.allCases) == .xlsx {
                    try destination.emitWorkbook(tables)
                } else {
                    try destination.emit(text)
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
        @Option(help: "Deterministic terms: n, c, ct.") var regression = "c"
        @Option(help: "Lag selection: aic, bic, t-stat, none.") var autolag = "aic"
        @Option(help: "Maximum (or, with --autolag none, fixed) lag.") var maxlag: Int?

        func validate() throws {
            guard ADFRegression(rawValue: regression) != nil else { throw ValidationError("--regression must be n, c or ct") }
            guard ["aic", "bic", "t-stat", "none"].contains(autolag.lowercased()) else {
                throw ValidationError("--autolag must be aic, bic, t-stat or none")
            }
            if autolag.lowercased() == "none" && maxlag == nil { throw ValidationError("--autolag none needs --maxlag") }
            try OptionRange.check(maxlag, "--maxlag", in: OptionRange.lags)
        }

        func run() throws { try input.emit(render) }

        func render() throws -> (text: String, notes: [String], tables: [Table]) {
            let (columns, span, notes) = try input.columns()
            let x = columns[0]
            let sel: LagSelection
                switch autolag.lowercased() {
                case "bic": sel = .bic(maxLag: maxlag)
                case "t-stat": sel = .tStat(maxLag: maxlag)
                case "none": sel = .fixed(maxlag ?? 0)
                default: sel = .aic(maxLag: maxlag)
                }
            let r = try AugmentedDickeyFuller.test(x, regression: ADFRegression(rawValue: regression) ?? .constant, lags: sel)
            return (TestOutput.render(r, column: input.label, span: span, format: try input.statsFormat), notes,
                    TestOutput.tables(r, column: input.label, span: span))
        }
    }

    struct KPSSCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kpss", abstract: "KPSS stationarity test (level or trend).",
            discussion: "As statsmodels kpss: --regression c|ct, --nlags auto (Hobijn et al. 1998) | legacy | N.")
        @OptionGroup var input: Input
        @Option(help: "Null hypothesis: c (level) or ct (trend).") var regression = "c"
        @Option(help: "Bartlett bandwidth: auto, legacy or a number.") var nlags = "auto"

        func validate() throws {
            guard KPSSRegression(rawValue: regression) != nil else { throw ValidationError("--regression must be c or ct") }
            guard nlags == "auto" || nlags == "legacy" || Int(nlags) != nil else {
                throw ValidationError("--nlags must be auto, legacy or an integer")
            }
            try OptionRange.check(Int(nlags), "--nlags", in: OptionRange.lags)
        }

        func run() throws { try input.emit(render) }

        func render() throws -> (text: String, notes: [String], tables: [Table]) {
            let (columns, span, notes) = try input.columns()
            let x = columns[0]
            let bw: KPSSBandwidth = nlags == "auto" ? .automatic : (nlags == "legacy" ? .legacy : .fixed(Int(nlags) ?? 0))
            let r = try KPSS.test(x, regression: KPSSRegression(rawValue: regression) ?? .level, bandwidth: bw)
            return (TestOutput.render(r, column: input.label, span: span, format: try input.statsFormat), notes,
                    TestOutput.tables(r, column: input.label, span: span))
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
            return (TestOutput.render(last.fTest, column: "\(cause) -> \(input.label)", span: span, format: try input.statsFormat, byLag: byLag),
                    notes, TestOutput.tables(last.fTest, column: "\(cause) -> \(input.label)", span: span, byLag: byLag))
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
            var resultNotes = ["Box-Pierce Q = \(StatsOutput.g(last.boxPierce, StatsOutput.displayDigits)), p = \(StatsOutput.g(last.boxPiercePValue, 6))"]
            // A missing p-value is explained, never left as a bare null.
            if all.contains(where: { $0.ljungBoxPValue == nil }) {
                resultNotes.append("no Ljung-Box p-value at lags ≤ --model-df \(modelDf): the χ² reference has lag − model_df degrees of freedom")
            }
            let headline = TimeSeriesTestResult(test: "Ljung-Box", statistic: last.ljungBox, pValue: last.ljungBoxPValue ?? .nan,
                                                lags: h, nobs: x.count, criticalValues: [], notes: resultNotes)
            let byLag = all.map { ($0.lag, $0.ljungBox, $0.ljungBoxPValue ?? .nan) }
            return (TestOutput.render(headline, column: input.label, span: span, format: try input.statsFormat, byLag: byLag), notes,
                    TestOutput.tables(headline, column: input.label, span: span, byLag: byLag))
        }
    }
}

/// The test commands' output: the library's summary (text layout, or its tables through the CNFinOutput
/// renderers), its one-row data table as CSV, or its JSON.
enum TestOutput {
    /// The test as tables for a workbook: the library summary's tables (``TimeSeriesTestSummary/tables``),
    /// numbers as numbers; the test's notes go to the Notes sheet.
    static func tables(_ r: TimeSeriesTestResult, column: String, span: SampleSpan? = nil,
                       byLag: [(Int, Double, Double)] = []) -> [Table] {
        r.summary(column: column, sample: span,
                  byLag: byLag.map { TestLagRow(lag: $0.0, statistic: $0.1, pValue: $0.2) }).tables
    }

    static func render(_ r: TimeSeriesTestResult, column: String, span: SampleSpan? = nil, format: StatsFormat,
                       byLag: [(Int, Double, Double)] = []) -> String {
        let lagRows = byLag.map { TestLagRow(lag: $0.0, statistic: $0.1, pValue: $0.2) }
        switch format {
        case .json: return r.jsonValue(column: column, sample: span, byLag: lagRows).serialized() + "\n"
        case .csv: return CSVRenderer().render(r.data(column: column))
        case .markdown:
            return r.summary(column: column, sample: span, byLag: lagRows).tables.map { MarkdownRenderer().render($0) }.joined(separator: "\n")
        case .latex:
            return r.summary(column: column, sample: span, byLag: lagRows).tables.map { LaTeXRenderer().render($0) }.joined(separator: "\n")
        case .text: return r.summary(column: column, sample: span, byLag: lagRows).text
        }
    }
}
