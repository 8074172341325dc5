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
