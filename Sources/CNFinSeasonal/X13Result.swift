import CNFinARIMA
import CNFinSeries
import CNFinX11

/// The tables of an X-13-style adjustment over the span (forecast months excluded), named as
/// X-13ARIMA-SEATS names them, with the regARIMA fit and the X-11 run behind them.
public struct X13Result: Sendable {
    public let start: Month
    /// A1, the series as given.
    public let observed: [Double]
    /// D11: observed ⊘ D16 (holiday and seasonal removed; outlier effects kept).
    public let adjusted: [Double]
    /// D12 with the level-shift (and ramp) effects put back.
    public let trend: [Double]
    /// D10, the seasonal factors (ratio modes) or components (additive).
    public let seasonal: [Double]
    /// The holiday (CNY) factors `e^H` (log) or effects `H` (none).
    public let holiday: [Double]
    /// All outlier factors/effects (AO, LS, TC, RP, break level shifts).
    public let outlier: [Double]
    /// D13 with the AO and TC effects put back.
    public let irregular: [Double]
    /// D16 = D10 ⊗ holiday.
    public let combinedSeasonal: [Double]
    public let mode: X11Mode
    public let regARIMA: RegARIMAFit
    /// The automatic transform choice (nil when the mode fixed the transform).
    public let transformSelection: TransformSelection?
    /// The CNY regressors used (the AICc winner when automatic).
    public let holidaySpec: ChineseNewYearSpec
    /// Every candidate fitted for the automatic choice, in the order given (empty otherwise).
    public let holidayCandidates: [ChineseNewYearCandidate]
    public let detectedOutliers: [OutlierRegressor]
    /// The exact ties the automatic outlier search broke (``OutlierDetection/Tie``).
    public var outlierTies: [OutlierDetection.Tie] = []
    /// The X-11 run on the prior-adjusted, forecast-extended series B1.
    public let x11: X11Decomposition
    public let notes: [String]

    public var months: [Month] { (0..<observed.count).map { start.advanced(by: $0) } }

    /// X-13's diagnostics of the run (QS, F-tests, M and Q statistics).
    public var diagnostics: X13Diagnostics { X13Diagnostics(self) }
}

/// The diagnostics X-13 prints for an X-11 run on a regARIMA model.
///
/// - QS (``QSStatistic``) of the original and the adjusted series differenced `d + D` times
///   (the model's orders; 2 for the airline model), levels not logged (X-13's `qslog: no`), and
///   of the irregular undifferenced around its expected value;
/// - the D8 F-tests for stable and moving seasonality and the combined test (``SeasonalityTests``);
/// - M1–M11, Q and Q2 (``QualityStatistics``), with the holiday factors as the calendar
///   component of F2.B and in E1, as X-13 computes them after a regARIMA holiday adjustment.
public struct X13Diagnostics: Sendable {
    public let qsOriginal: QSStatistic
    public let qsAdjusted: QSStatistic
    public let qsIrregular: QSStatistic
    public let quality: QualityStatistics

    public var stableSeasonalityF: Double { quality.seasonality.stableF }
    public var movingSeasonalityF: Double { quality.seasonality.movingF }
    public var identifiable: IdentifiableSeasonality { quality.seasonality.identifiable }

    init(_ r: X13Result) {
        let k = r.regARIMA.order.d + r.regARIMA.order.seasonalD
        qsOriginal = QSStatistic(r.observed, differences: k)
        qsAdjusted = QSStatistic(r.adjusted, differences: k)
        qsIrregular = QSStatistic(irregular: r.irregular, multiplicative: r.mode != .additive)
        // E1 and F2.B as X-13 (x11pt4): the holiday factors are the TD&H component, and E1 is the
        // original series with the holiday effect in and the level shifts (trend ⊘ D12) out.
        let ratio = r.mode != .additive
        let holidayIn = r.holiday.contains { $0 != (ratio ? 1 : 0) }
        var original: [Double] = []
        for t in r.observed.indices {
            let d12 = r.x11.d12[t]
            original.append(ratio ? r.observed[t] / (r.trend[t] / d12) : r.observed[t] - (r.trend[t] - d12))
        }
        quality = QualityStatistics(r.x11, calendar: holidayIn ? r.holiday : nil, original: holidayIn ? original : nil)
    }
}
