/// Portmanteau statistics at one lag.
public struct PortmanteauResult: Sendable, Equatable {
    public let lag: Int
    /// Ljung–Box `Q = n(n+2)Σⱼ₌₁ʰ ρ̂ⱼ²/(n − j)`.
    public let ljungBox: Double
    /// p-value from χ²(h − modelDF); nil when h ≤ modelDF.
    public let ljungBoxPValue: Double?
    /// Box–Pierce `Q = nΣⱼ₌₁ʰ ρ̂ⱼ²`.
    public let boxPierce: Double
    public let boxPiercePValue: Double?
}

/// Ljung & Box (1978) and Box & Pierce (1970) tests for autocorrelation, as statsmodels
/// `acorr_ljungbox(x, lags, boxpierce=True, model_df)`: sample autocorrelations of the demeaned
/// series with divisor n.
public enum LjungBox {
    /// Statistics at lags 1…maxLag.
    public static func test(_ x: [Double], maxLag: Int, modelDF: Int = 0) throws(StatisticsError) -> [PortmanteauResult] {
        try requireFinite(x, "Ljung–Box series")
        let n = x.count
        guard maxLag >= 1 else { throw .invalidArgument("Ljung–Box: the number of lags must be at least 1, got \(maxLag)") }
        guard maxLag < n - 1 else {
            throw .tooFewObservations(what: "a Ljung–Box test with \(maxLag) lags", needed: saturatingSum(maxLag, 2), available: n)
        }
        guard modelDF >= 0 else { throw .invalidArgument("Ljung–Box: model degrees of freedom must be non-negative") }
        var mean: ExtendedReal = 0
        for v in x { mean += ExtendedReal(v) }
        mean /= ExtendedReal(n)
        let d = x.map { ExtendedReal($0) - mean }
        var c0: ExtendedReal = 0
        for v in d { c0 += v * v }
        guard c0 > 0 else { throw .invalidArgument("Ljung–Box: the series is constant") }
        var lb: ExtendedReal = 0, bp: ExtendedReal = 0
        var out: [PortmanteauResult] = []
        for j in 1...maxLag {
            var cj: ExtendedReal = 0
            for t in j..<n { cj += d[t] * d[t - j] }
            let rho = cj / c0
            lb += rho * rho / ExtendedReal(n - j)
            bp += rho * rho
            let q = Double(lb) * Double(n) * Double(n + 2)
            let qb = Double(bp) * Double(n)
            let df = j - modelDF
            out.append(PortmanteauResult(lag: j, ljungBox: q, ljungBoxPValue: df > 0 ? ChiSquared.sf(q, df: Double(df)) : nil,
                                         boxPierce: qb, boxPiercePValue: df > 0 ? ChiSquared.sf(qb, df: Double(df)) : nil))
        }
        return out
    }
}

extension LjungBox {
    /// The headline of a Ljung–Box test reported lag by lag (`cnfin test ljungbox`): Ljung–Box's Q at
    /// the highest lag of `results`, with the Box–Pierce Q and its p-value as a note and, when the
    /// χ² reference is undefined at some lag (lag ≤ `modelDF`), a note saying why that p-value is
    /// missing — in English and Chinese.
    /// - Parameters:
    ///   - results: ``test(_:maxLag:modelDF:)`` at lags 1…h (the last one is the headline).
    ///   - nobs: the number of observations tested.
    /// - Returns: nil when `results` is empty.
    public static func headline(_ results: [PortmanteauResult], nobs: Int, modelDF: Int) -> TimeSeriesTestResult? {
        guard let last = results.last else { return nil }
        let q = RegressionResults.g(last.boxPierce, RegressionResults.displayDigits)
        let p = RegressionResults.g(last.boxPiercePValue, 6)
        var notes = ["Box-Pierce Q = \(q), p = \(p)"], chineseNotes = ["Box-Pierce Q = \(q)，p = \(p)"]
        if results.contains(where: { $0.ljungBoxPValue == nil }) {
            notes.append("no Ljung-Box p-value at lags ≤ \(modelDF), the model's degrees of freedom: the χ² reference has lag − \(modelDF) degrees of freedom")
            chineseNotes.append("滞后阶数 ≤ 模型自由度 \(modelDF) 时无Ljung-Box p值：χ²参考分布的自由度为滞后阶数 − \(modelDF)")
        }
        return TimeSeriesTestResult(test: "Ljung-Box", statistic: last.ljungBox, pValue: last.ljungBoxPValue ?? .nan,
                                    lags: last.lag, nobs: nobs, criticalValues: [], notes: notes, chineseNotes: chineseNotes)
    }
}
