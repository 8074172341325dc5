/// One lag order of a Granger-causality test.
public struct GrangerCausalityResult: Sendable, Equatable {
    public let lags: Int
    /// SSR-based F test (statsmodels `ssr_ftest`): `F = (SSR_r − SSR_u)/SSR_u · df_u / L`.
    public let fTest: TimeSeriesTestResult
    /// Numerator and denominator degrees of freedom of the F test.
    public let dfNumerator: Int, dfDenominator: Int
    /// SSR-based χ² test (statsmodels `ssr_chi2test`): `n·(SSR_r − SSR_u)/SSR_u ~ χ²(L)`.
    public let chiSquare: Double, chiSquarePValue: Double
}

/// Granger (1969) causality: does `x` help predict `y` beyond `y`'s own lags? As statsmodels
/// `grangercausalitytests([y, x], maxlag)`: for each L, restricted `yₜ ~ 1 + yₜ₋₁…yₜ₋L` against
/// unrestricted `… + xₜ₋₁…xₜ₋L`, both on observations L…n−1.
public enum GrangerCausality {
    /// Tests lag orders 1…maxLag (or only `maxLag` when `allLags` is false).
    public static func test(y: [Double], x: [Double], maxLag: Int, allLags: Bool = true) throws(StatisticsError) -> [GrangerCausalityResult] {
        guard y.count == x.count else { throw .lengthMismatch(what: "Granger: x", expected: y.count, actual: x.count) }
        try requireFinite(y, "Granger: y")
        try requireFinite(x, "Granger: x")
        guard maxLag >= 1 else { throw .invalidArgument("Granger: the lag order must be at least 1, got \(maxLag)") }
        let n = y.count
        // Unrestricted model has 2L + 1 coefficients on n − L observations.
        // maxLag < n first, so that the counts below cannot overflow.
        guard maxLag < n, n - maxLag > 2 * maxLag + 1 else {
            throw .tooFewObservations(what: "a Granger test with \(maxLag) lags",
                                      needed: saturatingSum(saturatingProduct(3, maxLag), 2), available: n)
        }
        var out: [GrangerCausalityResult] = []
        for lag in (allLags ? 1 : maxLag)...maxLag {
            let own = try DistributedLag.design(columns: [y], names: ["y"], lags: lag)
            let other = try DistributedLag.design(columns: [x], names: ["x"], lags: lag)
            let target = Array(y.dropFirst(lag))
            let ownLags = Array(own.columns.dropFirst()), ownNames = Array(own.names.dropFirst())
            let otherLags = Array(other.columns.dropFirst()), otherNames = Array(other.names.dropFirst())
            let restricted = try LinearModel(y: target, x: ownLags, names: ownNames).fit()
            let unrestricted = try LinearModel(y: target, x: ownLags + otherLags, names: ownNames + otherNames).fit()
            let dfu = unrestricted.dfResid
            let ratio = (restricted.ssr - unrestricted.ssr) / unrestricted.ssr
            let f = ratio / Double(lag) * Double(dfu)
            let fp = FDistribution.sf(f, d1: Double(lag), d2: Double(dfu))
            let chi = Double(restricted.nobs) * ratio
            let result = TimeSeriesTestResult(test: "Granger", statistic: f, pValue: fp, lags: lag, nobs: target.count,
                                              criticalValues: [], notes: [])
            out.append(GrangerCausalityResult(lags: lag, fTest: result, dfNumerator: lag, dfDenominator: dfu,
                                              chiSquare: chi, chiSquarePValue: ChiSquared.sf(chi, df: Double(lag))))
        }
        return out
    }
}
