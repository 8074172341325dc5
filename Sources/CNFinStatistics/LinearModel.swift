import CNFinLinearAlgebra

/// What to do when the design matrix is numerically rank deficient.
public enum RankDeficiencyPolicy: Sendable, Equatable {
    /// Throw ``StatisticsError/rankDeficient(rank:columns:dependent:conditionNumber:)`` naming the dependent columns.
    case error
    /// Return the minimum-norm least-squares solution (LAPACK `dgelsd` on the scaled design),
    /// with ``RegressionResults/isMinimumNorm`` set and covariances from the pseudo-inverse.
    case minimumNorm
}

/// A linear regression model `y = Xβ + ε` (OLS, or WLS with weights `w`: rows scaled by `√wᵢ`).
///
/// Estimation (``fit(covariance:confidenceLevel:useT:rankDeficient:rankTolerance:refinement:)``):
/// Householder QR with column pivoting (`dgeqp3`) of the design with columns scaled to unit 2-norm,
/// numerical rank from the R diagonal, and the scaled condition number `κ` from the singular values
/// of the k × k factor R (equal to the design's). Well-conditioned designs (`κ` ≤
/// ``RefinementPolicy/automaticConditionThreshold``) are solved directly: `β = D·P·R⁻¹(Qᵀy)₁`,
/// `r = Q·[0; (Qᵀy)₂]`, `(XᵀX)⁻¹ = D·P·R⁻¹R⁻ᵀ·Pᵀ·D`, robust covariances from the thin `Q₁`
/// (formed only when needed). Ill-conditioned designs are refined on the augmented system
/// `[I X; Xᵀ 0][r; β] = [y; 0]` with residuals in `Float80` (Björck 1967); there `(XᵀX)⁻¹` and
/// `X(XᵀX)⁻¹` come from refined solves with right-hand sides `[0; eⱼ]`. Never normal equations or
/// an explicit inverse of `XᵀX`.
///
/// Performance: for many small fits, call `BLASThreading.setThreadCount(1)` once at start-up;
/// OpenBLAS's thread hand-off costs more than a k ≲ 20 factorisation itself.
public struct LinearModel: Sendable {
    /// Dependent variable.
    public let y: [Double]
    /// Regressors without the intercept column (n × p).
    public let regressors: Matrix
    /// Names of the regressors (without `const`).
    public let regressorNames: [String]
    /// Whether a constant column is prepended.
    public let intercept: Bool
    /// WLS weights (inverse variances), or nil for OLS.
    public let weights: [Double]?

    /// Coefficient names in model order: `const` first when there is an intercept.
    public var names: [String] { intercept ? ["const"] + regressorNames : regressorNames }
    /// Number of observations.
    public var nobs: Int { y.count }
    /// Number of coefficients.
    public var parameterCount: Int { regressors.columns + (intercept ? 1 : 0) }

    /// Creates a model from regressor columns.
    /// - Parameters:
    ///   - y: the dependent variable (n values).
    ///   - x: regressor columns, each of n values (may be empty when `intercept` is true).
    ///   - names: regressor names (default `x1`, `x2`, …).
    ///   - intercept: prepend a constant column named `const`.
    ///   - weights: positive WLS weights, one per observation.
    /// - Throws: ``StatisticsError`` for mismatched lengths, NaN/Inf, non-positive weights,
    ///   n ≤ k, or a constant regressor alongside the intercept.
    public init(y: [Double], x: [[Double]], names: [String]? = nil, intercept: Bool = true,
                weights: [Double]? = nil) throws(StatisticsError) {
        for (j, column) in x.enumerated() where column.count != y.count {
            throw .lengthMismatch(what: "regressor '\(names?[safe: j] ?? "x\(j + 1)")'", expected: y.count, actual: column.count)
        }
        let matrix: Matrix
        if x.isEmpty {
            matrix = Matrix(rows: y.count, columns: 0)
        } else {
            matrix = try la { () throws(LinearAlgebraError) in try Matrix(columns: x) }
        }
        try self.init(y: y, x: matrix, names: names, intercept: intercept, weights: weights)
    }

