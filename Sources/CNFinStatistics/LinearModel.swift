import CNFinLinearAlgebra

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        let n = nobs, k = parameterCount
        let names = self.names
        // Weighted response and column-equilibrated (unit 2-norm columns) weighted design.
        let sqrtW = weights?.map { $0.squareRoot() }
        var yw = y
        if let s = sqrtW { for i in 0..<n { yw[i] *= s[i] } }
        var xsStorage = weightedDesignStorage(sqrtW)
        var scale = [Double](repeating: 1, count: k)
        for j in 0..<k {
            let norm = try Self.columnNorm(xsStorage, column: j, rows: n)
            if norm > 0 { scale[j] = 1 / norm }
            let s = scale[j]
            for i in (j * n)..<((j + 1) * n) { xsStorage[i] *= s }
        }
        let xs = try la { () throws(LinearAlgebraError) in try Matrix(rows: n, columns: k, columnMajor: xsStorage) }
        let qr = try la { () throws(LinearAlgebraError) in try PivotedQR(xs) }
        let perm = qr.permutation
        // κ of the scaled design from the k × k factor R: XDP = QR with Q orthogonal, so the
        // singular values of R are exactly those of XD (no n × k SVD needed). The k × k SVD is
        // computed only when a decision needs the exact value (rank deficiency, or bounds that
        // straddle the refinement threshold); otherwise the results compute it on access.
        var exactCondition: Double? = nil
        func condition() throws(StatisticsError) -> Double {
            if let c = exactCondition { return c }
            let c = try la { () throws(LinearAlgebraError) in try ConditionSource.conditionNumber(of: qr) }
            exactCondition = c
            return c
        }
        let rank = qr.rank(relativeTolerance: rankTolerance)
        // R⁻¹ (dtrtri) for full-rank fits: the covariance uses it, and with ‖R‖_F it bounds κ.
        let rInverse: Matrix? = rank < k ? nil
            : try la { () throws(LinearAlgebraError) in try Triangular.inverse(upperFactor: qr.factors, order: k) }

        var beta: [Double]
        var wresid: [Double]
        var cMatrix: Matrix          // (XᵀX)⁻¹ or pseudo-inverse
        var leverageSource: LeverageSource
        var iterations = 0
        // How the covariance is formed once the residuals are known.
        enum SandwichForm {
            /// Rows of X(XᵀX)⁻¹ (refined or from the SVD), sandwiches in extended precision.
            case rows(Matrix)
            /// Thin-QR form: Cov = D·P·R⁻¹·(Σ ω qᵢqᵢᵀ)·R⁻ᵀ·Pᵀ·D with qᵢ the rows of Q₁.
            case thinQR(rInverse: Matrix)
        }
        var form: SandwichForm
        if rank < k {
            guard rankDeficient == .minimumNorm else {
                throw .rankDeficient(rank: rank, columns: k, dependent: perm[rank...].map { names[$0] },
                                     conditionNumber: try condition())
            }
            let xw = try weightedDesign(sqrtW)
            let svd = try la { () throws(LinearAlgebraError) in try SingularValueDecomposition(xs) }
            let yMatrix = try la { () throws(LinearAlgebraError) in try Matrix(rows: n, columns: 1, columnMajor: yw) }
            let sol = try la { () throws(LinearAlgebraError) in try LeastSquares.gelsd(xs, yMatrix, rcond: rankTolerance) }
            beta = (0..<k).map { sol.solution[$0, 0] * scale[$0] }
            wresid = (0..<n).map { i in
                var s = ExtendedReal(yw[i])
                for j in 0..<k { s -= ExtendedReal(xw[i, j]) * ExtendedReal(beta[j]) }
                return Double(s)
            }
            let r = sol.rank
            cMatrix = Matrix(rows: k, columns: k)
            var sandwichRows = Matrix(rows: n, columns: k)
            var leverage = [Double](repeating: 0, count: n)
            for l in 0..<r {
                let sigma = svd.singularValues[l]
                for a in 0..<k {
                    let va = svd.vt[l, a] * scale[a]
                    for b in 0..<k { cMatrix[a, b] += va * svd.vt[l, b] * scale[b] / (sigma * sigma) }
                    for i in 0..<n { sandwichRows[i, a] += svd.u[i, l] / sigma * va }
                }
                for i in 0..<n { leverage[i] += svd.u[i, l] * svd.u[i, l] }
            }
            leverageSource = .values(leverage)
            form = .rows(sandwichRows)
            _ = try condition()
        } else if let rInv = rInverse,
                  try ConditionSource.refines(refinement, r: qr.factors, rInverse: rInv, order: k, exact: condition) {
            let xw = try weightedDesign(sqrtW)
            let solver = RefinedLeastSquares(x: xw, scale: scale, qr: qr)
            var f = Matrix(rows: n, columns: k + 1)
            var g = Matrix(rows: k, columns: k + 1)
            for i in 0..<n { f[i, 0] = yw[i] }
            for j in 0..<k { g[j, j + 1] = 1 }
            let sol = try la { () throws(LinearAlgebraError) in try solver.solve(f: f, g: g) }
            iterations = sol.iterations
            beta = (0..<k).map { sol.b[$0, 0] }
            wresid = Array(sol.r.column(0))
            cMatrix = Matrix(rows: k, columns: k)
            for l in 0..<k { for a in 0..<k { cMatrix[a, l] = -sol.b[a, l + 1] } }
            for a in 0..<k { for b in (a + 1)..<max(k, a + 1) {
                let m = 0.5 * (cMatrix[a, b] + cMatrix[b, a]); cMatrix[a, b] = m; cMatrix[b, a] = m
            } }
            let sandwichRows = try la { () throws(LinearAlgebraError) in
                try Matrix(rows: n, columns: k, columnMajor: Array(sol.r.storage[n...]))
            }
            leverageSource = .qr(qr)
            form = .rows(sandwichRows)
        } else {
            // Plain Householder QR in double precision: c = Qᵀy, z = R⁻¹c₁, r = Q·[0; c₂].
            let rInv = rInverse ?? Matrix(rows: k, columns: k)
            let direct = try la { () throws(LinearAlgebraError) -> (z: [Double], r: [Double], rInverse: Matrix) in
                var qty = try qr.applyQ(to: Matrix(rows: n, columns: 1, columnMajor: yw), transpose: true)
                let z = try Triangular.solve(upperFactor: qr.factors, order: k,
                                             Matrix(rows: k, columns: 1, columnMajor: Array(qty.storage[0..<k])))
                for j in 0..<k { qty[j, 0] = 0 }
                let r = try qr.applyQ(to: qty, transpose: false)
                return (z.storage, r.storage, rInv)
            }
            beta = [Double](repeating: 0, count: k)
            for j in 0..<k { beta[perm[j]] = scale[perm[j]] * direct.z[j] }
            wresid = direct.r
            // (XᵀX)⁻¹ = D·P·R⁻¹R⁻ᵀ·Pᵀ·D.
            let rInvRInvT = try la { () throws(LinearAlgebraError) in
                try BLAS.multiply(direct.rInverse, direct.rInverse, transposeB: true)
            }
            cMatrix = Self.unpermute(rInvRInvT, perm: perm, scale: scale)
            leverageSource = .qr(qr)
            form = .thinQR(rInverse: direct.rInverse)
        }

        // Goodness of fit.
        let kConst = intercept ? 1 : 0
        let dfResid = n - rank, dfModel = rank - kConst
        var ssrE: ExtendedReal = 0
        for u in wresid { ssrE += ExtendedReal(u) * ExtendedReal(u) }
        let ssr = Double(ssrE)
        let tss: Double
        if intercept {
            let w = weights ?? [Double](repeating: 1, count: n)
            var sw: ExtendedReal = 0, swy: ExtendedReal = 0
            for i in 0..<n { sw += ExtendedReal(w[i]); swy += ExtendedReal(w[i]) * ExtendedReal(y[i]) }
            let mean = swy / sw
            var t: ExtendedReal = 0
            for i in 0..<n { let d = ExtendedReal(y[i]) - mean; t += ExtendedReal(w[i]) * d * d }
            tss = Double(t)
        } else {
            var t: ExtendedReal = 0
            for v in yw { t += ExtendedReal(v) * ExtendedReal(v) }
            tss = Double(t)
        }
        let rSquared = 1 - ssr / tss
        let adjR2 = 1 - Double(n - kConst) / Double(dfResid) * (1 - rSquared)
        let scaleSigma2 = ssr / Double(dfResid)
        var llf = -Double(n) / 2 * (log(2 * Double.pi) + log(ssr / Double(n)) + 1)
        if let w = weights { llf += 0.5 * w.reduce(0) { $0 + log($1) } }
        let nParams = Double(dfModel + kConst)
        let aic = -2 * llf + 2 * nParams
        let bic = -2 * llf + log(Double(n)) * nParams

        // Covariance. Q₁ (thin Q) is formed only when a robust covariance or HC2/HC3 leverages need it.
        var q1: Matrix? = nil
        func thinQ() throws(StatisticsError) -> Matrix {
            if let q = q1 { return q }
            let q = try la { () throws(LinearAlgebraError) in try qr.thinQ() }
            q1 = q
            return q
        }
        var leverage: [Double] = []
        if covariance == .hc2 || covariance == .hc3 {
            switch leverageSource {
            case let .values(v): leverage = v
            case .qr:
                leverage = LeverageSource.rowSumsOfSquares(try thinQ())
                leverageSource = .values(leverage)
            }
        }
        let cov: Matrix
        var hacLags: Int? = nil
        switch covariance {
        case .nonrobust:
            var c = cMatrix
            for j in 0..<k { for i in 0..<k { c[i, j] *= scaleSigma2 } }
            cov = c
        case .hc0, .hc1, .hc2, .hc3:
            let omega: [Double] = (0..<n).map { i in
                let u2 = wresid[i] * wresid[i]
                switch covariance {
                case .hc1: return u2 * Double(n) / Double(dfResid)
                case .hc2: return u2 / (1 - leverage[i])
                case .hc3: return u2 / ((1 - leverage[i]) * (1 - leverage[i]))
                default: return u2
                }
            }
            switch form {
            case let .rows(v):
                cov = SandwichCovariance.heteroskedastic(rows: v, omega: omega)
            case let .thinQR(rInverse):
                let q = try thinQ()
                cov = try la { () throws(LinearAlgebraError) in
                    try SandwichCovariance.heteroskedastic(thinQ: q, rInverse: rInverse, omega: omega, permutation: perm, scale: scale)
                }
            }
        case let .hac(maxLags, correction):
            let lags = maxLags ?? CovarianceType.automaticHACLags(nobs: n)
            hacLags = lags
            var c: Matrix
            switch form {
            case let .rows(v):
                c = SandwichCovariance.neweyWest(rows: v, residuals: wresid, lags: lags)
            case let .thinQR(rInverse):
                let q = try thinQ()
                c = try la { () throws(LinearAlgebraError) in
                    try SandwichCovariance.neweyWest(thinQ: q, rInverse: rInverse, residuals: wresid, lags: lags,
                                                     permutation: perm, scale: scale)
                }
            }
            if correction {
                let factor = Double(n) / Double(dfResid)
                for j in 0..<k { for i in 0..<k { c[i, j] *= factor } }
            }
            cov = c
        }

        // Coefficient table.
        let df = Double(dfResid)
        let usesT = useT ?? (covariance == .nonrobust)
        let tCrit = usesT ? StudentT.quantile(1 - (1 - confidenceLevel) / 2, df: df)
            : Normal.quantile(1 - (1 - confidenceLevel) / 2)
        var rows: [CoefficientEstimate] = []
        // An exact fit (SSR = 0) has zero standard errors (NIST Wampler1 certifies them). Otherwise a
        // variance that is not a positive finite number (underflow or overflow for a regressor of
        // extreme scale) leaves t and p undefined: an error, never t = 0, p = 1 or p = 0.
        guard ssr.isFinite, tss.isFinite else {
            throw .notComputable(statistic: "the regression's sums of squares",
                                 reason: "they overflow double precision (SSR \(ssr), TSS \(tss)); rescale y or the regressors")
        }
        for j in 0..<k where ssr > 0 && !(cov[j, j] > 0 && cov[j, j].isFinite) {
            throw .notComputable(statistic: "the standard error of '\(names[j])'",
                                 reason: "its variance is \(cov[j, j]) in double precision (the column's scale is extreme: "
                                    + "\(largestMagnitudeText(column: j))); rescale the column")
        }
        for j in 0..<k {
            let se = cov[j, j] > 0 ? cov[j, j].squareRoot() : 0
            let t = beta[j] / se
            rows.append(CoefficientEstimate(name: names[j], estimate: beta[j], standardError: se, t: t,
                                            pValue: usesT ? StudentT.twoSidedPValue(t, df: df) : min(1, 2 * Normal.sf(abs(t))),
                                            ciLow: beta[j] - tCrit * se, ciHigh: beta[j] + tCrit * se))
        }

        // Overall F.
        var fStat: Double? = nil, fP: Double? = nil
        if dfModel > 0 {
            if covariance == .nonrobust {
                let ess = tss - ssr
                let f = (ess / Double(dfModel)) / (ssr / df)
                fStat = f
                fP = FDistribution.sf(f, d1: Double(dfModel), d2: df)
            } else if let f = SandwichCovariance.waldF(params: beta, covariance: cov, skipFirst: intercept) {
                fStat = f.statistic
                fP = FDistribution.sf(f.statistic, d1: Double(f.restrictions), d2: df)
            }
        }

        // Residual diagnostics.
        let residuals: [Double]
        if let w = weights {
            residuals = (0..<n).map { wresid[$0] / w[$0].squareRoot() }
        } else {
            residuals = wresid
        }
        let fitted = (0..<n).map { y[$0] - residuals[$0] }

        return RegressionResults(
            names: names, coefficients: rows, params: beta, covariance: cov, normalizedCovariance: cMatrix,
            covarianceType: covariance, hacLags: hacLags, usesTDistribution: usesT, confidenceLevel: confidenceLevel, nobs: n,
            dfModel: dfModel, dfResid: dfResid, rank: rank, isMinimumNorm: rank < k, hasIntercept: intercept,
            rSquared: rSquared, adjustedRSquared: adjR2, fStatistic: fStat, fPValue: fP, logLikelihood: llf,
            aic: aic, bic: bic, durbinWatson: ResidualDiagnostics.durbinWatson(wresid),
            jarqueBera: ResidualDiagnostics.jarqueBera(wresid), residuals: residuals, weightedResiduals: wresid,
            fittedValues: fitted, leverageSource: leverageSource,
            conditionSource: exactCondition.map { .value($0) } ?? .qr(qr), ssr: ssr,
            residualStandardError: scaleSigma2.squareRoot(), refinementIterations: iterations)
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
