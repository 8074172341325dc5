import CNFinLinearAlgebra

/// Sandwich covariance estimators computed from the rows `vᵢ` of `V = X(XᵀX)⁻¹`:
/// `Cov = Σᵢ Σⱼ Ωᵢⱼ vᵢᵀvⱼ`, accumulated in extended precision. Because `V` is obtained
/// by refined solves (see ``LinearModel``), no product `(XᵀX)⁻¹·M·(XᵀX)⁻¹` with its
/// cancellation is ever formed.
enum SandwichCovariance {
    /// White/HC covariance `Σᵢ ωᵢ vᵢvᵢᵀ`.
    static func heteroskedastic(rows v: Matrix, omega: [Double]) -> Matrix {
        let n = v.rows, k = v.columns
        var acc = [ExtendedReal](repeating: 0, count: k * k)
        for i in 0..<n {
            let w = ExtendedReal(omega[i])
            for a in 0..<k {
                let va = w * ExtendedReal(v[i, a])
                for b in a..<k { acc[a + b * k] += va * ExtendedReal(v[i, b]) }
            }
        }
        return symmetric(acc, k)
    }

    /// Newey–West: `Σₜ gₜgₜᵀ + Σ_{l=1}^{L} (1 − l/(L+1)) Σₜ (gₜgₜ₋ₗᵀ + gₜ₋ₗgₜᵀ)` with `gₜ = uₜvₜ`.
    static func neweyWest(rows v: Matrix, residuals u: [Double], lags: Int) -> Matrix {
        let n = v.rows, k = v.columns
        var g = [ExtendedReal](repeating: 0, count: n * k)
        for i in 0..<n { for a in 0..<k { g[i * k + a] = ExtendedReal(u[i]) * ExtendedReal(v[i, a]) } }
        var acc = [ExtendedReal](repeating: 0, count: k * k)
        for l in 0...max(0, min(lags, n - 1)) {
            let weight = ExtendedReal(1) - ExtendedReal(l) / ExtendedReal(lags + 1)
            var gamma = [ExtendedReal](repeating: 0, count: k * k)
            for t in l..<n {
                for a in 0..<k {
                    let ga = g[t * k + a]
                    for b in 0..<k { gamma[a + b * k] += ga * g[(t - l) * k + b] }
                }
            }
            for a in 0..<k {
                for b in 0..<k {
                    acc[a + b * k] += l == 0 ? gamma[a + b * k] : weight * (gamma[a + b * k] + gamma[b + a * k])
                }
            }
        }
        for a in 0..<k { for b in 0..<a { acc[a + b * k] = 0 } }
        return symmetric(acc, k)
    }

    /// Fills a k×k matrix from the upper triangle of `acc`.
    private static func symmetric(_ acc: [ExtendedReal], _ k: Int) -> Matrix {
        var m = Matrix(rows: k, columns: k)
        for b in 0..<k { for a in 0...b { let v = Double(acc[a + b * k]); m[a, b] = v; m[b, a] = v } }
        return m
    }

    /// Wald F statistic for `β_s = 0` (all coefficients, or all but the first):
    /// `F = β_sᵀ V_ss⁻¹ β_s / q`, solved by Cholesky (no inverse formed). Nil if `V_ss` is not positive definite.
    static func waldF(params: [Double], covariance: Matrix, skipFirst: Bool) -> (statistic: Double, restrictions: Int)? {
        let idx = Array((skipFirst ? 1 : 0)..<params.count)
        guard !idx.isEmpty else { return nil }
        var sub = Matrix(rows: idx.count, columns: idx.count)
        for (a, i) in idx.enumerated() { for (b, j) in idx.enumerated() { sub[a, b] = covariance[i, j] } }
        let bs = idx.map { params[$0] }
        guard let chol = try? Cholesky(sub), let x = try? chol.solve(bs) else { return nil }
        var q = 0.0
        for (a, v) in bs.enumerated() { q += v * x[a] }
        return (q / Double(idx.count), idx.count)
    }
}
