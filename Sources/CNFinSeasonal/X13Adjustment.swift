import CNFinARIMA
import CNFinSeries
import CNFinSupport
import CNFinX11
import Foundation

/// X-13ARIMA-SEATS-style seasonal adjustment: X-11 on a regARIMA pre-adjustment (U.S. Census
/// Bureau, X-13ARIMA-SEATS Reference Manual, specs `transform`, `regression`, `outlier`,
/// `forecast`, `x11`; Findley et al. 1998, "New capabilities and methods of the X-12-ARIMA
/// seasonal-adjustment program", JBES 16).
///
/// 1. **Transform**: `log` or none by X-13's AICc rule (``TransformSelection``) unless the mode fixes it.
/// 2. **Chinese New Year**: the regressors of ``ChineseNewYearSpec`` (the AICc-best candidate when automatic).
/// 3. **Outliers**: X-13's automatic AO/LS(/TC) search (``OutlierDetection``) and the fixed ones
///    (user outliers, level shifts at registered breaks).
/// 4. **Prior adjustment**: with `H_t` the holiday effect and `O_t` the outlier effect (`Σβx` on
///    the transformed scale), `B1 = y·e^{−H−O}` (log) or `y − H − O`, extended by `forecastMonths`
///    regARIMA forecasts `e^{ŷ−H−O}` (the log-scale forecast, X-13's table B1.A).
/// 5. **X-11** on B1 (``X11``): D10, D11, D12, D13.
/// 6. **Final tables as X-13 prints them**: D16 = D10 ⊗ h (`h = e^H` or `H`, the holiday factors);
///    adjusted = y ⊘ D16 (outlier effects stay in the adjusted series); trend = D12 ⊗ LS effects
///    (level shifts belong to the trend); irregular = D13 ⊗ AO/TC effects. Here ⊗ is `·` in the
///    ratio modes and `+` in the additive one.
public enum X13Adjustment {
    /// Adjusts `values` (one per month from `start`, gap-free).
    public static func adjust(_ values: [Double], start: Month, options: X13Options = X13Options()) throws(X13Error) -> X13Result {
        let n = values.count
        guard n >= X11.minimumObservations else { throw .spanTooShort(observations: n, minimum: X11.minimumObservations) }
        for (i, v) in values.enumerated() where !v.isFinite { throw .gap(month: start.advanced(by: i).description) }
        guard options.forecastMonths >= 0, options.forecastMonths <= 120 else {
            throw .invalidOption(name: "forecast months", value: "\(options.forecastMonths)", requirement: "must be 0…120")
        }
        var notes: [String] = []

        // 1. Transform (and with it the X-11 mode).
        var model = RegARIMAModel(order: options.order, transform: .none, regressors: options.fixedRegressors,
                                  tolerance: options.tolerance)
        let firstHoliday: ChineseNewYearSpec
        switch options.holiday {
        case .automatic(let c): firstHoliday = c.first ?? .none
        default: firstHoliday = options.holiday
        }
        var transformSelection: TransformSelection?
        let mode: X11Mode
        switch options.mode {
        case .additive: mode = .additive
        case .multiplicative, .logAdditive:
            mode = options.mode == .multiplicative ? .multiplicative : .logAdditive
            if let i = values.firstIndex(where: { $0 <= 0 }) {
                throw .nonPositive(month: start.advanced(by: i).description, value: values[i], mode: mode.rawValue)
            }
        case .automatic:
            var m = model
            m.regressors += try wrap { () throws(ARIMAError) in try firstHoliday.regressors(form: options.holidayForm) }
            let sel = try wrap { () throws(ARIMAError) in try TransformSelection.choose(m, values, start: start) }
            transformSelection = sel
            mode = sel.chosen == .log ? .multiplicative : .additive
        }
        model.transform = mode == .additive ? .none : .log

        // 2. Chinese New Year windows.
        var candidates: [ChineseNewYearCandidate] = []
        var holiday = options.holiday
        var chosenCoefficients: [Double]?
        if case .automatic(let list) = options.holiday {
            guard !list.isEmpty else { throw .invalidOption(name: "CNY candidates", value: "[]", requirement: "give at least one window") }
            // Each candidate is compared by AICc only (no ARMA standard errors).
            func candidateModel(_ spec: ChineseNewYearSpec, start warm: [Double]?) throws(X13Error) -> RegARIMAModel {
                var m = model
                m.computesARMAStandardErrors = false
                m.startingValues = warm
                m.regressors += try wrap { () throws(ARIMAError) in try spec.regressors(form: options.holidayForm) }
                return m
            }
            // The first candidate is the model the transform choice fitted (same regressors, same
            // start, no standard errors): its fit is reused, not repeated.
            let first: CandidateFit
            if list[0] == firstHoliday, let sel = transformSelection {
                first = CandidateFit(aicc: sel.chosenFit.aicc, coefficients: sel.chosenFit.coefficients)
            } else {
                let m = try candidateModel(list[0], start: nil)
                first = try wrap { () throws(ARIMAError) in try CandidateFit.fit(m, values, start: start) }
            }
            // The windows change the ARMA estimates little: the other candidates start from the
            // first one's estimates when those lie inside the admissible region (from the default
            // start, with its restarts, otherwise). They are independent: fitted side by side, and
            // the first failure in the candidates' order is reported, as a loop would.
            let warm = first.isInterior ? first.vector : nil
            var built: [RegARIMAModel] = []
            for spec in list.dropFirst() { built.append(try candidateModel(spec, start: warm)) }
            let models = built, y = values
            let rest = ConcurrentFits.concurrentMap(count: models.count) { i -> Result<CandidateFit, ARIMAError> in
                do throws(ARIMAError) { return .success(try CandidateFit.fit(models[i], y, start: start)) } catch { return .failure(error) }
            }
            var fits: [[Double]] = [first.vector]
            candidates.append(ChineseNewYearCandidate(spec: list[0], aicc: first.aicc))
            for (spec, outcome) in zip(list.dropFirst(), rest) {
                switch outcome {
                case .success(let c):
                    candidates.append(ChineseNewYearCandidate(spec: spec, aicc: c.aicc))
                    fits.append(c.vector)
                case .failure(let e):
                    throw .regARIMA(e.description, chinese: localizedMessage(of: e, in: .zh))
                }
            }
            if let i = candidates.indices.min(by: { candidates[$0].aicc < candidates[$1].aicc }) {
                holiday = candidates[i].spec
                chosenCoefficients = fits[i]
            }
        }
        model.regressors = try wrap { () throws(ARIMAError) in try holiday.regressors(form: options.holidayForm) } + options.fixedRegressors
        // The outlier search starts from the chosen candidate's estimates: its first fit is that
        // same model (without them it would be estimated again from the default start).
        model.startingValues = chosenCoefficients

        // 3. Outliers and the final fit.
        let fit: RegARIMAFit
        var detected: [OutlierRegressor] = []
        var ties: [OutlierDetection.Tie] = []
        switch options.outliers {
        case .none:
            fit = try wrap { () throws(ARIMAError) in try model.fit(values, start: start) }
        case .automatic(let types):
            let r = try wrap { () throws(ARIMAError) in try OutlierDetection(types: types).detect(model, values, start: start) }
            fit = r.fit
            detected = r.outliers
            ties = r.ties
        }

        // 4. Prior adjustment over the span and the forecast year.
        let h = options.forecastMonths
        let total = n + h
        let isOutlier: (RegressionEstimate) -> Bool = { e in ["AO", "LS", "TC", "RP"].contains(String(e.name.prefix(2))) }
        let holidayEffect = try wrap { () throws(ARIMAError) in try fit.regressionEffect(start: start, count: total) { $0.isHoliday } }
        let outlierEffect = try wrap { () throws(ARIMAError) in try fit.regressionEffect(start: start, count: total, where: isOutlier) }
        let trendEffect = try wrap { () throws(ARIMAError) in
            try fit.regressionEffect(start: start, count: total) { isOutlier($0) && ($0.name.hasPrefix("LS") || $0.name.hasPrefix("RP")) }
        }
        var transformed = fit.transformed
        if h > 0 {
            let f = try wrap { () throws(ARIMAError) in try fit.forecast(horizon: h) }
            transformed += f.map(\.transformedMean)
        }
        let logScale = model.transform == .log
        func factor(_ e: Double) -> Double { logScale ? Foundation.exp(e) : e }
        let b1 = (0..<total).map { t in
            let z = transformed[t] - holidayEffect[t] - outlierEffect[t]
            return logScale ? Foundation.exp(z) : z
        }

        // 5. X-11.
        let x11Options = X11Options(mode: mode, seasonalFilter: options.seasonalFilter, henderson: options.henderson,
                                    lowerSigma: options.lowerSigma, upperSigma: options.upperSigma, forecastMonths: h)
        let x11: X11Decomposition
        do { x11 = try X11.decompose(b1, firstMonth: start.month, options: x11Options) } catch { throw .x11(error.description, chinese: localizedMessage(of: error, in: .zh)) }

        // 6. Final tables over the span.
        let ratio = mode != .additive
        func combine(_ a: Double, _ b: Double) -> Double { ratio ? a * b : a + b }
        let hol = holidayEffect.map(factor)
        let out = outlierEffect.map(factor)
        let ls = trendEffect.map(factor)
        let aoTC = (0..<total).map { logScale ? Foundation.exp(outlierEffect[$0] - trendEffect[$0]) : outlierEffect[$0] - trendEffect[$0] }
        let d16 = x11.combinedFactors(holiday: hol)
        var adjusted: [Double] = [], trend: [Double] = [], irregular: [Double] = []
        for t in 0..<n {
            adjusted.append(ratio ? values[t] / d16[t] : values[t] - d16[t])
            trend.append(combine(x11.d12[t], ls[t]))
            irregular.append(combine(x11.d13[t], aoTC[t]))
        }
        if !detected.isEmpty {
            notes.append("automatic outliers: " + detected.sorted { $0.month < $1.month }.map(\.name).joined(separator: ", "))
        }
        var result = X13Result(
            start: start, observed: values, adjusted: adjusted, trend: trend, seasonal: Array(x11.d10.prefix(n)),
            holiday: Array(hol.prefix(n)), outlier: Array(out.prefix(n)), irregular: irregular,
            combinedSeasonal: Array(d16.prefix(n)), mode: mode, regARIMA: fit, transformSelection: transformSelection,
            holidaySpec: holiday, holidayCandidates: candidates, detectedOutliers: detected, x11: x11, notes: notes)
        result.outlierTies = ties
        return result
    }

    /// What the CNY window choice keeps of a candidate's fit.
    struct CandidateFit: Sendable {
        let aicc: Double
        let vector: [Double]
        /// Whether every ARMA factor lies at least 0.01 inside the admissible region.
        let isInterior: Bool

        init(aicc: Double, coefficients: ARMACoefficients) {
            self.aicc = aicc
            vector = coefficients.vector
            isInterior = coefficients.boundaryDistance >= 0.01
        }

        static func fit(_ model: RegARIMAModel, _ y: [Double], start: Month) throws(ARIMAError) -> CandidateFit {
            let f = try model.fit(y, start: start)
            return CandidateFit(aicc: f.aicc, coefficients: f.coefficients)
        }
    }

    static func wrap<T>(_ body: () throws(ARIMAError) -> T) throws(X13Error) -> T {
        do { return try body() } catch { throw .regARIMA(error.description, chinese: localizedMessage(of: error, in: .zh)) }
    }
}
