import ArgumentParser
import CNFin
import Foundation

/// The model options shared by `cnfin arima` and `cnfin forecast`.
struct ARIMAOptions: ParsableArguments {
    @Option(help: ArgumentHelp("ARIMA orders p,d,q, or 'p,d,q(P,D,Q)' with the seasonal ones, quoted in a shell (default: the airline model 0,1,1(0,1,1)).",
                               valueName: "p,d,q"), transform: ARIMAOrderOption.parse)
    var order: ARIMAOrderOption?

    @Option(name: .customLong("seasonal-order"), help: ArgumentHelp("Seasonal orders, period 12 (default 0,1,1).", valueName: "P,D,Q"),
            transform: SeasonalOrderOption.parse)
    var seasonalOrder: SeasonalOrderOption?

    @Flag(name: .customLong("auto"), help: "Choose the ARIMA model automatically as X-13's automdl (differencing by unit-root fits, then (p,q)(P,Q) ≤ (3,3)(1,1) by BIC, airline benchmark); --order/--seasonal-order are ignored.")
    var auto = false

    @Flag(name: .customLong("log"), help: "Model the logarithm of the series.")
    var forceLog = false

    @Flag(name: .customLong("no-log"), help: "Model the series without a transform.")
    var forceNoLog = false

    @Option(name: .customLong("cny-window"), parsing: .unconditional, help: ArgumentHelp("One CNY regressor `cny` for the window [−B, +A] days.", valueName: "B,A"),
            transform: HolidayDaysOption.parser(days: OptionRange.holidayDays))
    var cnyWindow: HolidayDaysOption?

    @Option(name: .customLong("cny-split"), parsing: .unconditional, help: ArgumentHelp(
        "Two CNY regressors: cny_pre [−B, −1] and cny_post [0, +A] (the default, 5,20).", valueName: "B,A"),
            transform: HolidayDaysOption.parser(days: OptionRange.holidayDays))
    var cnySplit: HolidayDaysOption?

    @Flag(name: .customLong("no-cny"), help: "No Chinese New Year regressor.")
    var noCNY = false

    @Option(name: .customLong("cny-form"), help:
        "flow (share of the window in the month) or stock (share elapsed by month end); default from the series kind.")
    var cnyForm: ChineseNewYearRegressor.Form?

    @Option(name: .customLong("outlier"), parsing: .upToNextOption, help: ArgumentHelp(
        "Fixed outlier regressors, e.g. LS2020-03 AO2015-07 TC2008-11 RP2009-01-2009-06 (comma or space separated).",
        valueName: "OUTLIER"), transform: OutlierListOption.parse)
    var outliers: [OutlierListOption] = []

    @Option(name: .customLong("outliers"), help: ArgumentHelp(
        "Automatic outlier types to search for (X-13's method), comma-separated from ao, ls, tc; or none.", valueName: "TYPES"))
    var outlierTypes = OutlierTypesOption([.additive, .levelShift])

    @Option(name: .customLong("critical-value"), parsing: .unconditional, help: ArgumentHelp(
        "Critical |t| for automatic outliers (default: from the series length, as X-13).", valueName: "C"), transform: OptionRange.positive)
    var criticalValue: Double?

