import Foundation
import CNFinLinearAlgebra

/// The innovations algorithm for an ARMA process, applied to Ansley's (1979) transformed
/// process (Brockwell and Davis, *Introduction to Time Series and Forecasting*, 2nd ed., §3.3
/// and §5.2): with `m = max(p, q)`,
/// `W_t = X_t` for `t ≤ m` and `W_t = φ(B)X_t` for `t > m`, whose covariances `κ(i, j)` vanish
/// for `|i − j| > q` once `min(i, j) > m`. The one-step predictors are then
///
/// `X̂_{n+1} = Σ_{j=1}^{n} θ_{nj}(X_{n+1−j} − X̂_{n+1−j})`, `n < m`,
/// `X̂_{n+1} = Σ_{i=1}^{p} φ_iX_{n+1−i} + Σ_{j=1}^{q} θ_{nj}(X_{n+1−j} − X̂_{n+1−j})`, `n ≥ m`,
///
/// with `E(X_{n+1} − X̂_{n+1})² = σ²r_n`. The coefficients `θ_{nj}` and `r_n` depend on the
/// model only, so one pass serves the data and every regressor column; each step costs
/// `O(q²)`, the whole pass `O(N q²)`, and the exact Gaussian likelihood is
/// `−½[N log(2πσ²) + Σ log r_{t−1} + Σ (X_t − X̂_t)²/(σ²r_{t−1})]`.
///
/// Why this and not a Kalman filter: the innovations form gives the exact likelihood
/// without solving a Lyapunov equation for the initial state covariance (only the first
/// `max(p,q)+1` autocovariances are needed), and its recursions are the same ones that give
/// the exact finite-sample h-step forecast errors (`forecastVariance`).
struct InnovationsAlgorithm: Sendable {
    let process: ARMAProcess
    /// `m = max(p, q)`.
    let m: Int
    /// `r_n`, n = 0 … count−1.
    private(set) var r: [Double]
    /// `θ_{n,1…L_n}` for each `n`, with `L_n = n` when `n < m` and `L_n = min(n, q)` otherwise.
    private(set) var theta: [[Double]]

    /// Runs the recursions for `count` observations.
    init(process: ARMAProcess, count: Int) throws(LinearAlgebraError) {
        self.process = process
        let p = process.p, q = process.q
        let m = max(p, q)
        self.m = m
        let gamma = try process.autocovariances(maxLag: m)
        let th = process.theta
        func kappa(_ i: Int, _ j: Int) -> Double {   // 1-based
            let h = abs(i - j)
            if max(i, j) <= m { return gamma[h] }
            if min(i, j) <= m {
                guard max(i, j) <= 2 * m, h <= q else { return 0 }
                var s = gamma[h]
                for k in stride(from: 1, through: p, by: 1) { s -= process.phi[k - 1] * gamma[abs(k - h)] }
                return s
            }
            guard h <= q else { return 0 }
            var s = 0.0
            for k in 0...(q - h) { s += th[k] * th[k + h] }
            return s
        }
        var r = [Double](repeating: 0, count: count)
        var theta = [[Double]](repeating: [], count: count)
        guard count > 0 else { self.r = r; self.theta = theta; return }
        r[0] = kappa(1, 1)
        // Once n > 2m the recursion's inputs are those of a stationary MA(q) and the
        // coefficients converge geometrically to θ_j, r → 1; once within 1e-14 of those
        // limits the rest are copies.
        var steady = false
        for n in stride(from: 1, to: count, by: 1) {
            let len = n < m ? n : min(n, q)
            if steady {
                theta[n] = theta[n - 1]; r[n] = r[n - 1]
                continue
            }
            var t = [Double](repeating: 0, count: len)   // t[j-1] = θ_{n,j}
            for k in (n - len)..<n {
                // θ_{n,n−k} = (κ(n+1,k+1) − Σ_{j} θ_{k,k−j} θ_{n,n−j} r_j) / r_k
                var s = kappa(n + 1, k + 1)
                let lenK = theta[k].count
                let lo = max(n - len, k - lenK, 0)
                if lo < k {
                    for j in lo..<k { s -= theta[k][k - j - 1] * t[n - j - 1] * r[j] }
                }
                t[n - k - 1] = s / r[k]
            }
            var v = kappa(n + 1, n + 1)
            for j in (n - len)..<n { let c = t[n - j - 1]; v -= c * c * r[j] }
            theta[n] = t
            r[n] = v
            // The limits are known: r_n → 1 and θ_{n,j} → θ_j (the MA coefficients). Comparing
            // with them — not with the previous step, which for seasonal models can agree to
            // rounding while the recursion is far from converged (the interleaved subseries are
            // at the same stage) — decides when the rest are copies.
            if n > 2 * m + 1, t.count == q, abs(v - 1) <= 1e-14 {
                var same = true
                for j in 0..<q where abs(t[j] - th[j + 1]) > 1e-14 { same = false; break }
                steady = same
            }
        }
        self.r = r
        self.theta = theta
    }

    /// One-step prediction errors `e_t = X_t − X̂_t` of `x` (length ≤ count).
    func innovations(_ x: [Double]) -> [Double] {
        var e = [Double](repeating: 0, count: x.count)
        let phi = process.phi
        for n in 0..<x.count {
            var pred = 0.0
            if n >= m { for i in 0..<phi.count { pred += phi[i] * x[n - 1 - i] } }
            let t = theta[n]
            for j in 0..<t.count { pred += t[j] * e[n - 1 - j] }
            e[n] = x[n] - pred
        }
        return e
    }

    /// Standardised innovations `e_t / √r_{t−1}`.
    func standardizedInnovations(_ x: [Double]) -> [Double] {
        var e = innovations(x)
        for i in 0..<e.count { e[i] /= r[i].squareRoot() }
        return e
    }

    /// `Σ log r_t` over the first `count` observations.
    func logDeterminant(count: Int) -> Double {
        var s = 0.0
        for i in 0..<count { s += log(r[i]) }
        return s
    }
}
