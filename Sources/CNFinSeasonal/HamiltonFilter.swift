import CNFinStatistics

/// Hamilton's (2018) regression filter ("Why you should never use the Hodrick–Prescott
/// filter", *Review of Economics and Statistics* 100(5)).
///
/// Regress `y_{t+h}` on `1, y_t, y_{t−1}, …, y_{t−p+1}` by least squares (pivoted QR) over
/// all `t` with data; the trend at `t + h` is the fitted value and the cycle the residual.
/// The first `p + h − 1` points have no trend (NaN). Monthly defaults: `h = 24`, `p = 12`.
public struct HamiltonFilter: Sendable {
    /// Forecast horizon `h`.
    public let horizon: Int
    /// Number of lags `p`.
    public let lags: Int

    /// Creates the filter (`h ≥ 1`, `p ≥ 1`).
    public init(horizon: Int = 24, lags: Int = 12) throws(SeasonalError) {
        guard horizon >= 1 else { throw .invalidParameter(name: "horizon", value: "\(horizon)", requirement: "must be ≥ 1") }
        guard lags >= 1 else { throw .invalidParameter(name: "lags", value: "\(lags)", requirement: "must be ≥ 1") }
        self.horizon = horizon
        self.lags = lags
    }

    /// Applies the filter to `y`.
    public func fit(_ y: [Double]) throws(SeasonalError) -> HamiltonFilterResult {
        let n = y.count, h = horizon, p = lags
        // h, p < n first, so that n − h − p + 1 and 2p + h + 1 cannot overflow.
        guard h < n, p < n, n - h - p + 1 > p + 1 else {
            let (twice, o1) = p.multipliedReportingOverflow(by: 2)
            let (sum, o2) = twice.addingReportingOverflow(h)
            let required = o1 || o2 || sum == .max ? Int.max : sum + 1
            throw .tooShort(method: "Hamilton filter (h = \(h), p = \(p))", count: n, required: required)
        }
        let obs = n - h - p + 1
        try requireFinite(y, "Hamilton filter")
        // Column j holds y[t − j] for t = p − 1 …; the target is y[t + h].
        let columns = (0..<p).map { j in (0..<obs).map { r in y[p - 1 + r - j] } }
        let target = (0..<obs).map { r in y[p - 1 + r + h] }
        let names = (0..<p).map { "y[t-\($0)]" }
        let fit = try LinearModel.seasonalFit(y: target, columns: columns, names: names, method: "Hamilton filter regression")
        var trend = [Double](repeating: .nan, count: n)
        var cycle = [Double](repeating: .nan, count: n)
        for r in 0..<obs {
            trend[p - 1 + h + r] = fit.fittedValues[r]
            cycle[p - 1 + h + r] = fit.residuals[r]
        }
        return HamiltonFilterResult(filter: FilterResult(observed: y, trend: trend, cycle: cycle),
                                    coefficients: fit.params, standardErrors: fit.coefficients.map(\.standardError))
    }
}

/// Result of `HamiltonFilter.fit`.
public struct HamiltonFilterResult: Sendable {
    /// Trend (fitted values) and cycle (residuals), NaN for the first `p + h − 1` points.
    public let filter: FilterResult
    /// Regression coefficients: constant, then `y_t, …, y_{t−p+1}`.
    public let coefficients: [Double]
    /// Conventional (homoskedastic) standard errors of the coefficients.
    public let standardErrors: [Double]
}
