import CNFinLinearAlgebra

/// A coefficient covariance matrix and what was used to form it.
struct CoefficientCovariance: Sendable {
    /// The k × k covariance of `β̂` in model order.
    var matrix: Matrix
    /// The HAC lag count used (nil for other types).
    var hacLags: Int?
}

extension CovarianceType {
    /// The covariance step: the formulas in the type's documentation, applied to a solution.
    ///
    /// The thin `Q₁` is formed only when a robust covariance on the direct path or HC2/HC3 leverages
    /// need it; the leverages computed here are stored back into `solution` so the results reuse them.
    /// - Parameter sigma2: `s² = SSR/df_resid` (non-robust only).
    func estimate(for solution: inout LeastSquaresSolution, sigma2: Double) throws(StatisticsError) -> CoefficientCovariance {
        let qr = solution.problem.qr
        let n = solution.weightedResiduals.count, k = solution.beta.count
        let dfResid = n - solution.rank
        let wresid = solution.weightedResiduals
        let perm = qr.permutation, scale = solution.problem.scale
        var q1: Matrix? = nil
        func thinQ() throws(StatisticsError) -> Matrix {
            if let q = q1 { return q }
            let q = try la { () throws(LinearAlgebraError) in try qr.thinQ() }
            q1 = q
            return q
        }
        var leverage: [Double] = []
        if self == .hc2 || self == .hc3 {
            switch solution.leverageSource {
            case let .values(v): leverage = v
            case .qr:
                leverage = LeverageSource.rowSumsOfSquares(try thinQ())
                solution.leverageSource = .values(leverage)
            }
        }
        switch self {
        case .nonrobust:
            var c = solution.normalizedCovariance
            for j in 0..<k { for i in 0..<k { c[i, j] *= sigma2 } }
            return CoefficientCovariance(matrix: c, hacLags: nil)
        case .hc0, .hc1, .hc2, .hc3:
            let omega: [Double] = (0..<n).map { i in
                let u2 = wresid[i] * wresid[i]
                switch self {
                case .hc1: return u2 * Double(n) / Double(dfResid)
                case .hc2: return u2 / (1 - leverage[i])
                case .hc3: return u2 / ((1 - leverage[i]) * (1 - leverage[i]))
                default: return u2
                }
            }
            switch solution.sandwich {
            case let .rows(v):
                return CoefficientCovariance(matrix: SandwichCovariance.heteroskedastic(rows: v, omega: omega), hacLags: nil)
            case let .thinQR(rInverse):
                let q = try thinQ()
                let c = try la { () throws(LinearAlgebraError) in
                    try SandwichCovariance.heteroskedastic(thinQ: q, rInverse: rInverse, omega: omega, permutation: perm, scale: scale)
                }
                return CoefficientCovariance(matrix: c, hacLags: nil)
            }
        case let .hac(maxLags, correction):
            let lags = maxLags ?? CovarianceType.automaticHACLags(nobs: n)
            var c: Matrix
            switch solution.sandwich {
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
            return CoefficientCovariance(matrix: c, hacLags: lags)
        }
    }
}
