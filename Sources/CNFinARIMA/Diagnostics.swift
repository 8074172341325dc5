import CNFinStatistics
import Foundation

/// Residual diagnostics of a fitted regARIMA model.
public struct RegARIMADiagnostics: Sendable {
    /// Ljung–Box `Q` of the residuals at `lag`, with `lag − (p + q + P + Q)` degrees of freedom.
    public let ljungBoxLag: Int
    public let ljungBox: Double
    public let ljungBoxDF: Int
    public let ljungBoxPValue: Double?
    /// Residual autocorrelations at lags 1…`ljungBoxLag`.
    public let acf: [Double]
    /// Sample skewness `m₃/m₂^{3/2}` and kurtosis `m₄/m₂²` (3 for the normal) of the residuals.
    public let skewness: Double
    public let kurtosis: Double
    /// Jarque–Bera `N/6·(S² + (K−3)²/4)` and its χ²(2) p-value.
    public let jarqueBera: Double
    public let jarqueBeraPValue: Double
}

extension RegARIMAFit {
    /// Ljung–Box at 24 lags (two years, X-13's default for monthly series) or fewer for short
    /// residual series; moments of the one-step prediction errors.
    public func diagnostics(lags: Int = 24) throws(ARIMAError) -> RegARIMADiagnostics {
        let e = residuals
        let n = e.count
        let h = min(lags, max(1, n / 4))
        let df = max(h - order.armaCount, 0)
        let lb: [PortmanteauResult]
        do { lb = try LjungBox.test(e, maxLag: h, modelDF: min(order.armaCount, h)) } catch {
            throw .invalidParameter(name: "Ljung–Box", value: "\(h) lags", requirement: error.description)
        }
        let mean = e.reduce(0, +) / Double(n)
        var m2 = 0.0, m3 = 0.0, m4 = 0.0
        for v in e { let d = v - mean; m2 += d * d; m3 += d * d * d; m4 += d * d * d * d }
        m2 /= Double(n); m3 /= Double(n); m4 /= Double(n)
        var acf: [Double] = []
        for k in 1...h {
            var c = 0.0
            for t in k..<n { c += (e[t] - mean) * (e[t - k] - mean) }
            acf.append(c / (Double(n) * m2))
        }
        let s = m3 / pow(m2, 1.5), k = m4 / (m2 * m2)
        let jb = Double(n) / 6 * (s * s + (k - 3) * (k - 3) / 4)
        let last = lb.last
        return RegARIMADiagnostics(ljungBoxLag: h, ljungBox: last?.ljungBox ?? .nan, ljungBoxDF: df,
                                   ljungBoxPValue: last?.ljungBoxPValue, acf: acf, skewness: s, kurtosis: k,
                                   jarqueBera: jb, jarqueBeraPValue: ChiSquared.sf(jb, df: 2))
    }
}
