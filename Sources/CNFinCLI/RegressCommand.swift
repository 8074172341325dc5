import ArgumentParser
import CNFin
import CNFinOutput
import CNFinSeries
import CNFinStatistics
import Foundation

/// `cnfin regress`: OLS with non-robust, HC or HAC standard errors; rolling/expanding windows.
struct RegressCommand: ParsableCommand, TableOutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Linear regression (OLS) of one CSV column, or one bundled series, on others.",
        discussion: """
        Estimates y = b0 + b1 x1 + ... by Householder QR with column pivoting on a column-scaled \
        design, refined in extended precision (NIST StRD accuracy). The CSV needs a header row; \
        numbers may use exponent notation; an empty or NA cell is an error unless --dropna is given.

        Without --data, --y and --x name series of the bundled dataset (or of the dataset directory \
        --data-dir DIR, or --data DIR; --series says so explicitly), aligned by month: only months where every series (and every lag) has a value are \
        used, within --from/--to, and the span is printed (JSON: sample_start, sample_end, \
        sample_skipped_months). --transform yoy|mom|diff|ytd|flow|sum12 transforms every series as in \
        `cnfin data show`; ID:TRANSFORM transforms one (e.g. --x loans_increase:sum12). --lags N adds \
        lags 1..N of every regressor (x.L1 ... x.LN), taken by calendar month for dataset series and by \
        row with a CSV.

        Covariances: nonrobust, HC0-HC3 (White / MacKinnon-White), HAC (Newey-West, Bartlett kernel; \
        --maxlags L, default floor(4(n/100)^(2/9)); no small-sample correction unless --hac-correction, \
        as statsmodels' default; R's sandwich::NeweyWest also prewhitens by default). Robust p-values \
        use the normal distribution, as statsmodels does.

        JSON keys: nobs, df_model, df_resid, r_squared, adj_r_squared, residual_std_error, f_statistic, \
        f_p_value, log_likelihood, aic, bic, durbin_watson, condition_number, cov_type, coefficients \
        (name, estimate, std_error, t, p_value, ci_low, ci_high); numbers as the shortest text that reads back exactly.

        Labels and notes of the text, Markdown, LaTeX and workbook output follow --lang (zh by default, as \
        every cnfin command; en gives statsmodels' wording); the numbers, and the JSON and CSV keys, are the \
        same in both.

        Examples:
          cnfin regress --data Longley.csv --y y --x x1,x2,x3,x4,x5,x6
          cnfin regress --data m2.csv --y m2_yoy --x loans_yoy --cov HAC --maxlags 12 --format json
          cnfin regress --data m2.csv --y m2_yoy --x loans_yoy --rolling 36 --format csv
          cnfin regress --y m2_yoy --x m1_yoy --from 2015-01 --cov HAC
          cnfin regress --y m2_yoy --x loans_yoy,tsf_stock_yoy --lags 3 --format json
          cnfin regress --y m2 --x loans_balance --transform yoy --rolling 36
          cnfin regress --y m2_yoy --x m1_yoy --cov hac --lang en
          cnfin regress --data-dir ~/cnfin-data --y m2_yoy --x m1_yoy
        """
    )

    @Option(help: ArgumentHelp("CSV file with a header row (then --y/--x name its columns), or a dataset directory.",
                               valueName: "PATH"))
    var data: String?
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "The dataset directory to read the series from (default: the bundled data and the user data directory).", valueName: "DIR"))
    var dataDirectory: String?
    @Flag(help: ArgumentHelp("--y and --x name dataset series (the default without --data FILE.csv; with --data, it must be a directory).",
                             visibility: .hidden)) var series = false
    @Option(help: "Dependent variable: a dataset series id (ID or ID:TRANSFORM), or a column of --data FILE.csv.") var y: String
    @Option(help: ArgumentHelp("Regressors, comma-separated: dataset series ids, or columns of --data FILE.csv.", valueName: "NAMES"),
            transform: ColumnListOption.parse)
    var x: ColumnListOption
    @OptionGroup var sample: SeriesSampleOptions
    @OptionGroup var tableOutput: TableOutputOptions
    @Option(parsing: .unconditional, help: ArgumentHelp("Distributed lags: add lags 1...N of every regressor (named x.L1 ... x.LN), N in 0…\(OptionRange.lags.upperBound) (default 0).",
                                                      valueName: "N"), transform: OptionRange.parser(OptionRange.lags))
    var lags = 0
    @Flag(help: "Omit the constant term.") var noIntercept = false
    @Option(help: "Covariance estimator (any case).") var cov: CovarianceOption = .nonrobust
    @Option(parsing: .unconditional, help: ArgumentHelp("HAC lag count (default floor(4(n/100)^(2/9))).", valueName: "L"),
            transform: OptionRange.parser(OptionRange.lags))
    var maxlags: Int?
    @Flag(help: "HAC: multiply by n/(n-k) (statsmodels use_correction=True, R adjust=TRUE).") var hacCorrection = false
    @Option(parsing: .unconditional, help: ArgumentHelp("Rolling-window length (observations).", valueName: "N"),
            transform: OptionRange.parser(OptionRange.observations))
    var rolling: Int?
    @Flag(help: "Expanding windows from the first k+1 observations (or --min-nobs).") var expanding = false
    @Option(parsing: .unconditional, help: ArgumentHelp("First expanding window length.", valueName: "N"),
            transform: OptionRange.parser(OptionRange.observations))
    var minNobs: Int?
    @Option(parsing: .unconditional, help: "Confidence level for intervals, in (0, 1) (default 0.95).", transform: OptionRange.unitInterval)
    var confidence = 0.95
    @Flag(help: "CSV input: drop rows with a missing value in the selected columns.") var dropna = false
    @Option(help: "Language of the labels and notes (the numbers, and the JSON and CSV keys, are the same in both).")
    var lang: DisplayLanguage = .zh

    /// The `--x` names.
    var regressorNames: [String] { x.names }

    func validate() throws {
        if rolling != nil && expanding { throw usageError(lang, en: "--rolling and --expanding are mutually exclusive", zh: "--rolling 与 --expanding 不能同时使用") }
        if maxlags != nil && cov != .HAC { throw usageError(lang, en: "--maxlags applies only to --cov HAC", zh: "--maxlags 只适用于 --cov 「HAC」") }
        if (rolling != nil || expanding) && cov != .nonrobust {
            throw usageError(lang, en: "rolling and expanding regressions report non-robust standard errors only", zh: "滚动回归和扩展窗口回归只报告非稳健标准误")
        }
        if dataDirectory != nil, data != nil { throw usageError(lang, en: "give the dataset directory once: --data-dir DIR or --data DIR", zh: "数据集目录只需给出一次：--data-dir 目录 或 --data 目录") }
        if usesDataset {
            if dropna { throw usageError(lang, en: "--dropna applies to CSV input; with dataset series only complete months are used", zh: "--dropna 只适用于「CSV」输入；数据集序列只使用完整的月份") }
            for name in [y] + regressorNames { _ = try SeriesSampleOptions.parseName(name) }
        } else {
            if sample.isSet { throw usageError(lang, en: "--transform, --from and --to apply to dataset series, not to the columns of --data FILE.csv", zh: "--transform、--from 和 --to 适用于数据集序列，不适用于 --data 「CSV」文件的列") }
        }
    }

    /// Dataset series rather than CSV columns: without `--data`, or with `--data DIR` (a directory),
    /// `--data-dir DIR` or the explicit `--series`; `--data FILE.csv` names CSV columns.
    var usesDataset: Bool {
        guard !series, dataDirectory == nil, let data else { return true }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: data, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func run() throws {
        try reportingErrors(language: lang) {
            let formula = "\(y) ~ \(regressorNames.joined(separator: " + "))"
            let file = URL(fileURLWithPath: data ?? "").lastPathComponent
            let input = usesDataset ? BilingualText(en: "series \(formula)", zh: "序列「\(formula)」")
                : BilingualText(en: "\(file), \(formula)", zh: "「\(file)」，「\(formula)」")
            // One dataset load per run: the fit's input carries the dataset's status for the header.
            let (fitted, sample) = try advising(ErrorAdvice.regression) { try inContext(input) { try fit() } }
            if format == .xlsx {
                let tables: [Table]
                switch fitted {
                case .ols(let r): tables = r.summary(dependent: sample.dependent, sample: sample.span, language: lang).tables
                case .rolling(let r): tables = [r.table(labels: sample.labels, language: lang)]
                }
                try destination.emitWorkbook(tables, currency: sample.status.map(\.currency), chinese: lang == .zh)
                for note in (sample.span.map { [$0.note(in: lang)] } ?? []) + sample.notes {
                    FileHandle.standardError.write(Data("note: \(note)\n".utf8))
                }
                return
            }
            let (text, notes) = render(fitted, input: sample)
            // Dataset series: the header line with the data currency (none for a CSV file).
            let header = sample.status?.header(language: lang, format: format.textFormat) ?? ""
            try destination.emit(header + text)
            for note in notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        }
    }

    /// The regression's input: y, the regressors with their names, a label per row and the sample.
    struct Input {
        var dependent: String
        var y: [Double]
        var x: [[Double]]
        var names: [String]
        var labels: RollingRegressionResults.ObservationLabels
        var span: SampleSpan?
        var notes: [String]
        /// The status of the dataset the series were read from (`nil` for a CSV file): the header's data currency.
        var status: DataStatus?
    }

    /// Reads the CSV columns or the aligned bundled series, adding the distributed lags.
    func input() throws -> Input {
        let xNames = regressorNames
        if usesDataset {
            let dataset = try loadDataset(directory: dataDirectory ?? data)
            let (design, notes) = try sample.design(dataset: dataset, y: y, x: xNames, lags: lags, language: lang)
            return Input(dependent: design.dependent, y: design.y, x: design.x, names: design.names,
                         labels: .months(design.months.map(\.description)), span: SampleSpan(design), notes: notes,
                         status: DataStatus(dataset: dataset))
        }
        let path = data ?? ""
        let selected = try SeriesInput.readColumns(file: path, [y] + xNames, dropMissing: dropna)
        var yValues = selected.columns[0], xColumns = Array(selected.columns.dropFirst()), names = xNames, lines = selected.lines
        if lags > 0 {
            if lines.count != selected.rowCount {
                throw StatisticsError.invalidArgument("--lags needs consecutive rows, but --dropna dropped \(selected.rowCount - lines.count) "
                    + "incomplete row(s) of \(path); fill them or use --series, which lags by calendar month")
            }
            let design = try DistributedLag.design(columns: xColumns, names: xNames, lags: lags)
            xColumns = design.columns
            names = design.names
            yValues = DistributedLag.trim(yValues, lags: lags)
            lines = Array(lines.dropFirst(lags))
        }
        return Input(dependent: y, y: yValues, x: xColumns, names: names, labels: .lines(lines), span: nil, notes: [], status: nil)
    }

    /// A fitted regression: one OLS fit, or rolling/expanding windows.
    enum Fitted {
        case ols(RegressionResults)
        case rolling(RollingRegressionResults)
    }

    /// Reads the input and fits the model the options ask for.
    func fit() throws -> (Fitted, Input) {
        let input = try input()
        let model = try LinearModel(y: input.y, x: input.x, names: input.names, intercept: !noIntercept)
        if rolling != nil || expanding {
            let scheme: RollingScheme = rolling.map { .rolling(window: $0) }
                ?? .expanding(minObservations: minNobs ?? model.parameterCount + 1)
            return (.rolling(try RollingOLS(model: model, scheme: scheme).fit()), input)
        }
        let covariance = cov.covarianceType(maxLags: maxlags, smallSampleCorrection: hacCorrection)
        return (.ols(try model.fit(covariance: covariance, confidenceLevel: confidence)), input)
    }

    /// Fits and renders (without the header line): the output and the notes for standard error.
    func render() throws -> (text: String, notes: [String]) {
        let (fitted, input) = try fit()
        return render(fitted, input: input)
    }

    /// The rendered output of `fitted` and the notes for standard error (the sample and transform notes).
    func render(_ fitted: Fitted, input: Input) -> (text: String, notes: [String]) {
        let format = self.format.textFormat
        switch fitted {
        case .rolling(let r):
            return (StatsOutput.rolling(r, labels: input.labels, format: format, language: lang),
                    (input.span.map { [$0.note(in: lang)] } ?? []) + input.notes)
        case .ols(let r):
            let text = StatsOutput.regression(r, dependent: input.dependent, span: input.span, format: format, language: lang)
            // Text, JSON, Markdown and LaTeX show the sample; the CSV coefficient table has no place for it.
            let sampleNote = format == .csv ? input.span.map { [$0.note(in: lang)] } ?? [] : []
            return (text, sampleNote + input.notes)
        }
    }
}

