import Foundation

extension RegressionResults: CustomStringConvertible {
    /// One line a library user can print: sample size, fit, covariance and each coefficient with its
    /// standard error at four significant digits, e.g.
    /// `OLS n = 108, R² = 0.143, adj. R² = 0.1349, cov HAC; const 9.385 (0.248), m1_yoy 0.09621 (0.02288)`.
    public var description: String {
        func g(_ x: Double) -> String { x.isFinite ? String(format: "%.4g", x) : "\(x)" }
        let fit = "OLS n = \(nobs), R² = \(g(rSquared)), adj. R² = \(g(adjustedRSquared)), cov \(covarianceType)"
        let terms = coefficients.map { "\($0.name) \(g($0.estimate)) (\(g($0.standardError)))" }.joined(separator: ", ")
        return fit + "; " + terms
    }
}
