import CNFinLinearAlgebra

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
///
/// Built from a solver's ``LeastSquaresSolution`` and the covariance step; the results compute
/// their own statistics: the coefficient table, F test and residual diagnostics when created, the
/// goodness-of-fit figures (R², log-likelihood, AIC/BIC, `s`) from `SSR`, `TSS` and the degrees of
/// freedom on access, and the leverages and condition number on access from the stored QR
/// factors unless the fit already needed them.
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
    /// Numerical rank of the design.
    public let rank: Int
    public let hasIntercept: Bool
    /// Sum of squared (weighted) residuals.
    public let ssr: Double
    /// Total sum of squares: `Σwᵢ(yᵢ − ȳ_w)²` with an intercept, `Σwᵢyᵢ²` without.
    public let tss: Double
    /// `Σ ln wᵢ` (0 for OLS), the WLS term of the log-likelihood.
    let logWeightSum: Double
    /// Overall F statistic (Wald form under robust covariances, as statsmodels); nil when df_model = 0.
    public let fStatistic: Double?
    public let fPValue: Double?
    /// `Σ(uₜ − uₜ₋₁)²/Σuₜ²` on the (weighted) residuals.
    public let durbinWatson: Double
    public let jarqueBera: JarqueBera
    /// `y − Xβ̂`.
    public let residuals: [Double]
    /// `√w·(y − Xβ̂)` (equal to ``residuals`` for OLS).
    public let weightedResiduals: [Double]
    /// `Xβ̂`.
    public let fittedValues: [Double]
    /// Iterative-refinement steps taken on the augmented system (0 for minimum-norm fits and for
    /// fits that did not need refinement, see ``RefinementPolicy``).
    public let refinementIterations: Int
    /// Where ``leverage`` comes from (values, or the QR factors to compute them from on demand).
    let leverageSource: LeverageSource
    /// Where ``conditionNumber`` comes from.
    let conditionSource: ConditionSource

    /// The constant's share of the degrees of freedom: 1 with an intercept, else 0.
    var constantCount: Int { hasIntercept ? 1 : 0 }
    /// True when the design was rank deficient and a minimum-norm (`dgelsd`) solution was returned.
    public var isMinimumNorm: Bool { rank < names.count }
    /// `rank − 1` with an intercept, `rank` without.
    public var dfModel: Int { rank - constantCount }
    /// `n − rank`.
    public var dfResid: Int { nobs - rank }
    /// `1 − SSR/TSS` (TSS centred with an intercept, uncentred without, as NIST and statsmodels).
    public var rSquared: Double { 1 - ssr / tss }
    /// `1 − (n − k_const)/df_resid·(1 − R²)`.
    public var adjustedRSquared: Double { 1 - Double(nobs - constantCount) / Double(dfResid) * (1 - rSquared) }
    /// Gaussian log-likelihood `−n/2·(ln 2π + ln(SSR/n) + 1)` (+ ½Σ ln wᵢ for WLS).
    public var logLikelihood: Double {
        let n = Double(nobs)
        return -n / 2 * (log(2 * Double.pi) + log(ssr / n) + 1) + 0.5 * logWeightSum
    }
    /// `−2ℓ + 2(df_model + k_const)`.
    public var aic: Double { -2 * logLikelihood + 2 * Double(dfModel + constantCount) }
    /// `−2ℓ + ln(n)(df_model + k_const)`.
    public var bic: Double { -2 * logLikelihood + log(Double(nobs)) * Double(dfModel + constantCount) }
    /// `√(SSR/df_resid)`.
    public var residualStandardError: Double { (ssr / Double(dfResid)).squareRoot() }

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

    /// Computes the statistics of a solution under a covariance estimate.
    ///
    /// Coefficient p-values and intervals use Student t with `df_resid` when `useT`, else the
    /// standard normal; the overall F test is `(ESS/df_model)/(SSR/df_resid)` for the non-robust
    /// covariance and the Wald form `β̂ᵣᵀV⁻¹β̂ᵣ/q` (slopes only) otherwise, both against F(q, df_resid).
    /// - Throws: ``StatisticsError/notComputable(statistic:reason:)`` when a sum of squares overflows
    ///   or a coefficient variance is not a positive finite number although SSR > 0 (an exact fit,
    ///   SSR = 0, has zero standard errors: NIST Wampler1 certifies them).
    init(model: LinearModel, solution: LeastSquaresSolution, covariance: CoefficientCovariance,
         covarianceType: CovarianceType, confidenceLevel: Double, useT: Bool) throws(StatisticsError) {
        let n = model.nobs, k = model.parameterCount
        let names = model.names
        let beta = solution.beta, wresid = solution.weightedResiduals, cov = covariance.matrix
        let ssr = solution.ssr
        let tss = Self.totalSumOfSquares(model, weightedY: solution.problem.weightedY)
        guard ssr.isFinite, tss.isFinite else {
            throw .notComputable(statistic: "the regression's sums of squares",
                                 reason: "they overflow double precision (SSR \(ssr), TSS \(tss)); rescale y or the regressors")
        }
        for j in 0..<k where ssr > 0 && !(cov[j, j] > 0 && cov[j, j].isFinite) {
            throw .notComputable(statistic: "the standard error of '\(names[j])'",
                                 reason: "its variance is \(cov[j, j]) in double precision (the column's scale is extreme: "
                                    + "\(model.largestMagnitudeText(column: j))); rescale the column")
        }
        let dfResid = n - solution.rank, dfModel = solution.rank - (model.intercept ? 1 : 0)
        let df = Double(dfResid)
        let tCrit = useT ? StudentT.quantile(1 - (1 - confidenceLevel) / 2, df: df)
            : Normal.quantile(1 - (1 - confidenceLevel) / 2)
        coefficients = (0..<k).map { j in
            let se = cov[j, j] > 0 ? cov[j, j].squareRoot() : 0
            let t = beta[j] / se
            return CoefficientEstimate(name: names[j], estimate: beta[j], standardError: se, t: t,
                                       pValue: useT ? StudentT.twoSidedPValue(t, df: df) : min(1, 2 * Normal.sf(abs(t))),
                                       ciLow: beta[j] - tCrit * se, ciHigh: beta[j] + tCrit * se)
        }
        var fStat: Double? = nil, fP: Double? = nil
        if dfModel > 0 {
            if covarianceType == .nonrobust {
                let f = ((tss - ssr) / Double(dfModel)) / (ssr / df)
                fStat = f
                fP = FDistribution.sf(f, d1: Double(dfModel), d2: df)
            } else if let f = SandwichCovariance.waldF(params: beta, covariance: cov, skipFirst: model.intercept) {
                fStat = f.statistic
                fP = FDistribution.sf(f.statistic, d1: Double(f.restrictions), d2: df)
            }
        }
        let residuals: [Double]
        if let w = model.weights {
            residuals = (0..<n).map { wresid[$0] / w[$0].squareRoot() }
        } else {
            residuals = wresid
        }
        self.names = names
        self.params = beta
        self.covariance = cov
        self.normalizedCovariance = solution.normalizedCovariance
        self.covarianceType = covarianceType
        self.hacLags = covariance.hacLags
        self.usesTDistribution = useT
        self.confidenceLevel = confidenceLevel
        self.nobs = n
        self.rank = solution.rank
        self.hasIntercept = model.intercept
        self.ssr = ssr
        self.tss = tss
        self.logWeightSum = model.weights?.reduce(0) { $0 + log($1) } ?? 0
        self.fStatistic = fStat
        self.fPValue = fP
        self.durbinWatson = ResidualDiagnostics.durbinWatson(wresid)
        self.jarqueBera = ResidualDiagnostics.jarqueBera(wresid)
        self.residuals = residuals
        self.weightedResiduals = wresid
        self.fittedValues = (0..<n).map { model.y[$0] - residuals[$0] }
        self.refinementIterations = solution.refinementIterations
        self.leverageSource = solution.leverageSource
        self.conditionSource = solution.conditionSource
    }

    /// `Σwᵢ(yᵢ − ȳ_w)²` (weighted mean `ȳ_w = Σwᵢyᵢ/Σwᵢ`) with an intercept, `Σ(√wᵢyᵢ)²` without,
    /// accumulated in extended precision.
    static func totalSumOfSquares(_ model: LinearModel, weightedY: [Double]) -> Double {
        let y = model.y, n = y.count
        guard model.intercept else {
            var t: ExtendedReal = 0
            for v in weightedY { t += ExtendedReal(v) * ExtendedReal(v) }
            return Double(t)
        }
        let w = model.weights ?? [Double](repeating: 1, count: n)
        var sw: ExtendedReal = 0, swy: ExtendedReal = 0
        for i in 0..<n { sw += ExtendedReal(w[i]); swy += ExtendedReal(w[i]) * ExtendedReal(y[i]) }
        let mean = swy / sw
        var t: ExtendedReal = 0
        for i in 0..<n { let d = ExtendedReal(y[i]) - mean; t += ExtendedReal(w[i]) * d * d }
        return Double(t)
    }
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
