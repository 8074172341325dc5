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

    /// Newey–West: `Σₜ gₜgₜᵀ + Σ_{l=1}^{L} (1 − l/(L+1)) Σₜ (gₜgₜ₋ₗᵀ + gₜ₋ₗgₜᵀ)` with `gₜ = uₜvₜ`,
    /// in extended precision. The lag sums are `GᵀH + HᵀG` with the Bartlett-filtered scores
    /// `hₜ = Σ_{l=1}^{min(L,t)} w_l gₜ₋ₗ`, so the work is `O(n·k·(L + k))`.
    static func neweyWest(rows v: Matrix, residuals u: [Double], lags: Int) -> Matrix {
        let n = v.rows, k = v.columns
        let vs = v.storage
        var g = [ExtendedReal](repeating: 0, count: n * k)
        for a in 0..<k { for i in 0..<n { g[i + a * n] = ExtendedReal(u[i]) * ExtendedReal(vs[i + a * n]) } }
        let h = bartlettFiltered(g, n: n, k: k, lags: lags)
        var acc = [ExtendedReal](repeating: 0, count: k * k)
        for b in 0..<k {
            for a in 0...b {
                var s: ExtendedReal = 0
                for t in 0..<n {
                    s += g[t + a * n] * (g[t + b * n] + h[t + b * n]) + h[t + a * n] * g[t + b * n]
                }
                acc[a + b * k] = s
            }
        }
        return symmetric(acc, k)
    }

    /// `hₜ = Σ_{l=1}^{min(L,t)} (1 − l/(L+1))·gₜ₋ₗ` for each column of the n × k column-major `g`.
    static func bartlettFiltered<T: BinaryFloatingPoint>(_ g: [T], n: Int, k: Int, lags: Int) -> [T] {
        var h = [T](repeating: 0, count: n * k)
        let maxLag = max(0, min(lags, n - 1))
        guard maxLag > 0 else { return h }
        for l in 1...maxLag {
            // T(lags) + 1, not T(lags + 1): lags may be as large as Int.max.
            let w = T(1) - T(l) / (T(lags) + 1)
            for a in 0..<k {
                let base = a * n
                for t in l..<n { h[base + t] += w * g[base + t - l] }
            }
        }
        return h
    }

    /// HC covariance in thin-QR form, in double precision with BLAS: with `X·D·P = Q₁R`,
    /// `Cov = D·P·R⁻¹·(Q₁ᵀ diag(ω) Q₁)·R⁻ᵀ·Pᵀ·D` (the middle matrix by `dsyrk` of `diag(√ω)·Q₁`).
    /// Used for designs whose scaled condition number is small (see ``RefinementPolicy``), where
    /// every step is accurate to `O(κ·u)`.
    static func heteroskedastic(thinQ q: Matrix, rInverse: Matrix, omega: [Double], permutation: [Int],
                                scale: [Double]) throws(LinearAlgebraError) -> Matrix {
        let n = q.rows, k = q.columns
        var w = q.storage
        for i in 0..<n {
            let s = omega[i].squareRoot()
            for a in 0..<k { w[i + a * n] *= s }
        }
        let middle = try BLAS.gram(try Matrix(rows: n, columns: k, columnMajor: w))
        return try sandwichR(middle, rInverse: rInverse, permutation: permutation, scale: scale)
    }

    /// Newey–West (Bartlett) covariance in thin-QR form, in double precision with BLAS: scores
    /// `Gₜ = uₜ·qₜ` (qₜ the rows of Q₁), their Bartlett-filtered lags `H`, and
    /// `S = GᵀG + GᵀH + HᵀG` (two `dgemm`-class products), then `Cov = D·P·R⁻¹·S·R⁻ᵀ·Pᵀ·D`.
    static func neweyWest(thinQ q: Matrix, rInverse: Matrix, residuals u: [Double], lags: Int,
                          permutation: [Int], scale: [Double]) throws(LinearAlgebraError) -> Matrix {
        let n = q.rows, k = q.columns
        var g = q.storage
        for a in 0..<k { for i in 0..<n { g[i + a * n] *= u[i] } }
        let h = bartlettFiltered(g, n: n, k: k, lags: lags)
        let gm = try Matrix(rows: n, columns: k, columnMajor: g)
        let hm = try Matrix(rows: n, columns: k, columnMajor: h)
        var middle = try BLAS.gram(gm)
        let cross = try BLAS.multiply(gm, hm, transposeA: true)
        for b in 0..<k { for a in 0..<k { middle[a, b] += cross[a, b] + cross[b, a] } }
        return try sandwichR(middle, rInverse: rInverse, permutation: permutation, scale: scale)
    }

    /// `D·P·R⁻¹·M·R⁻ᵀ·Pᵀ·D`.
    private static func sandwichR(_ middle: Matrix, rInverse: Matrix, permutation: [Int],
                                  scale: [Double]) throws(LinearAlgebraError) -> Matrix {
        let left = try BLAS.multiply(rInverse, middle)
        let s = try BLAS.multiply(left, rInverse, transposeB: true)
        return LinearModel.unpermute(s, perm: permutation, scale: scale)
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
