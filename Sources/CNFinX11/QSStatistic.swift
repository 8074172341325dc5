import Foundation

/// The QS statistic for residual seasonality as X-13ARIMA-SEATS prints it (Maravall 2012;
/// X-13ARIMA-SEATS Reference Manual, `spectrum` / `x11` diagnostics "QS").
///
/// On x (differenced as below) with autocorrelations ρ₁₂, ρ₂₄ (mean removed, divided by
/// the lag-0 sum of squares) and n values:
///
///     QS = n(n + 2) [ρ₁₂² / (n − 12) + max(0, ρ₂₄)² / (n − 24)]  if ρ₁₂ > 0, else 0,
///
/// compared with χ²(2): p = exp(−QS/2). X-13 applies it to the levels (no log, its
/// `qslog: no`) differenced (1 − B)^(d+D) times with the model's orders (d + D = 2 for the
/// airline model), over the whole span and over its last eight years; to the irregular
/// undifferenced and without removing its mean (see `init(irregular:multiplicative:lastYears:)`).
public struct QSStatistic: Sendable, Equatable {
    public let value: Double
    public var pValue: Double { Foundation.exp(-value / 2) }

    /// QS of `x` as given (no differencing), autocorrelations around the sample mean, or
    /// around `centre` when given.
    public init(_ x: [Double], centre: Double? = nil) {
        let n = x.count
        guard n > 25 else {
            value = 0
            return
        }
        let mean = centre ?? x.reduce(0, +) / Double(n)
        let c0 = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        func rho(_ k: Int) -> Double {
            var s = 0.0
            for t in k..<n { s += (x[t] - mean) * (x[t - k] - mean) }
            return s / c0
        }
        let r12 = rho(12), r24 = rho(24)
        let nn = Double(n)
        value = r12 <= 0 || c0 == 0 ? 0 : nn * (nn + 2) * (r12 * r12 / (nn - 12) + pow(max(0, r24), 2) / (nn - 24))
    }

    /// QS of an X-11 irregular (D13) as X-13 computes it: not differenced, autocorrelations
    /// around the irregular's expected value (0 additive, 1 multiplicative — on the bundled
    /// multiplicative runs X-13's value is 0 and so is this one, so centring I − 1 and log I
    /// are not told apart), optionally over the last `years` years.
    public init(irregular: [Double], multiplicative: Bool, lastYears years: Int? = nil) {
        var y = irregular
        if let years { y = Array(y.suffix(12 * years)) }
        self.init(y, centre: multiplicative ? 1 : 0)
    }

    /// QS of (1 − B)^`differences` x, optionally over the last `years` years of x only.
    public init(_ x: [Double], differences: Int, lastYears years: Int? = nil) {
        var y = x
        if let years { y = Array(y.suffix(12 * years)) }
        for _ in 0..<max(0, differences) where y.count > 1 {
            y = (1..<y.count).map { y[$0] - y[$0 - 1] }
        }
        self.init(y)
    }
}
