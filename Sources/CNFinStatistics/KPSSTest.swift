#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deterministic terms under the KPSS null.
public enum KPSSRegression: String, Sendable, CaseIterable {
    /// Level stationarity (statsmodels `"c"`).
    case level = "c"
    /// Trend stationarity (statsmodels `"ct"`).
    case trend = "ct"
}

/// Bartlett bandwidth for the KPSS long-run variance.
public enum KPSSBandwidth: Sendable, Equatable {
    /// Hobijn, Franses & Ooms (1998) data-dependent bandwidth (statsmodels `nlags="auto"`).
    case automatic
    /// `⌈12(n/100)^{1/4}⌉` (statsmodels `nlags="legacy"`).
    case legacy
    /// A given number of lags.
    case fixed(Int)
}

/// The KPSS stationarity test (Kwiatkowski, Phillips, Schmidt & Shin 1992), as statsmodels `kpss`:
/// `η = Σₜ Sₜ²/(n²·σ̂²)` with partial sums `Sₜ` of the residuals from the level/trend regression and
/// the Bartlett long-run variance `σ̂² = (Σeₜ² + 2Σₗ(1 − l/(L+1))Σₜeₜeₜ₋ₗ)/n`. p-values are linearly
/// interpolated in the KPSS (1992, Table 1) critical values and therefore bounded to [0.01, 0.10].
///
/// η is invariant to scaling the series, so it is computed on the series divided by a power of two
/// near its largest magnitude (exact), which keeps the sums of squares finite for any finite input.
/// A series whose residuals are all zero (a constant series, or an exact line under `.trend`) has
/// no long-run variance: the test throws ``StatisticsError/notComputable(statistic:reason:)``
/// rather than report η = 0/0 with a p-value.
public enum KPSS {
    public static func test(_ x: [Double], regression: KPSSRegression = .level,
                            bandwidth: KPSSBandwidth = .automatic) throws(StatisticsError) -> TimeSeriesTestResult {
        try requireFinite(x, "KPSS series")
        let x = scaledToUnitOrder(x)
        let n = x.count
        guard n >= 3 else { throw .tooFewObservations(what: "a KPSS test", needed: 3, available: n) }
        let resid: [Double]
        let crit: [Double]
        switch regression {
        case .trend:
            resid = try LinearModel(y: x, x: [(1...n).map(Double.init)], names: ["trend"]).fit().residuals
            crit = [0.119, 0.146, 0.176, 0.216]
        case .level:
            var mean: ExtendedReal = 0
            for v in x { mean += ExtendedReal(v) }
            mean /= ExtendedReal(n)
            resid = x.map { Double(ExtendedReal($0) - mean) }
            crit = [0.347, 0.463, 0.574, 0.739]
        }
        // Exactly zero residuals: η = 0/0. (Rounding noise of order ε is left to the test: it is
        // what statsmodels sees too, and the statistic is then finite.)
        guard resid.contains(where: { $0 != 0 }) else {
            throw .notComputable(statistic: "the KPSS statistic",
                                 reason: "the residuals of the \(regression == .level ? "level" : "trend") regression are all zero "
                                    + "(the series is \(regression == .level ? "constant" : "an exact line")), so the long-run variance is zero")
        }
        let lags: Int
        switch bandwidth {
        case .legacy: lags = min(Int((12 * pow(Double(n) / 100, 0.25)).rounded(.up)), n - 1)
        case .automatic: lags = min(automaticLags(resid), n - 1)
        case let .fixed(l):
            guard l >= 0 else { throw .invalidArgument("the number of lags must be non-negative, got \(l)") }
            guard l < n else { throw .tooFewObservations(what: "a KPSS test with \(l) lags", needed: saturatingSum(l, 1), available: n) }
            lags = l
        }
        var cum: ExtendedReal = 0, eta: ExtendedReal = 0
        for e in resid { cum += ExtendedReal(e); eta += cum * cum }
        eta /= ExtendedReal(n) * ExtendedReal(n)
        var s: ExtendedReal = 0
        for e in resid { s += ExtendedReal(e) * ExtendedReal(e) }
        if lags > 0 {
            for l in 1...lags {
                var prod: ExtendedReal = 0
                for t in l..<n { prod += ExtendedReal(resid[t]) * ExtendedReal(resid[t - l]) }
                s += 2 * prod * (1 - ExtendedReal(l) / ExtendedReal(lags + 1))
            }
        }
        s /= ExtendedReal(n)
        // The Bartlett estimate is non-negative in exact arithmetic but can round to ≤ 0.
        guard Double(s) > 0 else {
            throw .notComputable(statistic: "the KPSS statistic",
                                 reason: "the Bartlett long-run variance with \(lags) lags is \(Double(s)), not positive")
        }
        let stat = Double(eta / s)
        guard stat.isFinite else {
            throw .notComputable(statistic: "the KPSS statistic", reason: "η = \(stat)")
        }
        let pvals = [0.10, 0.05, 0.025, 0.01]
        var p: Double
        var notes: [String] = [], chineseNotes: [String] = []
        if stat <= crit[0] {
            p = pvals[0]; notes.append("the statistic is below the 10% critical value: the p-value is greater than 0.10")
            chineseNotes.append("统计量低于10%临界值：p值大于0.10")
        } else if stat >= crit[3] {
            p = pvals[3]; notes.append("the statistic exceeds the 1% critical value: the p-value is smaller than 0.01")
            chineseNotes.append("统计量超过1%临界值：p值小于0.01")
        } else {
            p = pvals[3]
            for i in 0..<3 where stat >= crit[i] && stat <= crit[i + 1] {
                p = pvals[i] + (stat - crit[i]) * (pvals[i + 1] - pvals[i]) / (crit[i + 1] - crit[i])
                break
            }
        }
        return TimeSeriesTestResult(test: "KPSS", statistic: stat, pValue: p, lags: lags, nobs: n,
                                    criticalValues: zip(["10%", "5%", "2.5%", "1%"], crit).map { CriticalValue(level: $0, value: $1) },
                                    notes: notes, chineseNotes: chineseNotes)
    }

    /// Hobijn, Franses & Ooms (1998) automatic bandwidth as in statsmodels `_kpss_autolag`:
    /// `L = ⌊1.1447·(ŝ₁/ŝ₀)^{2/3}·n^{1/3}⌋` from autocovariances up to `⌊n^{2/9}⌋`. A non-finite
    /// or negative value (ŝ₀ = 0) gives 0; the caller caps it at n − 1.
    static func automaticLags(_ resid: [Double]) -> Int {
        let n = resid.count
        let covlags = Int(pow(Double(n), 2.0 / 9.0))
        var s0 = 0.0
        for e in resid { s0 += e * e }
        s0 /= Double(n)
        var s1 = 0.0
        if covlags >= 1 {
            for i in 1...covlags {
                var prod = 0.0
                for t in i..<n { prod += resid[t] * resid[t - i] }
                prod /= Double(n) / 2
                s0 += prod
                s1 += Double(i) * prod
            }
        }
        let sHat = s1 / s0
        let gamma = 1.1447 * pow(sHat * sHat, 1.0 / 3.0)
        let lags = gamma * pow(Double(n), 1.0 / 3.0)
        // Int(_:) traps on NaN and on values beyond Int's range.
        guard lags.isFinite, lags >= 0 else { return 0 }
        return lags < Double(n) ? Int(lags) : n
    }
}
