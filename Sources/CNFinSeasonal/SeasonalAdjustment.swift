import CNFinSeries
import CNFinStatistics
import Foundation

/// Seasonal adjustment of a monthly series with an optional Chinese New Year (CNY)
/// pre-adjustment by regression.
///
/// 1. **Transform**: `z = log y` when `logTransform` (all values must be > 0), else `z = y`.
/// 2. **Pre-adjustment** (when `holiday` is set): OLS by pivoted QR of
///    `z_t = α + Σ_{k=1..d} γ_k·s_tᵏ + Σ_{m=1..11} δ_m·(D_{m,t} − 1/12) + Σ_w β_w·H_{w,t} + e_t`,
///    with `s_t` time rescaled to [−1, 1] and `d = trendDegree` (a low-order polynomial
///    trend; default 1), centred calendar-month dummies `D_m`, and the CNY regressors `H_w`
///    (`ChineseNewYearRegressors`). The holiday component is `h_t = Σ_w β̂_w·H_{w,t}`.
/// 3. **Decomposition** of `z − h` by STL or classical decomposition into trend `T`,
///    seasonal `S` and irregular `I`.
/// 4. **Assembly**: additive — `adjusted = y − S − h = T + I`; log — trend `e^T`, seasonal
///    factor `e^S`, holiday factor `e^h`, irregular factor `e^I`, `adjusted = y/(e^S·e^h)`.
/// 5. **Diagnostics**: `ResidualSeasonalityTest` on the adjusted series (on its logs in log mode).
/// 6. **Growth** of the adjusted series (month-on-month and annualised) only when the caller
///    says the series is a level (`kind: .stock`); see ``SeasonalAdjustmentResult/monthOnMonthGrowth``.
public struct SeasonalAdjustment: Sendable {
    /// Decomposition used after the pre-adjustment.
    public enum Method: String, Sendable, CaseIterable {
        /// STL with statsmodels' default spans.
        case stl
        /// Classical 2×12 moving-average decomposition.
        case classical
    }

    /// Seasonal period (12: the CNY regressors are defined for monthly data).
    public let period: Int
    /// Decomposition method.
    public let method: Method
    /// Robust STL (outer iterations with bisquare weights).
    public let robust: Bool
    /// CNY regressors; `nil` adjusts without holiday handling.
    public let holiday: ChineseNewYearRegressors?
    /// Work in logs (multiplicative adjustment).
    public let logTransform: Bool
    /// Degree of the polynomial trend in the pre-adjustment regression (0…3).
    public let trendDegree: Int

    /// Creates the adjustment.
    public init(period: Int = 12, method: Method = .stl, robust: Bool = false,
                holiday: ChineseNewYearRegressors? = nil, logTransform: Bool = false,
                trendDegree: Int = 1) throws(SeasonalError) {
        guard (2...SeasonalLimits.maximumPeriod).contains(period) else { throw .invalidPeriod(period) }
        if holiday != nil && period != 12 {
            throw .invalidParameter(name: "period", value: "\(period)", requirement: "CNY regressors need monthly data (period 12)")
        }
        guard (0...3).contains(trendDegree) else {
            throw .invalidParameter(name: "trend degree", value: "\(trendDegree)", requirement: "must be 0, 1, 2 or 3")
        }
        self.period = period
        self.method = method
        self.robust = robust
        self.holiday = holiday
        self.logTransform = logTransform
        self.trendDegree = trendDegree
    }

