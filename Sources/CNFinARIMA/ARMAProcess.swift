import CNFinLinearAlgebra

/// A causal, invertible ARMA process in Brockwell and Davis' sign convention,
/// `X_t − φ₁X_{t−1} − … − φ_pX_{t−p} = Z_t + θ₁Z_{t−1} + … + θ_qZ_{t−q}`, `Var Z = 1`
/// (the seasonal factors multiplied out; `phi` and `theta` are the expanded coefficients).
struct ARMAProcess: Sendable {
    /// `φ₁ … φ_p`.
    let phi: [Double]
    /// `θ₀ = 1, θ₁ … θ_q`.
    let theta: [Double]

    init(_ c: ARMACoefficients) {
        phi = c.arPolynomial.dropFirst().map { -$0 }
        theta = c.maPolynomial
    }

    var p: Int { phi.count }
    var q: Int { theta.count - 1 }

    /// ψ-weights `ψ₀ … ψ_k` of `X_t = Σψ_jZ_{t−j}`: `ψ_j = θ_j + Σ_{i=1}^{min(j,p)} φ_iψ_{j−i}`.
    func psi(upTo k: Int) -> [Double] {
        var psi = [Double](repeating: 0, count: k + 1)
        for j in 0...k {
            var s = j <= q ? theta[j] : 0
            for i in stride(from: 1, through: min(j, p), by: 1) { s += phi[i - 1] * psi[j - i] }
            psi[j] = s
        }
        return psi
    }

    /// Autocovariances `γ(0) … γ(maxLag)` (unit innovation variance), by Brockwell and Davis'
    /// third method (ITSF §3.2.3): the `p + 1` equations
    /// `γ(k) − Σ_{r=1}^p φ_rγ(|k−r|) = Σ_{j=k}^q θ_jψ_{j−k}`, `k = 0 … p`, solved by QR,
    /// then the same recursion for `k > p`.
    func autocovariances(maxLag: Int) throws(LinearAlgebraError) -> [Double] {
        var gamma = [Double](repeating: 0, count: max(maxLag, p) + 1)
        let psi = self.psi(upTo: q)
        func rhs(_ k: Int) -> Double {
            guard k <= q else { return 0 }
            var s = 0.0
            for j in k...q { s += theta[j] * psi[j - k] }
            return s
        }
        if p == 0 {
            for k in 0..<gamma.count { gamma[k] = rhs(k) }
            return Array(gamma.prefix(maxLag + 1))
        }
        var a = Matrix(rows: p + 1, columns: p + 1)
        for k in 0...p {
            a[k, k] += 1
            for r in 1...p { a[k, abs(k - r)] -= phi[r - 1] }
        }
        let g0 = try PivotedQR(a).solve((0...p).map(rhs))
        for k in 0...p { gamma[k] = g0[k] }
        if gamma.count > p + 1 {
            for k in (p + 1)..<gamma.count {
                var s = rhs(k)
                for r in 1...p { s += phi[r - 1] * gamma[k - r] }
                gamma[k] = s
            }
        }
        return Array(gamma.prefix(maxLag + 1))
    }
}
