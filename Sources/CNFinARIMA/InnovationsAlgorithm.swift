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
    /// `θ_{n,1…L_n}` for each `n` in one flat array (row `n` at `n·width`), with `L_n = n` when
    /// `n < m` and `L_n = min(n, q)` otherwise (flat storage: no allocation per step).
    private(set) var coefficients: [Double]
    /// `L_n`.
    private(set) var lengths: [Int]
    /// Row stride, `max(m, q, 1)` ≥ every `L_n`.
    let width: Int

    /// `θ_{n,j}`, `1 ≤ j ≤ L_n`.
    @inline(__always) func theta(_ n: Int, _ j: Int) -> Double { coefficients[n * width + j - 1] }

    /// Runs the recursions for `count` observations.
    init(process: ARMAProcess, count: Int) throws(LinearAlgebraError) {
        self.process = process
        let p = process.p, q = process.q
        let m = max(p, q)
        self.m = m
        let width = max(m, q, 1)
        self.width = width
        let gamma = try process.autocovariances(maxLag: m)
        let th = process.theta
        // κ by lag for the three blocks (Brockwell–Davis (3.3.8)): both indices ≤ m → γ(h);
        // one ≤ m < other (≤ 2m) → γ(h) − Σφ_rγ(|r−h|), zero for h > q; both > m → Σθ_kθ_{k+h}.
        var mixed = [Double](repeating: 0, count: q + 1)
        var band = [Double](repeating: 0, count: q + 1)
        for h in 0...q {
            var s = h < gamma.count ? gamma[h] : 0
            for k in stride(from: 1, through: p, by: 1) { s -= process.phi[k - 1] * gamma[abs(k - h)] }
            mixed[h] = s
            var b = 0.0
            for k in 0...(q - h) { b += th[k] * th[k + h] }
            band[h] = b
        }
        @inline(__always) func kappa(_ i: Int, _ j: Int) -> Double {   // 1-based
            let h = abs(i - j)
            if max(i, j) <= m { return gamma[h] }
            if min(i, j) <= m { return (max(i, j) <= 2 * m && h <= q) ? mixed[h] : 0 }
            return h <= q ? band[h] : 0
        }
        var r = [Double](repeating: 0, count: count)
        var coef = [Double](repeating: 0, count: max(count, 1) * width)
        var lengths = [Int](repeating: 0, count: count)
        guard count > 0 else { self.r = r; self.coefficients = coef; self.lengths = lengths; return }
        r[0] = kappa(1, 1)
        // Once n > 2m the recursion's inputs are those of a stationary MA(q) and the
        // coefficients converge geometrically to θ_j, r → 1. The limits are known, so once
        // within 1e-14 of them the rest are copies. (Comparing with the previous step instead
        // is wrong for seasonal models: the interleaved subseries are at the same stage, so
        // successive steps can agree to rounding long before convergence.)
        var steady = false
        let twoM = 2 * m
        // The recursion on raw buffers: it is the innermost loop of every likelihood evaluation
        // (checked array subscripts are function calls in unoptimised builds).
        var scaled = [Double](repeating: 0, count: width + 1)
        coef.withUnsafeMutableBufferPointer { cb in
            scaled.withUnsafeMutableBufferPointer { sb in
                r.withUnsafeMutableBufferPointer { rb in
                    lengths.withUnsafeMutableBufferPointer { lb in
                        gamma.withUnsafeBufferPointer { gb in
                            for n in stride(from: 1, to: count, by: 1) {
                                let len = n < m ? n : min(n, q)
                                lb[n] = len
                                let row = n * width
                                if steady {
                                    for j in 0..<len { cb[row + j] = cb[row - width + j] }
                                    rb[n] = rb[n - 1]
                                    continue
                                }
                                let base = n - len
                                var v = n + 1 <= m ? gb[0] : band[0]
                                for k in base..<n {
                                    // θ_{n,n−k} = (κ(n+1,k+1) − Σ_j θ_{k,k−j} θ_{n,n−j} r_j) / r_k, with κ
                                    // (1-based i = n+1 > j = k+1) from the three blocks above; the
                                    // products θ_{n,n−j} r_j of this row are kept in `scaled` (index j − base).
                                    let h = n - k
                                    var s: Double
                                    if n + 1 <= m { s = gb[h] } else if k + 1 <= m { s = (n + 1 <= twoM && h <= q) ? mixed[h] : 0 } else { s = h <= q ? band[h] : 0 }
                                    let lenK = lb[k]
                                    let lo = max(base, k - lenK, 0)
                                    if lo < k {
                                        // Two partial sums: the recursion's innermost loop is latency-bound.
                                        let rowK = k * width + k - 1
                                        var s0 = 0.0, s1 = 0.0
                                        var j = lo
                                        while j + 1 < k {
                                            s0 += cb[rowK - j] * sb[j - base]
                                            s1 += cb[rowK - j - 1] * sb[j + 1 - base]
                                            j += 2
                                        }
                                        if j < k { s0 += cb[rowK - j] * sb[j - base] }
                                        s -= s0 + s1
                                    }
                                    // θ_{n,n−k}·r_k is s itself: the division stays off the
                                    // chain of dependent sums (it only feeds θ and r_n).
                                    sb[k - base] = s
                                    let c = s / rb[k]
                                    cb[row + n - k - 1] = c
                                    v -= c * s
                                }
                                rb[n] = v
                                if n > twoM + 1, len == q, abs(v - 1) <= 1e-14 {
                                    var same = true
                                    for j in 0..<q where abs(cb[row + j] - th[j + 1]) > 1e-14 { same = false; break }
                                    steady = same
                                }
                            }
                        }
                    }
                }
            }
        }
        self.r = r
        self.coefficients = coef
        self.lengths = lengths
    }

    /// One-step prediction errors `e_t = X_t − X̂_t` of `x` (length ≤ count).
    func innovations(_ x: [Double]) -> [Double] { innovations(x, from: 0) }

    /// One-step prediction errors of an `x` that is zero before index `first`: the errors are
    /// zero there too, so the recursion starts at `first` (cost proportional to `count − first`).
    func innovations(_ x: [Double], from first: Int) -> [Double] {
        var e = [Double](repeating: 0, count: x.count)
        let phi = process.phi
        let s = max(0, min(first, x.count))
        x.withUnsafeBufferPointer { xb in
            coefficients.withUnsafeBufferPointer { cb in
                lengths.withUnsafeBufferPointer { lb in
                    e.withUnsafeMutableBufferPointer { eb in
                        for n in s..<xb.count {
                            var pred = 0.0
                            if n >= m { for i in 0..<phi.count { pred += phi[i] * xb[n - 1 - i] } }
                            let row = n * width
                            // Oldest errors first: the newest, e_{n−1}, is still being computed, and
                            // the sum over the others can start before it is known.
                            var j = lb[n] - 1
                            while j >= 0 { pred += cb[row + j] * eb[n - 1 - j]; j -= 1 }
                            eb[n] = xb[n] - pred
                        }
                    }
                }
            }
        }
        return e
    }

    /// The one-step prediction errors of two vectors in one pass, `a` zero before `firstA` and
    /// `b` zero before `firstB`: each is the same sum in the same order as
    /// ``innovations(_:from:)`` (bit for bit), but the two recursions share the coefficient loads
    /// and run side by side, for the regressor columns of every likelihood evaluation.
    func innovations(_ a: [Double], from firstA: Int, _ b: [Double], from firstB: Int) -> ([Double], [Double]) {
        guard a.count == b.count else { return (innovations(a, from: firstA), innovations(b, from: firstB)) }
        var ea = [Double](repeating: 0, count: a.count)
        var eb = [Double](repeating: 0, count: b.count)
        let phi = process.phi
        let p = phi.count
        let s = max(0, min(firstA, firstB, a.count))
        a.withUnsafeBufferPointer { xa in
            b.withUnsafeBufferPointer { xb in
                coefficients.withUnsafeBufferPointer { cb in
                    lengths.withUnsafeBufferPointer { lb in
                        ea.withUnsafeMutableBufferPointer { oa in
                            eb.withUnsafeMutableBufferPointer { ob in
                                for n in s..<xa.count {
                                    var pa = 0.0, pb = 0.0
                                    if n >= m {
                                        for i in 0..<p {
                                            pa += phi[i] * xa[n - 1 - i]
                                            pb += phi[i] * xb[n - 1 - i]
                                        }
                                    }
                                    let row = n * width
                                    var j = lb[n] - 1
                                    while j >= 0 {
                                        let c = cb[row + j]
                                        pa += c * oa[n - 1 - j]
                                        pb += c * ob[n - 1 - j]
                                        j -= 1
                                    }
                                    oa[n] = xa[n] - pa
                                    ob[n] = xb[n] - pb
                                }
                            }
                        }
                    }
                }
            }
        }
        return (ea, eb)
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
