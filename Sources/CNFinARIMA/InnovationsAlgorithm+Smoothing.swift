/// The transpose of the innovations factorisation and the smoothed innovations of an MA process.
///
/// With `W = TX` (Ansley's transform: `W_t = X_t` for `t < m`, `φ(B)X_t` after) and
/// `W = Ce`, `C` unit lower triangular with `C[n, n−j] = θ_{n,j}` and `Cov(e) = D = diag(r)`,
/// ``innovations(_:)`` computes `e = C⁻¹Tx`. The inverse covariance is then
/// `Σ⁻¹ = TᵀC⁻ᵀD⁻¹C⁻¹T`, and `Σ⁻¹x` takes one forward and one backward pass, `O(N(p + q))`.
extension InnovationsAlgorithm {
    /// `TᵀC⁻ᵀy`: the backward solve `Cᵀz = y` (each finished `z_n` pushed into the rows above:
    /// `z_{n−j} −= θ_{n,j}z_n`), then `Tᵀ` (`(Tᵀz)_{t−i} −= φ_iz_t` for `t ≥ m`).
    func adjointSolve(_ y: [Double]) -> [Double] {
        var z = y
        let count = min(y.count, r.count)
        let phi = process.phi
        z.withUnsafeMutableBufferPointer { zb in
            coefficients.withUnsafeBufferPointer { cb in
                for n in stride(from: count - 1, through: 1, by: -1) {
                    let zn = zb[n]
                    guard zn != 0 else { continue }
                    let row = n * width
                    for j in 0..<lengths[n] { zb[n - 1 - j] -= cb[row + j] * zn }
                }
            }
        }
        guard !phi.isEmpty else { return z }
        var out = z
        for t in stride(from: m, to: count, by: 1) {
            for i in 0..<phi.count where t - 1 - i >= 0 { out[t - 1 - i] -= phi[i] * z[t] }
        }
        return out
    }

    /// `Σ⁻¹x` (unit innovation variance).
    func inverseCovarianceTimes(_ x: [Double]) -> [Double] {
        var e = innovations(x)
        for i in 0..<e.count { e[i] /= r[i] }
        return adjointSolve(e)
    }

    /// The smoothed innovations `â = E[a | v]` of a pure MA process `v_t = Σ_{j=0}^{q} θ_ja_{t−j}`,
    /// `t = 0 … N−1`, for the `N + q` innovations `a_{−q} … a_{N−1}` (returned in that order):
    /// `â = Mᵀ Σ⁻¹v` with `M` the `N × (N+q)` moving-average matrix, i.e.
    /// `â_s = Σ_j θ_j (Σ⁻¹v)_{s−q+j}`. `‖â‖² = vᵀΣ⁻¹v` (the minimum-norm innovations that
    /// reproduce `v`; Box, Jenkins and Reinsel 2008, §7.1.4, the "exact" residuals of an MA model
    /// with back-forecast pre-sample values — the residuals X-13ARIMA-SEATS' exact MA filter
    /// returns). Requires a process without AR part.
    func smoothedInnovations(_ v: [Double]) -> [Double] {
        let th = process.theta
        let q = th.count - 1
        let z = inverseCovarianceTimes(v)
        let n = z.count
        var a = [Double](repeating: 0, count: n + q)
        for s in 0..<(n + q) {
            var acc = 0.0
            for j in 0...q {
                let i = s - q + j
                if i >= 0 && i < n { acc += th[j] * z[i] }
            }
            a[s] = acc
        }
        return a
    }
}

extension InnovationsAlgorithm {
    /// The largest `L_n` (the bandwidth of `C`).
    var bandwidth: Int { lengths.max() ?? 0 }

    /// The band `Z[i, i+h]`, `h = 0 … w`, of `Z = Σ_W⁻¹ = C⁻ᵀD⁻¹C⁻¹` (flat, row `i` at
    /// `i·(w+1)`; zero past the end), by the backward recursion of Takahashi, Fagan and Chin (1973)
    /// for the inverse of a factored matrix: from `Z = D⁻¹C⁻¹ + (I − Cᵀ)Z`,
    /// `Z[i, j] = δ_{ij}/r_i − Σ_{l=1}^{L} θ_{i+l, l}·Z[i+l, j]` for `j ≥ i`, every term from a row
    /// below `i` (by symmetry inside the band when `w ≥` the bandwidth of `C`). `O(N·w·L)`.
    func inverseBand(width requested: Int) -> (band: [Double], width: Int) {
        let n = r.count
        let w = max(requested, bandwidth)
        let stride = w + 1
        var z = [Double](repeating: 0, count: n * stride)
        z.withUnsafeMutableBufferPointer { zb in
            coefficients.withUnsafeBufferPointer { cb in
                for i in Swift.stride(from: n - 1, through: 0, by: -1) {
                    // Off-diagonal entries first (they need only rows below i), the diagonal last
                    // (it needs this row's Z[i, i+l]).
                    for h in Swift.stride(from: w, through: 0, by: -1) where i + h < n {
                        var s = h == 0 ? 1 / r[i] : 0
                        let maxL = min(w, n - 1 - i)
                        if maxL >= 1 {
                            for l in 1...maxL where l <= lengths[i + l] {
                                let c = cb[(i + l) * width + l - 1]
                                guard c != 0 else { continue }
                                // Z[i+l, i+h]: row i+l at offset h−l, or (h < l) row i+h at offset l−h.
                                let v = h >= l ? zb[(i + l) * stride + h - l] : zb[(i + h) * stride + l - h]
                                s -= c * v
                            }
                        }
                        zb[i * stride + h] = s
                    }
                }
            }
        }
        return (z, w)
    }

    /// `T·x` for an `x` that is zero outside `first ..< first + values.count` (Ansley's transform:
    /// `(Tx)_t = x_t − Σφ_ix_{t−i}` for `t ≥ m`): the first index and values of the result.
    func transformSparse(first: Int, values: [Double], count: Int) -> (first: Int, values: [Double]) {
        let phi = process.phi
        let last = min(count - 1, first + values.count - 1 + phi.count)
        guard last >= first else { return (first, []) }
        var out = [Double](repeating: 0, count: last - first + 1)
        for t in first...last {
            let k = t - first
            var s = k < values.count ? values[k] : 0
            if t >= m {
                for i in 0..<phi.count {
                    let kk = k - 1 - i
                    if kk >= 0 && kk < values.count { s -= phi[i] * values[kk] }
                }
            }
            out[k] = s
        }
        return (first, out)
    }
}
