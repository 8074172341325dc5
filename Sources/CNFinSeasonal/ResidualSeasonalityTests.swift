import CNFinLinearAlgebra

/// Tests for seasonality left in a (seasonally adjusted) monthly series, applied to its
/// first differences `Δa_t` (log differences when the adjustment was done in logs), so a
/// trend does not masquerade as seasonality.
///
/// - **F-test on seasonal dummies**: regress `Δa_t` on a constant and 11 calendar-month
///   dummies; `F = [(RSS_r − RSS_u)/11] / [RSS_u/(n − 12)]` with `RSS_r` from the constant
///   alone, `p = P(F(11, n−12) > F)`. This is the "F-test for seasonal regressors" idea of
///   X-13 (there applied in the regARIMA model) in its simplest OLS form, close to X-11's
///   stable-seasonality test on differences.
/// - **QS** (Maravall; X-13ARIMA-SEATS's QS diagnostic): with sample autocorrelations
///   `ρ₁₂, ρ₂₄` of `Δa_t`, `QS = n(n+2)·[ρ₁₂²/(n−12) + max(0,ρ₂₄)²/(n−24)]` when `ρ₁₂ > 0`, else
///   0; `p = P(χ²(2) > QS)`.
///
/// `passes` is true when both p-values exceed 0.1, i.e. neither test finds residual
/// seasonality at the 10% level (X-13 flags QS p-values below 0.01; 0.1 is stricter).
public struct ResidualSeasonalityTest: Sendable {
    /// The F statistic, its degrees of freedom and p-value.
    public let fStatistic: Double, fDegreesOfFreedom: (Int, Int), fPValue: Double
    /// The QS statistic and its χ²(2) p-value.
    public let qsStatistic: Double, qsPValue: Double
    /// Number of differences used.
    public let observations: Int

    /// Both p-values above 0.1.
    public var passes: Bool { fPValue > 0.1 && qsPValue > 0.1 }

    /// Runs both tests on `series` (levels; differenced internally), months from `start`.
    /// - Throws: `tooShort` with fewer than 3 years of data (the QS needs lag 24 of the differences).
    public init(series: [Double], start: YearMonth, period: Int = 12) throws(SeasonalError) {
        try requireFinite(series, "residual seasonality test")
        guard series.count >= 3 * period + 1 else {
            throw .tooShort(method: "residual seasonality test", count: series.count, required: 3 * period + 1)
        }
        let d = (1..<series.count).map { series[$0] - series[$0 - 1] }
        let n = d.count
        // F-test.
        var x = Matrix(rows: n, columns: period)
        for i in 0..<n {
            x[i, 0] = 1
            let pos = (start.month - 1 + i + 1) % period   // calendar position of observation i+1
            if pos < period - 1 { x[i, pos + 1] = 1 }
        }
        let names = ["const"] + (1..<period).map { "month \($0)" }
        let fit = try RegressionFit(design: x, response: d, names: names)
        let mean = d.reduce(0, +) / Double(n)
        let rssR = d.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let df1 = period - 1, df2 = n - period
        let f = ((rssR - fit.residualSumOfSquares) / Double(df1)) / (fit.residualSumOfSquares / Double(df2))
        fStatistic = f
        fDegreesOfFreedom = (df1, df2)
        fPValue = Distributions.fSurvival(f, Double(df1), Double(df2))
        // QS.
        let c0 = rssR
        func rho(_ k: Int) -> Double {
            var s = 0.0
            for i in k..<n { s += (d[i] - mean) * (d[i - k] - mean) }
            return c0 > 0 ? s / c0 : 0
        }
        let r1 = rho(period), r2 = rho(2 * period)
        let nn = Double(n)
        var qs = 0.0
        if r1 > 0 {
            qs = nn * (nn + 2) * (r1 * r1 / (nn - Double(period)) + max(0, r2) * max(0, r2) / (nn - Double(2 * period)))
        }
        qsStatistic = qs
        qsPValue = Distributions.chiSquareSurvival(qs, 2)
        observations = n
    }
}