    /// Adjusts `y`, whose first observation is month `start`.
    /// - Parameter kind: what `y` measures (e.g. `Dataset.entry(id).kind` or `MonthlySeries.kind`).
    ///   It does not change the adjustment; it decides whether the result carries growth rates:
    ///   only a `.stock` (a month-end level) has meaningful month-on-month and annualised growth.
    ///   `.flow`, `.rate` and `nil` (unknown) leave them out.
    public func fit(_ y: [Double], start: Month, kind: SeriesKind? = nil) throws(SeasonalError) -> SeasonalAdjustmentResult {
        let n = y.count
        guard n >= 2 * period else { throw .tooShort(method: "seasonal adjustment", count: n, required: 2 * period) }
        try requireFinite(y, "seasonal adjustment")
        if logTransform {
            for (i, v) in y.enumerated() where v <= 0 { throw .nonPositiveForLogInMonth(month: start.advanced(by: i).description, value: v) }
        }
        let z = logTransform ? y.map { Foundation.log($0) } : y
        let months = (0..<n).map { start.advanced(by: $0) }

        // Pre-adjustment regression.
        var h = [Double](repeating: 0, count: n)
        var coefficients: [CoefficientEstimate] = []
        var holidayCoefficients: [CoefficientEstimate] = []
        var festival: [FestivalEffect] = []
        if let holiday {
            let regs: [[Double]]
            do { regs = try holiday.columns(start: start, count: n) } catch { throw SeasonalError(error) }
            // Design: trend, centred month dummies, then the CNY windows (MonthlyRegressor terms).
            let trend = PolynomialTrend(degree: trendDegree), dummies = CentredMonthDummies()
            var cols = trend.columns(start: start, count: n) + dummies.columns(start: start, count: n)
            var names = trend.columnNames + dummies.columnNames
            let firstHoliday = cols.count + 1   // the constant comes first in the fitted model
            cols += regs
            names += holiday.columnNames
            let fit = try LinearModel.seasonalFit(y: z, columns: cols, names: names, method: "CNY pre-adjustment regression")
            for (j, estimate) in fit.coefficients.enumerated() {
                coefficients.append(estimate)
                if j >= firstHoliday { holidayCoefficients.append(estimate) }
            }
            for i in 0..<n {
                var s = 0.0
                for (k, r) in regs.enumerated() { s += fit.params[firstHoliday + k] * r[i] }
                h[i] = s
            }
            // Festival effect by year, with standard errors from the coefficient covariance.
            let kH = regs.count
            for year in Set(months.map(\.year)).sorted() {
                guard let date = holiday.calendar.date(in: year) else { continue }
                var effects: [FestivalEffect.MonthEffect] = []
                for i in 0..<n where months[i].year == year && (1...3).contains(months[i].month) {
                    var variance = 0.0
                    for a in 0..<kH {
                        for b in 0..<kH { variance += regs[a][i] * regs[b][i] * fit.covariance[firstHoliday + a, firstHoliday + b] }
                    }
                    let e = h[i]
                    effects.append(.init(month: months[i], effect: logTransform ? (Foundation.exp(e) - 1) * 100 : e,
                                         standardError: logTransform ? Foundation.exp(e) * variance.squareRoot() * 100 : variance.squareRoot()))
                }
                if !effects.isEmpty { festival.append(FestivalEffect(year: year, festivalDate: date, months: effects)) }
            }
        }

        // Decomposition of the holiday-adjusted series.
        let base = (0..<n).map { z[$0] - h[$0] }
        let trend: [Double], seasonal: [Double], irregular: [Double]
        switch method {
        case .stl:
            let r = try STL(period: period, robust: robust).fit(base)
            (trend, seasonal, irregular) = (r.trend, r.seasonal, r.remainder)
        case .classical:
            let r = try ClassicalDecomposition(period: period, model: .additive).fit(base)
            (trend, seasonal, irregular) = (r.trend, r.seasonal, r.remainder)
        }
        let adjustedInternal = (0..<n).map { z[$0] - seasonal[$0] - h[$0] }
        let diagnostics = try ResidualSeasonalityTest(series: adjustedInternal, start: start, period: period)
        let f: (Double) -> Double = logTransform ? { Foundation.exp($0) } : { $0 }
        return SeasonalAdjustmentResult(
            months: months, observed: y, trend: trend.map(f), seasonal: seasonal.map(f), holiday: h.map(f),
            irregular: irregular.map(f), adjusted: adjustedInternal.map(f), multiplicative: logTransform, kind: kind,
            coefficients: coefficients, holidayCoefficients: holidayCoefficients, festivalEffects: festival,
            diagnostics: diagnostics)
    }
}

/// The estimated CNY effect in January–March of one year.
public struct FestivalEffect: Sendable {
    /// Effect in one month: in the series' units (亿元 for flows) for additive adjustments,
    /// in percent of the level for log adjustments; with its standard error (delta method in logs).
    public struct MonthEffect: Sendable {
        public let month: Month
        public let effect: Double
        public let standardError: Double
    }
    /// Calendar year.
    public let year: Int
    /// The festival date that year.
    public let festivalDate: CivilDate
    /// January, February and March (those in the sample).
    public let months: [MonthEffect]
}

