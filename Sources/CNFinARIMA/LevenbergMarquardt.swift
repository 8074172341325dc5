import CNFinLinearAlgebra

/// Levenberg–Marquardt minimisation of `‖f(x)‖²` (Moré 1978, with Marquardt's diagonal
/// scaling) with a finite-difference Jacobian: each step solves
/// `min ‖[J; √λ·D]δ + [f; 0]‖` by QR (no normal equations), `D = diag(‖J_{·i}‖)`; a step
/// is accepted when it lowers the objective and keeps `x` admissible (stationary AR and
/// invertible MA factors), otherwise `λ` grows tenfold.
struct LevenbergMarquardt: Sendable {
    /// Convergence: the accepted step's length relative to `‖x‖` below this (or a relative
    /// decrease of the objective at rounding level, 1e-15).
    var tolerance: Double
    var maxIterations: Int

    struct Result: Sendable {
        let x: [Double]
        let objective: Double
        let iterations: Int
        let gradientNorm: Double
        let converged: Bool
    }

    /// - Parameters:
    ///   - f: residual function; `nil` means `x` is outside the admissible region.
    func minimize(start: [Double], _ f: ([Double]) -> [Double]?) throws(LinearAlgebraError) -> Result {
        var x = start
        guard let f0 = f(x) else { return Result(x: x, objective: .infinity, iterations: 0, gradientNorm: .infinity, converged: false) }
        var fx = f0
        var obj = Self.norm2(fx)
        let k = x.count
        if k == 0 { return Result(x: x, objective: obj, iterations: 0, gradientNorm: 0, converged: true) }
        var lambda = 1.0
        var gradNorm = Double.infinity
        var iter = 0
        // Forward differences (k evaluations) while the steps are large, central (2k) once the
        // relative step falls below 1e-3, so the last iterations — which fix the optimum to the
        // tolerance — use the O(h²) Jacobian.
        var central = false
        while iter < maxIterations {
            iter += 1
            guard let jac = jacobian(x, fx, f, central: central) else { break }
            gradNorm = gradientNorm(jac, fx)
            var accepted = false
            var tries = 0
            while !accepted && tries < 30 {
                tries += 1
                let n = fx.count
                var a = Matrix(rows: n + k, columns: k)
                var b = [Double](repeating: 0, count: n + k)
                for j in 0..<k {
                    var cn = 0.0
                    for i in 0..<n { let v = jac[j][i]; a[i, j] = v; cn += v * v }
                    a[n + j, j] = (lambda * max(cn, 1e-12)).squareRoot()
                }
                for i in 0..<n { b[i] = -fx[i] }
                let delta = try PivotedQR(a).solve(b)
                let xn = zip(x, delta).map { $0 + $1 }
                if let fn = f(xn) {
                    let on = Self.norm2(fn)
                    if on <= obj {
                        let rel = (obj - on) / max(obj, .leastNormalMagnitude)
                        var stepNorm = 0.0, xNorm = 0.0
                        for j in 0..<k { stepNorm += delta[j] * delta[j]; xNorm += x[j] * x[j] }
                        x = xn; fx = fn; obj = on
                        lambda = max(lambda / 10, 1e-12)
                        accepted = true
                        let relStep = stepNorm.squareRoot() / (xNorm.squareRoot() + 1e-8)
                        if !central && relStep < 1e-3 { central = true; continue }
                        // The step (≈ the distance to the optimum near convergence) is the
                        // criterion; a relative decrease at rounding level also stops.
                        if stepNorm.squareRoot() <= tolerance * (xNorm.squareRoot() + tolerance) || rel <= 1e-15 {
                            if let jf = jacobian(x, fx, f) { gradNorm = gradientNorm(jf, fx) }
                            return Result(x: x, objective: obj, iterations: iter, gradientNorm: gradNorm, converged: true)
                        }
                        continue
                    }
                }
                lambda *= 10
            }
            if !accepted {
                // No descent direction at any damping: x is a (numerical) stationary point.
                return Result(x: x, objective: obj, iterations: iter, gradientNorm: gradNorm, converged: gradNorm < 1e-4 * max(1, obj))
            }
        }
        return Result(x: x, objective: obj, iterations: iter, gradientNorm: gradNorm, converged: false)
    }

    static func norm2(_ v: [Double]) -> Double {
        var s = 0.0
        for e in v { s += e * e }
        return s
    }

    /// `‖2Jᵀf‖`, the gradient norm of `‖f‖²`.
    func gradientNorm(_ jac: [[Double]], _ fx: [Double]) -> Double {
        var s = 0.0
        for col in jac {
            var g = 0.0
            for i in 0..<fx.count { g += col[i] * fx[i] }
            s += 4 * g * g
        }
        return s.squareRoot()
    }

    /// Central differences with step `h = 1e-6·max(1, |x_j|)` (truncation `O(h²)` ≈ 1e-12), or
    /// forward differences with `h = 1e-7·max(1, |x_j|)`; a one-sided difference where the
    /// other side leaves the admissible region.
    func jacobian(_ x: [Double], _ fx: [Double], _ f: ([Double]) -> [Double]?, central: Bool = true) -> [[Double]]? {
        var out: [[Double]] = []
        for j in 0..<x.count {
            let h = (central ? 1e-6 : 1e-7) * max(1, abs(x[j]))
            var xp = x, xm = x
            xp[j] += h; xm[j] -= h
            let fp = f(xp)
            if !central, let p = fp {
                out.append(zip(p, fx).map { ($0 - $1) / h })
                continue
            }
            let fm = f(xm)
            switch (fp, fm) {
            case let (p?, m?): out.append(zip(p, m).map { ($0 - $1) / (2 * h) })
            case let (p?, nil): out.append(zip(p, fx).map { ($0 - $1) / h })
            case let (nil, m?): out.append(zip(fx, m).map { ($0 - $1) / h })
            default: return nil
            }
        }
        return out
    }
}
