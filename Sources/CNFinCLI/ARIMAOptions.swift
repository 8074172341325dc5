import ArgumentParser
import CNFin
import Foundation

/// The model options shared by `cnfin arima` and `cnfin forecast`.
struct ARIMAOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Non-seasonal order (default: airline 0,1,1).", valueName: "p,d,q"))
    var order: String = "0,1,1"

    @Option(name: .customLong("seasonal-order"), help: ArgumentHelp("Seasonal order, period 12 (default 0,1,1).", valueName: "P,D,Q"))
    var seasonalOrder: String = "0,1,1"

    @Flag(name: .customLong("auto"), help: "Choose the ARIMA model automatically as X-13's automdl (differencing by unit-root fits, then (p,q)(P,Q) ≤ (3,3)(1,1) by BIC, airline benchmark); --order/--seasonal-order are ignored.")
    var auto = false

    @Flag(name: .customLong("log"), help: "Model the logarithm of the series.")
    var forceLog = false

    @Flag(name: .customLong("no-log"), help: "Model the series without a transform.")
    var forceNoLog = false

    @Option(name: .customLong("cny-window"), help: ArgumentHelp("One CNY regressor `cny` for the window [−B, +A] days.", valueName: "B,A"))
    var cnyWindow: String?

    @Option(name: .customLong("cny-split"), help: ArgumentHelp(
        "Two CNY regressors: cny_pre [−B, −1] and cny_post [0, +A] (the default, 5,20).", valueName: "B,A"))
    var cnySplit: String?

    @Flag(name: .customLong("no-cny"), help: "No Chinese New Year regressor.")
    var noCNY = false

    @Option(name: .customLong("cny-form"), help:
        "flow (share of the window in the month) or stock (share elapsed by month end); default from the series kind.")
    var cnyForm: ChineseNewYearRegressor.Form?

    @Option(name: .customLong("outlier"), parsing: .upToNextOption, help: ArgumentHelp(
        "Fixed outlier regressors, e.g. LS2020-03 AO2015-07 TC2008-11 RP2009-01-2009-06 (comma or space separated).",
        valueName: "OUTLIER"))
    var outliers: [String] = []

    @Option(name: .customLong("outliers"), help: ArgumentHelp(
        "Automatic outlier types to search for (X-13's method), comma-separated from ao, ls, tc; or none.", valueName: "TYPES"))
    var outlierTypes = OutlierTypesOption([.additive, .levelShift])

    @Option(name: .customLong("critical-value"), help: ArgumentHelp(
        "Critical |t| for automatic outliers (default: from the series length, as X-13).", valueName: "C"))
    var criticalValue: Double?

    @Flag(name: .customLong("break-regressors"), help: "Across registered definitional breaks, with a level shift at each.")
    var breakRegressors = false

    @Flag(name: .customLong("ignore-breaks"), help: "Across registered definitional breaks, as if there were none.")
    var ignoreBreaks = false

    @Option(help: ArgumentHelp("Prediction-interval coverage.", valueName: "LEVEL"))
    var level: Double = 0.95

    @Option(help: ArgumentHelp("Optimiser tolerance (relative step length).", valueName: "TOL"))
    var tolerance: Double = 1e-9

    func validate() throws {
        _ = try orders()
        if forceLog && forceNoLog { throw ValidationError("give at most one of --log and --no-log") }
        if [cnyWindow != nil, cnySplit != nil, noCNY].filter({ $0 }).count > 1 {
            throw ValidationError("give at most one of --cny-window, --cny-split and --no-cny")
        }
        if let w = cnyWindow, Self.pair(w) == nil { throw ValidationError("--cny-window must be B,A with non-negative integers, e.g. 5,20") }
        if let w = cnySplit, Self.pair(w) == nil { throw ValidationError("--cny-split must be B,A with B ≥ 1, A ≥ 0, e.g. 5,20") }
        if breakRegressors && ignoreBreaks { throw ValidationError("give at most one of --break-regressors and --ignore-breaks") }
        guard level > 0, level < 1 else { throw ValidationError("--level must be in (0, 1), e.g. 0.95 (got \(level))") }
        guard tolerance > 0, tolerance < 1 else { throw ValidationError("--tolerance must be in (0, 1)") }
        _ = try outlierRegressors()
        if let c = criticalValue, !(c > 0 && c.isFinite) { throw ValidationError("--critical-value must be positive (got \(c))") }
    }

    /// The `--outliers` types (empty for none).
    func detectionTypes() -> [OutlierRegressor.Kind] { outlierTypes.kinds }

    static func pair(_ text: String) -> (Int, Int)? {
        let p = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard p.count == 2, let a = p[0], let b = p[1], a >= 0, b >= 0 else { return nil }
        return (a, b)
    }

    static func triple(_ text: String, _ option: String) throws -> [Int] {
        let p = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard p.count == 3, p.allSatisfy({ $0 != nil }) else { throw ValidationError("--\(option) must be three integers a,b,c (got '\(text)')") }
        return p.compactMap { $0 }
    }

    func orders() throws -> ARIMAOrder {
        let a = try Self.triple(order, "order"), s = try Self.triple(seasonalOrder, "seasonal-order")
        do {
            return try ARIMAOrder(p: a[0], d: a[1], q: a[2], seasonalP: s[0], seasonalD: s[1], seasonalQ: s[2])
        } catch {
            throw ValidationError(error.description)
        }
    }

    func outlierRegressors() throws -> [OutlierRegressor] {
        let items = outliers.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return try items.map { item in
            do { return try OutlierRegressor(parsing: item) } catch { throw ValidationError("--outlier: \(error)") }
        }
    }

    var breakPolicy: BreakPolicy { breakRegressors ? .levelShifts : (ignoreBreaks ? .ignore : .currentDefinition) }

    /// CNY regressors for a series of the given kind.
    func cnyRegressors(kind: SeriesKind?) throws -> [ChineseNewYearRegressor] {
        if noCNY { return [] }
        let form = cnyForm ?? (kind == .stock ? .stock : .flow)
        if let w = cnyWindow, let (b, a) = Self.pair(w) { return try ChineseNewYearRegressor.window(before: b, after: a, form: form) }
        let (b, a) = cnySplit.flatMap(Self.pair) ?? (5, 20)
        return try ChineseNewYearRegressor.split(before: b, after: a, form: form)
    }

    /// Fits the model to the series chosen by `source`, with the break rule, and forecasts `horizon` months.
    func report(source: SeriesSourceOptions, id: String?, horizon: Int) throws -> RegARIMAReport {
        let allows = "--break-regressors (a level shift at the break) or --ignore-breaks (model across it as if there were none)"
        let (span, rule) = try source.breakSpan(id: id, policy: breakPolicy, allows: allows)
        var notes = span.notes
        let start = rule.start, values = rule.values
        var regressors: [any RegressionVariable] = rule.levelShifts
        if let note = rule.breakNote { notes.append(note) }
        regressors += try cnyRegressors(kind: span.kind)
        let end = start.advanced(by: values.count - 1)
        for o in try outlierRegressors() {
            guard o.month >= start, o.month <= end else {
                throw ValidationError("--outlier \(o.name) is outside the span \(start)…\(end)")
            }
            if !regressors.contains(where: { $0.name == o.name }) { regressors.append(o) }
        }
        var model = RegARIMAModel(order: try orders(), transform: .none, regressors: regressors, tolerance: tolerance)
        if values.count < model.minimumObservations, rule.startBreak != nil {
            throw SeriesSourceOptions.tooShortSinceBreak(span, rule, minimum: model.minimumObservations, method: "the model",
                allows: "--break-regressors to model \(span.start)…\(end) with a level shift at each definitional break, or --ignore-breaks")
        }
        if forceLog {
            model.transform = .log
        } else if forceNoLog {
            model.transform = .none
        } else {
            let choice = try TransformSelection.choose(model, values, start: start)
            model.transform = choice.chosen
            if let l = choice.aiccLog {
                notes.append(RegARIMANote.transformChoice(aiccNone: choice.aiccNone, aiccLog: l, chosen: choice.chosen))
            } else {
                notes.append(RegARIMANote.noLogForNonPositive)
            }
        }
        if auto {
            let selection = try AutomaticModelSelection().select(model, values, start: start)
            model.order = selection.fit.order
            if selection.hasConstant { model.regressors.append(TrendConstantRegressor(origin: start, order: model.order)) }
            notes.append(RegARIMANote.modelSelection(selection))
        }
        let fit: RegARIMAFit
        let types = detectionTypes()
        do {
            if types.isEmpty {
                fit = try model.fit(values, start: start)
            } else {
                let detection = OutlierDetection(types: types, criticalValue: criticalValue)
                let result = try detection.detect(model, values, start: start)
                fit = result.fit
                let cv = criticalValue ?? OutlierDetection.defaultCriticalValue(observations: values.count)
                let found = result.outliers.sorted { $0.month < $1.month }.map(\.name)
                notes.append(RegARIMANote.automaticOutliers(types: types, criticalValue: cv, found: found))
            }
        } catch {
            if case .spanTooShort = error, rule.startBreak != nil {
                throw ValidationError("\(error): the current definition of \(span.name) starts at \(start) (see the break registry, "
                    + "cnfin data breaks); pass --break-regressors to model \(span.start)… with a level shift at each break, "
                    + "or --ignore-breaks")
            }
            throw error
        }
        let forecast = horizon > 0 ? try fit.forecast(horizon: horizon, level: level) : []
        return RegARIMAReport(series: span.label, fit: fit, diagnostics: try fit.diagnostics(), forecast: forecast,
                              level: level, localizedNotes: notes)
    }

    static func render(_ report: RegARIMAReport, format: OutputFormat, forecastOnly: Bool = false,
                       language: DisplayLanguage = .en) -> String {
        switch format {
        case .json: return report.json(language: language).serialized() + "\n"
        case .csv: return report.csvTable.rendered(as: .csv)
        default:
            let all = report.tables(language: language)
            let tables = forecastOnly ? [all.last].compactMap { $0 } : all
            return tables.map { $0.rendered(as: format) }.joined(separator: "\n")
        }
    }
}
