import CNFinLinearAlgebra

/// One coefficient row of a regression table.
public struct CoefficientEstimate: Sendable, Equatable {
    /// Regressor name (`const` for the intercept).
    public let name: String
    /// Point estimate `β̂ⱼ`.
    public let estimate: Double
    /// Standard error `√Vⱼⱼ` under the chosen covariance.
    public let standardError: Double
    /// `β̂ⱼ / se`.
    public let t: Double
    /// Two-sided p-value from Student's t with `df_resid` degrees of freedom.
    public let pValue: Double
    /// Lower end of the confidence interval `β̂ ± t_{1−α/2, df}·se`.
    public let ciLow: Double
    /// Upper end of the confidence interval.
    public let ciHigh: Double
}

/// Jarque–Bera normality test of the residuals: `JB = n/6·(S² + (K − 3)²/4)`,
/// `S = m₃/m₂^{3/2}`, `K = m₄/m₂²` (central moments), p-value from χ²(2).
public struct JarqueBera: Sendable, Equatable {
    public let statistic: Double
    public let pValue: Double
    public let skewness: Double
    /// Kurtosis (not excess): 3 for a normal distribution.
    public let kurtosis: Double
}

/// The results of fitting a ``LinearModel`` (statsmodels' `RegressionResults`).
public struct RegressionResults: Sendable {
    /// Coefficient names, in model order.
    public let names: [String]
    /// Coefficient table rows.
    public let coefficients: [CoefficientEstimate]
    /// `β̂`.
    public let params: [Double]
    /// Coefficient covariance matrix under ``covarianceType``.
    public let covariance: Matrix
    /// `(XᵀX)⁻¹` (of the weighted design for WLS); the pseudo-inverse for minimum-norm fits.
    public let normalizedCovariance: Matrix
    public let covarianceType: CovarianceType
    /// The HAC lag count used (nil for other covariance types).
    public let hacLags: Int?
    /// True when p-values and intervals use Student t (else the standard normal).
    public let usesTDistribution: Bool
    public let confidenceLevel: Double
    public let nobs: Int
    /// `rank − 1` with an intercept, `rank` without.
    public let dfModel: Int
    /// `n − rank`.
    public let dfResid: Int
    /// Numerical rank of the design.
    public let rank: Int
    /// True when the design was rank deficient and a minimum-norm (`dgelsd`) solution was returned.
    public let isMinimumNorm: Bool
    public let hasIntercept: Bool
    /// `1 − SSR/TSS` (TSS centred with an intercept, uncentred without, as NIST and statsmodels).
    public let rSquared: Double
    /// `1 − (n − k_const)/df_resid·(1 − R²)`.
    public let adjustedRSquared: Double
    /// Overall F statistic (Wald form under robust covariances, as statsmodels); nil when df_model = 0.
    public let fStatistic: Double?
    public let fPValue: Double?
    /// Gaussian log-likelihood `−n/2·(ln 2π + ln(SSR/n) + 1)` (+ ½Σ ln wᵢ for WLS).
    public let logLikelihood: Double
    /// `−2ℓ + 2(df_model + k_const)`.
    public let aic: Double
    /// `−2ℓ + ln(n)(df_model + k_const)`.
    public let bic: Double
    /// `Σ(uₜ − uₜ₋₁)²/Σuₜ²` on the (weighted) residuals.
    public let durbinWatson: Double
    public let jarqueBera: JarqueBera
    /// `y − Xβ̂`.
    public let residuals: [Double]
    /// `√w·(y − Xβ̂)` (equal to ``residuals`` for OLS).
    public let weightedResiduals: [Double]
    /// `Xβ̂`.
    public let fittedValues: [Double]
    /// Where ``leverage`` comes from (values, or the QR factors to compute them from on demand).
    let leverageSource: LeverageSource
    /// Diagonal of the hat matrix, `hᵢ = ‖Q₁ᵀeᵢ‖²` from the thin Q factor.
    ///
    /// Computed on access from the stored QR factors (`O(nk²)`, forming `Q₁` by `dormqr`) unless
    /// the fit already needed it (HC2/HC3 covariances, minimum-norm fits); read it once and keep
    /// the array if it is needed repeatedly.
    public var leverage: [Double] {
        switch leverageSource {
        case let .values(v): return v
        case let .qr(qr):
            guard let q = try? qr.thinQ() else { return [] }
            return LeverageSource.rowSumsOfSquares(q)
        }
    }
    /// 2-norm condition number of the column-equilibrated (unit-norm columns) design: the ratio of
    /// the extreme singular values of the k × k factor `R` of its QR, which equal the design's.
    ///
    /// Exact (LAPACK `dgesdd` singular values of `R`). Computed on access from the stored factor
    /// (`O(k³)`) unless the fit already needed the exact value (rank-deficient fits, or designs
    /// whose cheap bounds straddle ``RefinementPolicy/automaticConditionThreshold``).
    public var conditionNumber: Double {
        switch conditionSource {
        case let .value(v): return v
        case let .qr(qr): return (try? ConditionSource.conditionNumber(of: qr)) ?? .nan
        }
    }
    /// Where ``conditionNumber`` comes from.
    let conditionSource: ConditionSource
    /// Sum of squared (weighted) residuals.
    public let ssr: Double
    /// `√(SSR/df_resid)`.
    public let residualStandardError: Double
    /// Iterative-refinement steps taken on the augmented system (0 for minimum-norm fits and for
    /// fits that did not need refinement, see ``RefinementPolicy``).
    public let refinementIterations: Int
}

/// The source of a regression's leverages: computed values, or the QR factors to compute them from.
enum LeverageSource: Sendable {
    case values([Double])
    case qr(PivotedQR)

    /// `hᵢ = Σⱼ Q₁[i, j]²`.
    static func rowSumsOfSquares(_ q: Matrix) -> [Double] {
        let n = q.rows
        let s = q.storage
        var h = [Double](repeating: 0, count: n)
        for j in 0..<q.columns { for i in 0..<n { h[i] += s[i + j * n] * s[i + j * n] } }
        return h
    }
}