    /// Creates a model from a regressor matrix (n × p, without the intercept column).
    public init(y: [Double], x: Matrix, names: [String]? = nil, intercept: Bool = true,
                weights: [Double]? = nil) throws(StatisticsError) {
        let n = y.count
        let regressorNames = names ?? (0..<x.columns).map { "x\($0 + 1)" }
        guard regressorNames.count == x.columns else {
            throw .lengthMismatch(what: "regressor names", expected: x.columns, actual: regressorNames.count)
        }
        guard x.rows == n else { throw .lengthMismatch(what: "regressor matrix rows", expected: n, actual: x.rows) }
        let k = x.columns + (intercept ? 1 : 0)
        guard k > 0 else { throw .invalidArgument("the model has no regressors and no intercept") }
        try requireFinite(y, "y")
        for j in 0..<x.columns {
            for i in 0..<n where !x[i, j].isFinite { throw .nonFinite(what: "regressor '\(regressorNames[j])'", index: i) }
        }
        guard n > k else { throw .tooFewObservations(what: "a regression with \(k) coefficients", needed: k + 1, available: n) }
        if let w = weights {
            guard w.count == n else { throw .lengthMismatch(what: "weights", expected: n, actual: w.count) }
            for (i, v) in w.enumerated() where !(v > 0 && v.isFinite) { throw .invalidWeight(index: i, value: v) }
        }
        if intercept {
            for j in 0..<x.columns {
                let first = x[0, j]
                if (1..<n).allSatisfy({ x[$0, j] == first }) { throw .constantColumn(name: regressorNames[j]) }
            }
        }
        self.y = y
        self.regressors = x
        self.regressorNames = regressorNames
        self.intercept = intercept
        self.weights = weights
    }

    /// The full design matrix `X` (constant column first when there is an intercept).
    public var design: Matrix {
        let n = nobs, k = parameterCount
        var d = Matrix(rows: n, columns: k)
        var offset = 0
        if intercept {
            for i in 0..<n { d[i, 0] = 1 }
            offset = 1
        }
        for j in 0..<regressors.columns { for i in 0..<n { d[i, j + offset] = regressors[i, j] } }
        return d
    }

    /// Fits the model.
    /// - Parameters:
    ///   - covariance: covariance estimator for standard errors (see ``CovarianceType``).
    ///   - confidenceLevel: level of the coefficient confidence intervals (default 0.95).
    ///   - useT: reference distribution for coefficient p-values and intervals: Student t with
    ///     `df_resid` (true) or the standard normal (false). Default (nil) follows statsmodels:
    ///     t for the non-robust covariance, normal for HC/HAC (statsmodels' `use_t=None`).
    ///     The overall F test always uses F(q, df_resid).
    ///   - rankDeficient: throw (default) or return the minimum-norm solution.
    ///   - rankTolerance: relative tolerance on `|R(i,i)|/|R(0,0)|` of the scaled design below
    ///     which a column counts as dependent (default 1e-12).
    public func fit(covariance: CovarianceType = .nonrobust, confidenceLevel: Double = 0.95,
                    useT: Bool? = nil, rankDeficient: RankDeficiencyPolicy = .error,
                    rankTolerance: Double = 1e-12,
                    refinement: RefinementPolicy = .automatic) throws(StatisticsError) -> RegressionResults {
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw .invalidArgument("confidence level must lie strictly between 0 and 1, got \(confidenceLevel)")
        }
        if case let .hac(lags?, _) = covariance, lags < 0 || lags >= nobs {
            throw .invalidArgument("HAC lag count must lie in 0..<\(nobs), got \(lags)")
        }
        // 1. Solver path (direct QR, refined, minimum-norm).
        var solution = try solve(rankDeficient: rankDeficient, rankTolerance: rankTolerance, refinement: refinement)
        // 2. Covariance step.
        let sigma2 = solution.ssr / Double(nobs - solution.rank)
        let estimate = try covariance.estimate(for: &solution, sigma2: sigma2)
        // 3. The results compute their statistics.
        return try RegressionResults(model: self, solution: solution, covariance: estimate, covarianceType: covariance,
                                     confidenceLevel: confidenceLevel, useT: useT ?? (covariance == .nonrobust))
    }
}

