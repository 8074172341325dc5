#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the covariance matrix of OLS/WLS coefficients is estimated.
///
/// With `C = (XᵀX)⁻¹`, residuals `uᵢ`, leverages `hᵢ` and `n − k` residual degrees of freedom:
/// - `nonrobust`: `s²C`, `s² = Σuᵢ²/(n − k)`.
/// - `hc0`…`hc3`: White's sandwich `C·(Σ ωᵢ xᵢxᵢᵀ)·C` with `ωᵢ = uᵢ²` (HC0, White 1980),
///   `uᵢ²·n/(n − k)` (HC1), `uᵢ²/(1 − hᵢ)` (HC2), `uᵢ²/(1 − hᵢ)²` (HC3) (MacKinnon & White 1985).
/// - `hac`: Newey–West (1987) `C·S·C` with `S = Σ_{|i−j|≤L} w_{|i−j|} uᵢuⱼ xᵢxⱼᵀ` and Bartlett weights
///   `w_l = 1 − l/(L + 1)`. `maxLags = nil` uses `L = ⌊4(n/100)^{2/9}⌋` (Newey & West 1994's rule of thumb,
///   as statsmodels' `S_hac_simple`). `smallSampleCorrection` multiplies by `n/(n − k)`.
///
/// Conventions compared (checked in statsmodels 0.15.0 source and R sandwich docs):
/// statsmodels `OLS.fit(cov_type='HAC', cov_kwds={'maxlags': L})` defaults to
/// `use_correction=False` (no `n/(n − k)`), Bartlett kernel, no prewhitening — this is
/// `.hac(maxLags: L, smallSampleCorrection: false)`. R's `sandwich::NeweyWest(fit, lag = L)`
/// defaults to `adjust = FALSE` but `prewhite = TRUE` (VAR(1) prewhitening) and, when
/// `lag = NULL`, an automatic data-dependent bandwidth (`bwNeweyWest`); only
/// `NeweyWest(fit, lag = L, prewhite = FALSE, adjust = FALSE)` equals the plain estimator here,
/// and `adjust = TRUE` equals `smallSampleCorrection: true` (= statsmodels `use_correction=True`).
public enum CovarianceType: Sendable, Equatable, CustomStringConvertible {
    case nonrobust
    case hc0
    case hc1
    case hc2
    case hc3
    case hac(maxLags: Int?, smallSampleCorrection: Bool)

    /// The Newey–West default lag count `⌊4(n/100)^{2/9}⌋`.
    public static func automaticHACLags(nobs: Int) -> Int {
        Int((4 * pow(Double(nobs) / 100, 2.0 / 9.0)).rounded(.down))
    }

    /// statsmodels' name for the covariance type.
    public var description: String {
        switch self {
        case .nonrobust: return "nonrobust"
        case .hc0: return "HC0"
        case .hc1: return "HC1"
        case .hc2: return "HC2"
        case .hc3: return "HC3"
        case .hac: return "HAC"
        }
    }
}
