/// MacKinnon's response-surface p-values and critical values for Dickey–Fuller τ statistics
/// with one integrated variable (N = 1).
///
/// p-values: MacKinnon, J. G. (1994), "Approximate asymptotic distribution functions for unit-root
/// and cointegration tests", Journal of Business & Economic Statistics 12(2), 167–176:
/// `p = Φ(γ₀ + γ₁τ + γ₂τ² [+ γ₃τ³])`, with the small-p coefficients for `τ ≤ τ*` and the large-p
/// coefficients (published ×10⁻¹, ×10⁻¹, ×10⁻² — scaled here as in statsmodels' `adfvalues`) above;
/// `p = 0` below `τ_min`, `p = 1` above `τ_max`.
/// Critical values: MacKinnon, J. G. (2010), "Critical values for cointegration tests", Queen's
/// University Economics Working Paper 1227, Table 2: `c(n) = β∞ + β₁/n + β₂/n² + β₃/n³`.
enum MacKinnon {
    struct Table {
        let tauMax: Double, tauMin: Double, tauStar: Double
        let smallP: [Double], largeP: [Double]
        /// Rows for 1 %, 5 %, 10 %: [β∞, β₁, β₂, β₃].
        let critical: [[Double]]
    }

    static func table(_ regression: ADFRegression) -> Table {
        switch regression {
        case .none:
            return Table(tauMax: .infinity, tauMin: -19.04, tauStar: -1.04,
                         smallP: [0.6344, 1.2378, 3.2496 * 1e-2],
                         largeP: [0.4797, 9.3557 * 1e-1, -0.6999 * 1e-1, 3.3066 * 1e-2],
                         critical: [[-2.56574, -2.2358, -3.627, 0], [-1.941, -0.2686, -3.365, 31.223],
                                    [-1.61682, 0.2656, -2.714, 25.364]])
        case .constant:
            return Table(tauMax: 2.74, tauMin: -18.83, tauStar: -1.61,
                         smallP: [2.1659, 1.4412, 3.8269 * 1e-2],
                         largeP: [1.7339, 9.3202 * 1e-1, -1.2745 * 1e-1, -1.0368 * 1e-2],
                         critical: [[-3.43035, -6.5393, -16.786, -79.433], [-2.86154, -2.8903, -4.234, -40.04],
                                    [-2.56677, -1.5384, -2.809, 0]])
        case .constantTrend:
            return Table(tauMax: 0.7, tauMin: -16.18, tauStar: -2.89,
                         smallP: [3.2512, 1.6047, 4.9588 * 1e-2],
                         largeP: [2.5261, 6.1654 * 1e-1, -3.7956 * 1e-1, -6.0285 * 1e-2],
                         critical: [[-3.95877, -9.0531, -28.428, -134.155], [-3.41049, -4.3904, -9.036, -45.374],
                                    [-3.12705, -2.5856, -3.925, -22.38]])
        }
    }

    /// Approximate p-value of a τ statistic (MacKinnon 1994).
    static func pValue(_ tau: Double, regression: ADFRegression) -> Double {
        let t = table(regression)
        if tau > t.tauMax { return 1 }
        if tau < t.tauMin { return 0 }
        let c = tau <= t.tauStar ? t.smallP : t.largeP
        var v = 0.0
        for coefficient in c.reversed() { v = v * tau + coefficient }
        return Normal.cdf(v)
    }

    /// 1 %, 5 %, 10 % critical values for a sample of `nobs` (MacKinnon 2010).
    static func criticalValues(regression: ADFRegression, nobs: Int) -> [CriticalValue] {
        let inv = 1 / Double(nobs)
        return zip(["1%", "5%", "10%"], table(regression).critical).map { level, b in
            CriticalValue(level: level, value: ((b[3] * inv + b[2]) * inv + b[1]) * inv + b[0])
        }
    }
}
