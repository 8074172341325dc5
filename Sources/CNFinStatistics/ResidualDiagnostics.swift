#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Residual diagnostics reported with every regression.
public enum ResidualDiagnostics {
    /// Durbin–Watson `d = Σₜ(uₜ − uₜ₋₁)²/Σₜuₜ²`.
    public static func durbinWatson(_ u: [Double]) -> Double {
        var num: ExtendedReal = 0, den: ExtendedReal = 0
        for (t, v) in u.enumerated() {
            den += ExtendedReal(v) * ExtendedReal(v)
            if t > 0 { let d = ExtendedReal(v) - ExtendedReal(u[t - 1]); num += d * d }
        }
        return Double(num / den)
    }

    /// Jarque–Bera (1980) test with central sample moments (as `scipy.stats.skew/kurtosis`, bias uncorrected).
    public static func jarqueBera(_ u: [Double]) -> JarqueBera {
        let n = ExtendedReal(u.count)
        var mean: ExtendedReal = 0
        for v in u { mean += ExtendedReal(v) }
        mean /= n
        var m2: ExtendedReal = 0, m3: ExtendedReal = 0, m4: ExtendedReal = 0
        for v in u {
            let d = ExtendedReal(v) - mean, d2 = d * d
            m2 += d2; m3 += d2 * d; m4 += d2 * d2
        }
        m2 /= n; m3 /= n; m4 /= n
        let skew = Double(m3) / pow(Double(m2), 1.5)
        let kurt = Double(m4 / (m2 * m2))
        let jb = Double(n) / 6 * (skew * skew + (kurt - 3) * (kurt - 3) / 4)
        return JarqueBera(statistic: jb, pValue: ChiSquared.sf(jb, df: 2), skewness: skew, kurtosis: kurt)
    }
}
