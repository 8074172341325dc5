/// Classical decomposition by moving averages (as statsmodels' `seasonal_decompose` with
/// `two_sided=True, extrapolate_trend=0`).
///
/// - Trend: the centred moving average of length `period` — for an even period the
///   `2×period` average with weights `(½, 1, …, 1, ½)/period` (the 2×12 MA for monthly
///   data), for an odd period the equal-weight average. The first and last `⌊period/2⌋`
///   values are undefined (NaN).
/// - Additive: `S_i = mean_j(Y − T)` over the observations at position `i mod period`,
///   centred so the `period` averages sum to zero; `R = Y − T − S`.
/// - Multiplicative: `S_i = mean_j(Y / T)` normalised to average one; `R = Y / (T·S)`.
///
/// Positions are counted from the first observation (not the calendar month).
public struct ClassicalDecomposition: Sendable {
    /// Additive (`Y = T + S + R`) or multiplicative (`Y = T·S·R`).
    public enum Model: String, Sendable, CaseIterable { case additive, multiplicative }

    /// Seasonal period (12 for monthly data).
    public let period: Int
    /// The decomposition model.
    public let model: Model

    /// Creates a classical decomposition; the period must be at least 2.
    public init(period: Int, model: Model = .additive) throws(SeasonalError) {
        guard (2...SeasonalLimits.maximumPeriod).contains(period) else { throw .invalidPeriod(period) }
        self.period = period
        self.model = model
    }

    /// Decomposes `y` (at least two full periods, all finite; strictly positive for the multiplicative model).
    public func fit(_ y: [Double]) throws(SeasonalError) -> DecompositionResult {
        let n = y.count, p = period
        guard n >= 2 * p else { throw .tooShort(method: "classical decomposition", count: n, required: 2 * p) }
        try requireFinite(y, "classical decomposition")
        if model == .multiplicative {
            for (i, v) in y.enumerated() where v <= 0 { throw .nonPositiveForLog(index: i, value: v) }
        }
        // Centred moving-average filter.
        var filter: [Double]
        if p % 2 == 0 {
            filter = [Double](repeating: 1 / Double(p), count: p + 1)
            filter[0] = 0.5 / Double(p)
            filter[p] = 0.5 / Double(p)
        } else {
            filter = [Double](repeating: 1 / Double(p), count: p)
        }
        let half = filter.count / 2
        var trend = [Double](repeating: .nan, count: n)
        if n >= filter.count {
            for t in half..<(n - (filter.count - 1 - half)) {
                var s = 0.0
                for k in 0..<filter.count { s += filter[k] * y[t - half + k] }
                trend[t] = s
            }
        }
        var detrended = [Double](repeating: .nan, count: n)
        for t in 0..<n where trend[t].isFinite {
            detrended[t] = model == .additive ? y[t] - trend[t] : y[t] / trend[t]
        }
        var averages = [Double](repeating: 0, count: p)
        for i in 0..<p {
            var s = 0.0, c = 0
            var t = i
            while t < n {
                if detrended[t].isFinite { s += detrended[t]; c += 1 }
                t += p
            }
            averages[i] = c > 0 ? s / Double(c) : .nan
        }
        let mean = averages.reduce(0, +) / Double(p)
        for i in 0..<p { averages[i] = model == .additive ? averages[i] - mean : averages[i] / mean }
        var seasonal = [Double](repeating: 0, count: n)
        var resid = [Double](repeating: .nan, count: n)
        for t in 0..<n {
            seasonal[t] = averages[t % p]
            if detrended[t].isFinite {
                resid[t] = model == .additive ? detrended[t] - seasonal[t] : detrended[t] / seasonal[t]
            }
        }
        return DecompositionResult(observed: y, trend: trend, seasonal: seasonal, remainder: resid, model: model)
    }
}

/// The result of a classical decomposition. Undefined values (the ends of the trend and
/// remainder) are NaN.
public struct DecompositionResult: Sendable {
    /// The input series.
    public let observed: [Double]
    /// The centred moving-average trend (NaN at both ends).
    public let trend: [Double]
    /// The seasonal component (additive) or seasonal factors (multiplicative).
    public let seasonal: [Double]
    /// The remainder (NaN where the trend is undefined).
    public let remainder: [Double]
    /// The model used.
    public let model: ClassicalDecomposition.Model
}
