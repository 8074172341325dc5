import CNFinLinearAlgebra
import CNFinStatistics
import CNFinSeries
import Foundation

/// The estimated Chinese New Year effect in one month.
public struct HolidayEffectPoint: Sendable, Hashable {
    public let month: Month
    /// `Σ β_j x_j(month)` over the holiday regressors, on the transformed scale (log points
    /// under the log transform).
    public let effect: Double
    /// Its standard error from the GLS covariance, `√(xᵀ Cov(β̂) x)`.
    public let standardError: Double
    /// The effect in the data's units: the effect itself without a transform; with logs the
    /// part of the observed value due to the holiday, `y·(1 − e^{−effect})`, when the month is
    /// in the span (nil otherwise).
    public let inDataUnits: Double?
    /// With logs, `100·(e^{effect} − 1)` %.
    public let percent: Double?
}

extension RegARIMAFit {
    /// The combined holiday effect for each month of `year` in `months` (default January–March).
    public func holidayEffects(years: [Int], months: [Int] = [1, 2, 3]) throws(ARIMAError) -> [HolidayEffectPoint] {
        let idx = model.regressors.indices.filter { model.regressors[$0].isHoliday }
        guard !idx.isEmpty else { return [] }
        var out: [HolidayEffectPoint] = []
        for y in years {
            for m in months {
                guard let month = Month(year: y, month: m) else { continue }
                var x: [Double] = []
                for j in idx { x.append(try model.regressors[j].values(start: month, count: 1)[0]) }
                var e = 0.0, v = 0.0
                for (a, j) in idx.enumerated() {
                    e += regression[j].estimate * x[a]
                    for (b, k) in idx.enumerated() { v += x[a] * regressionCovariance[j][k] * x[b] }
                }
                let t = start.distance(to: month)
                let observed = t >= 0 && t < observations.count ? observations[t] : nil
                switch model.transform {
                case .none:
                    out.append(HolidayEffectPoint(month: month, effect: e, standardError: v.squareRoot(), inDataUnits: e, percent: nil))
                case .log:
                    out.append(HolidayEffectPoint(month: month, effect: e, standardError: v.squareRoot(),
                                                  inDataUnits: observed.map { $0 * (1 - exp(-e)) }, percent: 100 * (exp(e) - 1)))
                }
            }
        }
        return out
    }
}

/// The joint test that all holiday (CNY) coefficients are zero.
public struct HolidayGroupTest: Sendable, Hashable {
    /// `β_hᵀ Cov(β̂_h)⁻¹ β_h` (a Wald χ², as X-13's "chi-squared tests for groups of regressors").
    public let chiSquare: Double
    public let degreesOfFreedom: Int
    public let pValue: Double
}

extension RegARIMAFit {
    /// The holiday group χ² test (nil without holiday regressors); the quadratic form by a
    /// Cholesky solve of the covariance block.
    public var holidayGroupTest: HolidayGroupTest? {
        let idx = model.regressors.indices.filter { model.regressors[$0].isHoliday }
        guard !idx.isEmpty else { return nil }
        var cov = Matrix(rows: idx.count, columns: idx.count)
        for (a, i) in idx.enumerated() { for (b, j) in idx.enumerated() { cov[a, b] = regressionCovariance[i][j] } }
        let beta = idx.map { regression[$0].estimate }
        guard let solved = try? Cholesky(cov).solve(beta) else { return nil }
        let chi = zip(beta, solved).map { $0 * $1 }.reduce(0, +)
        return HolidayGroupTest(chiSquare: chi, degreesOfFreedom: idx.count, pValue: ChiSquared.sf(chi, df: Double(idx.count)))
    }
}

extension RegARIMAFit {
    /// `Σ_j β̂_j x_j(t)` over the regressors selected by `include`, for `count` months from
    /// `start` (inside the span or beyond it), on the transformed scale — e.g. the holiday
    /// component (`\.isHoliday`), or the outlier component (names starting AO/LS/TC/RP), that a
    /// seasonal adjustment removes before X-11 and puts back afterwards.
    public func regressionEffect(start: Month, count: Int,
                                 where include: (RegressionEstimate) -> Bool) throws(ARIMAError) -> [Double] {
        var out = [Double](repeating: 0, count: max(count, 0))
        guard count > 0 else { return out }
        for (j, r) in model.regressors.enumerated() where include(regression[j]) {
            let x = try r.values(start: start, count: count)
            let b = regression[j].estimate
            for t in 0..<count { out[t] += b * x[t] }
        }
        return out
    }
}