/// Formatting for the statistics commands: the regression summary and the rolling tables come from the library
/// (`RegressionResults.summary`, `RollingRegressionResults.table/dataTable/jsonValue`), rendered through
/// CNFinOutput; JSON/CSV numbers are the shortest text that reads back to the same double.
enum StatsOutput {
    /// The regression in `format`: the library's summary (text layout, or its tables through the
    /// CNFinOutput renderers; labels in `language`), its coefficient data as CSV, or its JSON (keys and
    /// numbers the same in both languages).
    static func regression(_ r: RegressionResults, dependent: String, span: SampleSpan? = nil, format: OutputFormat,
                           language: DisplayLanguage = .en) -> String {
        let summary = { r.summary(dependent: dependent, sample: span, language: language) }
        switch format {
        case .json: return r.jsonValue(dependent: dependent, sample: span).serialized() + "\n"
        case .csv: return CSVRenderer().render(r.coefficientData)
        case .markdown: return summary().tables.map { MarkdownRenderer().render($0) }.joined(separator: "\n")
        case .latex: return summary().tables.map { LaTeXRenderer().render($0) }.joined(separator: "\n")
        case .text: return summary().text
        }
    }

    /// The rolling or expanding estimates in `format` (the library's tables): headed in `language` (text,
    /// Markdown, LaTeX), or the machine keys `end_month|end_line, nobs, x, se_x` (CSV, JSON) in every language.
    static func rolling(_ r: RollingRegressionResults, labels: RollingRegressionResults.ObservationLabels, format: OutputFormat,
                        language: DisplayLanguage = .en) -> String {
        switch format {
        case .json: return r.jsonValue(labels: labels).serialized() + "\n"
        case .csv: return r.dataTable(labels: labels).rendered(as: .csv)
        case .text, .markdown, .latex: return r.table(labels: labels, language: language).rendered(as: format)
        }
    }
}