extension LinearModel {
    /// "largest |value| V" for coefficient `j` (model order: `const` first), for error messages.
    func largestMagnitudeText(column j: Int) -> String {
        let r = intercept ? j - 1 : j
        guard r >= 0 else { return "the constant" }
        var largest = 0.0
        for i in 0..<regressors.rows { largest = max(largest, abs(regressors[i, r])) }
        return "largest |value| \(largest)"
    }

    /// Column-major storage of the weighted design `diag(√w)·X` (constant column first).
    func weightedDesignStorage(_ sqrtW: [Double]?) -> [Double] {
        let n = nobs, k = parameterCount
        var s = [Double](repeating: 1, count: n * k)
        let offset = intercept ? n : 0
        let source = regressors.storage
        for i in 0..<(n * regressors.columns) { s[offset + i] = source[i] }
        if let w = sqrtW {
            for j in 0..<k { for i in 0..<n { s[i + j * n] *= w[i] } }
        }
        return s
    }

    /// The weighted design `diag(√w)·X` as a matrix.
    func weightedDesign(_ sqrtW: [Double]?) throws(StatisticsError) -> Matrix {
        let storage = weightedDesignStorage(sqrtW)
        return try la { () throws(LinearAlgebraError) in try Matrix(rows: nobs, columns: parameterCount, columnMajor: storage) }
    }

    /// The 2-norm of column `j` of a column-major `n`-row matrix: a plain sum of squares
    /// (four accumulators), falling back to the overflow/underflow-safe BLAS `dnrm2` when the
    /// sum leaves the range where squaring is exact to rounding. Only used for the column
    /// equilibration `D`, whose exact value does not matter (`β = D·z` uses the same `D`).
    static func columnNorm(_ storage: [Double], column j: Int, rows n: Int) throws(StatisticsError) -> Double {
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
        let base = j * n
        var i = 0
        storage.withUnsafeBufferPointer { p in
            while i + 4 <= n {
                let a = p[base + i], b = p[base + i + 1], c = p[base + i + 2], d = p[base + i + 3]
                s0 += a * a; s1 += b * b; s2 += c * c; s3 += d * d
                i += 4
            }
            while i < n { s0 += p[base + i] * p[base + i]; i += 1 }
        }
        let sum = (s0 + s1) + (s2 + s3)
        if sum.isFinite, sum >= 0x1p-900 || sum == 0 { return sum.squareRoot() }
        return try la { () throws(LinearAlgebraError) in try BLAS.nrm2(storage[base..<(base + n)]) }
    }

    /// Maps a k × k matrix `S` in the pivoted, scaled coordinates of the QR back to the model's:
    /// `D·P·S·Pᵀ·D` (`out[pⱼ, pₗ] = dₚⱼ·dₚₗ·S[j, l]`), symmetrised.
    static func unpermute(_ s: Matrix, perm: [Int], scale: [Double]) -> Matrix {
        let k = s.rows
        var out = Matrix(rows: k, columns: k)
        for l in 0..<k { for j in 0..<k { out[perm[j], perm[l]] = scale[perm[j]] * scale[perm[l]] * s[j, l] } }
        for a in 0..<k { for b in (a + 1)..<max(k, a + 1) {
            let m = 0.5 * (out[a, b] + out[b, a]); out[a, b] = m; out[b, a] = m
        } }
        return out
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
