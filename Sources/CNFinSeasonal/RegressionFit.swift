import CNFinLinearAlgebra

/// Ordinary least squares by pivoted Householder QR, for this module's internal use
/// (CNY pre-adjustment, Hamilton filter, residual-seasonality F-test).
///
/// `X·P = Q·R` (LAPACK `dgeqp3`); `β = P·R⁻¹·(Qᵀy)₁` by a triangular solve;
/// `σ² = RSS/(n − k)`; `Cov(β) = σ²·P·R⁻¹R⁻ᵀ·Pᵀ` with `R⁻¹` from `dtrtri` (the normal
/// equations are never formed).
///
/// NOTE: this is a deliberately small stand-in written while `CNFinStatistics` (OLS with
/// full results) was being developed in parallel. Once that module is on `main`, callers
/// here should switch to its OLS and this file can be removed.
struct RegressionFit: Sendable {
    let coefficients: [Double]
    let standardErrors: [Double]
    /// Full coefficient covariance `σ²(XᵀX)⁻¹`, k×k.
    let covariance: Matrix
    let fitted: [Double]
    let residuals: [Double]
    let residualSumOfSquares: Double
    let residualDegreesOfFreedom: Int

    /// Fits `y ~ X`. `names` label the columns in errors.
    /// - Throws: `rankDeficient` naming the dependent columns; `tooShort` when `n ≤ k`.
    init(design x: Matrix, response y: [Double], names: [String]) throws(SeasonalError) {
        let n = x.rows, k = x.columns
        guard y.count == n else { throw .lengthMismatch(what: "regression response", expected: n, actual: y.count) }
        guard n > k else { throw .tooShort(method: "regression with \(k) regressors", count: n, required: k + 1) }
        do {
            let qr = try PivotedQR(x)
            let rank = qr.rank()
            guard rank == k else {
                let bad = qr.permutation[rank...].map { $0 < names.count ? names[$0] : "column \($0)" }
                throw SeasonalError.rankDeficient(columns: bad)
            }
            let beta = try qr.solve(y)
            var fitted = [Double](repeating: 0, count: n)
            for j in 0..<k {
                let b = beta[j]
                for i in 0..<n { fitted[i] += x[i, j] * b }
            }
            let resid = (0..<n).map { y[$0] - fitted[$0] }
            let rss = resid.reduce(0) { $0 + $1 * $1 }
            let dof = n - k
            let sigma2 = rss / Double(dof)
            let rInv = try Triangular.inverse(upperFactor: qr.factors, order: k)
            // (RᵀR)⁻¹ = R⁻¹R⁻ᵀ in pivoted order, then un-permute.
            var cov = Matrix(rows: k, columns: k)
            for a in 0..<k {
                for b in a..<k {
                    var s = 0.0
                    for m in max(a, b)..<k { s += rInv[a, m] * rInv[b, m] }
                    let pa = qr.permutation[a], pb = qr.permutation[b]
                    cov[pa, pb] = sigma2 * s
                    cov[pb, pa] = sigma2 * s
                }
            }
            self.coefficients = beta
            self.standardErrors = (0..<k).map { cov[$0, $0].squareRoot() }
            self.covariance = cov
            self.fitted = fitted
            self.residuals = resid
            self.residualSumOfSquares = rss
            self.residualDegreesOfFreedom = dof
        } catch let e as SeasonalError {
            throw e
        } catch let e as LinearAlgebraError {
            throw .linearAlgebra(e)
        } catch {
            throw .invalidParameter(name: "regression", value: "", requirement: "\(error)")
        }
    }
}