    @OptionGroup var breaks: BreakPolicyOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Prediction-interval coverage, in (0, 1) (default 0.95).", valueName: "LEVEL"),
            transform: OptionRange.unitInterval)
    var level: Double = 0.95

    @Option(parsing: .unconditional, help: ArgumentHelp("Optimiser tolerance (relative step length), in (0, 1) (default 1e-9).", valueName: "TOL"),
            transform: OptionRange.unitInterval)
    var tolerance: Double = 1e-9

    func validate() throws {
        _ = try orders()
        if forceLog && forceNoLog { throw usageError(en: "give at most one of --log and --no-log", zh: "--log 与 --no-log 至多给出一个") }
        if [cnyWindow != nil, cnySplit != nil, noCNY].filter({ $0 }).count > 1 {
            throw usageError(en: "give at most one of --cny-window, --cny-split and --no-cny",
                             zh: "--cny-window、--cny-split 与 --no-cny 至多给出一个")
        }
    }

    /// The `--outliers` types (empty for none).
    func detectionTypes() -> [OutlierRegressor.Kind] { outlierTypes.kinds }

    /// The model orders: `--order` (airline by default), with the seasonal ones from `--order p,d,q(P,D,Q)` or
    /// `--seasonal-order` (each value already range-checked by its parser).
    func orders() throws -> ARIMAOrder {
        if order?.seasonalGiven == true, seasonalOrder != nil {
            throw usageError(en: "give the seasonal orders once: --order p,d,q(P,D,Q) or --seasonal-order P,D,Q",
                             zh: "季节阶数只能给出一次：--order p,d,q(P,D,Q) 或 --seasonal-order P,D,Q")
        }
        let regular = order?.order ?? .airline
        let seasonal = seasonalOrder
        do {
            return try ARIMAOrder(p: regular.p, d: regular.d, q: regular.q, seasonalP: seasonal?.seasonalP ?? regular.seasonalP,
                                  seasonalD: seasonal?.seasonalD ?? regular.seasonalD, seasonalQ: seasonal?.seasonalQ ?? regular.seasonalQ)
        } catch {
            throw usageError(en: error.description, zh: localizedMessage(of: error, in: .zh))
        }
    }

    /// The `--outlier` regressors, in the order given.
    func outlierRegressors() -> [OutlierRegressor] { outliers.flatMap(\.regressors) }

    var breakPolicy: BreakPolicy { breaks.policy }

    /// CNY regressors for a series of the given kind.
    func cnyRegressors(kind: SeriesKind?) throws -> [ChineseNewYearRegressor] {
        if noCNY { return [] }
        let form = cnyForm ?? (kind == .stock ? .stock : .flow)
        if let w = cnyWindow { return try ChineseNewYearRegressor.window(before: w.before, after: w.after, form: form) }
        let split = cnySplit ?? HolidayDaysOption(before: 5, after: 20)
        return try ChineseNewYearRegressor.split(before: split.before, after: split.after, form: form)
    }

    /// Fits the model to the series chosen by `source`, with the break rule, and forecasts `horizon` months;
    /// returns the report and the span read (whose dataset status gives the header).
    func report(source: SeriesInput, horizon: Int, language: DisplayLanguage) throws -> (report: RegARIMAReport, input: SeriesSpan) {
        let allows = BilingualText(
            en: "--break-regressors (a level shift at the break) or --ignore-breaks (model across it as if there were none)",
            zh: "--break-regressors（在变更处设水平移动）或 --ignore-breaks（视同没有变更，跨越建模）")
        let (span, rule) = try source.breakSpan(policy: breakPolicy, allows: allows, language: language)
        var notes = span.notes
        let start = rule.start, values = rule.values
        var regressors: [any RegressionVariable] = rule.levelShifts
        if let note = rule.breakNote { notes.append(note) }
        regressors += try cnyRegressors(kind: span.kind)
        let end = start.advanced(by: values.count - 1)
        for o in outlierRegressors() {
            guard o.month >= start, o.month <= end else {
                throw usageError(en: "--outlier \(o.name) is outside the span \(start)…\(end)",
                                 zh: "--outlier \(o.name) 不在样本区间 \(start)…\(end) 之内")
            }
            if !regressors.contains(where: { $0.name == o.name }) { regressors.append(o) }
        }
        var model = RegARIMAModel(order: try orders(), transform: .none, regressors: regressors, tolerance: tolerance)
        if values.count < model.minimumObservations, rule.startBreak != nil {
            throw SeriesInput.tooShortSinceBreak(
                span, rule, minimum: model.minimumObservations, method: BilingualText(en: "the model", zh: "模型"),
                allows: BilingualText(
                    en: "--break-regressors to model \(span.start)…\(end) with a level shift at each definitional break, or --ignore-breaks",
                    zh: "--break-regressors 在每个统计口径变更处设水平移动、为\(span.start)…\(end)建模，或加 --ignore-breaks"),
                language: language)
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
                if !result.ties.isEmpty { notes.append(RegARIMANote.outlierTies(result.ties)) }
            }
        } catch {
            if case .spanTooShort = error, rule.startBreak != nil {
                throw usageError(
                    en: "\(error): the current definition of \(span.name) starts at \(start) (see the break registry, "
                        + "cnfin data breaks); pass --break-regressors to model \(span.start)… with a level shift at each break, "
                        + "or --ignore-breaks",
                    zh: localizedMessage(of: error, in: .zh) + "：「\(span.name)」的现行口径始于 \(start)（见断点登记：cnfin data breaks）；"
                        + "可加 --break-regressors，在每个断点加水平移动以使用 \(span.start)… 的数据，或加 --ignore-breaks")
            }
            throw error
        }
        let forecast = horizon > 0 ? try fit.forecast(horizon: horizon, level: level) : []
        return (RegARIMAReport(series: span.label, fit: fit, diagnostics: try fit.diagnostics(), forecast: forecast,
                               level: level, localizedNotes: notes), span)
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
