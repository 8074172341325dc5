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
public enum KPSS {
    public static func test(_ x: [Double], regression: KPSSRegression = .level,
                            bandwidth: KPSSBandwidth = .automatic) throws(StatisticsError) -> TimeSeriesTestResult {
        try requireFinite(x, "KPSS series")
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
        let lags: Int
        switch bandwidth {
        case .legacy: lags = min(Int((12 * pow(Double(n) / 100, 0.25)).rounded(.up)), n - 1)
        case .automatic: lags = min(automaticLags(resid), n - 1)
        case let .fixed(l):
            guard l >= 0 else { throw .invalidArgument("the number of lags must be non-negative, got \(l)") }
            guard l < n else { throw .tooFewObservations(what: "a KPSS test with \(l) lags", needed: l + 1, available: n) }
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
        let stat = Double(eta / s)
        let pvals = [0.10, 0.05, 0.025, 0.01]
        var p: Double
        var notes: [String] = []
        if stat <= crit[0] {
            p = pvals[0]; notes.append("the statistic is below the 10% critical value: the p-value is greater than 0.10")
        } else if stat >= crit[3] {
            p = pvals[3]; notes.append("the statistic exceeds the 1% critical value: the p-value is smaller than 0.01")
        } else {
            p = pvals[3]
            for i in 0..<3 where stat >= crit[i] && stat <= crit[i + 1] {
                p = pvals[i] + (stat - crit[i]) * (pvals[i + 1] - pvals[i]) / (crit[i + 1] - crit[i])
                break
            }
        }
        return TimeSeriesTestResult(test: "KPSS", statistic: stat, pValue: p, lags: lags, nobs: n,
                                    criticalValues: zip(["10%", "5%", "2.5%", "1%"], crit).map { CriticalValue(level: $0, value: $1) },
                                    notes: notes)
    }

    /// Hobijn, Franses & Ooms (1998) automatic bandwidth as in statsmodels `_kpss_autolag`.
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
        return Int(gamma * pow(Double(n), 1.0 / 3.0))
    }
}