/// Result of `SeasonalAdjustment.fit`.
///
/// Additive: `observed = trend + seasonal + holiday + irregular`, `adjusted = observed − seasonal − holiday`.
/// Multiplicative (log): `observed = trend · seasonal · holiday · irregular` with factors
/// around 1, `adjusted = observed / (seasonal · holiday)`. Undefined values (the ends of a
/// classical trend) are NaN.
public struct SeasonalAdjustmentResult: Sendable {
    /// The months, one per observation.
    public let months: [Month]
    /// The input series.
    public let observed: [Double]
    /// Trend (level; `e^T` in log mode).
    public let trend: [Double]
    /// Seasonal component (factor in log mode).
    public let seasonal: [Double]
    /// CNY holiday component (factor in log mode; 0, or factor 1, without CNY handling).
    public let holiday: [Double]
    /// Irregular component (factor in log mode).
    public let irregular: [Double]
    /// The seasonally (and holiday-) adjusted series.
    public let adjusted: [Double]
    /// Whether components are factors (log adjustment).
    public let multiplicative: Bool
    /// What the series measures, as given to `fit` (`nil`: not stated).
    public let kind: SeriesKind?
    /// All pre-adjustment regression coefficients (empty without CNY handling).
    public let coefficients: [CoefficientEstimate]
    /// The CNY coefficients, one per window.
    public let holidayCoefficients: [CoefficientEstimate]
    /// The festival effect by year.
    public let festivalEffects: [FestivalEffect]
    /// Residual-seasonality tests on the adjusted series.
    public let diagnostics: ResidualSeasonalityTest

    /// Whether growth rates of the adjusted series are meaningful: only for a stock (a level).
    public var hasGrowthRates: Bool { kind == .stock }

    /// Month-on-month growth of the adjusted series, percent, `(a_t/a_{t−1} − 1)·100` (NaN for
    /// the first month); `nil` unless the series is a stock (``hasGrowthRates``).
    ///
    /// A growth rate compares two levels. For a flow (a monthly increment such as new loans)
    /// `a_t/a_{t−1}` compares two increments — it explodes when `a_{t−1}` is near zero and flips
    /// sign with it — and for a rate it is the growth of a percentage; neither is what "adjusted
    /// MoM growth" means, so they are omitted (``growthOmissionReason`` says why).
    public var monthOnMonthGrowth: [Double]? {
        guard hasGrowthRates else { return nil }
        var out = [Double](repeating: .nan, count: adjusted.count)
        for i in 1..<max(adjusted.count, 1) { out[i] = (adjusted[i] / adjusted[i - 1] - 1) * 100 }
        return out
    }

    /// Annualised month-on-month growth `((a_t/a_{t−1})¹² − 1)·100`, percent (NaN for the first
    /// month and where the ratio is not positive); `nil` unless the series is a stock.
    public var annualizedGrowth: [Double]? {
        guard hasGrowthRates else { return nil }
        var out = [Double](repeating: .nan, count: adjusted.count)
        for i in 1..<max(adjusted.count, 1) {
            let r = adjusted[i] / adjusted[i - 1]
            if r > 0 { out[i] = (Foundation.pow(r, 12) - 1) * 100 }
        }
        return out
    }

    /// Why ``monthOnMonthGrowth`` and ``annualizedGrowth`` are `nil` (`nil` for a stock), in English;
    /// ``SeasonalNote/growthOmitted(kind:)`` gives it in either language.
    public var growthOmissionReason: String? { Self.growthOmissionReason(kind) }

    static func growthOmissionReason(_ kind: SeriesKind?) -> String? {
        switch kind {
        case .stock:
            return nil
        case .flow:
            return "no growth rates: the series is a flow (a monthly increment), not a level — the ratio of two "
                + "adjusted increments is not a growth rate (it explodes near zero and flips with sign changes), "
                + "and annualising it compounds that ratio twelve times; growth rates are shown for stock (level) series only"
        case .rate:
            return "no growth rates: the series is a rate; the growth of a percentage is not meaningful — "
                + "compare adjusted values in percentage points instead"
        case nil:
            return "no growth rates: the kind of series (stock, flow or rate) was not given; "
                + "growth rates are shown for stock (level) series only"
        }
    }
}
